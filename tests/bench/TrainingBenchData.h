#pragma once

#include "domain/Result.h"
#include "store/Database.h"

namespace custodian::bench {

// The training the training benchmarks measure on: 40 teams, `modules` modules (every fourth required by one of ten
// roles), every agent holding a role, and `years` yearly completions per agent and module — most passed on time,
// some late, some failed, the last cycle partly open — so that every state occurs.
class TrainingBenchData
{
public:
    // Site 1, team 1 and agents 1..`agents` (in team 1 until fill() spreads them), for a store that has none.
    [[nodiscard]] static Status insertOrganisation(Database& database, qint64 agents);
    // Expects site 1, team 1 and agents 1..`agents`.
    [[nodiscard]] static Status fill(Database& database, qint64 agents, qint64 modules, int years, qint64 now);
    // Reminders as a busy organisation has them: every second agent reminded twice of one module, 30 and 5 days
    // before `now` (the first to the agent, the second to the team lead), for the Overdue list's reminder columns.
    // Expects fill()'s supervisor 1; adds nothing to a store that has reminders.
    [[nodiscard]] static Status addReminders(Database& database, qint64 agents, qint64 modules, qint64 now);
};

} // namespace custodian::bench
