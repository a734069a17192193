#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// What a finding of kind "role held without required training" is about (finding_role_training, schema 12): the
// agent, the role, the module, when the training lapsed, when a pass was later seen, and the one-click suspension of
// the role with the end it had before. TrainingComplianceSweep writes the rows, UntrainedAccessWorkflow the
// suspension and the restore request, the findings page reads them. Runs inside the caller's transaction.
class UntrainedAccessRepository
{
public:
    struct Link
    {
        qint64 findingId = 0;
        qint64 agentId = 0;
        qint64 roleId = 0;
        qint64 moduleId = 0;
        qint64 lapsedAt = 0;
        std::optional<qint64> completedAt;
        std::optional<qint64> suspendedAt;
        std::optional<qint64> suspendedAssignment;
        std::optional<qint64> originalValidUntil;
        std::optional<qint64> restoreRequestedAt;
    };

    // The assignment by which an agent holds a role at an instant (AssignmentInForce::condition).
    struct HeldAssignment
    {
        qint64 id = 0;
        std::optional<qint64> validUntil;
    };

    // The names a finding's actions show: the role (and whether it is sensitive: four-eyes) and the module.
    struct Names
    {
        QString roleName;
        bool roleSensitive = false;
        QString moduleCode;
        QString moduleTitle;
    };

    explicit UntrainedAccessRepository(Database& database);

    [[nodiscard]] Result<std::optional<Link>> find(qint64 findingId);
    // The links whose training has not been seen complete yet.
    [[nodiscard]] Result<std::vector<Link>> incomplete();
    // A new finding's link (the sweep calls it once per finding it creates; a second call changes nothing).
    [[nodiscard]] Status insert(const Link& link);
    // A pass was seen at a sweep: the link is complete, and the finding's summary and window end say so.
    [[nodiscard]] Status markCompleted(qint64 findingId, qint64 completedAt, const QString& summary);
    [[nodiscard]] Status markSuspended(qint64 findingId, qint64 at, qint64 assignmentId,
                                       std::optional<qint64> originalValidUntil);
    [[nodiscard]] Status markRestoreRequested(qint64 findingId, qint64 at);

    // The active assignment of the role to the agent in force at `at` (the latest starting one), if any.
    [[nodiscard]] Result<std::optional<HeldAssignment>> assignmentInForce(qint64 agentId, qint64 roleId, qint64 at);

    [[nodiscard]] Result<Names> names(qint64 roleId, qint64 moduleId);
    // The separation-of-duties exception an assignment was granted with (empty: none), so that restoring a suspended
    // role carries it rather than being refused for a conflict that was accepted before.
    [[nodiscard]] Result<QString> sodExceptionReason(qint64 assignmentId);

private:
    Database& m_database;
};

} // namespace custodian
