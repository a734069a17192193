#include "central/CentralAssignmentChanges.h"

#include "central/CentralReplies.h"
#include "rules/AssignmentRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace custodian {

using namespace CentralReplies;

namespace {
constexpr qint64 MaxTime = 32'503'680'000'000;
constexpr qint64 MaxId = qint64(1) << 53;

using Field = SyncCatalogue::Field;
using Type = SyncCatalogue::FieldType;

std::optional<qint64> optionalTime(const QCborValue& value)
{
    return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}
} // namespace

CentralAssignmentChanges::CentralAssignmentChanges(CentralRepository& repository)
    : m_repository(repository)
{
}

CentralService::Reply CentralAssignmentChanges::decide(const CentralRepository::Supervisor& supervisor,
                                                       const QString& entity, const QCborValue& baseVersion,
                                                       const QCborMap& payload, qint64 now)
{
    const QCborValue action = payload.value(QLatin1String("action"));
    if (!action.isString())
        return invalid(tr("An assignment change names its 'action'."));
    const Field atField { "at", Type::Integer, false, 0, MaxTime };
    if (QString problem = checkFields(payload, { atField }); !problem.isEmpty())
        return invalid(tr("The assignment change is invalid: %1.").arg(problem));
    // Assignments whose validity has passed are expired first, so that no decision acts on one that has ended.
    if (auto expired = m_repository.expireAssignments(now); !expired)
        return internal();
    const QString name = action.toString();
    if (name == QLatin1String("request"))
        return request(supervisor, entity, baseVersion, payload, now);
    if (name == QLatin1String("approve") || name == QLatin1String("reject") || name == QLatin1String("revoke")
        || name == QLatin1String("shorten"))
        return change(supervisor, name, entity, baseVersion, payload, now);
    return invalid(tr("There is no assignment action '%1'.").arg(name.left(32)));
}

CentralService::Reply CentralAssignmentChanges::request(const CentralRepository::Supervisor& supervisor,
                                                        const QString& entity, const QCborValue& baseVersion,
                                                        const QCborMap& payload, qint64 now)
{
    static const QRegularExpression entityPattern(QStringLiteral("^request:[A-Za-z0-9._~-]{8,128}$"));
    if (!entityPattern.match(entity).hasMatch())
        return invalid(tr("A new assignment is named 'request:' and the request's own id."));
    if (!baseVersion.isNull() && !baseVersion.isUndefined())
        return invalid(tr("A new assignment has no base version."));
    if (QString problem
        = checkFields(payload,
                      { { "agent_id", Type::Integer, false, 1, MaxId },
                        { "role_id", Type::Integer, false, 1, MaxId },
                        { "valid_from", Type::Integer, false, 0, MaxTime },
                        { "valid_until", Type::Integer, true, 0, MaxTime },
                        { "justification", Type::Text, false, 0, AssignmentRules::MaxTextLength },
                        { "sod_exception_reason", Type::Text, true, 0, AssignmentRules::MaxTextLength } });
        !problem.isEmpty())
        return invalid(tr("The assignment request is invalid: %1.").arg(problem));
    AssignmentRules::Request request;
    request.agentId = payload.value(QLatin1String("agent_id")).toInteger();
    request.roleId = payload.value(QLatin1String("role_id")).toInteger();
    request.validFrom = payload.value(QLatin1String("valid_from")).toInteger();
    request.validUntil = optionalTime(payload.value(QLatin1String("valid_until")));
    request.justification = payload.value(QLatin1String("justification")).toString().trimmed();
    request.sodExceptionReason = payload.value(QLatin1String("sod_exception_reason")).toString().trimmed();
    // The rules' "now" is the service's: a request back-dated past an expired training or an ended window is judged
    // as of today. A grant never starts before the service accepted it, so a start in the past (a console's form
    // left open, a console that was offline) becomes now; the console learns the start from its next pull.
    request.now = now;
    request.validFrom = std::max(request.validFrom, now);
    auto facts
        = m_repository.assignmentFacts(request.agentId, request.roleId, request.validFrom, request.validUntil, 0);
    if (!facts)
        return internal();
    const AssignmentRules::Verdict verdict = AssignmentRules::checkGrant(request, *facts);
    if (verdict.refusal)
        return invalid(verdict.refusal->message());
    const auto [row, line] = AssignmentRules::granted(request, verdict, supervisor.id);
    auto id = m_repository.createAssignment(row, line);
    if (!id)
        return internal();
    return applied(1, *id);
}

