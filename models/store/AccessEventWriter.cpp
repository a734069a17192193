#include "store/AccessEventWriter.h"

#include "store/Database.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace custodian {

namespace {
constexpr qint64 HourMs = 3'600'000;

struct SeenRange
{
    qint64 first;
    qint64 last;
};

// (hour, agent, data class, outcome) packed into one key: hour < 2^22 (until 2448), agent ids < 2^34 (write() checks).
quint64 hourlyKey(const AccessEvent& e)
{
    return (quint64(e.occurredAt / HourMs) << 42) | (quint64(e.agentId) << 8) | (quint64(e.dataClass) << 4)
        | quint64(e.outcome);
}
} // namespace

AccessEventWriter::AccessEventWriter(Database& database)
    : m_database(database)
{
}

Status AccessEventWriter::prepare()
{
    auto make = [this](Statement& target, const char* sql) -> Status {
        auto statement = m_database.prepare(QString::fromLatin1(sql));
        if (!statement)
            return statement.error();
        target = std::move(statement).value();
        return {};
    };
    for (auto status :
         { make(m_insert,
                "INSERT OR IGNORE INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, "
                "outcome, channel, workstation_id, source_address, session_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
           make(m_updateHourly,
                "UPDATE access_hourly SET events = events + ? WHERE hour = ? AND agent_id = ? AND "
                "data_class = ? AND outcome = ?"),
           make(m_insertHourly,
                "INSERT INTO access_hourly (events, hour, agent_id, data_class, outcome) VALUES (?,?,?,?,?)"),
           make(m_updateTotal,
                "UPDATE access_hourly_total SET events = events + ? WHERE hour = ? AND data_class = ? AND outcome = ?"),
           make(m_insertTotal, "INSERT INTO access_hourly_total (events, hour, data_class, outcome) VALUES (?,?,?,?)"),
           make(m_updateDaily,
                "UPDATE access_daily_agent SET events = events + ? WHERE agent_id = ? AND day = ? AND data_class = ? "
                "AND outcome = ?"),
           make(m_insertDaily,
                "INSERT INTO access_daily_agent (events, agent_id, day, data_class, outcome) VALUES (?,?,?,?,?)"),
           make(m_insertNotable, "INSERT OR IGNORE INTO access_notable (id, action, outcome) VALUES (?,?,?)"),
           make(m_teamOf, "SELECT team_id FROM agent WHERE id = ?"),
           make(m_updateTeam,
                "UPDATE access_hourly_team SET events = events + ? WHERE team_id = ? AND hour = ? AND data_class = ? "
                "AND outcome = ?"),
           make(m_insertTeam,
                "INSERT INTO access_hourly_team (events, team_id, hour, data_class, outcome) VALUES (?,?,?,?,?)"),
           make(m_updateSeen,
                "UPDATE agent_workstation SET first_seen_at = min(first_seen_at, ?), last_seen_at = "
                "max(last_seen_at, ?) WHERE agent_id = ? AND workstation_id = ?"),
           make(m_insertSeen,
                "INSERT INTO agent_workstation (first_seen_at, last_seen_at, agent_id, workstation_id) "
                "VALUES (?,?,?,?)") }) {
        if (!status)
            return status;
    }
    m_prepared = true;
    return {};
}

Result<qint64> AccessEventWriter::write(const std::vector<AccessEvent>& batch)
{
    if (!m_prepared) {
        if (auto status = prepare(); !status)
            return status.error();
    }
    // Rollup keys are collected and counted after a sort: cheaper than a node-based hash map per event.
    std::vector<quint64> hourlyKeys;
    hourlyKeys.reserve(batch.size());
    std::unordered_map<quint64, SeenRange> seen;
    qint64 inserted = 0;
    for (const AccessEvent& e : batch) {
        // access_event has no foreign keys (they would cost a third of the ingest): check the codes here.
        // The in-memory keys pack the hour in 22 bits (until the year 2448) and agent and workstation ids in 32:
        // events beyond are refused, not misfiled under another agent. (That ids follow AccessEventId — what the
        // access page's time-range reads rely on — is the central service's promise; sync checks it at the wire.)
        if (e.occurredAt < 0 || e.occurredAt / HourMs >= (qint64(1) << 22) || e.agentId >= (qint64(1) << 32)
            || e.workstationId < 0 || e.workstationId >= (qint64(1) << 32) || e.recordId < 0)
            return Error(
                Error::Code::InvalidArgument,
                QStringLiteral("Access event %1 has a time, agent, record or workstation id out of range.").arg(e.id));
        if (int(e.dataClass) > int(DataClass::Communications) || int(e.action) < 1
            || int(e.action) > int(AccessAction::BulkSearch) || int(e.outcome) < 1
            || int(e.outcome) > int(AccessOutcome::Failed) || int(e.channel) < 1
            || int(e.channel) > int(Channel::BackOffice) || e.agentId <= 0)
            return Error(Error::Code::InvalidArgument,
                         QStringLiteral("Access event %1 has an unknown agent, data class, action, outcome or channel.")
                             .arg(e.id));
        m_insert.bind(1, e.id).bind(2, e.occurredAt).bind(3, e.agentId);
        if (e.recordId)
            m_insert.bind(4, e.recordId);
        else
            m_insert.bindNull(4);
        m_insert.bind(5, int(e.dataClass)).bind(6, int(e.action)).bind(7, int(e.outcome)).bind(8, int(e.channel));
        if (e.workstationId)
            m_insert.bind(9, e.workstationId);
        else
            m_insert.bindNull(9);
        if (e.sourceAddress.isEmpty()) {
            m_insert.bindNull(10);
        } else {
            if (e.sourceAddress != m_lastAddress) {
                m_lastAddress = e.sourceAddress;
                m_lastAddressUtf8 = e.sourceAddress.toUtf8();
            }
            m_insert.bindUtf8Static(10, m_lastAddressUtf8);
        }
        m_insert.bind(11, e.sessionId);
        if (auto status = m_insert.run(); !status)
            return status.error();
        if (m_database.changes() == 0)
            continue; // already present
        ++inserted;
        hourlyKeys.push_back(hourlyKey(e));
        // Exports, prints, bulk searches, denied and failed accesses: also listed in access_notable (schema 5).
        if (e.action == AccessAction::Export || e.action == AccessAction::Print || e.action == AccessAction::BulkSearch
            || e.outcome != AccessOutcome::Success) {
            m_insertNotable.bind(1, e.id).bind(2, int(e.action)).bind(3, int(e.outcome));
            if (auto status = m_insertNotable.run(); !status)
                return status.error();
        }
        if (e.workstationId) {
            const quint64 key = (quint64(e.agentId) << 32) | quint64(e.workstationId);
            auto [it, isNew] = seen.try_emplace(key, SeenRange { e.occurredAt, e.occurredAt });
            if (!isNew) {
                it->second.first = std::min(it->second.first, e.occurredAt);
                it->second.last = std::max(it->second.last, e.occurredAt);
            }
        }
    }
    std::sort(hourlyKeys.begin(), hourlyKeys.end());
    // The all-agents rollup: (hour, data class, outcome) — a few keys per batch.
    std::map<quint64, qint64> totals;
    // The per-team rollup: (team, hour, data class, outcome), the agent's team looked up once per batch. An agent
    // not (yet) in `agent` has no team: its hours are added when it is (trigger access_hourly_team_agent_added).
    std::map<std::tuple<qint64, qint64, int, int>, qint64> teamTotals;
    std::unordered_map<qint64, std::optional<qint64>> teamOf;
    // The per-agent daily rollup: (agent, day, data class, outcome).
    std::map<std::tuple<qint64, qint64, int, int>, qint64> daily;
    for (std::size_t i = 0; i < hourlyKeys.size();) {
        const quint64 key = hourlyKeys[i];
        std::size_t j = i;
        while (j < hourlyKeys.size() && hourlyKeys[j] == key)
            ++j;
        const qint64 events = qint64(j - i);
        i = j;
        const qint64 hour = qint64(key >> 42);
        const qint64 agent = qint64((key >> 8) & ((quint64(1) << 34) - 1));
        const int dataClass = int((key >> 4) & 0xf);
        const int outcome = int(key & 0xf);
        totals[(quint64(hour) << 8) | (quint64(dataClass) << 4) | quint64(outcome)] += events;
        daily[{ agent, hour / 24, dataClass, outcome }] += events;
        auto team = teamOf.find(agent);
        if (team == teamOf.end()) {
            m_teamOf.bind(1, agent);
            auto found = m_teamOf.step();
            if (!found)
                return found.error();
            team = teamOf.emplace(agent, *found ? std::optional<qint64>(m_teamOf.int64(0)) : std::nullopt).first;
            m_teamOf.reset();
        }
        if (team->second)
            teamTotals[{ *team->second, hour, dataClass, outcome }] += events;
        for (Statement* statement : { &m_updateHourly, &m_insertHourly }) {
            statement->bind(1, events).bind(2, hour).bind(3, agent).bind(4, dataClass).bind(5, outcome);
            if (auto status = statement->run(); !status)
                return status.error();
            if (m_database.changes() > 0)
                break;
        }
    }
    for (const auto& [key, events] : totals) {
        const qint64 hour = qint64(key >> 8);
        const int dataClass = int((key >> 4) & 0xf);
        const int outcome = int(key & 0xf);
        for (Statement* statement : { &m_updateTotal, &m_insertTotal }) {
            statement->bind(1, events).bind(2, hour).bind(3, dataClass).bind(4, outcome);
            if (auto status = statement->run(); !status)
                return status.error();
            if (m_database.changes() > 0)
                break;
        }
    }
    for (const auto& [key, events] : daily) {
        const auto& [agent, day, dataClass, outcome] = key;
        for (Statement* statement : { &m_updateDaily, &m_insertDaily }) {
            statement->bind(1, events).bind(2, agent).bind(3, day).bind(4, dataClass).bind(5, outcome);
            if (auto status = statement->run(); !status)
                return status.error();
            if (m_database.changes() > 0)
                break;
        }
    }
    for (const auto& [key, events] : teamTotals) {
        const auto& [team, hour, dataClass, outcome] = key;
        for (Statement* statement : { &m_updateTeam, &m_insertTeam }) {
            statement->bind(1, events).bind(2, team).bind(3, hour).bind(4, dataClass).bind(5, outcome);
            if (auto status = statement->run(); !status)
                return status.error();
            if (m_database.changes() > 0)
                break;
        }
    }
    for (const auto& [key, range] : seen) {
        const qint64 agent = qint64(key >> 32);
        const qint64 workstation = qint64(key & 0xffffffff);
        for (Statement* statement : { &m_updateSeen, &m_insertSeen }) {
            statement->bind(1, range.first).bind(2, range.last).bind(3, agent).bind(4, workstation);
            if (auto status = statement->run(); !status)
                return status.error();
            if (m_database.changes() > 0)
                break;
        }
    }
    return inserted;
}

} // namespace custodian
