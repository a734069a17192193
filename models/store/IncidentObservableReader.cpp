#include "store/IncidentObservableReader.h"

#include "store/Database.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace custodian {

namespace {
using Key = std::tuple<int, qint64, qint64>; // kind, ref_id, agent_id as incident_observable keys them

struct Span
{
    qint64 first = 0;
    qint64 last = 0;
};

void widen(std::map<Key, Span>& spans, const Key& key, qint64 at)
{
    auto [it, added] = spans.try_emplace(key, Span { at, at });
    if (!added) {
        it->second.first = std::min(it->second.first, at);
        it->second.last = std::max(it->second.last, at);
    }
}

QString labelOf(IncidentObservable::Kind kind, const Statement& s, qint64 refId)
{
    using Kind = IncidentObservable::Kind;
    switch (kind) {
    case Kind::Agent:
        if (s.isNull(4))
            return {};
        return IncidentObservableReader::tr("%1 (%2)").arg(s.text(4), s.text(5));
    case Kind::Record:
        if (s.isNull(6))
            return {};
        return IncidentObservableReader::tr("%1 (%2)").arg(s.text(6), s.text(7));
    case Kind::Workstation:
        return s.text(8);
    case Kind::Session:
        if (s.isNull(4))
            return IncidentObservableReader::tr("Session %1").arg(refId);
        return IncidentObservableReader::tr("Session %1 of %2").arg(refId).arg(s.text(4));
    }
    return {};
}
} // namespace

Result<std::vector<IncidentObservable>> IncidentObservableReader::observables(Database& database, qint64 incidentId)
{
    // When each was seen: one pass over the incident's events (at most 10 000, each a primary-key look-up).
    std::map<Key, Span> spans;
    auto events = database.prepare(QStringLiteral(
        "SELECT e.occurred_at, e.agent_id, e.record_id, e.workstation_id, e.session_id FROM incident_event ie "
        "JOIN access_event e ON e.id = ie.event_id WHERE ie.incident_id = ?"));
    if (!events)
        return events.error();
    events->bind(1, incidentId);
    auto read = events->forEachRow([&](const Statement& s) {
        const qint64 at = s.int64(0);
        const qint64 agent = s.int64(1);
        widen(spans, { 1, agent, 0 }, at);
        if (!s.isNull(2))
            widen(spans, { 2, s.int64(2), 0 }, at);
        if (!s.isNull(3))
            widen(spans, { 3, s.int64(3), 0 }, at);
        widen(spans, { 4, s.int64(4), agent }, at);
    });
    if (!read)
        return read.error();

    auto rows = database.prepare(QStringLiteral(
        "SELECT o.kind, o.ref_id, o.agent_id, o.events, a.display_name, a.employee_no, r.masked, r.kind, w.hostname "
        "FROM incident_observable o "
        "LEFT JOIN agent a ON a.id = CASE o.kind WHEN 1 THEN o.ref_id WHEN 4 THEN o.agent_id END "
        "LEFT JOIN customer_record r ON o.kind = 2 AND r.id = o.ref_id "
        "LEFT JOIN workstation w ON o.kind = 3 AND w.id = o.ref_id "
        "WHERE o.incident_id = ? ORDER BY o.kind, o.events DESC, o.ref_id"));
    if (!rows)
        return rows.error();
    rows->bind(1, incidentId);
    std::vector<IncidentObservable> out;
    auto status = rows->forEachRow([&](const Statement& s) {
        IncidentObservable observable;
        observable.kind = IncidentObservable::Kind(s.int64(0));
        observable.refId = s.int64(1);
        observable.agentId = s.int64(2);
        observable.events = s.int64(3);
        observable.label = labelOf(observable.kind, s, observable.refId);
        if (auto span = spans.find({ int(s.int64(0)), observable.refId, observable.agentId }); span != spans.end()) {
            observable.firstAt = span->second.first;
            observable.lastAt = span->second.last;
        }
        out.push_back(std::move(observable));
    });
    if (!status)
        return status.error();
    return out;
}

Result<std::vector<IncidentObservableReader::Related>> IncidentObservableReader::related(Database& database,
                                                                                         qint64 incidentId, int limit)
{
    // The incident's own observables drive the join (CROSS JOIN keeps SQLite from starting at every observable of a
    // kind), and the groups are counted and cut to `limit` before the incidents' rows are read: an agent of a
    // three-year demo is an observable of thousands of incidents, and reading each of their rows cost most of a second.
    auto rows = database.prepare(QStringLiteral(
        "WITH shared(incident_id, agents, records, workstations) AS ("
        "SELECT o2.incident_id, sum(o2.kind = 1), sum(o2.kind = 2), sum(o2.kind = 3) FROM incident_observable o1 "
        "CROSS JOIN incident_observable o2 ON o2.kind = o1.kind AND o2.ref_id = o1.ref_id "
        "AND o2.agent_id = o1.agent_id AND o2.incident_id <> o1.incident_id "
        "WHERE o1.incident_id = ? AND o1.kind IN (1, 2, 3) GROUP BY o2.incident_id "
        "ORDER BY 3 DESC, 2 DESC, 4 DESC, 1 DESC LIMIT ?) "
        "SELECT s.incident_id, i.reference, i.title, i.phase, i.closed_at, s.agents, s.records, s.workstations "
        "FROM shared s JOIN incident i ON i.id = s.incident_id "
        "ORDER BY s.records DESC, s.agents DESC, s.workstations DESC, s.incident_id DESC"));
    if (!rows)
        return rows.error();
    rows->bind(1, incidentId).bind(2, limit);
    std::vector<Related> out;
    auto status = rows->forEachRow([&](const Statement& s) {
        out.push_back({ s.int64(0), s.text(1), s.text(2), int(s.int64(3)), s.optionalInt64(4), s.int64(5), s.int64(6),
                        s.int64(7) });
    });
    if (!status)
        return status.error();
    return out;
}

} // namespace custodian
