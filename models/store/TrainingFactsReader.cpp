#include "store/TrainingFactsReader.h"

#include "domain/Enums.h"
#include "store/AssignmentHistoryRow.h"
#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <unordered_map>

namespace custodian {

namespace {
// The agents of the scope as a FROM clause with the scope's condition: ?1 is t, ?2 the scope's id.
QString agentsIn(const TrainingFactsReader::Scope& scope)
{
    using Kind = TrainingFactsReader::Scope::Kind;
    QString sql = QStringLiteral("agent a JOIN team t ON t.id = a.team_id JOIN site s ON s.id = t.site_id WHERE ");
    switch (scope.kind) {
    case Kind::Agent:
        return sql + QStringLiteral("a.id = ?2");
    case Kind::Team:
        sql += QStringLiteral("a.team_id = ?2 AND ");
        break;
    case Kind::Site:
        sql += QStringLiteral("t.site_id = ?2 AND ");
        break;
    case Kind::All:
        break;
    }
    return sql
        + QStringLiteral("a.hired_at <= ?1 AND coalesce(a.departed_at, CASE WHEN a.status = %1 THEN "
                         "a.status_changed_at END, ?1 + 1) > ?1")
              .arg(int(AgentStatus::Departed));
}

QString agentSql(const TrainingFactsReader::Scope& scope)
{
    return QStringLiteral("SELECT a.id, a.employee_no, a.display_name, a.team_id, t.name, t.site_id, s.code FROM ")
        + agentsIn(scope) + QStringLiteral(" ORDER BY a.id");
}

// Only assignments of roles that require some training matter here.
QString assignmentSql(const TrainingFactsReader::Scope& scope)
{
    return QStringLiteral("SELECT ra.id, ra.agent_id, ra.role_id, ra.status, ra.valid_from, ra.valid_until, "
                          "ra.approved_at, ra.ended_at FROM ")
        + agentsIn(scope).replace(QStringLiteral(" WHERE "),
                                  QStringLiteral(" JOIN role_assignment ra ON ra.agent_id = a.id WHERE "))
        + QStringLiteral(" AND ra.valid_from <= ?1 AND ra.role_id IN (SELECT role_id FROM role_training_requirement)"
                         " ORDER BY ra.id");
}

QString changeSql(const TrainingFactsReader::Scope& scope)
{
    return QStringLiteral("SELECT c.assignment_id, c.changed_at, c.new_status, c.old_valid_until, c.new_valid_until "
                          "FROM ")
        + agentsIn(scope).replace(QStringLiteral(" WHERE "),
                                  QStringLiteral(" JOIN role_assignment ra ON ra.agent_id = a.id JOIN "
                                                 "role_assignment_change c ON c.assignment_id = ra.id WHERE "))
        + QStringLiteral(" AND ra.valid_from <= ?1 AND ra.role_id IN (SELECT role_id FROM role_training_requirement)"
                         " ORDER BY c.assignment_id, c.changed_at, c.id");
}

// A record counts at t when it was assigned or attempted by then; the rules ignore an attempt completed after t. A
// record its learning record store withdrew (schema 13) was never an assignment: it does not count at all.
QString recordSql(const TrainingFactsReader::Scope& scope)
{
    return QStringLiteral("SELECT r.id, r.agent_id, r.module_id, r.campaign_id, r.assigned_at, r.due_at, "
                          "r.completed_at, r.score, r.passed, r.expires_at, r.certificate_ref FROM ")
        + agentsIn(scope).replace(
            QStringLiteral(" WHERE "),
            QStringLiteral(" JOIN training_record r INDEXED BY training_record_agent ON r.agent_id = a.id WHERE "))
        + QStringLiteral(" AND (r.assigned_at <= ?1 OR r.completed_at <= ?1) AND r.withdrawn_at IS NULL");
}
} // namespace

TrainingFactsReader::TrainingFactsReader(Database& database)
    : m_database(database)
{
}

QStringList TrainingFactsReader::queriesForPlanCheck(const Scope& scope)
{
    return { agentSql(scope), assignmentSql(scope), changeSql(scope), recordSql(scope) };
}

Result<std::optional<qint64>> TrainingFactsReader::findAgent(const QString& employeeNoOrId)
{
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT id FROM agent WHERE employee_no = ?1 UNION ALL SELECT id FROM agent WHERE id = ?2 LIMIT 1"));
    if (!statement)
        return statement.error();
    bool numeric = false;
    const qint64 id = employeeNoOrId.toLongLong(&numeric);
    statement->bind(1, employeeNoOrId).bind(2, numeric ? id : qint64(-1));
    return statement->firstRow([](const Statement& row) { return row.int64(0); });
}

Result<QString> TrainingFactsReader::describe(const Scope& scope)
{
    QString sql;
    switch (scope.kind) {
    case Scope::Kind::All:
        return QString();
    case Scope::Kind::Team:
        sql = QStringLiteral("SELECT t.name || ' (' || s.code || ')' FROM team t JOIN site s ON s.id = t.site_id "
                             "WHERE t.id = ?1");
        break;
    case Scope::Kind::Site:
        sql = QStringLiteral("SELECT code || ' — ' || name FROM site WHERE id = ?1");
        break;
    case Scope::Kind::Agent:
        sql = QStringLiteral("SELECT display_name || ' (' || employee_no || ')' FROM agent WHERE id = ?1");
        break;
    }
    auto query = m_database.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, scope.id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("TrainingFactsReader", "There is no %1 %2.")
                         .arg(scope.kind == Scope::Kind::Team       ? QStringLiteral("team")
                                  : scope.kind == Scope::Kind::Site ? QStringLiteral("site")
                                                                    : QStringLiteral("agent"))
                         .arg(scope.id));
    return query->text(0);
}

