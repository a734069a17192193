#include "rules/AssignmentRules.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace custodian {

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidArgument, message);
}

std::optional<Error> checkText(const QString& text, const QString& what)
{
    if (text.trimmed().size() > AssignmentRules::MaxTextLength)
        return invalid(AssignmentRules::tr("The %1 is too long (%2 characters; at most %3).")
                           .arg(what)
                           .arg(text.trimmed().size())
                           .arg(AssignmentRules::MaxTextLength));
    return std::nullopt;
}

bool windowsMeet(qint64 fromA, std::optional<qint64> untilA, qint64 fromB, std::optional<qint64> untilB)
{
    return (!untilA || *untilA > fromB) && (!untilB || *untilB > fromA);
}
} // namespace

// The rules of a grant that depend only on the agent, the role and the window; checkGrant and eligibility() both
// ask these, so that what a list marks and what a grant refuses come from one place.
std::optional<QString> AssignmentRules::agentRefusal(const AssignmentFacts& facts)
{
    if (facts.agentStatus != AgentStatus::Active)
        return tr("%1 is %2; roles are granted to active agents only.")
            .arg(facts.agentName, toString(facts.agentStatus).toLower());
    return std::nullopt;
}

std::optional<QString> AssignmentRules::heldRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                    std::optional<qint64> validUntil)
{
    const AssignmentFacts::Role& role = *facts.role;
    for (const AssignmentFacts::Holding& holding : facts.holdings) {
        if (holding.roleId == role.id && windowsMeet(holding.validFrom, holding.validUntil, validFrom, validUntil))
            return holding.status == AssignmentStatus::Pending
                ? tr("%1 already has a pending request for %2.").arg(facts.agentName, role.name)
                : tr("%1 already holds %2 in that period.").arg(facts.agentName, role.name);
    }
    return std::nullopt;
}

std::optional<QString> AssignmentRules::sodRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                   std::optional<qint64> validUntil, bool hasException,
                                                   QStringList& exceptedRules)
{
    // Separation of duties: a rule names two roles; holding (or having requested) the other one in an overlapping
    // window is a conflict. Some rules allow an exception with a recorded reason, the others block. A rule that
    // blocks is named before one an exception could override: giving the reason would not help.
    const AssignmentFacts::Role& role = *facts.role;
    struct Conflict
    {
        const AssignmentFacts::SodRule* rule;
        const AssignmentFacts::Holding* holding;
    };
    std::vector<Conflict> conflicts;
    for (const AssignmentFacts::SodRule& rule : facts.sodRules) {
        for (const AssignmentFacts::Holding& holding : facts.holdings) {
            if (holding.roleId == rule.otherRoleId
                && windowsMeet(holding.validFrom, holding.validUntil, validFrom, validUntil)) {
                conflicts.push_back({ &rule, &holding });
                break;
            }
        }
    }
    auto message = [&](const Conflict& c) {
        const QString control
            = c.rule->controlRef.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.rule->controlRef);
        const QString held = c.holding->status == AssignmentStatus::Pending ? tr("has requested") : tr("holds");
        const QString text = c.rule->allowException
            ? tr("Separation of duties: %1 %2 %3, which conflicts with %4 — rule \"%5\"%6. The rule allows an "
                 "exception: give its reason to grant anyway.")
            : tr("Separation of duties: %1 %2 %3, which may not be combined with %4 — rule \"%5\"%6. This rule "
                 "allows no exception.");
        return text.arg(facts.agentName, held, c.holding->roleName, role.name, c.rule->name, control);
    };
    for (const Conflict& c : conflicts) {
        if (!c.rule->allowException)
            return message(c);
    }
    for (const Conflict& c : conflicts) {
        if (!hasException)
            return message(c);
        if (!exceptedRules.contains(c.rule->name))
            exceptedRules << c.rule->name;
    }
    return std::nullopt;
}

std::optional<QString> AssignmentRules::trainingRefusal(const AssignmentFacts& facts, qint64 validFrom,
                                                        std::optional<qint64> validUntil, QStringList& warnings)
{
    const AssignmentFacts::Role& role = *facts.role;
    for (const AssignmentFacts::Training& training : facts.training) {
        QString problem;
        if (!training.validUntil)
            problem = tr("%1 has not passed the required training \"%2\".").arg(facts.agentName, training.title);
        else if (*training.validUntil <= validFrom)
            problem = tr("%1's required training \"%2\" expired on %3.")
                          .arg(facts.agentName, training.title, instant(*training.validUntil));
        if (!problem.isEmpty()) {
            if (role.trainingBlocks)
                return problem + QLatin1Char(' ') + tr("%1 requires it before it is granted.").arg(role.name);
            warnings << problem;
        } else if (!validUntil || *training.validUntil < *validUntil) {
            warnings << tr("%1's training \"%2\" expires on %3, before this assignment ends.")
                            .arg(facts.agentName, training.title, instant(*training.validUntil));
        }
    }
    return std::nullopt;
}

