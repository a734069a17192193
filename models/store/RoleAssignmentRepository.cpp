#include "store/RoleAssignmentRepository.h"

#include "store/Database.h"

namespace custodian {

namespace {
const char* const Columns
    = "id, agent_id, role_id, status, valid_from, valid_until, justification, requested_by, requested_at, "
      "approved_by, approved_at, sod_exception_reason, ended_at, ended_by, end_reason, version, server_version";

RoleAssignment readRow(const Statement& row)
{
    RoleAssignment a;
    a.id = row.int64(0);
    a.agentId = row.int64(1);
    a.roleId = row.int64(2);
    a.status = AssignmentStatus(row.int64(3));
    a.validFrom = row.int64(4);
    a.validUntil = row.optionalInt64(5);
    a.justification = row.text(6);
    a.requestedBy = row.int64(7);
    a.requestedAt = row.int64(8);
    a.approvedBy = row.optionalInt64(9);
    a.approvedAt = row.optionalInt64(10);
    a.sodExceptionReason = row.text(11);
    a.endedAt = row.optionalInt64(12);
    a.endedBy = row.optionalInt64(13);
    a.endReason = row.text(14);
    a.version = row.int64(15);
    a.serverVersion = row.optionalInt64(16);
    return a;
}

void bindText(Statement& statement, int index, const QString& text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}

// Binds the fields after the id, from index `first` on (agent … server_version: 16 values).
void bindFields(Statement& statement, int first, const RoleAssignment& a)
{
    statement.bind(first, a.agentId)
        .bind(first + 1, a.roleId)
        .bind(first + 2, int(a.status))
        .bind(first + 3, a.validFrom)
        .bindOptional(first + 4, a.validUntil)
        .bind(first + 5, a.justification)
        .bind(first + 6, a.requestedBy)
        .bind(first + 7, a.requestedAt)
        .bindOptional(first + 8, a.approvedBy)
        .bindOptional(first + 9, a.approvedAt);
    bindText(statement, first + 10, a.sodExceptionReason);
    statement.bindOptional(first + 11, a.endedAt).bindOptional(first + 12, a.endedBy);
    bindText(statement, first + 13, a.endReason);
}
} // namespace

RoleAssignmentRepository::RoleAssignmentRepository(Database& database, Ids ids)
    : m_database(database)
    , m_ids(ids)
{
}

Result<qint64> RoleAssignmentRepository::nextId(const char* table)
{
    const QString sql = m_ids == Ids::Local
        ? QStringLiteral("SELECT min(0, coalesce(min(id), 0)) - 1 FROM %1").arg(QLatin1String(table))
        : QStringLiteral("SELECT max(0, coalesce(max(id), 0)) + 1 FROM %1").arg(QLatin1String(table));
    return m_database.queryInt(sql);
}

Result<std::optional<RoleAssignment>> RoleAssignmentRepository::find(qint64 id)
{
    auto statement
        = m_database.prepare(QStringLiteral("SELECT %1 FROM role_assignment WHERE id = ?").arg(QLatin1String(Columns)));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->firstRow(readRow);
}

Result<qint64> RoleAssignmentRepository::insert(const RoleAssignment& row)
{
    auto id = nextId("role_assignment");
    if (!id)
        return id.error();
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO role_assignment (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")
            .arg(QLatin1String(Columns)));
    if (!statement)
        return statement.error();
    statement->bind(1, *id);
    bindFields(*statement, 2, row);
    statement->bindOptional(16, row.serverVersion);
    if (auto status = statement->run(); !status)
        return status.error();
    return *id;
}

Result<bool> RoleAssignmentRepository::update(const RoleAssignment& row)
{
    auto statement = m_database.prepare(QStringLiteral(
        "UPDATE role_assignment SET agent_id = ?, role_id = ?, status = ?, valid_from = ?, valid_until = ?, "
        "justification = ?, requested_by = ?, requested_at = ?, approved_by = ?, approved_at = ?, "
        "sod_exception_reason = ?, ended_at = ?, ended_by = ?, end_reason = ?, version = version + 1, "
        "server_version = ? WHERE id = ? AND version = ?"));
    if (!statement)
        return statement.error();
    bindFields(*statement, 1, row);
    statement->bindOptional(15, row.serverVersion).bind(16, row.id).bind(17, row.version);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() == 1;
}

Status RoleAssignmentRepository::addChange(const RoleAssignmentChange& change)
{
    auto id = nextId("role_assignment_change");
    if (!id)
        return id.error();
    auto statement = m_database.prepare(QStringLiteral(
        "INSERT INTO role_assignment_change (id, assignment_id, changed_at, changed_by, change, reason, old_status, "
        "new_status, old_valid_until, new_valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    auto status = [](std::optional<AssignmentStatus> s) { return s ? std::optional<qint64>(int(*s)) : std::nullopt; };
    statement->bind(1, *id)
        .bind(2, change.assignmentId)
        .bind(3, change.changedAt)
        .bindOptional(4, change.changedBy)
        .bind(5, change.change);
    bindText(*statement, 6, change.reason);
    statement->bindOptional(7, status(change.oldStatus))
        .bindOptional(8, status(change.newStatus))
        .bindOptional(9, change.oldValidUntil)
        .bindOptional(10, change.newValidUntil);
    return statement->run();
}

Result<std::vector<RoleAssignment>> RoleAssignmentRepository::endedBy(qint64 now)
{
    // role_assignment_expiry covers valid_until; the status filter runs on the few rows it finds.
    auto statement = m_database.prepare(QStringLiteral("SELECT %1 FROM role_assignment WHERE valid_until IS NOT NULL "
                                                       "AND valid_until <= ? AND status IN (1, 2) ORDER BY id")
                                            .arg(QLatin1String(Columns)));
    if (!statement)
        return statement.error();
    statement->bind(1, now);
    std::vector<RoleAssignment> rows;
    auto status = statement->forEachRow([&](const Statement& row) { rows.push_back(readRow(row)); });
    if (!status)
        return status.error();
    return rows;
}

Result<std::optional<RoleAssignment>> RoleAssignmentRepository::overlapping(qint64 agentId, qint64 roleId, qint64 from,
                                                                            std::optional<qint64> until,
                                                                            qint64 excludeId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT %1 FROM role_assignment WHERE agent_id = ? AND role_id = ? AND status IN (1, 2) AND id "
                       "<> ? AND (valid_until IS NULL OR valid_until > ?) AND (?6 IS NULL OR valid_from < ?6) "
                       "ORDER BY valid_from LIMIT 1")
            .arg(QLatin1String(Columns)));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, roleId).bind(3, excludeId).bind(4, from).bindOptional(6, until);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RoleAssignment>();
    return std::optional<RoleAssignment>(readRow(*statement));
}

