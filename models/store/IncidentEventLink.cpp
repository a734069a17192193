#include "store/IncidentEventLink.h"

#include "domain/Enums.h"
#include "store/AccessEventRepository.h"
#include "store/Database.h"
#include "store/IncidentObservableIndex.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace custodian {

namespace {
struct LinkedEvent
{
    qint64 id = 0;
    qint64 occurredAt = 0;
    qint64 agentId = 0;
    std::optional<qint64> recordId;
    int action = 0;
    int outcome = 0;
    qint64 sessionId = 0;
};

bool takesDataOut(int action)
{
    return action == int(AccessAction::Export) || action == int(AccessAction::Print)
        || action == int(AccessAction::BulkSearch);
}

std::vector<IncidentSessionGroup> groupBySession(const std::vector<LinkedEvent>& events)
{
    struct Building
    {
        IncidentSessionGroup group;
        std::set<qint64> records;
    };
    std::map<std::pair<qint64, qint64>, Building> sessions;
    for (const LinkedEvent& event : events) {
        auto [it, added] = sessions.try_emplace({ event.agentId, event.sessionId });
        IncidentSessionGroup& group = it->second.group;
        if (added) {
            group.agentId = event.agentId;
            group.sessionId = event.sessionId;
            group.firstAt = event.occurredAt;
            group.lastAt = event.occurredAt;
        }
        group.firstAt = std::min(group.firstAt, event.occurredAt);
        group.lastAt = std::max(group.lastAt, event.occurredAt);
        ++group.events;
        if (event.recordId)
            it->second.records.insert(*event.recordId);
        if (takesDataOut(event.action))
            ++group.exports;
        if (event.outcome != int(AccessOutcome::Success))
            ++group.refused;
    }
    std::vector<IncidentSessionGroup> out;
    out.reserve(sessions.size());
    for (auto& [key, building] : sessions) {
        building.group.records = qint64(building.records.size());
        out.push_back(building.group);
    }
    std::sort(out.begin(), out.end(), [](const IncidentSessionGroup& a, const IncidentSessionGroup& b) {
        return std::tie(a.firstAt, a.agentId, a.sessionId) < std::tie(b.firstAt, b.agentId, b.sessionId);
    });
    return out;
}
} // namespace

