#include "store/IncidentRepository.h"

#include "crypto/SecureRandom.h"
#include "store/Database.h"
#include "store/IncidentTimeline.h"

#include <QtEndian>

namespace custodian {

namespace {
const char* const IncidentColumns
    = "SELECT i.id, i.reference, i.title, i.description, i.severity, i.category, i.phase, i.assignee_id, "
      "sa.display_name, i.reported_by, i.opened_at, i.detected_at, i.impact, i.closure_outcome, i.closure_summary, "
      "i.duplicate_of, d.reference, i.closed_at, coalesce(sc.display_name, i.closed_actor), i.personal_data_breach, "
      "i.breach_established_at, i.version, i.server_version IS NOT NULL "
      "FROM incident i LEFT JOIN supervisor sa ON sa.id = i.assignee_id LEFT JOIN supervisor sc ON sc.id = "
      "i.closed_by LEFT JOIN incident d ON d.id = i.duplicate_of ";

IncidentRepository::Incident readIncident(const Statement& s)
{
    IncidentRepository::Incident i;
    i.id = s.int64(0);
    i.reference = s.text(1);
    i.title = s.text(2);
    i.description = s.text(3);
    i.severity = Severity(s.int64(4));
    i.category = s.text(5);
    i.phase = IncidentPhase(s.int64(6));
    i.assigneeId = s.optionalInt64(7).value_or(0);
    i.assigneeName = s.text(8);
    i.reportedBy = s.optionalInt64(9).value_or(0);
    i.openedAt = s.int64(10);
    i.detectedAt = s.int64(11);
    if (!s.isNull(12))
        i.impact = IncidentImpact(s.int64(12));
    if (!s.isNull(13))
        i.outcome = IncidentOutcome(s.int64(13));
    i.closureSummary = s.text(14);
    i.duplicateOf = s.optionalInt64(15).value_or(0);
    i.duplicateOfReference = s.text(16);
    i.closedAt = s.optionalInt64(17);
    i.closedBy = s.text(18);
    i.personalDataBreach = s.int64(19) != 0;
    i.breachEstablishedAt = s.optionalInt64(20);
    i.version = s.int64(21);
    i.fromService = s.int64(22) != 0;
    return i;
}

const char* const TaskColumns
    = "SELECT t.id, t.incident_id, t.position, t.task_key, t.title, t.guidance, t.mandatory, t.phase, t.state, "
      "t.reason, coalesce(s.display_name, t.decided_actor), t.decided_at FROM incident_task t LEFT JOIN supervisor s "
      "ON s.id = t.decided_by ";

IncidentRepository::Task readTask(const Statement& s)
{
    IncidentRepository::Task t;
    t.id = s.int64(0);
    t.incidentId = s.int64(1);
    t.position = int(s.int64(2));
    t.key = s.text(3);
    t.title = s.text(4);
    t.guidance = s.text(5);
    t.mandatory = s.int64(6) != 0;
    t.phase = IncidentPhase(s.int64(7));
    t.state = IncidentTaskState(s.int64(8));
    t.reason = s.text(9);
    t.decidedBy = s.text(10);
    t.decidedAt = s.optionalInt64(11);
    return t;
}

std::optional<qint64> positive(qint64 id)
{
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}
} // namespace

IncidentRepository::IncidentRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<IncidentRepository::Incident>> IncidentRepository::find(qint64 id)
{
    auto statement = m_database.prepare(QString::fromLatin1(IncidentColumns) + QStringLiteral("WHERE i.id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow(readIncident);
}

Result<std::optional<IncidentRepository::Incident>> IncidentRepository::findByReference(const QString& reference)
{
    auto statement = m_database.prepare(QString::fromLatin1(IncidentColumns) + QStringLiteral("WHERE i.reference = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, reference);
    return statement->firstRow(readIncident);
}

Result<std::optional<IncidentRepository::Detail>> IncidentRepository::load(qint64 id)
{
    auto incident = find(id);
    if (!incident)
        return incident.error();
    if (!*incident)
        return std::optional<Detail>();
    Detail detail;
    detail.incident = std::move(**incident);
    auto taskList = tasks(id);
    if (!taskList)
        return taskList.error();
    detail.tasks = std::move(*taskList);
    auto entries = timeline(id);
    if (!entries)
        return entries.error();
    detail.timeline = std::move(*entries);
    return std::optional<Detail>(std::move(detail));
}

Result<std::vector<IncidentRepository::Task>> IncidentRepository::tasks(qint64 incidentId)
{
    auto statement = m_database.prepare(QString::fromLatin1(TaskColumns)
                                        + QStringLiteral("WHERE t.incident_id = ? ORDER BY t.position"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<Task> list;
    if (auto status = statement->forEachRow([&list](const Statement& s) { list.push_back(readTask(s)); }); !status)
        return status.error();
    return list;
}

Result<std::optional<IncidentRepository::Task>> IncidentRepository::task(qint64 taskId)
{
    auto statement = m_database.prepare(QString::fromLatin1(TaskColumns) + QStringLiteral("WHERE t.id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, taskId);
    return statement->firstRow(readTask);
}

Result<std::vector<IncidentRepository::TimelineEntry>> IncidentRepository::timeline(qint64 incidentId)
{
    // Pulled entries have no chain position; their id orders them among themselves as the service sent them.
    auto statement = m_database.prepare(
        QStringLiteral("SELECT e.id, e.at, coalesce(s.display_name, e.author_actor), e.kind, e.phase, e.text, "
                       "e.chain_seq FROM incident_timeline e LEFT JOIN supervisor s ON s.id = e.author_id WHERE "
                       "e.incident_id = ? ORDER BY e.at, coalesce(e.chain_seq, 0), e.id"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<TimelineEntry> list;
    auto status = statement->forEachRow([&list](const Statement& s) {
        TimelineEntry e;
        e.id = s.int64(0);
        e.at = s.int64(1);
        e.author = s.text(2);
        e.kind = s.text(3);
        if (!s.isNull(4))
            e.phase = IncidentPhase(s.int64(4));
        e.text = s.text(5);
        e.position = s.optionalInt64(6);
        list.push_back(std::move(e));
    });
    if (!status)
        return status.error();
    return list;
}

Result<QString> IncidentRepository::nextReference(int year)
{
    const QString prefix = QStringLiteral("INC-%1-").arg(year, 4, 10, QLatin1Char('0'));
    auto statement = m_database.prepare(
        QStringLiteral("SELECT coalesce(max(CAST(substr(reference, ?1) AS INTEGER)), 0) FROM incident WHERE "
                       "reference GLOB ?2"));
    if (!statement)
        return statement.error();
    statement->bind(1, qint64(prefix.size() + 1)).bind(2, prefix + QStringLiteral("[0-9]*"));
    auto highest = statement->firstRow([](const Statement& s) { return s.int64(0); });
    if (!highest)
        return highest.error();
    return QString(prefix + QStringLiteral("%1").arg(highest->value_or(0) + 1, 4, 10, QLatin1Char('0')));
}

Result<std::optional<QString>> IncidentRepository::supervisorName(qint64 id)
{
    auto statement = m_database.prepare(QStringLiteral("SELECT display_name FROM supervisor WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow([](const Statement& s) { return s.text(0); });
}

Result<qint64> IncidentRepository::newId(Database& database, const char* table)
{
    auto taken
        = database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(QLatin1String(table)));
    if (!taken)
        return taken.error();
    for (;;) {
        const QByteArray bytes = SecureRandom::bytes(8);
        const qint64 id = qint64(qFromLittleEndian<quint64>(bytes.constData()) & ((quint64(1) << 53) - 1));
        if (id == 0)
            continue;
        taken->bind(1, id);
        auto exists = taken->firstRow([](const Statement& s) { return s.int64(0) != 0; });
        taken->reset();
        if (!exists)
            return exists.error();
        if (!exists->value_or(false))
            return id;
    }
}

Result<qint64> IncidentRepository::insert(const Draft& draft)
{
    auto id = draft.id > 0 ? Result<qint64>(draft.id) : newId(m_database, "incident");
    if (!id)
        return id.error();
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO incident (id, reference, title, description, severity, category, phase, "
                       "assignee_id, reported_by, opened_at, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, *id);
    statement->bind(2, draft.reference)
        .bind(3, draft.title)
        .bind(4, draft.description)
        .bind(5, int(draft.severity))
        .bind(6, draft.category)
        .bind(7, int(IncidentPhase::Declared))
        .bindOptional(8, positive(draft.assigneeId))
        .bindOptional(9, positive(draft.reportedBy))
        .bind(10, draft.openedAt)
        .bind(11, draft.detectedAt);
    if (auto status = statement->run(); !status)
        return status.error();
    return *id;
}

Result<qint64> IncidentRepository::insertTask(qint64 incidentId, int position, const NewTask& task)
{
    auto id = task.id > 0 ? Result<qint64>(task.id) : newId(m_database, "incident_task");
    if (!id)
        return id.error();
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO incident_task (id, incident_id, position, task_key, title, guidance, mandatory, "
                       "phase) VALUES (?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, *id)
        .bind(2, incidentId)
        .bind(3, position)
        .bind(4, task.key)
        .bind(5, task.title)
        .bind(6, task.guidance)
        .bind(7, task.mandatory ? 1 : 0)
        .bind(8, int(task.phase));
    if (auto status = statement->run(); !status)
        return status.error();
    return *id;
}

Result<bool> IncidentRepository::updateFields(qint64 id, qint64 expectedVersion, const Fields& fields)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE incident SET title = ?, description = ?, severity = ?, assignee_id = ?, impact = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, fields.title)
        .bind(2, fields.description)
        .bind(3, int(fields.severity))
        .bindOptional(4, positive(fields.assigneeId))
        .bindOptional(5, fields.impact ? std::optional<qint64>(qint64(*fields.impact)) : std::nullopt)
        .bind(6, id)
        .bind(7, expectedVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

Result<bool> IncidentRepository::setPhase(qint64 id, qint64 expectedVersion, IncidentPhase phase)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE incident SET phase = ?, version = version + 1 WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(phase)).bind(2, id).bind(3, expectedVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

Result<bool> IncidentRepository::close(qint64 id, qint64 expectedVersion, const Closure& closure)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE incident SET phase = ?, closure_outcome = ?, closure_summary = ?, duplicate_of = ?, closed_at = ?, "
        "closed_by = ?, closed_actor = ?, version = version + 1 WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(IncidentPhase::Closed))
        .bind(2, int(closure.outcome))
        .bind(3, closure.summary)
        .bindOptional(4, positive(closure.duplicateOf))
        .bind(5, closure.at)
        .bindOptional(6, positive(closure.bySupervisorId))
        .bind(7, closure.actor)
        .bind(8, id)
        .bind(9, expectedVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

Result<bool> IncidentRepository::reopen(qint64 id, qint64 expectedVersion)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE incident SET phase = ?, closure_outcome = NULL, closure_summary = NULL, duplicate_of = NULL, closed_at "
        "= NULL, closed_by = NULL, closed_actor = NULL, version = version + 1 WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(IncidentPhase::Analysing)).bind(2, id).bind(3, expectedVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

Result<bool> IncidentRepository::touch(qint64 id, qint64 expectedVersion)
{
    auto statement
        = m_database.prepare(QStringLiteral("UPDATE incident SET version = version + 1 WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id).bind(2, expectedVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

Result<bool> IncidentRepository::decideTask(qint64 taskId, const TaskDecision& decision)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE incident_task SET state = ?, reason = ?, decided_by = ?, decided_actor = ?, decided_at "
                       "= ? WHERE id = ? AND state = 0"));
    if (!statement)
        return statement.error();
    statement->bind(1, int(decision.state))
        .bind(2, decision.reason)
        .bindOptional(3, positive(decision.bySupervisorId))
        .bind(4, decision.actor)
        .bind(5, decision.at)
        .bind(6, taskId);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() > 0;
}

} // namespace custodian