Status RoleAssignmentRepository::renumber(qint64 localId, qint64 centralId)
{
    auto exists = m_database.prepare(QStringLiteral("SELECT 1 FROM role_assignment WHERE id = ?"));
    if (!exists)
        return exists.error();
    exists->bind(1, centralId);
    auto pulled = exists->step();
    if (!pulled)
        return pulled.error();
    const bool alreadyPulled = *pulled;
    exists->reset();
    auto run = [&](const QString& sql) -> Status {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, centralId).bind(2, localId);
        return statement->run();
    };
    // Foreign keys are on: the service's row must exist before anything points at it.
    if (!alreadyPulled) {
        if (auto status
            = run(QStringLiteral("INSERT INTO role_assignment (%1) SELECT ?1, %2 FROM role_assignment "
                                 "WHERE id = ?2")
                      .arg(QLatin1String(Columns), QString::fromLatin1(Columns).section(QLatin1String(", "), 1)));
            !status)
            return status;
    }
    // Without the pulled row's history, the local lines move over; with it, the service's lines are the record.
    if (auto status
        = run(alreadyPulled ? QStringLiteral("DELETE FROM role_assignment_change WHERE assignment_id = ?2 AND ?1 = ?1")
                            : QStringLiteral("UPDATE role_assignment_change SET assignment_id = ?1 WHERE "
                                             "assignment_id = ?2"));
        !status)
        return status;
    for (const QString& sql :
         { QStringLiteral("UPDATE review_item SET assignment_id = ?1 WHERE assignment_id = ?2"),
           QStringLiteral("UPDATE sync_outbox SET entity_id = ?1 WHERE kind = 'assignment.change' AND entity_id = ?2"),
           QStringLiteral("DELETE FROM role_assignment WHERE id = ?2 AND ?1 = ?1") }) {
        if (auto status = run(sql); !status)
            return status;
    }
    return {};
}

} // namespace custodian
