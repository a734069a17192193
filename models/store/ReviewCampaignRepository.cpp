#include "store/ReviewCampaignRepository.h"

#include "crypto/SecureRandom.h"
#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QStringList>
#include <QtEndian>

namespace custodian {

namespace {
const char* const CampaignColumns = "id, name, scope_kind, scope_id, reviewer_id, created_by, created_at, due_at, "
                                    "evidence_days, default_decision, closed_at, version, server_version";
const char* const ItemColumns = "id, campaign_id, assignment_id, decision, new_valid_until, justification, "
                                "decided_by, decided_at, by_default, version, server_version";

// A row's columns counted from `first`: the readers serve look-ups (first = 0) and joins with other tables alike.
struct ColumnsFrom
{
    const Statement& s;
    int first;
    qint64 int64(int c) const { return s.int64(first + c); }
    QString text(int c) const { return s.text(first + c); }
    bool isNull(int c) const { return s.isNull(first + c); }
    std::optional<qint64> optionalInt64(int c) const { return s.optionalInt64(first + c); }
};
} // namespace

QString ReviewCampaignRepository::columns(Table table, const QString& alias)
{
    QStringList names
        = QString::fromLatin1(table == Table::Campaign ? CampaignColumns : ItemColumns).split(QStringLiteral(", "));
    for (QString& name : names)
        name.prepend(alias + QLatin1Char('.'));
    return names.join(QStringLiteral(", "));
}

int ReviewCampaignRepository::columnCount(Table table)
{
    return int(QString::fromLatin1(table == Table::Campaign ? CampaignColumns : ItemColumns).count(QLatin1Char(',')))
        + 1;
}

ReviewCampaign ReviewCampaignRepository::readCampaign(const Statement& statement, int first)
{
    const ColumnsFrom row { statement, first };
    ReviewCampaign c;
    c.id = row.int64(0);
    c.name = row.text(1);
    c.scope = reviewScopeFromString(row.text(2)).value_or(ReviewScope::Team);
    c.scopeId = row.optionalInt64(3);
    c.reviewerId = row.int64(4);
    c.createdBy = row.int64(5);
    c.createdAt = row.int64(6);
    c.dueAt = row.int64(7);
    c.evidenceDays = int(row.int64(8));
    c.defaultDecision = reviewDecisionFromString(row.text(9)).value_or(ReviewDecision::Keep);
    c.closedAt = row.optionalInt64(10);
    c.version = row.int64(11);
    c.serverVersion = row.optionalInt64(12);
    return c;
}

ReviewItem ReviewCampaignRepository::readItem(const Statement& statement, int first)
{
    const ColumnsFrom row { statement, first };
    ReviewItem i;
    i.id = row.int64(0);
    i.campaignId = row.int64(1);
    i.assignmentId = row.int64(2);
    if (!row.isNull(3))
        i.decision = reviewDecisionFromString(row.text(3));
    i.newValidUntil = row.optionalInt64(4);
    i.justification = row.text(5);
    i.decidedBy = row.optionalInt64(6);
    i.decidedAt = row.optionalInt64(7);
    i.byDefault = row.int64(8) != 0;
    i.version = row.int64(9);
    i.serverVersion = row.optionalInt64(10);
    return i;
}

namespace {

// Binds name … closed_at (10 values) from index `first` on.
void bindCampaign(Statement& s, int first, const ReviewCampaign& c)
{
    s.bind(first, c.name)
        .bind(first + 1, toString(c.scope))
        .bindOptional(first + 2, c.scopeId)
        .bind(first + 3, c.reviewerId)
        .bind(first + 4, c.createdBy)
        .bind(first + 5, c.createdAt)
        .bind(first + 6, c.dueAt)
        .bind(first + 7, c.evidenceDays)
        .bind(first + 8, toString(c.defaultDecision))
        .bindOptional(first + 9, c.closedAt);
}

// Binds campaign_id … by_default (8 values) from index `first` on.
void bindItem(Statement& s, int first, const ReviewItem& i)
{
    s.bind(first, i.campaignId).bind(first + 1, i.assignmentId);
    if (i.decision)
        s.bind(first + 2, toString(*i.decision));
    else
        s.bindNull(first + 2);
    s.bindOptional(first + 3, i.newValidUntil);
    if (i.justification.isEmpty())
        s.bindNull(first + 4);
    else
        s.bind(first + 4, i.justification);
    s.bindOptional(first + 5, i.decidedBy).bindOptional(first + 6, i.decidedAt).bind(first + 7, i.byDefault ? 1 : 0);
}
} // namespace

ReviewCampaignRepository::ReviewCampaignRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<ReviewCampaign>> ReviewCampaignRepository::campaign(qint64 id)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM review_campaign WHERE id = ?").arg(QLatin1String(CampaignColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow([](const Statement& row) { return readCampaign(row); });
}

