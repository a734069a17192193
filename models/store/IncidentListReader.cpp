#include "store/IncidentListReader.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QStringList>

#include <functional>

namespace custodian {

QString IncidentListReader::indexFor(const IncidentFilter& filter)
{
    return filter.owner == IncidentFilter::Owner::Anyone ? QStringLiteral("incident_opened")
                                                         : QStringLiteral("incident_assignee_opened");
}

Result<IncidentListReader::Page> IncidentListReader::read(Database& database, const Query& query)
{
    const IncidentFilter& filter = query.filter;
    QStringList where;
    std::vector<std::function<void(Statement&, int&)>> binds;
    const auto bindInt
        = [&binds](qint64 value) { binds.push_back([value](Statement& s, int& i) { s.bind(i++, value); }); };

    switch (filter.status) {
    case IncidentFilter::Status::Open:
        where << QStringLiteral("i.closed_at IS NULL");
        break;
    case IncidentFilter::Status::Closed:
        where << QStringLiteral("i.closed_at IS NOT NULL");
        break;
    case IncidentFilter::Status::All:
        break;
    }
    if (filter.phase) {
        where << QStringLiteral("i.phase = ?");
        bindInt(qint64(*filter.phase));
    }
    if (filter.minimumSeverity) {
        where << QStringLiteral("i.severity >= ?");
        bindInt(qint64(*filter.minimumSeverity));
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("i.category = ?");
        const QString category = filter.category;
        binds.push_back([category](Statement& s, int& i) { s.bind(i++, category); });
    }
    switch (filter.owner) {
    case IncidentFilter::Owner::Me:
        where << QStringLiteral("i.assignee_id = ?");
        bindInt(query.meId);
        break;
    case IncidentFilter::Owner::Unassigned:
        where << QStringLiteral("i.assignee_id IS NULL");
        break;
    case IncidentFilter::Owner::Anyone:
        break;
    }
    if (filter.sla != IncidentFilter::Sla::Any) {
        // The window of the severity in force, counted from the declaration (IncidentSla): due = opened_at + window.
        const QString window = QStringLiteral("(CASE i.severity WHEN 1 THEN ? WHEN 2 THEN ? WHEN 3 THEN ? ELSE ? END)");
        const auto bindWindow = [&] {
            for (qint64 ms : query.slaWindowMs)
                bindInt(ms);
        };
        if (filter.sla == IncidentFilter::Sla::Breached) {
            where << QStringLiteral("i.closed_at IS NULL AND ? > i.opened_at + %1").arg(window);
            bindInt(query.now);
            bindWindow();
        } else {
            // In the window's last quarter, up to and including the due instant.
            where << QStringLiteral(
                         "i.closed_at IS NULL AND ? <= i.opened_at + %1 AND (i.opened_at + %1 - ?) * 4 <= %1")
                         .arg(window);
            bindInt(query.now);
            bindWindow();
            bindWindow();
            bindInt(query.now);
            bindWindow();
        }
    }
    if (filter.gdprClockRunning)
        where << QStringLiteral("i.breach_established_at IS NOT NULL AND i.authority_notified_at IS NULL");
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where << QStringLiteral("(instr(lower(i.reference), lower(?)) > 0 OR instr(lower(i.title), lower(?)) > 0)");
        binds.push_back([text](Statement& s, int& i) {
            s.bind(i++, text);
            s.bind(i++, text);
        });
    }

    // ORDER BY the index's columns, descending: the first rows come from the newest end of the index, which for an
    // owner filter is that owner's part of incident_assignee_opened (the assignee is one value there).
    const QString sql
        = QStringLiteral("SELECT i.id, i.reference, i.title, i.severity, i.phase, i.category, i.assignee_id, "
                         "s.display_name, i.opened_at, i.closed_at, i.breach_established_at, "
                         "i.authority_notified_at, i.personal_data_breach, i.notification_deadline_at "
                         "FROM incident i INDEXED BY %1 "
                         "LEFT JOIN supervisor s ON s.id = i.assignee_id %2 "
                         "ORDER BY i.opened_at DESC, i.id DESC LIMIT ?")
              .arg(indexFor(filter),
                   where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    int index = 1;
    for (const auto& bind : binds)
        bind(*statement, index);
    statement->bind(index, qint64(query.limit) + 1);

    Page page;
    auto status = statement->forEachRow([&](const Statement& s) {
        if (int(page.rows.size()) == query.limit) {
            page.more = true;
            return;
        }
        Row row;
        row.id = s.int64(0);
        row.reference = s.text(1);
        row.title = s.text(2);
        row.severity = Severity(s.int64(3));
        row.phase = IncidentPhase(s.int64(4));
        row.category = s.text(5);
        row.ownerId = s.isNull(6) ? 0 : s.int64(6);
        row.ownerName = s.text(7);
        row.openedAt = s.int64(8);
        row.closedAt = s.optionalInt64(9);
        row.awareAt = s.optionalInt64(10);
        row.notifiedAt = s.optionalInt64(11);
        row.personalDataBreach = s.int64(12) != 0;
        row.notificationDeadlineAt = s.optionalInt64(13);
        page.rows.push_back(std::move(row));
    });
    if (!status)
        return status.error();
    return page;
}

} // namespace custodian
