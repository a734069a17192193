#pragma once

#include "domain/TrainingFacts.h"
#include "domain/TrainingStanding.h"
#include "rules/TrainingRules.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// The aggregation the Training page and `custodian-cli training` share: TrainingRules applied to every agent of the
// facts (a scope at facts.at) and counted per group (team, site or role) × module, with every agent's standings and
// the lists a supervisor acts on (overdue and expired, due within N days, expiring within N days). Pure: the facts
// come from TrainingFactsReader, so a page builds it on a worker and hands the value over.
//
// A cell counts the agents of the group for whom the module is required at t; cells with none are left out. By role,
// an agent counts in every role they hold at t that requires some training (TrainingFactsReader reads only those), for
// every module required of them. "Complete" is a pass valid at t (Compliant, or DueSoon with a valid pass).
struct TrainingMatrix
{
    enum class GroupBy { Team, Site, Role };

    struct Counts
    {
        int required = 0;
        int complete = 0; // a valid pass (compliant, or due soon for recertification)
        int compliant = 0;
        int dueSoon = 0;
        int pending = 0;
        int overdue = 0;
        int expired = 0;

        // Whole-number percentage of required agents with a valid pass; nothing when none is required.
        [[nodiscard]] std::optional<int> percentComplete() const;
        void add(const TrainingStanding& standing);
    };

    struct Group
    {
        qint64 id = 0;
        QString name; // team name, site code or role code
        QString siteCode; // by team: the team's site (two sites may have teams of the same name)
    };

    struct Cell
    {
        qint64 groupId = 0;
        qint64 moduleId = 0;
        Counts counts;
        std::vector<qint64> agentIds; // the agents behind the cell (for "click a cell")
    };

    struct AgentRow
    {
        qint64 agentId = 0;
        QString employeeNo;
        QString displayName;
        QString teamName;
        QString siteCode;
        std::vector<TrainingStanding> standings; // one per module, in the catalogue's order
    };

    // One line of the overdue, due-soon or expiring list.
    struct Deadline
    {
        qint64 agentId = 0;
        QString employeeNo;
        QString displayName;
        QString teamName;
        qint64 moduleId = 0;
        QString moduleCode;
        TrainingState state = TrainingState::Overdue;
        qint64 dueAt = 0;
        qint64 days = 0; // overdue: whole days past dueAt; due soon and expiring: whole days left
    };

    qint64 at = 0;
    int withinDays = TrainingRules::DefaultDueSoonDays;
    GroupBy groupBy = GroupBy::Team;
    std::vector<TrainingFacts::Module> modules;
    std::vector<Group> groups; // by name
    std::vector<Cell> cells; // by group (in `groups` order), then module
    std::vector<Cell> totals; // per module over the whole scope (groupId 0)
    std::vector<AgentRow> agents; // in the facts' order (empty in a count())
    std::vector<Deadline> overdue; // Overdue and Expired, most days first
    std::vector<Deadline> dueSoon; // never passed, due within withinDays, soonest first
    std::vector<Deadline> expiring; // valid, expiring within withinDays, soonest first

    [[nodiscard]] static TrainingMatrix build(const TrainingFacts& facts, GroupBy groupBy,
                                              int withinDays = TrainingRules::DefaultDueSoonDays);

    // Counts again from standings already decided — by another grouping, or for some of the agents — without deciding
    // them again (deciding is most of build()'s cost: 800 000 standings at 20 000 agents × 40 modules). `decided` is a
    // build() of the same facts (its agents in the facts' order); `include`, when not empty, says per agent of the
    // facts whether to count them. The result has no `agents` of its own: their standings stay in `decided`.
    // Lists::Skip leaves overdue, dueSoon and expiring empty: a caller that holds `decided`'s own lists (every
    // agent's, sorted) filters those instead of building and sorting them again — two thirds of a count's time.
    enum class Lists { Build, Skip };
    [[nodiscard]] static TrainingMatrix count(const TrainingFacts& facts, const TrainingMatrix& decided,
                                              GroupBy groupBy, const std::vector<char>& include,
                                              Lists lists = Lists::Build);

    [[nodiscard]] const Cell* cell(qint64 groupId, qint64 moduleId) const;
    [[nodiscard]] const Cell* total(qint64 moduleId) const;
};

} // namespace custodian