Result<TrainingFacts> TrainingFactsReader::read(const Scope& scope, qint64 at)
{
    TrainingFacts facts;
    facts.at = at;
    auto each = [&](const QString& sql, bool scoped, auto&& onRow) -> Status {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        if (scoped)
            statement->bind(1, at).bind(2, scope.id);
        return statement->forEachRow(onRow);
    };

    if (auto status = each(QStringLiteral("SELECT id, code, title, framework, control_ref, validity_days, pass_score "
                                          "FROM training_module ORDER BY id"),
                           false,
                           [&](const Statement& row) {
                               facts.modules.push_back({ row.int64(0), row.text(1), row.text(2), row.text(3),
                                                         row.text(4), int(row.int64(5)), int(row.int64(6)) });
                           });
        !status)
        return status.error();
    if (auto status = each(QStringLiteral("SELECT role_id, module_id FROM role_training_requirement"), false,
                           [&](const Statement& row) {
                               facts.requirements.push_back({ row.int64(0), row.int64(1) });
                           });
        !status)
        return status.error();
    if (auto status
        = each(QStringLiteral("SELECT id, name, module_id, starts_at, due_at FROM training_campaign "
                              "ORDER BY id"),
               false,
               [&](const Statement& row) {
                   facts.campaigns.push_back({ row.int64(0), row.text(1), row.int64(2), row.int64(3), row.int64(4) });
               });
        !status)
        return status.error();
    if (auto status = each(QStringLiteral("SELECT id, code, name FROM role ORDER BY id"), false,
                           [&](const Statement& row) {
                               facts.roles.push_back({ row.int64(0), row.text(1), row.text(2) });
                           });
        !status)
        return status.error();

    std::unordered_map<qint64, std::size_t> agentIndex;
    if (auto status = each(agentSql(scope), true,
                           [&](const Statement& row) {
                               TrainingFacts::Agent agent;
                               agent.id = row.int64(0);
                               agent.employeeNo = row.text(1);
                               agent.displayName = row.text(2);
                               agent.teamId = row.int64(3);
                               agent.teamName = row.text(4);
                               agent.siteId = row.int64(5);
                               agent.siteCode = row.text(6);
                               agentIndex.emplace(agent.id, facts.agents.size());
                               facts.agents.push_back(std::move(agent));
                           });
        !status)
        return status.error();

    // Role windows: AssignmentInForce's point-in-time rule on each assignment with its history.
    struct Assignment
    {
        qint64 agentId = 0;
        qint64 roleId = 0;
        AssignmentInForce::History history;
    };
    std::unordered_map<qint64, Assignment> assignments;
    std::vector<qint64> assignmentOrder;
    if (auto status = each(assignmentSql(scope), true,
                           [&](const Statement& row) {
                               Assignment a;
                               a.agentId = row.int64(1);
                               a.roleId = row.int64(2);
                               a.history = AssignmentHistoryRow::history(row, 3);
                               assignmentOrder.push_back(row.int64(0));
                               assignments.emplace(row.int64(0), std::move(a));
                           });
        !status)
        return status.error();
    if (!assignments.empty()) {
        if (auto status = each(changeSql(scope), true,
                               [&](const Statement& row) {
                                   if (auto found = assignments.find(row.int64(0)); found != assignments.end())
                                       found->second.history.changes.push_back(AssignmentHistoryRow::change(row, 1));
                               });
            !status)
            return status.error();
    }
    for (qint64 id : assignmentOrder) {
        const Assignment& a = assignments[id];
        const auto agent = agentIndex.find(a.agentId);
        if (agent == agentIndex.end())
            continue;
        for (const auto& [from, until] : AssignmentInForce::heldIntervals(a.history)) {
            if (from <= at)
                facts.agents[agent->second].holdings.push_back(
                    { a.roleId, from, until == AssignmentInForce::Open ? TrainingFacts::Holding::Open : until });
        }
    }

    if (auto status = each(recordSql(scope), true,
                           [&](const Statement& row) {
                               const auto agent = agentIndex.find(row.int64(1));
                               if (agent == agentIndex.end())
                                   return;
                               TrainingFacts::Record r;
                               r.id = row.int64(0);
                               r.moduleId = row.int64(2);
                               r.campaignId = row.optionalInt64(3);
                               r.assignedAt = row.int64(4);
                               r.dueAt = row.int64(5);
                               r.completedAt = row.optionalInt64(6);
                               if (!row.isNull(7))
                                   r.score = int(row.int64(7));
                               if (!row.isNull(8))
                                   r.passed = row.int64(8) == 1;
                               r.expiresAt = row.optionalInt64(9);
                               if (!row.isNull(10))
                                   r.certificateRef = row.text(10);
                               facts.agents[agent->second].records.push_back(r);
                           });
        !status)
        return status.error();
    return facts;
}

} // namespace custodian
