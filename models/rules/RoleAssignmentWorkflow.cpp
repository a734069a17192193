#include "rules/RoleAssignmentWorkflow.h"

#include "domain/Clock.h"
#include "store/AssignmentFactsReader.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/RoleAssignmentRepository.h"
#include "store/SyncOutbox.h"
#include "store/SyncState.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace custodian {

namespace {
qint64 nowOr(qint64 atMs)
{
    return atMs < 0 ? Clock::nowMs() : atMs;
}

QJsonValue optionalValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

Status audit(Database& database, const QString& actor, const QString& action, qint64 assignmentId,
             const QJsonObject& detail, qint64 at)
{
    auto appended
        = ConsoleAudit::append(database, actor, action, QStringLiteral("assignment:%1").arg(assignmentId), detail, at);
    if (!appended)
        return appended.error();
    return {};
}

// The outbox entry the central service learns the change from (docs/sync-api.md, kind "assignment.change").
Status queueForSync(Database& database, qint64 assignmentId, std::optional<qint64> baseVersion,
                    const QJsonObject& payload, qint64 at)
{
    return SyncOutbox::enqueue(database, QStringLiteral("assignment.change"), assignmentId, baseVersion, payload, at);
}

Result<QString> roleName(Database& database, qint64 roleId)
{
    auto statement = database.prepare(QStringLiteral("SELECT code FROM role WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, roleId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

// The steps every change of an existing assignment shares: find it, let the rule decide, write the new state with
// its history line, audit and outbox entries, commit.
struct Change
{
    QString change; // history line: approved, rejected, revoked, shortened
    QString auditAction; // assignment.approve, ...
    QString wireAction; // approve, reject, revoke, shorten
};

Status changeAssignment(Database& database, qint64 assignmentId, const Change& what, const QString& reason,
                        const RoleAssignmentWorkflow::Actor& actor, qint64 at,
                        const std::function<std::optional<Error>(const RoleAssignment&)>& rule,
                        const std::function<Status(RoleAssignment&)>& apply, QJsonObject payload)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    RoleAssignmentRepository assignments(database, RoleAssignmentRepository::Ids::Local);
    auto found = assignments.find(assignmentId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, RoleAssignmentWorkflow::tr("There is no assignment %1.").arg(assignmentId));
    const RoleAssignment before = **found;
    if (auto problem = rule(before))
        return *problem;
    RoleAssignment after = before;
    if (auto status = apply(after); !status)
        return status;
    auto written = assignments.update(after);
    if (!written)
        return written.error();
    if (!*written)
        return Error(Error::Code::InvalidArgument,
                     RoleAssignmentWorkflow::tr("Assignment %1 was changed meanwhile (by a sync); look at it again.")
                         .arg(assignmentId));
    RoleAssignmentChange line;
    line.assignmentId = assignmentId;
    line.changedAt = at;
    line.changedBy = actor.supervisorId;
    line.change = what.change;
    line.reason = reason.trimmed();
    line.oldStatus = before.status;
    line.newStatus = after.status;
    line.oldValidUntil = before.validUntil;
    line.newValidUntil = after.validUntil;
    if (auto status = assignments.addChange(line); !status)
        return status;
    auto role = roleName(database, before.roleId);
    if (!role)
        return role.error();
    QJsonObject detail { { QStringLiteral("agent_id"), before.agentId },
                         { QStringLiteral("role"), *role },
                         { QStringLiteral("old_status"), toString(before.status) },
                         { QStringLiteral("new_status"), toString(after.status) } };
    if (before.validUntil != after.validUntil) {
        detail.insert(QStringLiteral("old_valid_until"), optionalValue(before.validUntil));
        detail.insert(QStringLiteral("new_valid_until"), optionalValue(after.validUntil));
    }
    if (!line.reason.isEmpty())
        detail.insert(QStringLiteral("reason"), line.reason);
    if (auto status = audit(database, actor.auditActor, what.auditAction, assignmentId, detail, at); !status)
        return status;
    payload.insert(QStringLiteral("action"), what.wireAction);
    payload.insert(QStringLiteral("reason"), line.reason.isEmpty() ? QJsonValue() : QJsonValue(line.reason));
    payload.insert(QStringLiteral("at"), at);
    if (auto status = queueForSync(database, assignmentId, before.serverVersion, payload, at); !status)
        return status;
    return transaction->commit();
}
} // namespace

Result<RoleAssignmentWorkflow::Actor> RoleAssignmentWorkflow::consoleActor(Database& database,
                                                                           const QString& auditActor)
{
    auto id = SyncState(database).supervisorId();
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotConfigured,
                     tr("This console does not know yet which supervisor you are. Sync with the central service once: "
                        "its session names the supervisor your token belongs to."));
    auto known = database.prepare(QStringLiteral("SELECT 1 FROM supervisor WHERE id = ?"));
    if (!known)
        return known.error();
    known->bind(1, **id);
    auto row = known->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(
            Error::Code::NotConfigured,
            tr("The central service named supervisor %1, who is not in this store yet; sync again.").arg(**id));
    return Actor { **id, auditActor };
}

Result<RoleAssignmentWorkflow::Granted>
RoleAssignmentWorkflow::grant(Database& database, AssignmentRules::Request request, const Actor& actor)
{
    request.now = nowOr(request.now);
    request.justification = request.justification.trimmed();
    request.sodExceptionReason = request.sodExceptionReason.trimmed();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto facts
        = AssignmentFactsReader(database).read(request.agentId, request.roleId, request.validFrom, request.validUntil);
    if (!facts)
        return facts.error();
    const AssignmentRules::Verdict verdict = AssignmentRules::checkGrant(request, *facts);
    if (verdict.refusal)
        return *verdict.refusal;

    auto [row, line] = AssignmentRules::granted(request, verdict, actor.supervisorId);
    RoleAssignmentRepository assignments(database, RoleAssignmentRepository::Ids::Local);
    auto id = assignments.insert(row);
    if (!id)
        return id.error();
    line.assignmentId = *id;
    if (auto status = assignments.addChange(line); !status)
        return status.error();

    QJsonObject detail { { QStringLiteral("agent_id"), request.agentId },
                         { QStringLiteral("role"), facts->role->code },
                         { QStringLiteral("status"), toString(row.status) },
                         { QStringLiteral("valid_from"), row.validFrom },
                         { QStringLiteral("valid_until"), optionalValue(row.validUntil) },
                         { QStringLiteral("justification"), row.justification } };
    if (!verdict.exceptedRules.isEmpty()) {
        detail.insert(QStringLiteral("sod_exception"), row.sodExceptionReason);
        detail.insert(QStringLiteral("sod_rules"), QJsonArray::fromStringList(verdict.exceptedRules));
    }
    if (!verdict.warnings.isEmpty())
        detail.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(verdict.warnings));
    if (auto status
        = audit(database, actor.auditActor,
                verdict.needsApproval ? QStringLiteral("assignment.request") : QStringLiteral("assignment.grant"), *id,
                detail, request.now);
        !status)
        return status.error();
    const QJsonObject payload {
        { QStringLiteral("action"), QStringLiteral("request") },
        { QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("agent_id"), request.agentId },
        { QStringLiteral("role_id"), request.roleId },
        { QStringLiteral("valid_from"), row.validFrom },
        { QStringLiteral("valid_until"), optionalValue(row.validUntil) },
        { QStringLiteral("justification"), row.justification },
        { QStringLiteral("sod_exception_reason"),
          row.sodExceptionReason.isEmpty() ? QJsonValue() : QJsonValue(row.sodExceptionReason) },
        { QStringLiteral("at"), request.now },
    };
    if (auto status = queueForSync(database, *id, std::nullopt, payload, request.now); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return Granted { *id, row.status, verdict.warnings, verdict.exceptedRules };
}

Result<AssignmentRules::Verdict> RoleAssignmentWorkflow::check(Database& database, AssignmentRules::Request request)
{
    request.now = nowOr(request.now);
    auto facts
        = AssignmentFactsReader(database).read(request.agentId, request.roleId, request.validFrom, request.validUntil);
    if (!facts)
        return facts.error();
    return AssignmentRules::checkGrant(request, *facts);
}

Result<AssignmentRules::Eligibility> RoleAssignmentWorkflow::eligibility(Database& database, qint64 agentId,
                                                                         qint64 roleId, qint64 validFrom,
                                                                         std::optional<qint64> validUntil)
{
    auto facts = AssignmentFactsReader(database).read(agentId, roleId, validFrom, validUntil);
    if (!facts)
        return facts.error();
    return AssignmentRules::eligibility(*facts, validFrom, validUntil);
}

Status RoleAssignmentWorkflow::approve(Database& database, qint64 assignmentId, const QString& reason,
                                       const Actor& actor, qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    return changeAssignment(
        database, assignmentId,
        { QStringLiteral("approved"), QStringLiteral("assignment.approve"), QStringLiteral("approve") }, reason, actor,
        at,
        [&](const RoleAssignment& a) -> std::optional<Error> {
            if (auto problem = AssignmentRules::checkDecision(a, actor.supervisorId, reason, true, at))
                return problem;
            // What held when it was requested may not hold now: another role granted since, training expired.
            auto facts = AssignmentFactsReader(database).read(a.agentId, a.roleId, std::max(a.validFrom, at),
                                                              a.validUntil, a.id);
            if (!facts)
                return facts.error();
            AssignmentRules::Request recheck {
                a.agentId, a.roleId, std::max(a.validFrom, at), a.validUntil, a.justification, a.sodExceptionReason, at
            };
            const AssignmentRules::Verdict verdict = AssignmentRules::checkGrant(recheck, *facts);
            if (verdict.refusal)
                return Error(Error::Code::InvalidArgument,
                             tr("The request can no longer be approved: %1").arg(verdict.refusal->message()));
            return std::nullopt;
        },
        [&](RoleAssignment& a) {
            a.status = AssignmentStatus::Active;
            a.approvedBy = actor.supervisorId;
            a.approvedAt = at;
            return Status {};
        },
        {});
}

Status RoleAssignmentWorkflow::reject(Database& database, qint64 assignmentId, const QString& reason,
                                      const Actor& actor, qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    return changeAssignment(
        database, assignmentId,
        { QStringLiteral("rejected"), QStringLiteral("assignment.reject"), QStringLiteral("reject") }, reason, actor,
        at,
        [&](const RoleAssignment& a) {
            return AssignmentRules::checkDecision(a, actor.supervisorId, reason, false, at);
        },
        [&](RoleAssignment& a) {
            a.status = AssignmentStatus::Rejected;
            a.endedAt = at;
            a.endedBy = actor.supervisorId;
            a.endReason = reason.trimmed();
            return Status {};
        },
        {});
}

Status RoleAssignmentWorkflow::revoke(Database& database, qint64 assignmentId, const QString& reason,
                                      const Actor& actor, qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    return changeAssignment(
        database, assignmentId,
        { QStringLiteral("revoked"), QStringLiteral("assignment.revoke"), QStringLiteral("revoke") }, reason, actor, at,
        [&](const RoleAssignment& a) { return AssignmentRules::checkRevoke(a, reason, at); },
        [&](RoleAssignment& a) {
            a.status = AssignmentStatus::Revoked;
            a.endedAt = at;
            a.endedBy = actor.supervisorId;
            a.endReason = reason.trimmed();
            return Status {};
        },
        {});
}

Status RoleAssignmentWorkflow::shorten(Database& database, qint64 assignmentId, qint64 newValidUntil,
                                       const QString& reason, const Actor& actor, qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    return changeAssignment(
        database, assignmentId,
        { QStringLiteral("shortened"), QStringLiteral("assignment.shorten"), QStringLiteral("shorten") }, reason, actor,
        at, [&](const RoleAssignment& a) { return AssignmentRules::checkShorten(a, newValidUntil, reason, at); },
        [&](RoleAssignment& a) {
            a.validUntil = newValidUntil;
            return Status {};
        },
        { { QStringLiteral("valid_until"), newValidUntil } });
}

Result<int> RoleAssignmentWorkflow::expireDue(Database& database, qint64 now)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    RoleAssignmentRepository assignments(database, RoleAssignmentRepository::Ids::Local);
    auto due = assignments.endedBy(now);
    if (!due)
        return due.error();
    for (const RoleAssignment& before : *due) {
        const auto [after, line] = expiredAtEnd(before);
        auto written = assignments.update(after);
        if (!written)
            return written.error();
        if (auto status = assignments.addChange(line); !status)
            return status.error();
        auto role = roleName(database, before.roleId);
        if (!role)
            return role.error();
        const QJsonObject detail { { QStringLiteral("agent_id"), before.agentId },
                                   { QStringLiteral("role"), *role },
                                   { QStringLiteral("old_status"), toString(before.status) },
                                   { QStringLiteral("valid_until"), *before.validUntil } };
        if (auto status
            = audit(database, QStringLiteral("system"), QStringLiteral("assignment.expired"), before.id, detail, now);
            !status)
            return status.error();
    }
    if (auto status = transaction->commit(); !status)
        return status.error();
    return int(due->size());
}

} // namespace custodian
