#include "TrainingBenchData.h"

#include "rules/TrainingRules.h"
#include "store/Statement.h"
#include "store/Transaction.h"

namespace custodian::bench {

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 Teams = 40;
constexpr qint64 Roles = 10;
} // namespace

Status TrainingBenchData::insertOrganisation(Database& database, qint64 agents)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    if (auto status = database.exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'BEN', 'Bench', 'UTC', 'ZZ');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Team 1');"));
        !status)
        return status;
    auto agent = database.prepare(
        QStringLiteral("INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (?, ?, ?, 1, 0)"));
    if (!agent)
        return agent.error();
    for (qint64 id = 1; id <= agents; ++id) {
        agent->bind(1, id).bind(2, QStringLiteral("B%1").arg(id)).bind(3, QStringLiteral("Agent %1").arg(id));
        if (auto status = agent->run(); !status)
            return status;
    }
    return transaction->commit();
}

// Teams, modules (every fourth required by a role), roles held by every agent, and yearly completions: most passed
// on time, some late, some failed, the last cycle partly open — so that every state occurs.
Status TrainingBenchData::fill(Database& database, qint64 agents, qint64 modules, int years, qint64 now)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto exec = [&](const QString& sql) { return database.exec(sql); };
    if (auto status = exec(QStringLiteral("INSERT INTO supervisor (id, username, display_name) VALUES (1, 'b', 'B')"));
        !status)
        return status;
    for (qint64 t = 2; t <= Teams; ++t) {
        if (auto status = exec(QStringLiteral("INSERT INTO team (id, site_id, name) VALUES (%1, 1, 'Team %1')").arg(t));
            !status)
            return status;
    }
    if (auto status = exec(QStringLiteral("UPDATE agent SET team_id = 1 + id % %1, hired_at = %2")
                               .arg(Teams)
                               .arg(now - qint64(years + 1) * 365 * Day));
        !status)
        return status;
    for (qint64 m = 1; m <= modules; ++m) {
        if (auto status = exec(QStringLiteral("INSERT INTO training_module (id, code, title, framework, validity_days, "
                                              "pass_score) VALUES (%1, 'M%1', 'Module %1', 'bench', 365, 70)")
                                   .arg(m));
            !status)
            return status;
    }
    for (qint64 r = 1; r <= Roles; ++r) {
        if (auto status
            = exec(QStringLiteral("INSERT INTO role (id, code, name) VALUES (%1, 'R%1', 'Role %1')").arg(r));
            !status)
            return status;
        for (qint64 m = r; m <= modules; m += Roles * 4) {
            if (auto status
                = exec(QStringLiteral("INSERT INTO role_training_requirement VALUES (%1, %2)").arg(r).arg(m));
                !status)
                return status;
        }
    }
    auto assignment = database.prepare(
        QStringLiteral("INSERT INTO role_assignment (agent_id, role_id, status, valid_from, justification, "
                       "requested_by, requested_at) VALUES (?1, ?2, 2, ?3, 'bench', 1, ?3)"));
    if (!assignment)
        return assignment.error();
    for (qint64 a = 1; a <= agents; ++a) {
        assignment->bind(1, a).bind(2, 1 + a % Roles).bind(3, now - 400 * Day);
        if (auto status = assignment->run(); !status)
            return status;
    }
    auto record = database.prepare(
        QStringLiteral("INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, score, "
                       "passed, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!record)
        return record.error();
    for (qint64 a = 1; a <= agents; ++a) {
        for (qint64 m = 1; m <= modules; ++m) {
            for (int y = years; y >= 1; --y) {
                const qint64 assigned = now - qint64(y) * 365 * Day + (a * 7 + m * 13) % 60 * Day;
                const qint64 due = assigned + 30 * Day;
                const qint64 draw = (a * 31 + m * 17 + y * 7) % 100;
                record->bind(1, a).bind(2, m).bind(3, assigned).bind(4, due);
                if (y == 1 && draw < 10) { // open in the current cycle
                    record->bindNull(5).bindNull(6).bindNull(7).bindNull(8);
                } else {
                    const qint64 completed = assigned + (draw % 40) * Day;
                    const bool passed = draw % 13 != 0;
                    record->bind(5, completed).bind(6, passed ? 85 : 40).bind(7, passed ? 1 : 0);
                    if (passed)
                        record->bind(8, completed + 365 * Day);
                    else
                        record->bindNull(8);
                }
                if (auto status = record->run(); !status)
                    return status;
            }
        }
    }
    return transaction->commit();
}

Status TrainingBenchData::addReminders(Database& database, qint64 agents, qint64 modules, qint64 now)
{
    auto existing = database.queryInt(QStringLiteral("SELECT count(*) FROM training_reminder"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return {};
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto reminder = database.prepare(
        QStringLiteral("INSERT INTO training_reminder (id, agent_id, module_id, sent_by, sent_at, level, team_lead_id, "
                       "days_overdue) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7)"));
    if (!reminder)
        return reminder.error();
    qint64 id = 0;
    for (qint64 a = 1; a <= agents; a += 2) {
        const qint64 module = 1 + a % modules;
        for (const bool late : { false, true }) {
            reminder->bind(1, ++id).bind(2, a).bind(3, module).bind(4, now - (late ? 5 : 30) * Day);
            reminder->bind(5, late ? QStringLiteral("team_lead") : QStringLiteral("agent"));
            if (late)
                reminder->bind(6, qint64(1));
            else
                reminder->bindNull(6);
            reminder->bind(7, late ? qint64(20) : qint64(0));
            if (auto status = reminder->run(); !status)
                return status;
        }
    }
    return transaction->commit();
}

} // namespace custodian::bench
