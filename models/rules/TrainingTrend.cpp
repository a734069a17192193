#include "rules/TrainingTrend.h"

#include "rules/TrainingRules.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace custodian {

std::vector<qint64> TrainingTrend::monthly(qint64 from, qint64 end)
{
    std::vector<qint64> instants;
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(end);
    // Counted from the end each time (not month after month), so that 31 March steps to 28 February and back to
    // 31 January rather than drifting to the 28th.
    for (int back = 0;; ++back) {
        const qint64 at = back == 0 ? end : last.addMonths(-back).toMSecsSinceEpoch();
        if (at < from)
            break;
        instants.push_back(at);
    }
    std::reverse(instants.begin(), instants.end());
    return instants;
}

TrainingTrend TrainingTrend::build(const TrainingFacts& facts, TrainingMatrix::GroupBy groupBy,
                                   const std::vector<qint64>& instants, std::optional<qint64> moduleId, int withinDays)
{
    TrainingTrend trend;
    trend.modules = facts.modules;
    trend.moduleId = moduleId;
    std::map<qint64, TrainingMatrix::Group> groupsById;
    std::vector<std::map<qint64, TrainingMatrix::Counts>> groupCounts(instants.size());
    trend.points.resize(instants.size());
    for (std::size_t p = 0; p < instants.size(); ++p) {
        trend.points[p].at = instants[p];
        trend.points[p].modules.resize(facts.modules.size());
    }

    std::vector<qint64> groups;
    for (const TrainingFacts::Agent& agent : facts.agents) {
        for (std::size_t p = 0; p < instants.size(); ++p) {
            const qint64 t = instants[p];
            groups.clear();
            switch (groupBy) {
            case TrainingMatrix::GroupBy::Team:
                groups.push_back(agent.teamId);
                groupsById.try_emplace(agent.teamId,
                                       TrainingMatrix::Group { agent.teamId, agent.teamName, agent.siteCode });
                break;
            case TrainingMatrix::GroupBy::Site:
                groups.push_back(agent.siteId);
                groupsById.try_emplace(agent.siteId, TrainingMatrix::Group { agent.siteId, agent.siteCode, {} });
                break;
            case TrainingMatrix::GroupBy::Role:
                for (const TrainingFacts::Holding& holding : agent.holdings) {
                    if (holding.from <= t && t < holding.until
                        && std::find(groups.begin(), groups.end(), holding.roleId) == groups.end()) {
                        groups.push_back(holding.roleId);
                        const TrainingFacts::Role* role = facts.role(holding.roleId);
                        groupsById.try_emplace(
                            holding.roleId,
                            TrainingMatrix::Group {
                                holding.roleId, role ? role->code : QString::number(holding.roleId), {} });
                    }
                }
                break;
            }
            Point& point = trend.points[p];
            const std::vector<TrainingStanding> standings = TrainingRules::standings(facts, agent, t, withinDays);
            for (std::size_t m = 0; m < facts.modules.size(); ++m) {
                const TrainingStanding& standing = standings[m];
                if (!standing.required())
                    continue;
                point.modules[m].add(standing);
                point.everything.add(standing);
                if (moduleId && facts.modules[m].id != *moduleId)
                    continue;
                for (qint64 group : groups)
                    groupCounts[p][group].add(standing);
            }
        }
    }

    for (const auto& [id, group] : groupsById)
        trend.groups.push_back(group);
    std::stable_sort(trend.groups.begin(), trend.groups.end(), [](const auto& a, const auto& b) {
        return a.name != b.name ? a.name < b.name : a.siteCode < b.siteCode;
    });
    for (std::size_t p = 0; p < instants.size(); ++p) {
        for (const TrainingMatrix::Group& group : trend.groups) {
            const auto found = groupCounts[p].find(group.id);
            trend.points[p].groups.push_back(found != groupCounts[p].end() ? found->second : TrainingMatrix::Counts {});
        }
    }
    return trend;
}

} // namespace custodian
