#include "store/UntrainedAccessRepository.h"

#include "store/AssignmentInForce.h"
#include "store/Database.h"

namespace custodian {

namespace {
const char* const LinkColumns = "finding_id, agent_id, role_id, module_id, lapsed_at, completed_at, suspended_at, "
                                "suspended_assignment, original_valid_until, restore_requested_at "
                                "FROM finding_role_training";

UntrainedAccessRepository::Link readLink(const Statement& s)
{
    UntrainedAccessRepository::Link link;
    link.findingId = s.int64(0);
    link.agentId = s.int64(1);
    link.roleId = s.int64(2);
    link.moduleId = s.int64(3);
    link.lapsedAt = s.int64(4);
    link.completedAt = s.optionalInt64(5);
    link.suspendedAt = s.optionalInt64(6);
    link.suspendedAssignment = s.optionalInt64(7);
    link.originalValidUntil = s.optionalInt64(8);
    link.restoreRequestedAt = s.optionalInt64(9);
    return link;
}
} // namespace

UntrainedAccessRepository::UntrainedAccessRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<UntrainedAccessRepository::Link>> UntrainedAccessRepository::find(qint64 findingId)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 WHERE finding_id = ?1").arg(QLatin1String(LinkColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, findingId);
    return statement->firstRow(readLink);
}

Result<std::vector<UntrainedAccessRepository::Link>> UntrainedAccessRepository::incomplete()
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT %1 WHERE completed_at IS NULL ORDER BY finding_id").arg(QLatin1String(LinkColumns)));
    if (!statement)
        return statement.error();
    std::vector<Link> links;
    if (auto status = statement->forEachRow([&](const Statement& row) { links.push_back(readLink(row)); }); !status)
        return status.error();
    return links;
}

Status UntrainedAccessRepository::insert(const Link& link)
{
    auto statement = m_database.prepare(
        QStringLiteral("INSERT OR IGNORE INTO finding_role_training (finding_id, agent_id, role_id, module_id, "
                       "lapsed_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!statement)
        return statement.error();
    statement->bind(1, link.findingId)
        .bind(2, link.agentId)
        .bind(3, link.roleId)
        .bind(4, link.moduleId)
        .bind(5, link.lapsedAt);
    return statement->run();
}

Status UntrainedAccessRepository::markCompleted(qint64 findingId, qint64 completedAt, const QString& summary)
{
    auto link = m_database.prepare(
        QStringLiteral("UPDATE finding_role_training SET completed_at = ?2 WHERE finding_id = ?1"));
    if (!link)
        return link.error();
    link->bind(1, findingId).bind(2, completedAt);
    if (auto status = link->run(); !status)
        return status;
    auto finding = m_database.prepare(
        QStringLiteral("UPDATE finding SET summary = ?2, window_end = max(window_start, ?3) WHERE id = ?1"));
    if (!finding)
        return finding.error();
    finding->bind(1, findingId).bind(2, summary).bind(3, completedAt);
    return finding->run();
}

Status UntrainedAccessRepository::markSuspended(qint64 findingId, qint64 at, qint64 assignmentId,
                                                std::optional<qint64> originalValidUntil)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE finding_role_training SET suspended_at = ?2, suspended_assignment = ?3, "
                       "original_valid_until = ?4, restore_requested_at = NULL WHERE finding_id = ?1"));
    if (!statement)
        return statement.error();
    statement->bind(1, findingId).bind(2, at).bind(3, assignmentId).bindOptional(4, originalValidUntil);
    return statement->run();
}

Status UntrainedAccessRepository::markRestoreRequested(qint64 findingId, qint64 at)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE finding_role_training SET restore_requested_at = ?2 WHERE finding_id = ?1"));
    if (!statement)
        return statement.error();
    statement->bind(1, findingId).bind(2, at);
    return statement->run();
}

Result<std::optional<UntrainedAccessRepository::HeldAssignment>>
UntrainedAccessRepository::assignmentInForce(qint64 agentId, qint64 roleId, qint64 at)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT ra.id, ra.valid_until FROM role_assignment ra WHERE ra.agent_id = ?1 AND "
                       "ra.role_id = ?2 AND %1 ORDER BY ra.valid_from DESC, ra.id DESC LIMIT 1")
            .arg(AssignmentInForce::condition(u"ra", 3)));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, roleId).bind(3, at);
    return statement->firstRow([](const Statement& row) {
        return HeldAssignment { row.int64(0), row.optionalInt64(1) };
    });
}

Result<QString> UntrainedAccessRepository::sodExceptionReason(qint64 assignmentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT coalesce(sod_exception_reason, '') FROM role_assignment WHERE id = ?1"));
    if (!statement)
        return statement.error();
    statement->bind(1, assignmentId);
    auto row = statement->firstRow([](const Statement& s) { return s.text(0); });
    if (!row)
        return row.error();
    return row->value_or(QString());
}

Result<UntrainedAccessRepository::Names> UntrainedAccessRepository::names(qint64 roleId, qint64 moduleId)
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT (SELECT name FROM role WHERE id = ?1), (SELECT sensitive FROM role WHERE id = ?1), "
        "(SELECT code FROM training_module WHERE id = ?2), (SELECT title FROM training_module WHERE id = ?2)"));
    if (!statement)
        return statement.error();
    statement->bind(1, roleId).bind(2, moduleId);
    auto row = statement->firstRow([](const Statement& s) {
        return Names { s.text(0), !s.isNull(1) && s.int64(1) != 0, s.text(2), s.text(3) };
    });
    if (!row)
        return row.error();
    return row->value_or(Names {});
}

} // namespace custodian
