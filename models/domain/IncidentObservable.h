#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>

namespace custodian {

// Something an incident's linked access events involve (issue 17, point 3): an agent, a customer record — only ever
// by its masked form —, a workstation or an application session, with how many of the incident's events involve it
// and when they were first and last seen. Kept in `incident_observable` (schema 14), rebuilt by every writer of links.
struct IncidentObservable
{
    // Stored codes (incident_observable.kind): append, never renumber.
    enum class Kind : std::uint8_t { Agent = 1, Record = 2, Workstation = 3, Session = 4 };

    Kind kind = Kind::Agent;
    qint64 refId = 0; // agent, customer_record or workstation id; for a session, the agent's session id
    qint64 agentId = 0; // a session's agent (0 for the other kinds)
    qint64 events = 0;
    // What the console shows: the agent's name and employee number, the record's masked form and kind, the
    // workstation's host name, "session N" with its agent's name. Empty when the store does not hold the thing (a
    // link to an event not pulled yet is not counted at all; a record or agent missing from a partial store is).
    QString label;
    std::optional<qint64> firstAt; // the incident's events involving it: earliest and latest time
    std::optional<qint64> lastAt;
};

} // namespace custodian
