#pragma once

#include "domain/AssignmentFacts.h"
#include "domain/Result.h"

#include <optional>

namespace custodian {

class Database;

// Reads what AssignmentRules decide a grant on, for one agent and role over a requested window, from a store
// with the product's schema (the console's, or the central service's), inside the caller's transaction so that
// the decision and the write see the same state.
class AssignmentFactsReader
{
public:
    explicit AssignmentFactsReader(Database& database);

    // `excludeAssignmentId`: the assignment being decided on (an approval re-checks the request against the
    // agent's other holdings, not against itself).
    [[nodiscard]] Result<AssignmentFacts> read(qint64 agentId, qint64 roleId, qint64 validFrom,
                                               std::optional<qint64> validUntil, qint64 excludeAssignmentId = 0);

private:
    Database& m_database;
};

} // namespace custodian
