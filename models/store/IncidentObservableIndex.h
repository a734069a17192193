#pragma once

#include "domain/Result.h"

namespace custodian {

class Database;

// Keeps `incident_observable` (schema 14) equal to what an incident's links add up to: every writer of an incident's
// links rebuilds its rows afterwards, inside the same transaction — IncidentEventLink after a link, the demo after
// writing its incidents, the `incidents` sync stream after replacing an incident's lists (SyncCatalogue's refreshSql).
// A rebuild reads the incident's links (at most 10 000) with one primary-key look-up each per kind: tens of
// milliseconds, against 0.85 s for row triggers doing the same one link at a time.
class IncidentObservableIndex
{
public:
    IncidentObservableIndex() = delete;

    // The two statements of a rebuild, each with one bound parameter (?1), the incident's id.
    static constexpr const char* ClearSql = "DELETE FROM incident_observable WHERE incident_id = ?1";
    static constexpr const char* FillSql
        = "INSERT INTO incident_observable (incident_id, kind, ref_id, agent_id, events) "
          "SELECT ?1, 1, e.agent_id, 0, count(*) FROM incident_event ie JOIN access_event e ON e.id = ie.event_id "
          "WHERE ie.incident_id = ?1 GROUP BY e.agent_id "
          "UNION ALL SELECT ?1, 2, e.record_id, 0, count(*) FROM incident_event ie JOIN access_event e ON e.id = "
          "ie.event_id WHERE ie.incident_id = ?1 AND e.record_id IS NOT NULL GROUP BY e.record_id "
          "UNION ALL SELECT ?1, 3, e.workstation_id, 0, count(*) FROM incident_event ie JOIN access_event e ON e.id = "
          "ie.event_id WHERE ie.incident_id = ?1 AND e.workstation_id IS NOT NULL GROUP BY e.workstation_id "
          "UNION ALL SELECT ?1, 4, e.session_id, e.agent_id, count(*) FROM incident_event ie JOIN access_event e ON "
          "e.id = ie.event_id WHERE ie.incident_id = ?1 GROUP BY e.session_id, e.agent_id";

    [[nodiscard]] static Status rebuild(Database& database, qint64 incidentId);
    // Every incident that has links (the demo, after writing them all).
    [[nodiscard]] static Status rebuildAll(Database& database);
};

} // namespace custodian
