#include "rules/TrainingMatrix.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace custodian {

std::optional<int> TrainingMatrix::Counts::percentComplete() const
{
    if (required == 0)
        return std::nullopt;
    return int((qint64(complete) * 100) / required); // rounded down: 99.9 % is not complete
}

void TrainingMatrix::Counts::add(const TrainingStanding& standing)
{
    if (!standing.required())
        return;
    ++required;
    if (standing.valid)
        ++complete;
    switch (standing.state) {
    case TrainingState::Compliant:
        ++compliant;
        break;
    case TrainingState::DueSoon:
        ++dueSoon;
        break;
    case TrainingState::Pending:
        ++pending;
        break;
    case TrainingState::Overdue:
        ++overdue;
        break;
    case TrainingState::Expired:
        ++expired;
        break;
    case TrainingState::NotRequired:
        break;
    }
}

TrainingMatrix TrainingMatrix::build(const TrainingFacts& facts, GroupBy groupBy, int withinDays)
{
    TrainingMatrix decided;
    decided.at = facts.at;
    decided.withinDays = withinDays;
    decided.modules = facts.modules;
    decided.agents.reserve(facts.agents.size());
    for (const TrainingFacts::Agent& agent : facts.agents)
        decided.agents.push_back({ agent.id, agent.employeeNo, agent.displayName, agent.teamName, agent.siteCode,
                                   TrainingRules::standings(facts, agent, facts.at, withinDays) });
    TrainingMatrix m = count(facts, decided, groupBy, {});
    m.agents = std::move(decided.agents);
    return m;
}

