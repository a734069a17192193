#include "domain/RoleAssignment.h"

#include <QCoreApplication>

namespace custodian {

std::pair<RoleAssignment, RoleAssignmentChange> expiredAtEnd(const RoleAssignment& before)
{
    RoleAssignment after = before;
    after.status = AssignmentStatus::Expired;
    after.endedAt = before.validUntil;
    after.endReason = before.status == AssignmentStatus::Pending
        ? QCoreApplication::translate("RoleAssignment", "The request was not decided before its validity ended")
        : QCoreApplication::translate("RoleAssignment", "Validity period ended");
    RoleAssignmentChange line;
    line.assignmentId = before.id;
    line.changedAt = before.validUntil.value_or(0);
    line.change = QStringLiteral("expired");
    line.reason = after.endReason;
    line.oldStatus = before.status;
    line.newStatus = after.status;
    line.oldValidUntil = before.validUntil;
    line.newValidUntil = before.validUntil;
    return { after, line };
}

} // namespace custodian
