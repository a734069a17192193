#pragma once

#include "domain/Result.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/Transaction.h"
#include "store/UntrainedAccessRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

class Database;

// The suggested action on a finding "role held without required training": suspend the role until the training is
// complete, and restore it afterwards — through the ordinary grant and revoke rules, so nothing new travels:
//
//  * suspend: the assignment in force is revoked now (RoleAssignmentWorkflow::revoke: history line, console audit
//    "assignment.revoke", outbox "assignment.change" action revoke), with a reason naming the finding and the module;
//    its end before the suspension is kept beside the finding; an open finding is acknowledged (FindingWorkflow:
//    console audit "finding.status" and its outbox entry). One transaction.
//  * restore, once the training is valid again: a new grant of the role from now to that end
//    (RoleAssignmentWorkflow::grant: outbox action request), justified by the finding, with the separation-of-duties
//    exception the suspended assignment had (a conflict accepted then is not refused now for want of one). For a
//    sensitive role it is a request that a second supervisor approves, as every grant of one; the role's training gate
//    decides again.
//
// A revocation rather than a new "suspended" state: the wire, the central service and every reader already know
// what a revoked assignment means, and "until the training is complete" cannot be a date. docs/training.md.
class UntrainedAccessWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(UntrainedAccessWorkflow)

public:
    // The supervisor's own words go into the assignment's reason after the finding's; this leaves room for both.
    static constexpr int MaxReasonLength = 1500;

    // What the findings page offers for one finding at `now`.
    struct Offer
    {
        UntrainedAccessRepository::Link link;
        UntrainedAccessRepository::Names names;
        bool trainingValid = false; // a pass valid at now
        std::optional<UntrainedAccessRepository::HeldAssignment> held; // the role's assignment in force at now
        QString suspendRefusal; // empty: Suspend role can be applied
        QString restoreRefusal; // empty: Restore role can be applied
    };

    // Nothing when the finding is not of this kind (or unknown).
    [[nodiscard]] static Result<std::optional<Offer>> offer(Database& database, qint64 findingId, qint64 now);

    [[nodiscard]] static Status suspend(Database& database, qint64 findingId, const QString& reason,
                                        const RoleAssignmentWorkflow::Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Result<RoleAssignmentWorkflow::Granted> restore(Database& database, qint64 findingId,
                                                                         const QString& reason,
                                                                         const RoleAssignmentWorkflow::Actor& actor,
                                                                         qint64 atMs = -1);

private:
    // What suspend and restore check alike before acting: the supervisor's words, trimmed, within MaxReasonLength
    // (whether they may be empty is the action's own rule).
    [[nodiscard]] static Result<QString> reasonWords(const QString& reason);

    // An action under way: its transaction, and the offer it acts on as read inside that transaction, so that what
    // the action decides on is what it writes.
    struct Begun
    {
        Transaction transaction;
        Offer offer;
    };
    // Begins the transaction and reads the offer; NotFound when the finding is not of this kind, and the action's
    // own refusal (`refusalOf`: &Offer::suspendRefusal or &Offer::restoreRefusal) when it cannot be applied.
    [[nodiscard]] static Result<Begun> beginAction(Database& database, qint64 findingId, qint64 at,
                                                   QString Offer::*refusalOf);
};

} // namespace custodian
