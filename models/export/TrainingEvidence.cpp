#include "export/TrainingEvidence.h"

#include "rules/TrainingRules.h"

#include <QDateTime>

namespace custodian {

namespace {
QString optionalTime(const std::optional<qint64>& ms)
{
    return ms ? TrainingEvidence::isoTime(*ms) : QString();
}
} // namespace

TrainingEvidence TrainingEvidence::build(const TrainingFacts& facts, std::optional<qint64> moduleId,
                                         std::optional<qint64> fromMs, qint64 endMs)
{
    TrainingEvidence evidence;
    evidence.counts.agents = int(facts.agents.size());
    for (const TrainingFacts::Agent& agent : facts.agents) {
        for (const TrainingFacts::Module& module : facts.modules) {
            if (moduleId && module.id != *moduleId)
                continue;
            // The attempt completed within the period: the latest pass, else the latest failure.
            const TrainingFacts::Record* pass = nullptr;
            const TrainingFacts::Record* failure = nullptr;
            for (const TrainingFacts::Record& record : agent.records) {
                if (record.moduleId != module.id || !record.completedAt || *record.completedAt > endMs
                    || (fromMs && *record.completedAt < *fromMs))
                    continue;
                const TrainingFacts::Record*& latest = record.passed.value_or(false) ? pass : failure;
                if (!latest || *record.completedAt > *latest->completedAt
                    || (*record.completedAt == *latest->completedAt && record.id > latest->id))
                    latest = &record;
            }
            const TrainingFacts::Record* attempt = pass ? pass : failure;
            const TrainingStanding standing = TrainingRules::standing(facts, agent, module, endMs);
            if (!standing.required() && !attempt)
                continue;

            Row row;
            row.agent = &agent;
            row.module = &module;
            row.state = standing.state;
            if (attempt) {
                row.assignedAt = attempt->assignedAt;
                row.dueAt = attempt->dueAt;
                row.completedAt = attempt->completedAt;
                row.score = attempt->score;
                row.passed = attempt->passed.value_or(false);
                if (*row.passed) {
                    row.expiresAt = TrainingRules::expiryOf(*attempt, module);
                    row.certificateRef = attempt->certificateRef;
                }
            } else {
                row.assignedAt = standing.assignedAt;
                row.dueAt = standing.dueAt;
            }

            Counts& c = evidence.counts;
            ++c.rows;
            if (standing.required()) {
                ++c.required;
                if (standing.valid)
                    ++c.complete;
            }
            if (attempt) {
                ++c.completedInPeriod;
                if (*row.passed)
                    ++c.passedInPeriod;
            }
            if (standing.state == TrainingState::Overdue)
                ++c.overdue;
            else if (standing.state == TrainingState::Expired)
                ++c.expired;
            evidence.rows.push_back(std::move(row));
        }
    }
    return evidence;
}

QString TrainingEvidence::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QLatin1String TrainingEvidence::key(Column column)
{
    switch (column) {
    case Column::EmployeeNo:
        return QLatin1String("employee_no");
    case Column::Agent:
        return QLatin1String("agent");
    case Column::Team:
        return QLatin1String("team");
    case Column::Site:
        return QLatin1String("site");
    case Column::ModuleCode:
        return QLatin1String("module_code");
    case Column::ModuleTitle:
        return QLatin1String("module_title");
    case Column::Framework:
        return QLatin1String("framework");
    case Column::Control:
        return QLatin1String("control");
    case Column::Assigned:
        return QLatin1String("assigned_utc");
    case Column::Due:
        return QLatin1String("due_utc");
    case Column::Completed:
        return QLatin1String("completed_utc");
    case Column::Score:
        return QLatin1String("score");
    case Column::Passed:
        return QLatin1String("passed");
    case Column::Expires:
        return QLatin1String("expires_utc");
    case Column::State:
        return QLatin1String("state_at_end");
    case Column::Certificate:
        return QLatin1String("certificate_ref");
    }
    return QLatin1String("");
}

QString TrainingEvidence::title(Column column)
{
    switch (column) {
    case Column::EmployeeNo:
        return tr("Employee no.");
    case Column::Agent:
        return tr("Agent");
    case Column::Team:
        return tr("Team");
    case Column::Site:
        return tr("Site");
    case Column::ModuleCode:
        return tr("Module");
    case Column::ModuleTitle:
        return tr("Title");
    case Column::Framework:
        return tr("Framework");
    case Column::Control:
        return tr("Control");
    case Column::Assigned:
        return tr("Assigned (UTC)");
    case Column::Due:
        return tr("Due (UTC)");
    case Column::Completed:
        return tr("Completed (UTC)");
    case Column::Score:
        return tr("Score");
    case Column::Passed:
        return tr("Passed");
    case Column::Expires:
        return tr("Expires (UTC)");
    case Column::State:
        return tr("State at end");
    case Column::Certificate:
        return tr("Certificate");
    }
    return QString();
}

QString TrainingEvidence::text(const Row& row, Column column)
{
    switch (column) {
    case Column::EmployeeNo:
        return row.agent->employeeNo;
    case Column::Agent:
        return row.agent->displayName;
    case Column::Team:
        return row.agent->teamName;
    case Column::Site:
        return row.agent->siteCode;
    case Column::ModuleCode:
        return row.module->code;
    case Column::ModuleTitle:
        return row.module->title;
    case Column::Framework:
        return row.module->framework;
    case Column::Control:
        return row.module->controlRef;
    case Column::Assigned:
        return optionalTime(row.assignedAt);
    case Column::Due:
        return optionalTime(row.dueAt);
    case Column::Completed:
        return optionalTime(row.completedAt);
    case Column::Score:
        return row.score ? QString::number(*row.score) : QString();
    case Column::Passed:
        return row.passed ? (*row.passed ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    case Column::Expires:
        return optionalTime(row.expiresAt);
    case Column::State:
        return toString(row.state);
    case Column::Certificate:
        return row.certificateRef;
    }
    return QString();
}

} // namespace custodian