AssignmentRules::Eligibility AssignmentRules::eligibility(const AssignmentFacts& facts, qint64 validFrom,
                                                          std::optional<qint64> validUntil)
{
    Eligibility result;
    if (!facts.agentExists || !facts.role)
        return result; // checkGrant names a missing agent or role; there is nothing to mark in a list of them
    auto ineligible = [&](Ineligibility why, const QString& message) {
        result.ineligibility = why;
        result.refusal = message;
        return result;
    };
    if (auto inactive = agentRefusal(facts))
        return ineligible(Ineligibility::AgentInactive, *inactive);
    if (auto held = heldRefusal(facts, validFrom, validUntil))
        return ineligible(Ineligibility::AlreadyHeld, *held);
    // With an exception given, only a rule that allows none refuses; without one, the first conflict does.
    QStringList excepted;
    if (auto blocked = sodRefusal(facts, validFrom, validUntil, true, excepted))
        return ineligible(Ineligibility::SodBlocked, *blocked);
    if (!excepted.isEmpty()) {
        QStringList none;
        result.sodExceptionNeeded = sodRefusal(facts, validFrom, validUntil, false, none).value_or(QString());
    }
    QStringList warnings;
    if (auto training = trainingRefusal(facts, validFrom, validUntil, warnings))
        return ineligible(Ineligibility::TrainingMissing, *training);
    return result;
}

QString AssignmentRules::shortReason(Ineligibility ineligibility)
{
    switch (ineligibility) {
    case Ineligibility::None:
        return QString();
    case Ineligibility::AgentInactive:
        return tr("agent not active");
    case Ineligibility::AlreadyHeld:
        return tr("already held");
    case Ineligibility::SodBlocked:
        return tr("separation of duties");
    case Ineligibility::TrainingMissing:
        return tr("training missing");
    }
    return QString();
}

QString AssignmentRules::instant(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("d MMM yyyy HH:mm 'UTC'"));
}

AssignmentRules::Verdict AssignmentRules::checkGrant(const Request& request, const AssignmentFacts& facts)
{
    Verdict verdict;
    auto refuse = [&](const QString& message) {
        verdict.refusal = invalid(message);
        return verdict;
    };
    if (!facts.agentExists)
        return refuse(tr("There is no agent with id %1.").arg(request.agentId));
    if (!facts.role)
        return refuse(tr("There is no role with id %1.").arg(request.roleId));
    const AssignmentFacts::Role& role = *facts.role;
    verdict.needsApproval = role.sensitive;
    if (auto inactive = agentRefusal(facts))
        return refuse(*inactive);
    if (request.justification.trimmed().isEmpty())
        return refuse(tr("A role is granted only with a justification."));
    if (auto problem = checkText(request.justification, tr("justification")))
        return refuse(problem->message());
    if (auto problem = checkText(request.sodExceptionReason, tr("exception reason")))
        return refuse(problem->message());
    if (request.validUntil && *request.validUntil <= request.validFrom)
        return refuse(tr("The validity ends (%1) before it starts (%2).")
                          .arg(instant(*request.validUntil), instant(request.validFrom)));
    if (request.validFrom < request.now - StartGraceMs)
        return refuse(
            tr("The validity starts in the past (%1); a grant starts now or later.").arg(instant(request.validFrom)));
    if (request.validUntil && *request.validUntil <= request.now)
        return refuse(tr("The validity ends in the past (%1).").arg(instant(*request.validUntil)));
    if (role.maxDurationDays) {
        if (!request.validUntil)
            return refuse(tr("%1 is granted for at most %2 day(s); give the validity an end.")
                              .arg(role.name)
                              .arg(*role.maxDurationDays));
        if (*request.validUntil - request.validFrom > *role.maxDurationDays * DayMs)
            return refuse(tr("%1 is granted for at most %2 day(s); the requested validity is %3 day(s).")
                              .arg(role.name)
                              .arg(*role.maxDurationDays)
                              .arg(double(*request.validUntil - request.validFrom) / double(DayMs), 0, 'f', 1));
    }
    if (auto held = heldRefusal(facts, request.validFrom, request.validUntil))
        return refuse(*held);
    const bool hasException = !request.sodExceptionReason.trimmed().isEmpty();
    if (auto sod = sodRefusal(facts, request.validFrom, request.validUntil, hasException, verdict.exceptedRules))
        return refuse(*sod);
    if (hasException && verdict.exceptedRules.isEmpty())
        return refuse(tr("An exception reason was given, but no separation-of-duties rule needs one."));
    if (auto training = trainingRefusal(facts, request.validFrom, request.validUntil, verdict.warnings))
        return refuse(*training);
    return verdict;
}

