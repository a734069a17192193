#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>
#include <utility>

namespace custodian {

// One grant of a role to an agent (role_assignment): its validity window [validFrom, validUntil) — an
// assignment is in force at t when it is active and validFrom <= t < validUntil, so it ends exactly at
// validUntil —, who asked for it and why, who approved it, and how it ended.
//
// Ids: rows that came from the central service carry its ids (positive). A row made on this console before the
// service has seen it gets a negative id, so it can never collide with a row a later pull brings; it takes the
// service's id once the service accepts it (SyncOutbox::markSent).
struct RoleAssignment
{
    qint64 id = 0;
    qint64 agentId = 0;
    qint64 roleId = 0;
    AssignmentStatus status = AssignmentStatus::Pending;
    qint64 validFrom = 0;
    std::optional<qint64> validUntil; // nothing: open-ended
    QString justification;
    qint64 requestedBy = 0;
    qint64 requestedAt = 0;
    std::optional<qint64> approvedBy;
    std::optional<qint64> approvedAt;
    QString sodExceptionReason; // empty: no exception was needed
    std::optional<qint64> endedAt;
    std::optional<qint64> endedBy;
    QString endReason;
    qint64 version = 1;
    std::optional<qint64> serverVersion;

    [[nodiscard]] bool inForceAt(qint64 t) const
    {
        return status == AssignmentStatus::Active && validFrom <= t && (!validUntil || t < *validUntil);
    }
};

// One line of an agent's role history (role_assignment_change).
struct RoleAssignmentChange
{
    qint64 assignmentId = 0;
    qint64 changedAt = 0;
    std::optional<qint64> changedBy; // nothing: the system (expiry)
    QString change; // requested, approved, rejected, granted, revoked, expired, shortened
    QString reason;
    std::optional<AssignmentStatus> oldStatus;
    std::optional<AssignmentStatus> newStatus;
    std::optional<qint64> oldValidUntil;
    std::optional<qint64> newValidUntil;
};

// An active assignment or pending request whose validity has run out, ended by the system at its end instant, and
// the history line that says so — written alike by consoles and the central service, which each expire their copies.
[[nodiscard]] std::pair<RoleAssignment, RoleAssignmentChange> expiredAtEnd(const RoleAssignment& before);

} // namespace custodian
