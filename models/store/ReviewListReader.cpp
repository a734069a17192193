#include "store/ReviewListReader.h"

#include "store/Database.h"
#include "store/ReviewCampaignRepository.h"

#include <QCoreApplication>

namespace custodian {

ReviewListReader::ReviewListReader(Database& database)
    : m_database(database)
{
}

Result<std::vector<ReviewListReader::CampaignRow>> ReviewListReader::query(const QString& where,
                                                                           std::optional<qint64> id)
{
    auto statement = m_database.prepare(
        QStringLiteral(
            "SELECT %2, CASE c.scope_kind WHEN 'team' THEN (SELECT t.name || ' — ' || s.name FROM team t JOIN site s "
            "ON s.id = t.site_id WHERE t.id = c.scope_id) WHEN 'site' THEN (SELECT name FROM site WHERE id = "
            "c.scope_id) WHEN 'role' THEN (SELECT name FROM role WHERE id = c.scope_id) ELSE '' END, "
            "(SELECT display_name FROM supervisor WHERE id = c.reviewer_id), (SELECT display_name FROM supervisor "
            "WHERE id = c.created_by), count(i.id), count(i.decision), count(CASE i.decision WHEN 'keep' THEN 1 END), "
            "count(CASE i.decision WHEN 'revoke' THEN 1 END), count(CASE i.decision WHEN 'shorten' THEN 1 END), "
            "coalesce(sum(i.by_default), 0) FROM review_campaign c LEFT JOIN review_item i ON i.campaign_id = c.id %1 "
            "GROUP BY c.id ORDER BY c.closed_at IS NOT NULL, CASE WHEN c.closed_at IS NULL THEN c.due_at ELSE "
            "-c.closed_at END, c.id")
            .arg(where,
                 ReviewCampaignRepository::columns(ReviewCampaignRepository::Table::Campaign, QStringLiteral("c"))));
    if (!statement)
        return statement.error();
    if (id)
        statement->bind(1, *id);
    // The campaign's own columns come first (ReviewCampaignRepository's order), then the names and the counts.
    const int N = ReviewCampaignRepository::columnCount(ReviewCampaignRepository::Table::Campaign);
    std::vector<CampaignRow> rows;
    if (auto status = statement->forEachRow([&](const Statement& row) {
            CampaignRow c;
            c.campaign = ReviewCampaignRepository::readCampaign(row);
            c.scopeName = c.campaign.scope == ReviewScope::SensitiveRoles
                ? QCoreApplication::translate("ReviewListReader", "sensitive roles")
                : row.text(N);
            c.reviewerName = row.text(N + 1);
            c.createdByName = row.text(N + 2);
            c.items = int(row.int64(N + 3));
            c.decided = int(row.int64(N + 4));
            c.kept = int(row.int64(N + 5));
            c.revoked = int(row.int64(N + 6));
            c.shortened = int(row.int64(N + 7));
            c.byDefault = int(row.int64(N + 8));
            rows.push_back(std::move(c));
        });
        !status)
        return status.error();
    return rows;
}

Result<std::vector<ReviewListReader::CampaignRow>> ReviewListReader::campaigns()
{
    return query(QString(), std::nullopt);
}

Result<std::optional<ReviewListReader::CampaignRow>> ReviewListReader::campaign(qint64 id)
{
    auto rows = query(QStringLiteral("WHERE c.id = ?1"), id);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<CampaignRow>();
    return std::optional<CampaignRow>(std::move(rows->front()));
}

Result<std::vector<ReviewListReader::ItemRow>> ReviewListReader::items(qint64 campaignId)
{
    auto statement = m_database.prepare(
        QStringLiteral(
            "SELECT %1, g.id, g.display_name, g.employee_no, t.name, r.id, r.code, r.name, r.sensitive, a.status, "
            "a.valid_from, a.valid_until, (SELECT display_name FROM supervisor WHERE id = i.decided_by) FROM "
            "review_item i JOIN role_assignment a ON a.id = i.assignment_id JOIN agent g ON g.id = a.agent_id JOIN "
            "team t ON t.id = g.team_id JOIN role r ON r.id = a.role_id WHERE i.campaign_id = ? ORDER BY "
            "g.display_name, g.id, r.name, i.id")
            .arg(ReviewCampaignRepository::columns(ReviewCampaignRepository::Table::Item, QStringLiteral("i"))));
    if (!statement)
        return statement.error();
    statement->bind(1, campaignId);
    // The item's own columns come first (ReviewCampaignRepository's order), then what it is about.
    const int N = ReviewCampaignRepository::columnCount(ReviewCampaignRepository::Table::Item);
    std::vector<ItemRow> rows;
    if (auto status = statement->forEachRow([&](const Statement& row) {
            ItemRow item;
            item.item = ReviewCampaignRepository::readItem(row);
            item.agentId = row.int64(N);
            item.agentName = row.text(N + 1);
            item.employeeNo = row.text(N + 2);
            item.team = row.text(N + 3);
            item.roleId = row.int64(N + 4);
            item.roleCode = row.text(N + 5);
            item.roleName = row.text(N + 6);
            item.sensitive = row.int64(N + 7) != 0;
            item.status = AssignmentStatus(row.int64(N + 8));
            item.validFrom = row.int64(N + 9);
            item.validUntil = row.optionalInt64(N + 10);
            item.decidedByName = row.text(N + 11);
            rows.push_back(std::move(item));
        });
        !status)
        return status.error();
    return rows;
}

Result<std::optional<qint64>> ReviewListReader::findCampaign(const QString& reference)
{
    const QString text = reference.trimmed();
    if (text.startsWith(QLatin1String("review:"))) {
        bool numeric = false;
        const qint64 id = text.mid(7).toLongLong(&numeric);
        if (!numeric)
            return std::optional<qint64>();
        auto campaign = ReviewCampaignRepository(m_database).campaign(id);
        if (!campaign)
            return campaign.error();
        return *campaign ? std::optional<qint64>(id) : std::nullopt;
    }
    // An exact name first; else a leading part of the name, when it names one campaign only.
    for (const QString& sql : { QStringLiteral("SELECT id FROM review_campaign WHERE name = ?1 LIMIT 2"),
                                QStringLiteral("SELECT id FROM review_campaign WHERE substr(name, 1, length(?1)) = ?1 "
                                               "LIMIT 2") }) {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, text);
        std::vector<qint64> ids;
        if (auto status = statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); }); !status)
            return status.error();
        if (ids.size() == 1)
            return std::optional<qint64>(ids.front());
        if (ids.size() > 1)
            return std::optional<qint64>();
    }
    return std::optional<qint64>();
}

} // namespace custodian
