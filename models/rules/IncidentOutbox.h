#pragma once

#include "domain/Result.h"
#include "rules/RoleAssignmentWorkflow.h"

#include <QJsonObject>

namespace custodian {

class Database;

// Queues a console's change of an incident for the central service (kind "incident.change", docs/sync-api.md section
// 6), inside the change's own transaction: the entity is the incident's id (chosen at random by the console that opened
// it, kept by the service), the base version the service's version of the incident as this console last learnt it
// (none while the service has never seen the incident), and the payload says what was done (`action`) with what the
// service needs to do the same through the same workflow. Nothing is queued when the actor says so
// (Actor::queueForSync false): on the central service itself, where the change is the record already, and for the steps
// of a merge, which is queued whole.
class IncidentOutbox
{
public:
    static constexpr char Kind[] = "incident.change";

    IncidentOutbox() = delete;

    // `payload` holds `action` and what the action needs; `at` is added (the console's time, information only).
    [[nodiscard]] static Status enqueue(Database& database, const RoleAssignmentWorkflow::Actor& actor,
                                        qint64 incidentId, QJsonObject payload, qint64 at);
};

} // namespace custodian
