#pragma once

#include "store/AssignmentInForce.h"

namespace custodian {

class Statement;

// The one mapping from a role_assignment row (and its role_assignment_change rows) to the AssignmentInForce::History
// the point-in-time rule reads. Every reader that asks "was this role held at t" selects the columns in the order
// below and maps them here, so a column added to the rule is added in one place rather than in each reader.
class AssignmentHistoryRow
{
public:
    AssignmentHistoryRow() = delete;

    // Columns from `first` on: status, valid_from, valid_until, approved_at, ended_at. No changes yet.
    [[nodiscard]] static AssignmentInForce::History history(const Statement& row, int first);
    // Columns from `first` on: changed_at, new_status, old_valid_until, new_valid_until.
    [[nodiscard]] static AssignmentInForce::History::Change change(const Statement& row, int first);
};

} // namespace custodian
