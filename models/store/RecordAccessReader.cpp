#include "store/RecordAccessReader.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <set>

namespace custodian {

RecordAccessReader::RecordAccessReader(Database& database)
    : m_database(database)
{
}

Result<RecordAccessReader::Answer> RecordAccessReader::whoCouldWhoDid(qint64 recordId, qint64 from, qint64 to)
{
    Answer answer;
    auto record = m_database.prepare(QStringLiteral("SELECT data_class, masked FROM customer_record WHERE id = ?"));
    if (!record)
        return record.error();
    record->bind(1, recordId);
    auto found = record->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error(
            Error::Code::NotFound,
            QCoreApplication::translate("RecordAccessReader", "There is no customer record %1.").arg(recordId));
    answer.dataClass = DataClass(record->int64(0));
    answer.masked = record->text(1);

    // In force at some time in [from, to): from the start (or the approval, when later) to the end of the validity or
    // the revocation, whichever came first; requests never approved and rejections never were.
    auto could = m_database.prepare(QStringLiteral(
        "SELECT g.id, g.display_name, g.employee_no, t.name, group_concat(DISTINCT r.name) FROM role_data_class c "
        "JOIN role r ON r.id = c.role_id JOIN role_assignment a ON a.role_id = c.role_id AND a.status IN (2, 4, 5) "
        "JOIN agent g ON g.id = a.agent_id JOIN team t ON t.id = g.team_id WHERE c.data_class = ?1 AND "
        "max(a.valid_from, coalesce(a.approved_at, a.valid_from)) < ?3 AND min(coalesce(a.valid_until, "
        "9223372036854775807), coalesce(a.ended_at, 9223372036854775807)) > ?2 GROUP BY g.id ORDER BY "
        "g.display_name, g.id"));
    if (!could)
        return could.error();
    could->bind(1, int(answer.dataClass)).bind(2, from).bind(3, to);
    if (auto status = could->forEachRow([&](const Statement& row) {
            answer.could.push_back({ row.int64(0), row.text(1), row.text(2), row.text(3),
                                     row.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts), false });
        });
        !status)
        return status.error();

    auto did = m_database.prepare(QStringLiteral(
        "SELECT e.agent_id, g.display_name, g.employee_no, t.name, count(CASE WHEN e.outcome = 1 THEN 1 END), "
        "count(CASE WHEN e.outcome <> 1 THEN 1 END), min(e.occurred_at), max(e.occurred_at) FROM access_event e "
        "JOIN agent g ON g.id = e.agent_id JOIN team t ON t.id = g.team_id WHERE e.record_id = ?1 AND e.occurred_at "
        ">= ?2 AND e.occurred_at < ?3 GROUP BY e.agent_id ORDER BY min(e.occurred_at)"));
    if (!did)
        return did.error();
    did->bind(1, recordId).bind(2, from).bind(3, to);
    std::set<qint64> accessed;
    std::set<qint64> holders;
    for (const Could& c : answer.could)
        holders.insert(c.agentId);
    if (auto status = did->forEachRow([&](const Statement& row) {
            Did d { row.int64(0), row.text(1),  row.text(2),  row.text(3), row.int64(4),
                    row.int64(5), row.int64(6), row.int64(7), false };
            d.heldRole = holders.count(d.agentId) > 0;
            accessed.insert(d.agentId);
            answer.did.push_back(std::move(d));
        });
        !status)
        return status.error();
    for (Could& c : answer.could)
        c.accessed = accessed.count(c.agentId) > 0;
    return answer;
}

} // namespace custodian
