#pragma once

#include "domain/AssignmentFacts.h"
#include "domain/Error.h"
#include "domain/RoleAssignment.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace custodian {

// The rules of granting, approving and ending role assignments, as pure functions of what a store holds
// (AssignmentFacts) so that the console (RoleAssignmentWorkflow) and the central service (CentralService)
// decide alike and a console cannot push what its own UI would refuse.
class AssignmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRules)

public:
    static constexpr int MaxTextLength = 2000;
    // A start this far in the past is still "now" (clocks of two machines, the time the form stayed open).
    static constexpr qint64 StartGraceMs = 15 * 60 * 1000;

    struct Request
    {
        qint64 agentId = 0;
        qint64 roleId = 0;
        qint64 validFrom = 0;
        std::optional<qint64> validUntil;
        QString justification;
        QString sodExceptionReason;
        qint64 now = 0;
    };

    struct Verdict
    {
        std::optional<Error> refusal; // the first rule the request breaks
        QStringList warnings; // training the role only warns about
        QStringList exceptedRules; // SoD rules the recorded exception overrides
        bool needsApproval = false; // a sensitive role: pending until a second supervisor approves
    };

    [[nodiscard]] static Verdict checkGrant(const Request& request, const AssignmentFacts& facts);

    // Why an agent cannot have a role over a window whatever else the supervisor types: the rules of checkGrant
    // that depend only on the agent, the role and the window, in checkGrant's order and with its messages, so that a
    // role marked in a list and the refusal of its grant cannot disagree.
    enum class Ineligibility {
        None,
        AgentInactive,
        AlreadyHeld, // or already requested, in an overlapping window
        SodBlocked, // a separation-of-duties rule without exceptions
        TrainingMissing, // required training missing or expired at the start, where the role's gate blocks
    };
    struct Eligibility
    {
        Ineligibility ineligibility = Ineligibility::None;
        QString refusal; // checkGrant's message for it; empty when eligible
        QString sodExceptionNeeded; // eligible only with an exception reason: the rule's message
        [[nodiscard]] bool eligible() const { return ineligibility == Ineligibility::None; }
    };
    [[nodiscard]] static Eligibility eligibility(const AssignmentFacts& facts, qint64 validFrom,
                                                 std::optional<qint64> validUntil);
    // "training missing", "separation of duties": how a list names why, in a few words.
    [[nodiscard]] static QString shortReason(Ineligibility ineligibility);

    // Approving or rejecting a pending request. `decider` is the supervisor deciding; the requester may not.
    // checkDecider is that last rule alone (a page disables Approve on one's own request with its message).
    [[nodiscard]] static std::optional<Error> checkDecider(qint64 requestedBy, qint64 decider, bool approve);
    [[nodiscard]] static std::optional<Error> checkDecision(const RoleAssignment& assignment, qint64 decider,
                                                            const QString& reason, bool approve, qint64 now);
    // Revoking an active assignment, or withdrawing a pending request.
    [[nodiscard]] static std::optional<Error> checkRevoke(const RoleAssignment& assignment, const QString& reason,
                                                          qint64 now);
    // Moving the end of an active assignment earlier (never later: that is a new grant with its checks).
    [[nodiscard]] static std::optional<Error> checkShorten(const RoleAssignment& assignment, qint64 newValidUntil,
                                                           const QString& reason, qint64 now);

    // What a granted request becomes: the assignment (pending when it needs approval, else active; requested by
    // `requester` at request.now) and its first history line ("requested" or "granted"; assignmentId left 0).
    [[nodiscard]] static std::pair<RoleAssignment, RoleAssignmentChange>
    granted(const Request& request, const Verdict& verdict, qint64 requester);
    // "12 Mar 2027 14:00 UTC" — how rule messages name an instant.
    [[nodiscard]] static QString instant(qint64 ms);

private:
    // The rules of a grant that depend only on the agent, the role (facts.role is set) and the window.
    [[nodiscard]] static std::optional<QString> agentRefusal(const AssignmentFacts& facts);
    [[nodiscard]] static std::optional<QString> heldRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                            std::optional<qint64> validUntil);
    // Adds the rules an exception overrides to `exceptedRules` (when `hasException`).
    [[nodiscard]] static std::optional<QString> sodRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                           std::optional<qint64> validUntil, bool hasException,
                                                           QStringList& exceptedRules);
    // Adds what the role only warns about to `warnings`.
    [[nodiscard]] static std::optional<QString> trainingRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                                std::optional<qint64> validUntil,
                                                                QStringList& warnings);
};

} // namespace custodian
