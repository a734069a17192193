#include "store/AssignmentFactsReader.h"

#include "store/Database.h"

namespace custodian {

AssignmentFactsReader::AssignmentFactsReader(Database& database)
    : m_database(database)
{
}

Result<AssignmentFacts> AssignmentFactsReader::read(qint64 agentId, qint64 roleId, qint64 validFrom,
                                                    std::optional<qint64> validUntil, qint64 excludeAssignmentId)
{
    AssignmentFacts facts;
    {
        auto statement = m_database.prepare(QStringLiteral(
            "SELECT id, code, name, sensitive, max_duration_days, training_gate FROM role WHERE id = ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, roleId);
        auto row = statement->step();
        if (!row)
            return row.error();
        if (*row) {
            AssignmentFacts::Role role;
            role.id = statement->int64(0);
            role.code = statement->text(1);
            role.name = statement->text(2);
            role.sensitive = statement->int64(3) != 0;
            if (!statement->isNull(4))
                role.maxDurationDays = statement->int64(4);
            role.trainingBlocks = statement->text(5) != QLatin1String("warn");
            facts.role = role;
        }
    }
    {
        auto statement = m_database.prepare(QStringLiteral("SELECT display_name, status FROM agent WHERE id = ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, agentId);
        auto row = statement->step();
        if (!row)
            return row.error();
        if (*row) {
            facts.agentExists = true;
            facts.agentName = statement->text(0);
            facts.agentStatus = AgentStatus(statement->int64(1));
        }
    }
    if (!facts.role || !facts.agentExists)
        return facts;
    {
        // role_assignment_agent (agent_id, valid_from): an agent holds a few dozen assignments at most.
        auto statement = m_database.prepare(QStringLiteral(
            "SELECT a.id, a.role_id, r.name, a.status, a.valid_from, a.valid_until FROM role_assignment a JOIN role r "
            "ON r.id = a.role_id WHERE a.agent_id = ?1 AND a.status IN (1, 2) AND a.id <> ?2 AND (a.valid_until IS "
            "NULL OR a.valid_until > ?3) AND (?4 IS NULL OR a.valid_from < ?4) ORDER BY a.valid_from, a.id"));
        if (!statement)
            return statement.error();
        statement->bind(1, agentId).bind(2, excludeAssignmentId).bind(3, validFrom).bindOptional(4, validUntil);
        auto status = statement->forEachRow([&](const Statement& row) {
            AssignmentFacts::Holding holding;
            holding.assignmentId = row.int64(0);
            holding.roleId = row.int64(1);
            holding.roleName = row.text(2);
            holding.status = AssignmentStatus(row.int64(3));
            holding.validFrom = row.int64(4);
            if (!row.isNull(5))
                holding.validUntil = row.int64(5);
            facts.holdings.push_back(holding);
        });
        if (!status)
            return status.error();
    }
    {
        auto statement = m_database.prepare(QStringLiteral(
            "SELECT id, name, CASE WHEN role_a_id = ?1 THEN role_b_id ELSE role_a_id END, allow_exception, "
            "coalesce(control_ref, ''), rationale FROM sod_rule WHERE role_a_id = ?1 OR role_b_id = ?1 ORDER BY id"));
        if (!statement)
            return statement.error();
        statement->bind(1, roleId);
        auto status = statement->forEachRow([&](const Statement& row) {
            facts.sodRules.push_back(
                { row.int64(0), row.text(1), row.int64(2), row.int64(3) != 0, row.text(4), row.text(5) });
        });
        if (!status)
            return status.error();
    }
    {
        // The latest expiry among passed completions completed by the start of the window.
        auto statement = m_database.prepare(QStringLiteral(
            "SELECT m.id, m.title, (SELECT max(t.expires_at) FROM training_record t WHERE t.agent_id = ?2 AND "
            "t.module_id = m.id AND t.passed = 1 AND t.completed_at <= ?3) FROM role_training_requirement q JOIN "
            "training_module m ON m.id = q.module_id WHERE q.role_id = ?1 ORDER BY m.id"));
        if (!statement)
            return statement.error();
        statement->bind(1, roleId).bind(2, agentId).bind(3, validFrom);
        auto status = statement->forEachRow([&](const Statement& row) {
            AssignmentFacts::Training training;
            training.moduleId = row.int64(0);
            training.title = row.text(1);
            if (!row.isNull(2))
                training.validUntil = row.int64(2);
            facts.training.push_back(training);
        });
        if (!status)
            return status.error();
    }
    return facts;
}

} // namespace custodian
