#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

// custodian-cli's training read commands, on the same rules as the console (TrainingRules, TrainingMatrix; see
// docs/training.md), so that a compliance officer can script them:
//  * `training matrix [--by team|site|role]` the completion matrix of a scope (--team, --site, or everyone);
//  * `training agent AGENT` one agent's standing in every module, with the facts behind it;
//  * `training overdue` the overdue and expired list, most days first.
// Each reads at --at (default now) with a due-soon window of --within days (default 30) and prints JSON with --json.
// They change nothing, so they write no console-audit entry.
class TrainingCommands
{
    Q_DECLARE_TR_FUNCTIONS(TrainingCommands)

public:
    static int training(const QStringList& arguments);
};

} // namespace custodian
