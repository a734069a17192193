#pragma once

#include <QString>
#include <QStringView>

namespace custodian {

// "An assignment in force at instant t", written once for every reader that asks it (the roles catalog's holders, an
// agent's permissions, the assignments a review covers). In force at t means: active (not pending, rejected, revoked
// or expired), started at or before t, and not yet ended — a window [valid_from, valid_until) ends at valid_until
// itself, and an open-ended one (valid_until NULL) does not end. The status code comes from AssignmentStatus, so the
// rule follows the enum rather than a literal copied into each query.
//
// It reads today's columns: what holds now or at a future instant. What held at a past instant, with later changes
// undone, is AccessEventDetailRepository's question and its own rule.
class AssignmentInForce
{
public:
    AssignmentInForce() = delete;

    // A SQL condition on the role_assignment row named `alias` in the query, with t bound to parameter ?`parameter`.
    // Indexes: role_assignment_role (role_id, status) and role_assignment_agent (agent_id, valid_from) both serve it.
    [[nodiscard]] static QString condition(QStringView alias, int parameter);
};

} // namespace custodian
