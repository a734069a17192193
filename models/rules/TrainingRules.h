#pragma once

#include "domain/TrainingFacts.h"
#include "domain/TrainingStanding.h"

#include <optional>
#include <utility>
#include <vector>

namespace custodian {

// "Was this agent's training for module M valid at instant t, and where do they stand?", written once for the
// console, the CLI and the central service (docs/training.md has the rules in words and their edge cases). Pure
// functions on TrainingFacts: no SQL, no clock, so a test can hand-make every case and a worker can run them.
//
//  * Validity: a passed attempt is valid for completed_at <= t < expires_at (expires_at missing: completed_at + the
//    module's validity_days). The end instant itself is not valid — as AccessEventDetailRepository's detail pane and
//    DetectionEngine's card-data-without-training intervals already have it. A failed attempt after a pass does not
//    take the pass away; of several valid passes the one that runs longest counts.
//  * Required at t: a role held at t (a Holding with from <= t < until) requires the module
//    (role_training_requirement), or the module was assigned to the agent by t (a training_record with
//    assigned_at <= t: a campaign's audience, or an individual assignment). An assignment does not lapse with its
//    campaign: awareness training recurs (PCI DSS 12.6.3, every 12 months), so once assigned the module stays
//    required for as long as the agent is in scope.
//  * Due date: with a valid pass, its expiry (recertification); after a pass has ended, that expiry; never passed,
//    the earliest due_at of the assignments made by t, or the start of the role window that requires it (a role
//    needs its training before it is used), whichever is earlier.
//  * State: Compliant / DueSoon for a valid pass (DueSoon when the expiry is at most dueSoonDays away); Expired when
//    the last pass has ended (whatever was assigned since); never passed: Overdue once t >= the due date (the due
//    instant itself is overdue, as the end instant of a pass is no longer valid), DueSoon within the window, Pending
//    beyond it. Not required: NotRequired, whatever the records say (the standing still carries them).
class TrainingRules
{
public:
    static constexpr int DefaultDueSoonDays = 30;
    static constexpr qint64 DayMs = 24LL * 3600 * 1000;

    TrainingRules() = delete;

    // The end of a pass's validity (exclusive).
    [[nodiscard]] static qint64 expiryOf(const TrainingFacts::Record& record, const TrainingFacts::Module& module);
    // The instants at which a record makes its module valid: [completed_at, expiry) for a pass; nothing for a failed
    // or unfinished attempt. For readers that ask about many instants (DetectionEngine asks per access event).
    [[nodiscard]] static std::optional<std::pair<qint64, qint64>> validity(const TrainingFacts::Record& record,
                                                                           const TrainingFacts::Module& module);
    // A passed attempt completed at or before t whose validity has not ended at t.
    [[nodiscard]] static bool validAt(const TrainingFacts::Record& record, const TrainingFacts::Module& module,
                                      qint64 t);
    // Was the agent's training in `module` valid at t (any of their records)?
    [[nodiscard]] static bool validAt(const TrainingFacts::Agent& agent, const TrainingFacts::Module& module, qint64 t);

    [[nodiscard]] static TrainingStanding standing(const TrainingFacts& facts, const TrainingFacts::Agent& agent,
                                                   const TrainingFacts::Module& module, qint64 t,
                                                   int dueSoonDays = DefaultDueSoonDays);
    // One standing per module of the catalogue, in the catalogue's order.
    [[nodiscard]] static std::vector<TrainingStanding> standings(const TrainingFacts& facts,
                                                                 const TrainingFacts::Agent& agent, qint64 t,
                                                                 int dueSoonDays = DefaultDueSoonDays);
};

} // namespace custodian