TrainingMatrix TrainingMatrix::count(const TrainingFacts& facts, const TrainingMatrix& decided, GroupBy groupBy,
                                     const std::vector<char>& include, Lists lists)
{
    TrainingMatrix m;
    m.at = decided.at;
    m.withinDays = decided.withinDays;
    m.groupBy = groupBy;
    m.modules = decided.modules;

    // Indexed, not looked up: a standing's place in an agent's standings is its module's place in the catalogue, and
    // each group gets a row of cells the first time it is seen. At 20 000 agents × 40 modules this loop runs 800 000
    // times for every regrouping.
    const std::size_t moduleCount = m.modules.size();
    std::unordered_map<qint64, std::size_t> groupIndex;
    std::vector<Group> groupList;
    std::vector<Cell> cells; // groupList.size() × moduleCount
    std::vector<Cell> totals(moduleCount);
    for (std::size_t i = 0; i < moduleCount; ++i)
        totals[i].moduleId = m.modules[i].id;
    const auto groupOf = [&](qint64 id, auto&& describe) {
        const auto [found, added] = groupIndex.try_emplace(id, groupList.size());
        if (added) {
            groupList.push_back(describe());
            for (std::size_t i = 0; i < moduleCount; ++i)
                cells.push_back(Cell { id, m.modules[i].id, {}, {} });
        }
        return found->second;
    };
    std::vector<std::size_t> groups;
    const std::size_t agentCount = std::min(facts.agents.size(), decided.agents.size());
    for (std::size_t a = 0; a < agentCount; ++a) {
        if (!include.empty() && (a >= include.size() || !include[a]))
            continue;
        const TrainingFacts::Agent& agent = facts.agents[a];
        const AgentRow& row = decided.agents[a];
        groups.clear();
        switch (groupBy) {
        case GroupBy::Team:
            groups.push_back(groupOf(agent.teamId, [&] {
                return Group { agent.teamId, agent.teamName, agent.siteCode };
            }));
            break;
        case GroupBy::Site:
            groups.push_back(groupOf(agent.siteId, [&] { return Group { agent.siteId, agent.siteCode, {} }; }));
            break;
        case GroupBy::Role:
            for (const TrainingFacts::Holding& holding : agent.holdings) {
                if (!(holding.from <= m.at && m.at < holding.until))
                    continue;
                const std::size_t g = groupOf(holding.roleId, [&] {
                    const TrainingFacts::Role* role = facts.role(holding.roleId);
                    return Group { holding.roleId, role ? role->code : QString::number(holding.roleId), {} };
                });
                if (std::find(groups.begin(), groups.end(), g) == groups.end())
                    groups.push_back(g);
            }
            break;
        }

        const std::size_t standings = std::min(row.standings.size(), moduleCount);
        for (std::size_t i = 0; i < standings; ++i) {
            const TrainingStanding& s = row.standings[i];
            if (!s.required())
                continue;
            totals[i].counts.add(s);
            totals[i].agentIds.push_back(agent.id);
            for (std::size_t g : groups) {
                Cell& cell = cells[g * moduleCount + i];
                cell.counts.add(s);
                cell.agentIds.push_back(agent.id);
            }
            const bool overdue = s.state == TrainingState::Overdue || s.state == TrainingState::Expired;
            if (lists == Lists::Skip || (!overdue && s.state != TrainingState::DueSoon))
                continue;
            Deadline line { agent.id,       agent.employeeNo,    agent.displayName,
                            agent.teamName, s.moduleId,          m.modules[i].code,
                            s.state,        s.dueAt.value_or(0), overdue ? s.daysOverdue : s.daysLeft };
            if (overdue)
                m.overdue.push_back(std::move(line));
            else
                (s.valid ? m.expiring : m.dueSoon).push_back(std::move(line));
        }
    }

    std::vector<std::size_t> order(groupList.size());
    for (std::size_t g = 0; g < order.size(); ++g)
        order[g] = g;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const Group& a = groupList[x];
        const Group& b = groupList[y];
        const int byName = QString::localeAwareCompare(a.name, b.name);
        if (byName != 0)
            return byName < 0;
        return a.siteCode != b.siteCode ? a.siteCode < b.siteCode : a.id < b.id;
    });
    for (std::size_t g : order) {
        m.groups.push_back(groupList[g]);
        for (std::size_t i = 0; i < moduleCount; ++i) {
            if (cells[g * moduleCount + i].counts.required > 0)
                m.cells.push_back(std::move(cells[g * moduleCount + i]));
        }
    }
    for (Cell& total : totals) {
        if (total.counts.required > 0)
            m.totals.push_back(std::move(total));
    }

    // Ties are broken by employee number then module. Comparing 100 000 lines' employee numbers as strings is most of
    // a regrouping's time, so each agent's place in employee-number order is worked out once and compared instead.
    std::vector<std::size_t> byNumber(agentCount);
    for (std::size_t a = 0; a < agentCount; ++a)
        byNumber[a] = a;
    std::sort(byNumber.begin(), byNumber.end(),
              [&](std::size_t x, std::size_t y) { return facts.agents[x].employeeNo < facts.agents[y].employeeNo; });
    std::unordered_map<qint64, std::size_t> rank;
    rank.reserve(agentCount);
    for (std::size_t r = 0; r < agentCount; ++r)
        rank.emplace(facts.agents[byNumber[r]].id, r);
    const auto sortLines = [&rank](std::vector<Deadline>& lines, bool mostDaysFirst) {
        struct Key
        {
            qint64 first;
            std::size_t rank;
            qint64 moduleId;
            std::size_t line;
        };
        std::vector<Key> keys;
        keys.reserve(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i)
            keys.push_back(
                { mostDaysFirst ? -lines[i].days : lines[i].dueAt, rank[lines[i].agentId], lines[i].moduleId, i });
        std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
            return std::tie(a.first, a.rank, a.moduleId) < std::tie(b.first, b.rank, b.moduleId);
        });
        std::vector<Deadline> sorted;
        sorted.reserve(lines.size());
        for (const Key& key : keys)
            sorted.push_back(std::move(lines[key.line]));
        lines = std::move(sorted);
    };
    sortLines(m.overdue, true);
    sortLines(m.dueSoon, false);
    sortLines(m.expiring, false);
    return m;
}

const TrainingMatrix::Cell* TrainingMatrix::cell(qint64 groupId, qint64 moduleId) const
{
    const auto found = std::find_if(cells.begin(), cells.end(),
                                    [&](const Cell& c) { return c.groupId == groupId && c.moduleId == moduleId; });
    return found == cells.end() ? nullptr : &*found;
}

const TrainingMatrix::Cell* TrainingMatrix::total(qint64 moduleId) const
{
    const auto found
        = std::find_if(totals.begin(), totals.end(), [&](const Cell& c) { return c.moduleId == moduleId; });
    return found == totals.end() ? nullptr : &*found;
}

} // namespace custodian
