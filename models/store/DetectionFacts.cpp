#include "store/DetectionFacts.h"

#include "store/AssignmentHistoryRow.h"
#include "store/Database.h"

namespace custodian {

namespace {
// Runs a query and converts each row; the statement is finished when this returns.
template <typename T, typename Convert>
Result<std::vector<T>> collect(Database& database, const char* sql, Convert&& convert)
{
    auto statement = database.prepare(QString::fromLatin1(sql));
    if (!statement)
        return statement.error();
    std::vector<T> rows;
    if (auto read = statement->forEachRow([&](const Statement& s) { rows.push_back(convert(s)); }); !read)
        return read.error();
    return rows;
}
} // namespace

DetectionFacts::DetectionFacts(Database& database)
    : m_database(database)
{
}

Status DetectionFacts::prepareAll()
{
    if (m_prepared)
        return {};
    const std::pair<Statement*, const char*> statements[] = {
        { &m_busyHours,
          "SELECT hour, agent_id, sum(events) FROM access_hourly WHERE hour BETWEEN ? AND ? "
          "GROUP BY hour, agent_id HAVING sum(events) > ?" },
        { &m_distinct,
          "SELECT count(DISTINCT record_id) FROM access_event WHERE agent_id = ? AND occurred_at >= ? AND "
          "occurred_at < ? AND record_id IS NOT NULL" },
        { &m_events,
          "SELECT id, occurred_at FROM access_event WHERE agent_id = ? AND occurred_at >= ? AND occurred_at < ? "
          "ORDER BY occurred_at, id" },
        // action 6 = login, outcome 3 = failed (domain/Enums.h).
        { &m_failedLogins,
          "SELECT id, occurred_at FROM access_event WHERE agent_id = ? AND occurred_at BETWEEN ? AND ? AND "
          "action = 6 AND outcome = 3 ORDER BY occurred_at, id" },
        { &m_sessionAt,
          "SELECT session_id FROM access_event WHERE agent_id = ? AND occurred_at = ? AND workstation_id = ? "
          "ORDER BY id LIMIT 1" },
    };
    for (const auto& [statement, sql] : statements) {
        auto prepared = m_database.prepare(QString::fromLatin1(sql));
        if (!prepared)
            return prepared.error();
        *statement = std::move(prepared).value();
    }
    m_prepared = true;
    return {};
}

Result<std::vector<std::pair<QString, QString>>> DetectionFacts::settingValues()
{
    return collect<std::pair<QString, QString>>(m_database, "SELECT key, value FROM detection_setting ORDER BY key",
                                                [](const Statement& row) {
                                                    return std::pair { row.text(0), row.text(1) };
                                                });
}

Result<std::vector<DetectionFacts::Agent>> DetectionFacts::agents()
{
    return collect<Agent>(m_database,
                          "SELECT a.id, t.site_id, a.shift_id, a.status, a.hired_at, a.status_changed_at, "
                          "a.departed_at FROM agent a LEFT JOIN team t ON t.id = a.team_id ORDER BY a.id",
                          [](const Statement& row) {
                              Agent agent;
                              agent.id = row.int64(0);
                              agent.siteId = row.isNull(1) ? 0 : row.int64(1);
                              agent.shiftId = row.isNull(2) ? 0 : row.int64(2);
                              agent.status = AgentStatus(row.int64(3));
                              agent.hiredAt = row.int64(4);
                              agent.statusChangedAt = row.optionalInt64(5);
                              agent.departedAt = row.optionalInt64(6);
                              return agent;
                          });
}

Result<std::vector<DetectionFacts::Shift>> DetectionFacts::shifts()
{
    return collect<Shift>(
        m_database, "SELECT id, name, start_minute, end_minute, weekdays FROM shift ORDER BY id",
        [](const Statement& row) {
            return Shift { row.int64(0), row.text(1), int(row.int64(2)), int(row.int64(3)), int(row.int64(4)) };
        });
}

Result<std::vector<DetectionFacts::Site>> DetectionFacts::sites()
{
    return collect<Site>(m_database, "SELECT id, name, timezone FROM site ORDER BY id", [](const Statement& row) {
        return Site { row.int64(0), row.text(1), row.text(2) };
    });
}

Result<std::vector<DetectionFacts::Workstation>> DetectionFacts::workstations()
{
    return collect<Workstation>(m_database, "SELECT id, site_id, hostname FROM workstation ORDER BY id",
                                [](const Statement& row) {
                                    return Workstation { row.int64(0), row.isNull(1) ? 0 : row.int64(1), row.text(2) };
                                });
}

Result<std::vector<DetectionFacts::TrainingPass>> DetectionFacts::paymentCardTrainingPasses()
{
    return collect<TrainingPass>(m_database,
                                 "SELECT r.agent_id, m.id, m.validity_days, r.id, r.completed_at, r.expires_at "
                                 "FROM training_record r JOIN training_module m ON m.id = r.module_id "
                                 "WHERE m.framework = 'PCI DSS' AND r.passed = 1 AND r.completed_at IS NOT NULL "
                                 "ORDER BY r.agent_id, r.completed_at",
                                 [](const Statement& row) {
                                     TrainingPass pass;
                                     pass.agentId = row.int64(0);
                                     pass.module.id = row.int64(1);
                                     pass.module.validityDays = int(row.int64(2));
                                     pass.record.id = row.int64(3);
                                     pass.record.moduleId = pass.module.id;
                                     pass.record.completedAt = row.int64(4);
                                     pass.record.passed = true;
                                     pass.record.expiresAt = row.optionalInt64(5);
                                     return pass;
                                 });
}

Result<std::vector<DetectionFacts::FirstSeen>> DetectionFacts::workstationsFirstSeen()
{
    return collect<FirstSeen>(m_database, "SELECT agent_id, workstation_id, first_seen_at FROM agent_workstation",
                              [](const Statement& row) {
                                  return FirstSeen { row.int64(0), row.int64(1), row.int64(2) };
                              });
}

Result<std::vector<DetectionFacts::Assignment>> DetectionFacts::assignments()
{
    auto rows = collect<Assignment>(m_database,
                                    "SELECT id, agent_id, role_id, status, valid_from, valid_until, approved_at, "
                                    "ended_at FROM role_assignment ORDER BY id",
                                    [](const Statement& row) {
                                        Assignment a;
                                        a.id = row.int64(0);
                                        a.agentId = row.int64(1);
                                        a.roleId = row.int64(2);
                                        a.history = AssignmentHistoryRow::history(row, 3);
                                        return a;
                                    });
    if (!rows)
        return rows.error();
    std::vector<Assignment>& assignments = *rows;
    std::vector<std::pair<qint64, AssignmentInForce::History::Change>> changes;
    auto statement = m_database.prepare(
        QStringLiteral("SELECT assignment_id, changed_at, new_status, old_valid_until, new_valid_until FROM "
                       "role_assignment_change ORDER BY assignment_id, changed_at, id"));
    if (!statement)
        return statement.error();
    if (auto read = statement->forEachRow([&](const Statement& row) {
            changes.push_back({ row.int64(0), AssignmentHistoryRow::change(row, 1) });
        });
        !read)
        return read.error();
    // Both lists are in assignment id order: merge them.
    std::size_t c = 0;
    for (Assignment& a : assignments) {
        while (c < changes.size() && changes[c].first < a.id)
            ++c;
        for (; c < changes.size() && changes[c].first == a.id; ++c)
            a.history.changes.push_back(changes[c].second);
    }
    return rows;
}

Result<std::vector<DetectionFacts::Role>> DetectionFacts::roles()
{
    return collect<Role>(m_database,
                         "SELECT r.id, r.name, (SELECT coalesce(sum(1 << d.data_class), 0) FROM role_data_class d "
                         "WHERE d.role_id = r.id) FROM role r ORDER BY r.id",
                         [](const Statement& row) {
                             return Role { row.int64(0), row.text(1), unsigned(row.int64(2)) };
                         });
}

Result<std::vector<DetectionFacts::AgentHour>> DetectionFacts::busyAgentHours(qint64 fromHour, qint64 toHour,
                                                                              qint64 moreThan)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_busyHours.bind(1, fromHour).bind(2, toHour).bind(3, moreThan);
    std::vector<AgentHour> hours;
    for (;;) {
        auto row = m_busyHours.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        hours.push_back({ m_busyHours.int64(0), m_busyHours.int64(1), m_busyHours.int64(2) });
    }
    m_busyHours.reset();
    return hours;
}

