#include "rules/TrainingMatrix.h"

#include <algorithm>
#include <map>

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
    TrainingMatrix m;
    m.at = facts.at;
    m.withinDays = withinDays;
    m.groupBy = groupBy;
    m.modules = facts.modules;

    std::map<qint64, Group> groupsById;
    std::map<std::pair<qint64, qint64>, Cell> cells;
    std::map<qint64, Cell> totals;
    for (const TrainingFacts::Agent& agent : facts.agents) {
        AgentRow row { agent.id,       agent.employeeNo, agent.displayName,
                       agent.teamName, agent.siteCode,   TrainingRules::standings(facts, agent, facts.at, withinDays) };

        std::vector<qint64> groups;
        switch (groupBy) {
        case GroupBy::Team:
            groups.push_back(agent.teamId);
            groupsById[agent.teamId] = { agent.teamId, agent.teamName, agent.siteCode };
            break;
        case GroupBy::Site:
            groups.push_back(agent.siteId);
            groupsById[agent.siteId] = { agent.siteId, agent.siteCode, {} };
            break;
        case GroupBy::Role:
            for (const TrainingFacts::Holding& holding : agent.holdings) {
                if (holding.from <= facts.at && facts.at < holding.until
                    && std::find(groups.begin(), groups.end(), holding.roleId) == groups.end()) {
                    groups.push_back(holding.roleId);
                    const TrainingFacts::Role* role = facts.role(holding.roleId);
                    groupsById[holding.roleId]
                        = { holding.roleId, role ? role->code : QString::number(holding.roleId), {} };
                }
            }
            break;
        }

        for (const TrainingStanding& s : row.standings) {
            if (!s.required())
                continue;
            Cell& total = totals[s.moduleId];
            total.moduleId = s.moduleId;
            total.counts.add(s);
            total.agentIds.push_back(agent.id);
            for (qint64 group : groups) {
                Cell& cell = cells[{ group, s.moduleId }];
                cell.groupId = group;
                cell.moduleId = s.moduleId;
                cell.counts.add(s);
                cell.agentIds.push_back(agent.id);
            }
            const TrainingFacts::Module* module = facts.module(s.moduleId);
            Deadline line { agent.id,       agent.employeeNo,    agent.displayName,
                            agent.teamName, s.moduleId,          module ? module->code : QString(),
                            s.state,        s.dueAt.value_or(0), 0 };
            if (s.state == TrainingState::Overdue || s.state == TrainingState::Expired) {
                line.days = s.daysOverdue;
                m.overdue.push_back(line);
            } else if (s.state == TrainingState::DueSoon) {
                line.days = s.daysLeft;
                (s.valid ? m.expiring : m.dueSoon).push_back(line);
            }
        }
        m.agents.push_back(std::move(row));
    }

    for (const auto& [id, group] : groupsById)
        m.groups.push_back(group);
    std::stable_sort(m.groups.begin(), m.groups.end(), [](const Group& a, const Group& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.siteCode < b.siteCode;
    });
    for (const Group& group : m.groups) {
        for (const TrainingFacts::Module& module : m.modules) {
            if (auto found = cells.find({ group.id, module.id }); found != cells.end())
                m.cells.push_back(std::move(found->second));
        }
    }
    for (const TrainingFacts::Module& module : m.modules) {
        if (auto found = totals.find(module.id); found != totals.end())
            m.totals.push_back(std::move(found->second));
    }

    auto byEmployee = [](const Deadline& a, const Deadline& b) {
        return a.employeeNo != b.employeeNo ? a.employeeNo < b.employeeNo : a.moduleId < b.moduleId;
    };
    std::sort(m.overdue.begin(), m.overdue.end(), [&](const Deadline& a, const Deadline& b) {
        return a.days != b.days ? a.days > b.days : byEmployee(a, b);
    });
    auto soonest = [&](const Deadline& a, const Deadline& b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : byEmployee(a, b);
    };
    std::sort(m.dueSoon.begin(), m.dueSoon.end(), soonest);
    std::sort(m.expiring.begin(), m.expiring.end(), soonest);
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
