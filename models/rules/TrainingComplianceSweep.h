#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// Raises the finding "role held without required training" (FindingKind::UntrainedRoleHolder) when training lapses,
// not when an event arrives: at an instant `now` it reads every agent in scope through TrainingFactsReader (a fixed
// number of statements whatever the number of agents) and asks TrainingRules, for each role the agent holds at `now`
// and each module that role requires, whether the agent's standing is overdue or expired. Each such (agent, role,
// module) lapse is one finding, keyed "untrained_role_holder:<agent>:<role>:<module>:<lapsed_at>" (lapsed_at: the due
// date or expiry the training was missed at), so running the sweep again — on another console too — raises nothing
// new, and a decision pulled from the central service by that key applies to it. A role whose window has ended, or
// that was revoked, raises nothing. When a later sweep finds the module's training valid again, the finding says
// "Training now complete" (its window ends at the pass) and can be closed or its suspended role restored; a new lapse
// after that is a new finding. Findings it raised stay as they are otherwise: a supervisor decides, as for every kind.
//
// The console runs it on a worker (TrainingSweepScheduler): at unlock, after a sync that brought training,
// assignments or agents, and every 15 minutes. docs/training.md "Access while untrained" gives the cost.
class TrainingComplianceSweep
{
    Q_DECLARE_TR_FUNCTIONS(TrainingComplianceSweep)

public:
    struct Report
    {
        int agents = 0; // agents in scope at `now`
        int lapsed = 0; // (agent, role, module) lapses found at `now`
        int raised = 0; // findings created by this run
        int completed = 0; // findings whose training was found complete by this run
    };

    TrainingComplianceSweep() = delete;

    // One transaction for the writes; the facts are read before it. `now` in UTC milliseconds.
    [[nodiscard]] static Result<Report> run(Database& database, qint64 now);

    [[nodiscard]] static QString dedupeKey(qint64 agentId, qint64 roleId, qint64 moduleId, qint64 lapsedAt);
};

} // namespace custodian
