#pragma once

#include "domain/TrainingFacts.h"
#include "rules/TrainingMatrix.h"

#include <vector>

namespace custodian {

// Training completion over time for the Training page's charts: at each of a list of instants, the counts per module
// over the scope and per group (team, site or role) over every module or one, decided by TrainingRules at that
// instant on the facts read for the page's instant. Approximation, stated: the agents are those in scope at the
// page's instant (someone who left since is not counted at earlier points), and their role windows are as known
// then; records and attempts after a point are ignored at that point, as the rules ignore them. Pure, for a worker.
struct TrainingTrend
{
    struct Point
    {
        qint64 at = 0;
        std::vector<TrainingMatrix::Counts> modules; // in the catalogue's order
        std::vector<TrainingMatrix::Counts> groups; // in `groups` order: over every module, or the chosen one
        TrainingMatrix::Counts everything; // every module over the scope
    };

    std::vector<TrainingFacts::Module> modules;
    std::vector<TrainingMatrix::Group> groups; // every group seen at any point, by name
    std::vector<Point> points; // in the order of the instants given
    std::optional<qint64> moduleId; // the module the groups count, if one

    // `instants` ascending. Cost: one TrainingRules standing per agent × module × instant.
    [[nodiscard]] static TrainingTrend build(const TrainingFacts& facts, TrainingMatrix::GroupBy groupBy,
                                             const std::vector<qint64>& instants, std::optional<qint64> moduleId,
                                             int withinDays = TrainingRules::DefaultDueSoonDays);
    // The instants of a period [from, end], month by month: `end`, and each calendar month before it (the same day and
    // time of the console's clock, the month's last day where it is shorter) that is not before `from`, ascending.
    // Calendar months rather than 30 days, so that a year's period reads as its twelve months and both of its ends.
    [[nodiscard]] static std::vector<qint64> monthly(qint64 from, qint64 end);
};

} // namespace custodian
