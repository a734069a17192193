#pragma once

#include "domain/Result.h"
#include "domain/ReviewCampaign.h"
#include "rules/ReviewRules.h"
#include "rules/RoleAssignmentWorkflow.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// A supervisor's work on access-review campaigns on this console: create one over a scope, decide its items (one or
// many at once: keep, revoke, shorten, with a justification), and close it, which gives undecided items the
// campaign's default. A decision to revoke or shorten is applied at once, as the real change of the assignment
// (RoleAssignmentWorkflow, with its own history line, audit and outbox entries), in the same transaction as the
// decision. Each call is one transaction with its console-audit entries ("review.*") and outbox entries
// ("review.campaign", "review.decision": docs/sync-api.md); a refusal, of any one item of a bulk decision too,
// writes nothing.
class ReviewWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWorkflow)

public:
    using Actor = RoleAssignmentWorkflow::Actor;

    struct Created
    {
        qint64 campaignId = 0;
        int items = 0;
    };

    struct Closed
    {
        int defaulted = 0; // items the default decided
        int revoked = 0; // assignments the default revoked
    };

    // `draft.now` < 0: now.
    [[nodiscard]] static Result<Created> create(Database& database, ReviewRules::Draft draft, const Actor& actor);
    // The same decision on every item in `itemIds`, all or none.
    [[nodiscard]] static Status decide(Database& database, const std::vector<qint64>& itemIds, ReviewDecision decision,
                                       const QString& justification, std::optional<qint64> newValidUntil,
                                       const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Result<Closed> close(Database& database, qint64 campaignId, const Actor& actor,
                                              qint64 atMs = -1);
};

} // namespace custodian