CentralService::Reply CentralAssignmentChanges::change(const CentralRepository::Supervisor& supervisor,
                                                       const QString& action, const QString& entity,
                                                       const QCborValue& baseVersion, const QCborMap& payload,
                                                       qint64 now)
{
    bool numeric = false;
    const qint64 id = entity.toLongLong(&numeric);
    if (!numeric || id < 1)
        return invalid(tr("An assignment change names the assignment by its id."));
    const bool needsEnd = action == QLatin1String("shorten");
    if (QString problem = checkFields(payload,
                                      { { "reason", Type::Text, true, 0, AssignmentRules::MaxTextLength },
                                        { "valid_until", Type::Integer, !needsEnd, 0, MaxTime } });
        !problem.isEmpty())
        return invalid(tr("The assignment change is invalid: %1.").arg(problem));
    auto found = m_repository.assignment(id);
    if (!found)
        return internal();
    if (!*found)
        return invalid(tr("There is no assignment %1.").arg(id));
    const RoleAssignment before = **found;
    if (!baseVersion.isInteger() || baseVersion.toInteger() != before.version) {
        auto current = m_repository.assignmentItem(id);
        if (!current)
            return internal();
        return conflict(tr("Assignment %1 was changed meanwhile (version %2).").arg(id).arg(before.version), *current);
    }
    const QString reason = payload.value(QLatin1String("reason")).toString().trimmed();
    // Approved, ended and shortened as of the service's clock: a revocation back-dated by years ends the grant today.
    const qint64 at = now;
    RoleAssignment after = before;
    RoleAssignmentChange line;
    line.assignmentId = id;
    line.changedAt = at;
    line.changedBy = supervisor.id;
    line.reason = reason;
    line.oldStatus = before.status;
    line.oldValidUntil = before.validUntil;
    std::optional<Error> problem;
    if (action == QLatin1String("approve") || action == QLatin1String("reject")) {
        const bool approve = action == QLatin1String("approve");
        problem = AssignmentRules::checkDecision(before, supervisor.id, reason, approve, at);
        if (!problem && approve) {
            const qint64 from = std::max(before.validFrom, at);
            auto facts = m_repository.assignmentFacts(before.agentId, before.roleId, from, before.validUntil, id);
            if (!facts)
                return internal();
            const AssignmentRules::Verdict verdict
                = AssignmentRules::checkGrant({ before.agentId, before.roleId, from, before.validUntil,
                                                before.justification, before.sodExceptionReason, at },
                                              *facts);
            if (verdict.refusal)
                problem = Error(Error::Code::InvalidArgument,
                                tr("The request can no longer be approved: %1").arg(verdict.refusal->message()));
        }
        if (approve) {
            after.status = AssignmentStatus::Active;
            after.approvedBy = supervisor.id;
            after.approvedAt = at;
            line.change = QStringLiteral("approved");
        } else {
            after.status = AssignmentStatus::Rejected;
            after.endedAt = at;
            after.endedBy = supervisor.id;
            after.endReason = reason;
            line.change = QStringLiteral("rejected");
        }
    } else if (action == QLatin1String("revoke")) {
        problem = AssignmentRules::checkRevoke(before, reason, at);
        after.status = AssignmentStatus::Revoked;
        after.endedAt = at;
        after.endedBy = supervisor.id;
        after.endReason = reason;
        line.change = QStringLiteral("revoked");
    } else {
        const qint64 until = payload.value(QLatin1String("valid_until")).toInteger();
        problem = AssignmentRules::checkShorten(before, until, reason, at);
        after.validUntil = until;
        line.change = QStringLiteral("shortened");
    }
    if (problem)
        return invalid(problem->message());
    line.newStatus = after.status;
    line.newValidUntil = after.validUntil;
    auto saved = m_repository.saveAssignment(after, line);
    if (!saved)
        return internal();
    if (!*saved)
        return internal(); // the change transaction holds the write lock: nothing can change it in between
    return applied(before.version + 1, id);
}

} // namespace custodian