Result<IncidentEventLink::Linked> IncidentEventLink::link(Database& database, qint64 incidentId,
                                                          std::vector<qint64> eventIds)
{
    std::sort(eventIds.begin(), eventIds.end());
    eventIds.erase(std::unique(eventIds.begin(), eventIds.end()), eventIds.end());
    if (eventIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Select at least one access event to link to the incident."));

    auto incident = database.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"));
    if (!incident)
        return incident.error();
    incident->bind(1, incidentId);
    auto exists = incident->step();
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error(Error::Code::NotFound, tr("Incident %1 is not in this store.").arg(incidentId));
    auto known = database.prepare(QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = ?"));
    if (!known)
        return known.error();
    known->bind(1, incidentId);
    auto held = known->firstRow([](const Statement& s) { return s.int64(0); });
    if (!held)
        return held.error();
    const qint64 before = held->value_or(0);

    auto readEvent = database.prepare(QStringLiteral(
        "SELECT occurred_at, agent_id, record_id, action, outcome, session_id FROM access_event WHERE id = ?"));
    if (!readEvent)
        return readEvent.error();
    auto isLinked
        = database.prepare(QStringLiteral("SELECT 1 FROM incident_event WHERE incident_id = ? AND event_id = ?"));
    if (!isLinked)
        return isLinked.error();

    Linked linked;
    std::vector<LinkedEvent> added;
    qint64 unknown = 0;
    for (const qint64 id : eventIds) {
        isLinked->reset();
        isLinked->bind(1, incidentId).bind(2, id);
        auto already = isLinked->step();
        if (!already)
            return already.error();
        if (*already) {
            ++linked.alreadyLinked;
            continue;
        }
        readEvent->reset();
        readEvent->bind(1, id);
        auto event = readEvent->firstRow([id](const Statement& s) {
            return LinkedEvent {
                id, s.int64(0), s.int64(1), s.optionalInt64(2), int(s.int64(3)), int(s.int64(4)), s.int64(5)
            };
        });
        if (!event)
            return event.error();
        if (!*event) {
            ++unknown;
            continue;
        }
        added.push_back(**event);
    }
    if (unknown > 0)
        return Error(Error::Code::InvalidArgument,
                     tr("%n of the selected events are not in this store; nothing was linked.", nullptr, int(unknown)));
    if (before + qint64(added.size()) > MaxEvents)
        return Error(Error::Code::InvalidArgument,
                     tr("An incident holds at most %1 access events. This one holds %2 and the selection would add %3; "
                        "narrow the selection.")
                         .arg(MaxEvents)
                         .arg(before)
                         .arg(added.size()));

    auto insertEvent
        = database.prepare(QStringLiteral("INSERT INTO incident_event (incident_id, event_id) VALUES (?, ?)"));
    if (!insertEvent)
        return insertEvent.error();
    auto insertAgent = database.prepare(
        QStringLiteral("INSERT OR IGNORE INTO incident_agent (incident_id, agent_id) VALUES (?, ?)"));
    if (!insertAgent)
        return insertAgent.error();
    std::set<qint64> agents;
    for (const LinkedEvent& event : added) {
        insertEvent->reset();
        insertEvent->bind(1, incidentId).bind(2, event.id);
        if (auto status = insertEvent->run(); !status)
            return status.error();
        if (agents.insert(event.agentId).second) {
            insertAgent->reset();
            insertAgent->bind(1, incidentId).bind(2, event.agentId);
            if (auto status = insertAgent->run(); !status)
                return status.error();
        }
    }
    if (auto status = IncidentObservableIndex::rebuild(database, incidentId); !status)
        return status.error();
    linked.added = qint64(added.size());
    linked.total = before + linked.added;
    linked.sessions = groupBySession(added);
    return linked;
}

Result<std::vector<qint64>> IncidentEventLink::eventsMatching(Database& database, const AccessFilter& filter,
                                                              qint64 nowMs, qint64 limit)
{
    AccessEventRepository repository(database);
    auto query = repository.resolve(filter, nowMs);
    if (!query)
        return query.error();
    std::vector<qint64> ids;
    bool tooMany = false;
    auto status = repository.forEach(*query, AccessSort::OldestFirst, [&](const AccessEventRow& row) {
        if (qint64(ids.size()) >= limit) {
            tooMany = true;
            return false;
        }
        ids.push_back(row.id);
        return true;
    });
    if (!status)
        return status.error();
    if (tooMany)
        return Error(
            Error::Code::InvalidArgument,
            tr("The filter matches more than %1 access events, more than an incident holds; narrow it.").arg(limit));
    return ids;
}

Result<std::vector<IncidentEventLink::Holder>> IncidentEventLink::holdersOf(Database& database,
                                                                            std::vector<qint64> eventIds)
{
    std::sort(eventIds.begin(), eventIds.end());
    eventIds.erase(std::unique(eventIds.begin(), eventIds.end()), eventIds.end());
    auto holders = database.prepare(QStringLiteral("SELECT incident_id FROM incident_event WHERE event_id = ?"));
    if (!holders)
        return holders.error();
    std::map<qint64, qint64> counts;
    for (const qint64 id : eventIds) {
        holders->reset();
        holders->bind(1, id);
        if (auto status = holders->forEachRow([&](const Statement& s) { ++counts[s.int64(0)]; }); !status)
            return status.error();
    }
    std::vector<Holder> out;
    out.reserve(counts.size());
    for (const auto& [incident, events] : counts)
        out.push_back({ incident, events });
    std::sort(out.begin(), out.end(), [](const Holder& a, const Holder& b) {
        return a.events != b.events ? a.events > b.events : a.incidentId < b.incidentId;
    });
    return out;
}

} // namespace custodian