Result<std::optional<ReviewItem>> ReviewCampaignRepository::item(qint64 id)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 FROM review_item WHERE id = ?").arg(QLatin1String(ItemColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow([](const Statement& row) { return readItem(row); });
}

Result<std::vector<ReviewItem>> ReviewCampaignRepository::items(qint64 campaignId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM review_item WHERE campaign_id = ? ORDER BY id").arg(QLatin1String(ItemColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, campaignId);
    std::vector<ReviewItem> items;
    if (auto status = statement->forEachRow([&](const Statement& row) { items.push_back(readItem(row)); }); !status)
        return status.error();
    return items;
}

Status ReviewCampaignRepository::insert(const ReviewCampaign& campaign)
{
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO review_campaign (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(CampaignColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, campaign.id);
    bindCampaign(*statement, 2, campaign);
    statement->bind(12, campaign.version).bindOptional(13, campaign.serverVersion);
    return statement->run();
}

Status ReviewCampaignRepository::insert(const ReviewItem& item)
{
    auto statement
        = m_database.prepare(QStringLiteral("INSERT INTO review_item (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(QLatin1String(ItemColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, item.id);
    bindItem(*statement, 2, item);
    statement->bind(10, item.version).bindOptional(11, item.serverVersion);
    return statement->run();
}

Result<bool> ReviewCampaignRepository::update(const ReviewCampaign& campaign)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE review_campaign SET name = ?, scope_kind = ?, scope_id = ?, reviewer_id = ?, created_by = ?, "
        "created_at = ?, due_at = ?, evidence_days = ?, default_decision = ?, closed_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    bindCampaign(*statement, 1, campaign);
    statement->bind(11, campaign.id).bind(12, campaign.version);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() == 1;
}

Result<bool> ReviewCampaignRepository::update(const ReviewItem& item)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE review_item SET campaign_id = ?, assignment_id = ?, decision = ?, new_valid_until = ?, "
                       "justification = ?, decided_by = ?, decided_at = ?, by_default = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    bindItem(*statement, 1, item);
    statement->bind(9, item.id).bind(10, item.version);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() == 1;
}

Result<bool> ReviewCampaignRepository::idTaken(qint64 id)
{
    auto taken = m_database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM review_campaign WHERE id = ?1) OR "
                                                   "EXISTS (SELECT 1 FROM review_item WHERE id = ?1)"));
    if (!taken)
        return taken.error();
    taken->bind(1, id);
    auto row = taken->step();
    if (!row)
        return row.error();
    return taken->int64(0) != 0;
}

Result<qint64> ReviewCampaignRepository::newId()
{
    for (;;) {
        const QByteArray bytes = SecureRandom::bytes(8);
        const qint64 id = qint64(qFromLittleEndian<quint64>(bytes.constData()) & ((quint64(1) << 53) - 1));
        if (id == 0)
            continue;
        auto taken = idTaken(id);
        if (!taken)
            return taken.error();
        if (!*taken)
            return id;
    }
}

Result<std::vector<qint64>> ReviewCampaignRepository::assignmentsInScope(ReviewScope scope,
                                                                         std::optional<qint64> scopeId, qint64 now)
{
    QString where;
    switch (scope) {
    case ReviewScope::Team:
        where = QStringLiteral("g.team_id = ?2");
        break;
    case ReviewScope::Site:
        where = QStringLiteral("g.team_id IN (SELECT id FROM team WHERE site_id = ?2)");
        break;
    case ReviewScope::Role:
        where = QStringLiteral("a.role_id = ?2");
        break;
    case ReviewScope::SensitiveRoles:
        where = QStringLiteral("r.sensitive = 1 AND ?2 IS NULL");
        break;
    }
    auto statement = m_database.prepare(
        QStringLiteral("SELECT a.id FROM role_assignment a JOIN agent g ON g.id = a.agent_id JOIN role r ON r.id = "
                       "a.role_id WHERE %1 AND a.id > 0 AND %2 ORDER BY g.display_name, g.id, r.name, a.id")
            .arg(AssignmentInForce::condition(u"a", 1), where));
    if (!statement)
        return statement.error();
    statement->bind(1, now).bindOptional(2, scope == ReviewScope::SensitiveRoles ? std::nullopt : scopeId);
    std::vector<qint64> ids;
    if (auto status = statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); }); !status)
        return status.error();
    return ids;
}

Result<bool> ReviewCampaignRepository::scopeExists(ReviewScope scope, std::optional<qint64> scopeId)
{
    if (scope == ReviewScope::SensitiveRoles)
        return !scopeId.has_value();
    if (!scopeId)
        return false;
    const char* table = scope == ReviewScope::Team ? "team" : scope == ReviewScope::Site ? "site" : "role";
    auto statement = m_database.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    if (!statement)
        return statement.error();
    statement->bind(1, *scopeId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row;
}

} // namespace custodian
