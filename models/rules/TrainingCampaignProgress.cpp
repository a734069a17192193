#include "rules/TrainingCampaignProgress.h"

#include <algorithm>
#include <unordered_map>

namespace custodian {

std::optional<int> TrainingCampaignProgress::percentComplete() const
{
    if (audience == 0)
        return std::nullopt;
    return int(qint64(complete) * 100 / audience); // rounded down: 99.9 % is not complete
}

std::vector<TrainingCampaignProgress> TrainingCampaignProgress::build(const TrainingFacts& facts,
                                                                      const TrainingMatrix& matrix,
                                                                      const std::vector<char>& include)
{
    std::vector<TrainingCampaignProgress> progress;
    std::unordered_map<qint64, std::size_t> byId;
    std::unordered_map<qint64, std::size_t> moduleIndex;
    for (std::size_t i = 0; i < matrix.modules.size(); ++i)
        moduleIndex.emplace(matrix.modules[i].id, i);
    for (const TrainingFacts::Campaign& campaign : facts.campaigns) {
        TrainingCampaignProgress entry;
        entry.campaignId = campaign.id;
        entry.name = campaign.name;
        entry.moduleId = campaign.moduleId;
        if (const TrainingFacts::Module* module = facts.module(campaign.moduleId))
            entry.moduleCode = module->code;
        entry.startsAt = campaign.startsAt;
        entry.dueAt = campaign.dueAt;
        byId.emplace(campaign.id, progress.size());
        progress.push_back(std::move(entry));
    }

    const std::size_t agents = std::min(facts.agents.size(), matrix.agents.size());
    std::vector<qint64> seen;
    for (std::size_t a = 0; a < agents; ++a) {
        if (!include.empty() && (a >= include.size() || !include[a]))
            continue;
        seen.clear();
        for (const TrainingFacts::Record& record : facts.agents[a].records) {
            if (!record.campaignId || record.assignedAt > matrix.at)
                continue;
            const auto campaign = byId.find(*record.campaignId);
            if (campaign == byId.end() || std::find(seen.begin(), seen.end(), *record.campaignId) != seen.end())
                continue;
            seen.push_back(*record.campaignId);
            TrainingCampaignProgress& entry = progress[campaign->second];
            ++entry.audience;
            const auto module = moduleIndex.find(entry.moduleId);
            if (module == moduleIndex.end() || module->second >= matrix.agents[a].standings.size())
                continue;
            const TrainingStanding& standing = matrix.agents[a].standings[module->second];
            if (standing.valid)
                ++entry.complete;
            else if (standing.state == TrainingState::Overdue || standing.state == TrainingState::Expired)
                ++entry.overdue;
        }
    }
    std::stable_sort(progress.begin(), progress.end(),
                     [](const auto& a, const auto& b) { return a.startsAt > b.startsAt; });
    return progress;
}

} // namespace custodian