std::pair<RoleAssignment, RoleAssignmentChange> AssignmentRules::granted(const Request& request, const Verdict& verdict,
                                                                         qint64 requester)
{
    RoleAssignment row;
    row.agentId = request.agentId;
    row.roleId = request.roleId;
    row.status = verdict.needsApproval ? AssignmentStatus::Pending : AssignmentStatus::Active;
    row.validFrom = request.validFrom;
    row.validUntil = request.validUntil;
    row.justification = request.justification.trimmed();
    row.requestedBy = requester;
    row.requestedAt = request.now;
    row.sodExceptionReason = request.sodExceptionReason.trimmed();
    RoleAssignmentChange line;
    line.changedAt = request.now;
    line.changedBy = requester;
    line.change = verdict.needsApproval ? QStringLiteral("requested") : QStringLiteral("granted");
    line.reason = row.justification;
    line.newStatus = row.status;
    line.newValidUntil = row.validUntil;
    return { row, line };
}

std::optional<Error> AssignmentRules::checkDecision(const RoleAssignment& assignment, qint64 decider,
                                                    const QString& reason, bool approve, qint64 now)
{
    if (assignment.status != AssignmentStatus::Pending)
        return invalid(tr("Assignment %1 is %2, not waiting for approval.")
                           .arg(assignment.id)
                           .arg(toString(assignment.status).toLower()));
    if (auto problem = checkDecider(assignment.requestedBy, decider, approve))
        return problem;
    if (!approve && reason.trimmed().isEmpty())
        return invalid(tr("A request is rejected only with a reason."));
    if (auto problem = checkText(reason, tr("reason")))
        return problem;
    if (approve && assignment.validUntil && *assignment.validUntil <= now)
        return invalid(tr("The requested validity ended on %1; the request can no longer be approved.")
                           .arg(instant(*assignment.validUntil)));
    return std::nullopt;
}

std::optional<Error> AssignmentRules::checkDecider(qint64 requestedBy, qint64 decider, bool approve)
{
    if (decider == requestedBy)
        return invalid(approve ? tr("You asked for this assignment; a second supervisor must approve it.")
                               : tr("You asked for this assignment; withdraw it with revoke instead of rejecting it."));
    return std::nullopt;
}

std::optional<Error> AssignmentRules::checkRevoke(const RoleAssignment& assignment, const QString& reason, qint64 now)
{
    if (assignment.status != AssignmentStatus::Active && assignment.status != AssignmentStatus::Pending)
        return invalid(
            tr("Assignment %1 is already %2.").arg(assignment.id).arg(toString(assignment.status).toLower()));
    if (assignment.validUntil && *assignment.validUntil <= now)
        return invalid(tr("Assignment %1 ended on %2.").arg(assignment.id).arg(instant(*assignment.validUntil)));
    if (reason.trimmed().isEmpty())
        return invalid(tr("An assignment is revoked only with a reason."));
    return checkText(reason, tr("reason"));
}

std::optional<Error> AssignmentRules::checkShorten(const RoleAssignment& assignment, qint64 newValidUntil,
                                                   const QString& reason, qint64 now)
{
    if (assignment.status != AssignmentStatus::Active)
        return invalid(tr("Only an active assignment can be shortened; assignment %1 is %2.")
                           .arg(assignment.id)
                           .arg(toString(assignment.status).toLower()));
    if (assignment.validUntil && *assignment.validUntil <= now)
        return invalid(tr("Assignment %1 ended on %2.").arg(assignment.id).arg(instant(*assignment.validUntil)));
    if (newValidUntil <= now)
        return invalid(
            tr("The new end (%1) is in the past; revoke the assignment instead.").arg(instant(newValidUntil)));
    if (newValidUntil <= assignment.validFrom)
        return invalid(tr("The new end (%1) is before the assignment starts (%2).")
                           .arg(instant(newValidUntil), instant(assignment.validFrom)));
    if (assignment.validUntil && newValidUntil >= *assignment.validUntil)
        return invalid(tr("The new end (%1) is not earlier than the current one (%2); validity can only be shortened.")
                           .arg(instant(newValidUntil), instant(*assignment.validUntil)));
    if (reason.trimmed().isEmpty())
        return invalid(tr("Validity is shortened only with a reason."));
    return checkText(reason, tr("reason"));
}

} // namespace custodian
