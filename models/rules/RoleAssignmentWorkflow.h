#pragma once

#include "domain/Result.h"
#include "rules/AssignmentRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custodian {

class Database;

// A supervisor's changes to role assignments on this console: grant (or request, for a sensitive role), approve or
// reject another supervisor's request, revoke (or withdraw a request), shorten the validity, and the expiry of
// time-bound assignments. Each is one transaction: the assignment, its history line (role_assignment_change), a
// console-audit entry ("assignment.*", target "assignment:<id>") and a sync-outbox entry of kind
// "assignment.change" (docs/sync-api.md), after AssignmentRules accepted it; a refusal writes nothing.
class RoleAssignmentWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(RoleAssignmentWorkflow)

public:
    // Who acts: the supervisor this console is (SyncState::supervisorId, named by the central service's session),
    // and the console-audit actor ("console:alice").
    struct Actor
    {
        qint64 supervisorId = 0;
        QString auditActor;
        // Whether an incident step queues its own sync-outbox line (IncidentOutbox): not on the central service,
        // which is deciding a change a console pushed, nor for the steps of a larger change pushed whole (a merge).
        bool queueForSync = true;
    };

    struct Granted
    {
        qint64 assignmentId = 0;
        AssignmentStatus status = AssignmentStatus::Pending; // pending: waits for a second supervisor
        QStringList warnings;
        QStringList exceptedRules;
    };

    // The actor for this console's store; NotConfigured when no session has named the supervisor yet.
    [[nodiscard]] static Result<Actor> consoleActor(Database& database, const QString& auditActor);

    // `request.now` < 0: now.
    [[nodiscard]] static Result<Granted> grant(Database& database, AssignmentRules::Request request,
                                               const Actor& actor);
    // What grant() would decide for `request` now, without writing anything (`request.now` < 0: now): a dialog
    // asks it before it confirms an immediate grant. grant() decides again inside its transaction.
    [[nodiscard]] static Result<AssignmentRules::Verdict> check(Database& database, AssignmentRules::Request request);
    // Whether the agent can have the role over the window (AssignmentRules::eligibility on this store's facts).
    [[nodiscard]] static Result<AssignmentRules::Eligibility>
    eligibility(Database& database, qint64 agentId, qint64 roleId, qint64 validFrom, std::optional<qint64> validUntil);
    [[nodiscard]] static Status approve(Database& database, qint64 assignmentId, const QString& reason,
                                        const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Status reject(Database& database, qint64 assignmentId, const QString& reason,
                                       const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Status revoke(Database& database, qint64 assignmentId, const QString& reason,
                                       const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Status shorten(Database& database, qint64 assignmentId, qint64 newValidUntil,
                                        const QString& reason, const Actor& actor, qint64 atMs = -1);

    // Marks every active assignment whose validity has ended by `now` expired, and every pending request whose
    // window passed lapsed (expired too), each with its history line and a console-audit entry by "system". No
    // outbox entry: the central service expires its copies by the same rule. Returns how many it ended.
    [[nodiscard]] static Result<int> expireDue(Database& database, qint64 now);
};

} // namespace custodian
