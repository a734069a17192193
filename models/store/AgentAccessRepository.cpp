#include "store/AgentAccessRepository.h"

#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QMap>

namespace custodian {

namespace {
std::optional<AssignmentStatus> optionalStatus(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<AssignmentStatus>(AssignmentStatus(row.int64(column)));
}
} // namespace

AgentAccessRepository::AgentAccessRepository(Database& database)
    : m_database(database)
{
}

Result<std::vector<AgentAccessRepository::Assignment>>
AgentAccessRepository::select(const QString& where, const std::function<void(Statement&)>& bind)
{
    auto statement = m_database.prepare(
        QStringLiteral(
            "SELECT a.id, a.agent_id, g.display_name, g.employee_no, a.role_id, r.code, r.name, r.sensitive, a.status, "
            "a.valid_from, a.valid_until, a.justification, a.requested_by, coalesce(rq.display_name, ''), "
            "a.requested_at, coalesce(ap.display_name, ''), coalesce(a.sod_exception_reason, ''), "
            "coalesce(a.end_reason, ''), EXISTS (SELECT 1 FROM sync_outbox o WHERE o.kind = 'assignment.change' AND "
            "o.entity_id = a.id AND o.state IN ('queued', 'conflict')) FROM role_assignment a JOIN agent g ON g.id = "
            "a.agent_id JOIN role r ON r.id = a.role_id LEFT JOIN supervisor rq ON rq.id = a.requested_by LEFT JOIN "
            "supervisor ap ON ap.id = a.approved_by WHERE %1")
            .arg(where));
    if (!statement)
        return statement.error();
    bind(*statement);
    std::vector<Assignment> rows;
    auto status = statement->forEachRow([&](const Statement& row) {
        Assignment a;
        a.id = row.int64(0);
        a.agentId = row.int64(1);
        a.agentName = row.text(2);
        a.employeeNo = row.text(3);
        a.roleId = row.int64(4);
        a.roleCode = row.text(5);
        a.roleName = row.text(6);
        a.sensitive = row.int64(7) != 0;
        a.status = AssignmentStatus(row.int64(8));
        a.validFrom = row.int64(9);
        a.validUntil = row.optionalInt64(10);
        a.justification = row.text(11);
        a.requestedBy = row.int64(12);
        a.requestedByName = row.text(13);
        a.requestedAt = row.int64(14);
        a.approvedByName = row.text(15);
        a.sodExceptionReason = row.text(16);
        a.endReason = row.text(17);
        a.waitingForService = row.int64(18) != 0;
        rows.push_back(std::move(a));
    });
    if (!status)
        return status.error();
    return rows;
}

Result<std::vector<AgentAccessRepository::Assignment>> AgentAccessRepository::assignments(qint64 agentId)
{
    // Pending and active first, then the ended ones, newest first within each.
    return select(QStringLiteral("a.agent_id = ? ORDER BY a.status NOT IN (1, 2), a.valid_from DESC, a.id DESC"),
                  [&](Statement& s) { s.bind(1, agentId); });
}

Result<std::vector<AgentAccessRepository::Assignment>> AgentAccessRepository::pending()
{
    return select(QStringLiteral("a.status = 1 ORDER BY a.requested_at, a.id"), [](Statement&) {});
}

Result<std::optional<AgentAccessRepository::Assignment>> AgentAccessRepository::assignment(qint64 id)
{
    auto rows = select(QStringLiteral("a.id = ?"), [&](Statement& s) { s.bind(1, id); });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Assignment>();
    return std::optional<Assignment>(rows->front());
}

Result<std::vector<AgentAccessRepository::Permission>> AgentAccessRepository::effectivePermissions(qint64 agentId,
                                                                                                   qint64 at)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT p.code, p.description, r.name FROM role_assignment a JOIN role r ON r.id = a.role_id "
                       "JOIN role_permission rp ON rp.role_id = a.role_id JOIN permission p ON p.id = rp.permission_id "
                       "WHERE a.agent_id = ?1 AND %1 ORDER BY p.code, r.name")
            .arg(AssignmentInForce::condition(u"a", 2)));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, at);
    std::vector<Permission> permissions;
    auto status = statement->forEachRow([&](const Statement& row) {
        if (permissions.empty() || permissions.back().code != row.text(0))
            permissions.push_back({ row.text(0), row.text(1), {} });
        if (!permissions.back().roles.contains(row.text(2)))
            permissions.back().roles << row.text(2);
    });
    if (!status)
        return status.error();
    return permissions;
}

Result<std::vector<AgentAccessRepository::HistoryLine>> AgentAccessRepository::history(qint64 agentId)
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT c.assignment_id, c.changed_at, c.change, r.name, coalesce(s.display_name, ''), coalesce(c.reason, ''), "
        "c.old_status, c.new_status, c.old_valid_until, c.new_valid_until FROM role_assignment a JOIN "
        "role_assignment_change c ON c.assignment_id = a.id JOIN role r ON r.id = a.role_id LEFT JOIN supervisor s ON "
        "s.id = c.changed_by WHERE a.agent_id = ? ORDER BY c.changed_at DESC, c.id DESC"));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId);
    std::vector<HistoryLine> lines;
    auto status = statement->forEachRow([&](const Statement& row) {
        HistoryLine line;
        line.assignmentId = row.int64(0);
        line.changedAt = row.int64(1);
        line.change = row.text(2);
        line.roleName = row.text(3);
        line.by = row.text(4);
        line.reason = row.text(5);
        line.oldStatus = optionalStatus(row, 6);
        line.newStatus = optionalStatus(row, 7);
        line.oldValidUntil = row.optionalInt64(8);
        line.newValidUntil = row.optionalInt64(9);
        lines.push_back(std::move(line));
    });
    if (!status)
        return status.error();
    return lines;
}

} // namespace custodian
