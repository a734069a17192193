#include "item/TrainingStandingRow.h"

#include <QStringList>

namespace custodian {

TrainingStandingRow TrainingStandingRow::of(const TrainingMatrix& matrix, const TrainingMatrix::AgentRow& agent,
                                            std::size_t moduleIndex)
{
    TrainingStandingRow row;
    row.agentId = agent.agentId;
    row.employeeNo = agent.employeeNo;
    row.displayName = agent.displayName;
    row.teamName = agent.teamName;
    row.siteCode = agent.siteCode;
    if (moduleIndex < matrix.modules.size()) {
        const TrainingFacts::Module& module = matrix.modules[moduleIndex];
        row.moduleId = module.id;
        row.moduleCode = module.code;
        row.moduleTitle = module.title;
    }
    if (moduleIndex < agent.standings.size())
        row.standing = agent.standings[moduleIndex];
    return row;
}

QString TrainingStandingRow::requiredByText(const TrainingFacts& facts, const TrainingStanding& standing)
{
    QStringList parts;
    for (qint64 roleId : standing.requiredByRoles) {
        const TrainingFacts::Role* role = facts.role(roleId);
        parts << (role ? tr("role %1").arg(role->name) : tr("role #%1").arg(roleId));
    }
    for (qint64 campaignId : standing.requiredByCampaigns) {
        const TrainingFacts::Campaign* campaign = facts.campaign(campaignId);
        parts << (campaign ? tr("campaign %1").arg(campaign->name) : tr("campaign #%1").arg(campaignId));
    }
    if (standing.assignedIndividually)
        parts << tr("assigned individually");
    return parts.join(QStringLiteral(", "));
}

} // namespace custodian
