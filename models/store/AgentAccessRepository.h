#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace custodian {

class Database;
class Statement;

// One agent's access rights as supervisors ask about them: the assignments they hold or held, the permissions in
// force at a moment and which roles they come from, the history of every role change (who, when, why), and the
// requests waiting for a second supervisor. Reads only; the indexes on role_assignment(agent_id, valid_from) and
// role_assignment_change(assignment_id, changed_at) keep each a handful of look-ups.
class AgentAccessRepository
{
public:
    struct Assignment
    {
        qint64 id = 0;
        qint64 agentId = 0;
        QString agentName;
        QString employeeNo;
        qint64 roleId = 0;
        QString roleCode;
        QString roleName;
        bool sensitive = false;
        AssignmentStatus status = AssignmentStatus::Active;
        qint64 validFrom = 0;
        std::optional<qint64> validUntil;
        QString justification;
        qint64 requestedBy = 0;
        QString requestedByName;
        qint64 requestedAt = 0;
        QString approvedByName;
        QString sodExceptionReason;
        QString endReason;
        bool waitingForService = false; // a change of it is queued for the central service
        [[nodiscard]] bool inForceAt(qint64 t) const
        {
            return status == AssignmentStatus::Active && validFrom <= t && (!validUntil || t < *validUntil);
        }
    };

    struct Permission
    {
        QString code;
        QString description;
        QStringList roles; // the role names that grant it
    };

    struct HistoryLine
    {
        qint64 assignmentId = 0;
        qint64 changedAt = 0;
        QString change;
        QString roleName;
        QString by; // supervisor's display name; empty: the system
        QString reason;
        std::optional<AssignmentStatus> oldStatus;
        std::optional<AssignmentStatus> newStatus;
        std::optional<qint64> oldValidUntil;
        std::optional<qint64> newValidUntil;
    };

    explicit AgentAccessRepository(Database& database);

    [[nodiscard]] Result<std::vector<Assignment>> assignments(qint64 agentId);
    [[nodiscard]] Result<std::vector<Permission>> effectivePermissions(qint64 agentId, qint64 at);
    // Newest first.
    [[nodiscard]] Result<std::vector<HistoryLine>> history(qint64 agentId);
    // Every pending request, oldest first.
    [[nodiscard]] Result<std::vector<Assignment>> pending();
    [[nodiscard]] Result<std::optional<Assignment>> assignment(qint64 id);

private:
    [[nodiscard]] Result<std::vector<Assignment>> select(const QString& where,
                                                         const std::function<void(Statement&)>& bind);

    Database& m_database;
};

} // namespace custodian
