#include "rules/TrainingComplianceSweep.h"

#include "rules/AssignmentRules.h"
#include "rules/FindingCatalogue.h"
#include "rules/TrainingRules.h"
#include "store/FindingRepository.h"
#include "store/TrainingFactsReader.h"
#include "store/Transaction.h"
#include "store/UntrainedAccessRepository.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace custodian {

namespace {
QString moduleName(const TrainingFacts::Module& module)
{
    return QStringLiteral("%1 (%2)").arg(module.code, module.title);
}
} // namespace

QString TrainingComplianceSweep::dedupeKey(qint64 agentId, qint64 roleId, qint64 moduleId, qint64 lapsedAt)
{
    return QStringLiteral("untrained_role_holder:%1:%2:%3:%4").arg(agentId).arg(roleId).arg(moduleId).arg(lapsedAt);
}

Result<TrainingComplianceSweep::Report> TrainingComplianceSweep::run(Database& database, qint64 now)
{
    auto facts = TrainingFactsReader(database).read(TrainingFactsReader::Scope::all(), now);
    if (!facts)
        return facts.error();

    std::unordered_map<qint64, std::vector<qint64>> modulesOfRole;
    for (const TrainingFacts::Requirement& r : facts->requirements)
        modulesOfRole[r.roleId].push_back(r.moduleId);

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    FindingRepository findings(database);
    UntrainedAccessRepository links(database);
    const FindingCatalogue::Entry& entry = FindingCatalogue::entry(FindingKind::UntrainedRoleHolder);

    // One finding per (agent, role, module) while its training is not complete, even if the lapse's instant moves
    // (a never-passed module's due date is the earliest of its assignments, which a new assignment can move).
    auto pending = links.incomplete();
    if (!pending)
        return pending.error();
    std::set<std::tuple<qint64, qint64, qint64>> alreadyOpen;
    for (const UntrainedAccessRepository::Link& link : *pending)
        alreadyOpen.emplace(link.agentId, link.roleId, link.moduleId);

    Report report;
    report.agents = int(facts->agents.size());
    std::unordered_map<qint64, const TrainingFacts::Agent*> agentById;
    for (const TrainingFacts::Agent& agent : facts->agents) {
        agentById.emplace(agent.id, &agent);
        std::unordered_map<qint64, TrainingStanding> standings; // per module: several roles may require one
        for (const TrainingFacts::Holding& holding : agent.holdings) {
            if (!(holding.from <= now && now < holding.until))
                continue;
            const auto required = modulesOfRole.find(holding.roleId);
            if (required == modulesOfRole.end())
                continue;
            for (qint64 moduleId : required->second) {
                const TrainingFacts::Module* module = facts->module(moduleId);
                if (!module)
                    continue;
                auto standing = standings.find(moduleId);
                if (standing == standings.end())
                    standing = standings.emplace(moduleId, TrainingRules::standing(*facts, agent, *module, now)).first;
                const TrainingStanding& s = standing->second;
                if ((s.state != TrainingState::Overdue && s.state != TrainingState::Expired) || !s.dueAt)
                    continue;
                ++report.lapsed;
                const TrainingFacts::Role* role = facts->role(holding.roleId);
                const QString roleName = role ? role->name : QString::number(holding.roleId);
                FindingRepository::Draft draft;
                draft.kind = FindingKind::UntrainedRoleHolder;
                draft.severity = entry.severity;
                draft.controlRef = QString::fromLatin1(entry.controlRef);
                draft.agentId = agent.id;
                draft.detectedAt = now;
                // Access while untrained starts when both hold: the lapse and the role.
                draft.windowStart = std::max(*s.dueAt, holding.from);
                draft.windowEnd = draft.windowStart;
                draft.dedupeKey = dedupeKey(agent.id, holding.roleId, moduleId, *s.dueAt);
                draft.summary
                    = (s.state == TrainingState::Expired
                           ? tr("Holds the role %1, which requires the training %2; the agent's pass expired on %3.")
                           : tr("Holds the role %1, which requires the training %2; it was due on %3 and has not "
                                "been passed."))
                          .arg(roleName, moduleName(*module), AssignmentRules::instant(*s.dueAt))
                    + QLatin1Char(' ') + tr("Suggested action: suspend the role until the training is complete.");
                if (alreadyOpen.count({ agent.id, holding.roleId, moduleId }) > 0)
                    continue;
                auto existing = findings.findByKey(draft.dedupeKey);
                if (!existing)
                    return existing.error();
                if (*existing)
                    continue; // raised before; its summary may say more by now (completion, suspension)
                auto recorded = findings.record(draft, {});
                if (!recorded)
                    return recorded.error();
                UntrainedAccessRepository::Link link;
                link.findingId = recorded->id;
                link.agentId = agent.id;
                link.roleId = holding.roleId;
                link.moduleId = moduleId;
                link.lapsedAt = *s.dueAt;
                if (auto status = links.insert(link); !status)
                    return status.error();
                ++report.raised;
            }
        }
    }

    // Training passed since: the finding says so, and the role it may have suspended can be restored.
    for (const UntrainedAccessRepository::Link& link : *pending) {
        const auto agent = agentById.find(link.agentId);
        const TrainingFacts::Module* module = facts->module(link.moduleId);
        if (agent == agentById.end() || !module || !TrainingRules::validAt(*agent->second, *module, now))
            continue;
        const TrainingStanding s = TrainingRules::standing(*facts, *agent->second, *module, now);
        const qint64 passedAt = s.completedAt.value_or(now);
        const TrainingFacts::Role* role = facts->role(link.roleId);
        const QString summary
            = tr("Training now complete: %1 passed on %2. The agent held the role %3 without it from %4; the finding "
                 "can be closed, and a role suspended for it restored.")
                  .arg(moduleName(*module), AssignmentRules::instant(passedAt),
                       role ? role->name : QString::number(link.roleId), AssignmentRules::instant(link.lapsedAt));
        if (auto status = links.markCompleted(link.findingId, passedAt, summary); !status)
            return status.error();
        ++report.completed;
    }
    if (auto status = transaction->commit(); !status)
        return status.error();
    return report;
}

} // namespace custodian