Result<qint64> DetectionFacts::distinctRecords(qint64 agentId, qint64 from, qint64 until)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_distinct.bind(1, agentId).bind(2, from).bind(3, until);
    auto row = m_distinct.step();
    if (!row)
        return row.error();
    const qint64 count = *row ? m_distinct.int64(0) : 0;
    m_distinct.reset();
    return count;
}

Result<std::vector<DetectionFacts::TimedEvent>> DetectionFacts::events(qint64 agentId, qint64 from, qint64 until)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_events.bind(1, agentId).bind(2, from).bind(3, until);
    std::vector<TimedEvent> events;
    for (;;) {
        auto row = m_events.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        events.push_back({ m_events.int64(0), m_events.int64(1) });
    }
    m_events.reset();
    return events;
}

Result<std::vector<DetectionFacts::TimedEvent>> DetectionFacts::failedLogins(qint64 agentId, qint64 from, qint64 to)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_failedLogins.bind(1, agentId).bind(2, from).bind(3, to);
    std::vector<TimedEvent> events;
    for (;;) {
        auto row = m_failedLogins.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        events.push_back({ m_failedLogins.int64(0), m_failedLogins.int64(1) });
    }
    m_failedLogins.reset();
    return events;
}

Result<std::optional<qint64>> DetectionFacts::sessionAt(qint64 agentId, qint64 workstationId, qint64 at)
{
    if (auto status = prepareAll(); !status)
        return status.error();
    m_sessionAt.bind(1, agentId).bind(2, at).bind(3, workstationId);
    auto row = m_sessionAt.step();
    if (!row)
        return row.error();
    const std::optional<qint64> session = *row ? std::optional<qint64>(m_sessionAt.int64(0)) : std::nullopt;
    m_sessionAt.reset();
    return session;
}

} // namespace custodian
