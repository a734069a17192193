#include "rules/UntrainedAccessWorkflow.h"

#include "domain/Clock.h"
#include "rules/AssignmentRules.h"
#include "rules/FindingWorkflow.h"
#include "rules/TrainingRules.h"
#include "store/FindingRepository.h"
#include "store/TrainingFactsReader.h"
#include "store/Transaction.h"

namespace custodian {

namespace {
Error refusal(const QString& message)
{
    return Error(Error::Code::InvalidArgument, message);
}

QString moduleText(const UntrainedAccessRepository::Names& names)
{
    return QStringLiteral("%1 (%2)").arg(names.moduleCode, names.moduleTitle);
}
} // namespace

Result<std::optional<UntrainedAccessWorkflow::Offer>> UntrainedAccessWorkflow::offer(Database& database,
                                                                                     qint64 findingId, qint64 now)
{
    UntrainedAccessRepository links(database);
    auto link = links.find(findingId);
    if (!link)
        return link.error();
    if (!*link)
        return std::optional<Offer>();
    Offer offer;
    offer.link = **link;
    auto names = links.names(offer.link.roleId, offer.link.moduleId);
    if (!names)
        return names.error();
    offer.names = *names;
    auto facts = TrainingFactsReader(database).read(TrainingFactsReader::Scope::agent(offer.link.agentId), now);
    if (!facts)
        return facts.error();
    const TrainingFacts::Module* trained = facts->module(offer.link.moduleId);
    offer.trainingValid
        = trained && !facts->agents.empty() && TrainingRules::validAt(facts->agents.front(), *trained, now);
    auto held = links.assignmentInForce(offer.link.agentId, offer.link.roleId, now);
    if (!held)
        return held.error();
    offer.held = *held;

    const QString module = moduleText(offer.names);
    if (offer.link.suspendedAt)
        offer.suspendRefusal = tr("The role was suspended for this finding on %1.")
                                   .arg(AssignmentRules::instant(*offer.link.suspendedAt));
    else if (offer.trainingValid)
        offer.suspendRefusal = tr("The training %1 is complete now: there is nothing to suspend.").arg(module);
    else if (!offer.held)
        offer.suspendRefusal
            = tr("The agent no longer holds the role %1: there is nothing to suspend.").arg(offer.names.roleName);

    if (!offer.link.suspendedAt)
        offer.restoreRefusal = tr("The role was not suspended for this finding.");
    else if (offer.link.restoreRequestedAt)
        offer.restoreRefusal = tr("The role's restoration was already asked for on %1.")
                                   .arg(AssignmentRules::instant(*offer.link.restoreRequestedAt));
    else if (!offer.trainingValid)
        offer.restoreRefusal
            = tr("The training %1 is not complete yet: the role stays suspended until it is.").arg(module);
    else if (offer.link.originalValidUntil && *offer.link.originalValidUntil <= now)
        offer.restoreRefusal = tr("The role's assignment would have ended on %1: grant it anew on the Roles page.")
                                   .arg(AssignmentRules::instant(*offer.link.originalValidUntil));
    else if (offer.held)
        offer.restoreRefusal = tr("The agent holds the role %1 again already.").arg(offer.names.roleName);
    return std::optional<Offer>(std::move(offer));
}

Result<QString> UntrainedAccessWorkflow::reasonWords(const QString& reason)
{
    QString words = reason.trimmed();
    if (words.size() > MaxReasonLength)
        return refusal(
            tr("The reason is %1 characters long; at most %2 are allowed.").arg(words.size()).arg(MaxReasonLength));
    return words;
}

Result<UntrainedAccessWorkflow::Begun> UntrainedAccessWorkflow::beginAction(Database& database, qint64 findingId,
                                                                            qint64 at, QString Offer::*refusalOf)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto found = offer(database, findingId, at);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound,
                     tr("Finding %1 is not about a role held without its training.").arg(findingId));
    if (const QString& refused = (**found).*refusalOf; !refused.isEmpty())
        return refusal(refused);
    return Begun { std::move(*transaction), std::move(**found) };
}

Status UntrainedAccessWorkflow::suspend(Database& database, qint64 findingId, const QString& reason,
                                        const RoleAssignmentWorkflow::Actor& actor, qint64 atMs)
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto checked = reasonWords(reason);
    if (!checked)
        return checked.error();
    const QString& words = *checked;
    if (words.isEmpty())
        return refusal(tr("Give a reason for suspending the role."));
    auto begun = beginAction(database, findingId, at, &Offer::suspendRefusal);
    if (!begun)
        return begun.error();
    const Offer& o = begun->offer;
    const QString assignmentReason = tr("Suspended until the training %1 is complete (finding %2). %3")
                                         .arg(moduleText(o.names))
                                         .arg(findingId)
                                         .arg(words);
    if (auto status = RoleAssignmentWorkflow::revoke(database, o.held->id, assignmentReason, actor, at); !status)
        return status;
    if (auto status = UntrainedAccessRepository(database).markSuspended(findingId, at, o.held->id, o.held->validUntil);
        !status)
        return status;
    auto finding = FindingRepository(database).find(findingId);
    if (!finding)
        return finding.error();
    if (*finding && (*finding)->status == FindingStatus::Open) {
        if (auto status = FindingWorkflow::changeStatus(database, findingId, FindingStatus::Acknowledged,
                                                        tr("Role %1 suspended until the training %2 is complete. %3")
                                                            .arg(o.names.roleName, moduleText(o.names), words),
                                                        actor.auditActor, at);
            !status)
            return status;
    }
    return begun->transaction.commit();
}

Result<RoleAssignmentWorkflow::Granted> UntrainedAccessWorkflow::restore(Database& database, qint64 findingId,
                                                                         const QString& reason,
                                                                         const RoleAssignmentWorkflow::Actor& actor,
                                                                         qint64 atMs)
{
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    auto checked = reasonWords(reason);
    if (!checked)
        return checked.error();
    const QString& words = *checked;
    auto begun = beginAction(database, findingId, at, &Offer::restoreRefusal);
    if (!begun)
        return begun.error();
    const Offer& o = begun->offer;
    AssignmentRules::Request request;
    request.agentId = o.link.agentId;
    request.roleId = o.link.roleId;
    request.validFrom = at;
    request.validUntil = o.link.originalValidUntil;
    request.now = at;
    request.justification = tr("Restored after the training %1 was completed; suspended for finding %2.")
                                .arg(moduleText(o.names))
                                .arg(findingId)
        + (words.isEmpty() ? QString() : QLatin1Char(' ') + words);
    if (o.link.suspendedAssignment) {
        auto exception = UntrainedAccessRepository(database).sodExceptionReason(*o.link.suspendedAssignment);
        if (!exception)
            return exception.error();
        request.sodExceptionReason = *exception;
    }
    auto granted = RoleAssignmentWorkflow::grant(database, request, actor);
    if (!granted)
        return granted.error();
    if (auto status = UntrainedAccessRepository(database).markRestoreRequested(findingId, at); !status)
        return status.error();
    if (auto status = begun->transaction.commit(); !status)
        return status.error();
    return granted;
}

} // namespace custodian
