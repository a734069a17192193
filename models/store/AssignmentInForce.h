#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringView>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace custodian {

// "An assignment in force at instant t", written once for every reader that asks it (the roles catalog's holders, an
// agent's permissions, the assignments a review covers, the access detail pane, the access-beyond-role detection).
//
// Now or at a future instant (condition): active (not pending, rejected, revoked or expired), started at or before t,
// and not yet ended — a window [valid_from, valid_until) ends at valid_until itself, and an open-ended one
// (valid_until NULL) does not end. The status code comes from AssignmentStatus, so the rule follows the enum rather
// than a literal copied into each query.
//
// At a past instant (heldAt, heldIntervals), with later changes undone — the same rule applied to the row as it was at
// t, read from its change history (role_assignment_change) when it has one:
//   * the status at t is the new_status of its last change at or before t (no change yet: not requested yet);
//   * valid_until at t is today's valid_until with every later change of it undone (a grant shortened after t was
//     still running at t);
//   * held ⇔ status at t is active ∧ valid_from ≤ t ∧ (valid_until at t is open ∨ t < valid_until at t).
// So today's status alone decides nothing: a grant revoked or expired since was held at t if it was active then, and
// a grant approved after t (still pending at t) or rejected was not. Without change rows (data synced without
// history) the columns decide: status ∈ {active, revoked, expired} ∧ coalesce(approved_at, valid_from) ≤ t ∧
// (ended_at is null ∨ t < ended_at), with the same validity window. For every t after the last change both rules
// give the same answer (AssignmentInForceTest checks it).
class AssignmentInForce
{
public:
    // One role_assignment row with its change history, as the point-in-time rule reads it.
    struct History
    {
        struct Change
        {
            qint64 changedAt = 0;
            std::optional<qint64> newStatus;
            std::optional<qint64> oldValidUntil;
            std::optional<qint64> newValidUntil;
        };
        AssignmentStatus status = AssignmentStatus::Pending; // today's
        qint64 validFrom = 0;
        std::optional<qint64> validUntil; // today's
        std::optional<qint64> approvedAt;
        std::optional<qint64> endedAt;
        std::vector<Change> changes; // in changed_at order, ties in id order
    };

    // The end of an interval that has not ended.
    static constexpr qint64 Open = std::numeric_limits<qint64>::max();

    AssignmentInForce() = delete;

    // A SQL condition on the role_assignment row named `alias` in the query, with t bound to parameter ?`parameter`.
    // Indexes: role_assignment_role (role_id, status) and role_assignment_agent (agent_id, valid_from) both serve it.
    [[nodiscard]] static QString condition(QStringView alias, int parameter);

    // Was the assignment held at t (rule above)? `validUntilAtTime` receives valid_until as it stood at t.
    [[nodiscard]] static bool heldAt(const History& history, qint64 t,
                                     std::optional<qint64>* validUntilAtTime = nullptr);
    // Every instant at which heldAt is true, as ascending, disjoint, non-adjacent [from, until) intervals (until Open:
    // still held). For readers that ask about many instants (the detections ask per access event).
    [[nodiscard]] static std::vector<std::pair<qint64, qint64>> heldIntervals(const History& history);
};

} // namespace custodian
