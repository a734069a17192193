#pragma once

#include "domain/IncidentObservable.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Reads what an incident's linked events involve (`incident_observable`, IncidentObservableIndex) and the
// incidents that share any of it — the "related by agent, record or workstation" suggestions of issue 17, point 3.
// Reads only: call it on a worker for the page (an incident links up to 10 000 events).
class IncidentObservableReader
{
    Q_DECLARE_TR_FUNCTIONS(IncidentObservableReader)

public:
    // Every observable of the incident, by kind (agents, records, workstations, sessions), the most involved first,
    // with its label and the span of the incident's events involving it.
    [[nodiscard]] static Result<std::vector<IncidentObservable>> observables(Database& database, qint64 incidentId);

    struct Related
    {
        qint64 incidentId = 0;
        QString reference;
        QString title;
        int phase = 0; // incident.phase code
        std::optional<qint64> closedAt;
        qint64 sharedAgents = 0;
        qint64 sharedRecords = 0;
        qint64 sharedWorkstations = 0;
    };
    // Other incidents sharing an agent, a customer record or a workstation with this one: the most shared records
    // first (the strongest tie: the same customer's data), then agents, then workstations; at most `limit`.
    // Sessions are left out: a session is one agent's, so sharing one means sharing the agent.
    [[nodiscard]] static Result<std::vector<Related>> related(Database& database, qint64 incidentId, int limit = 20);
};

} // namespace custodian
