#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// An agent's standing in one training module at one instant t (rules/TrainingRules decides it; docs/training.md).
enum class TrainingState {
    NotRequired, // no role held at t requires it and it was never assigned by t
    Compliant, // a pass valid at t, and its expiry is more than the due-soon window away
    DueSoon, // required, and the due date (expiry of the valid pass, or the assignment's due date) is within the window
    Pending, // required, never passed, its due date further away than the window
    Overdue, // required, never validly passed, its due date reached
    Expired, // required, had a pass, it ended at or before t, and no newer pass
};

// The stable lower-case name used in JSON and the CLI ("not_required", "compliant", "due_soon", "pending",
// "overdue", "expired").
[[nodiscard]] QString toString(TrainingState state);

// The standing and the facts behind it.
struct TrainingStanding
{
    qint64 moduleId = 0;
    TrainingState state = TrainingState::NotRequired;
    bool valid = false; // a pass valid at t (whether or not the module is required)
    std::vector<qint64> requiredByRoles; // role ids held at t that require the module
    std::vector<qint64> requiredByCampaigns; // campaigns of the module whose audience includes the agent by t
    bool assignedIndividually = false; // an assignment without a campaign (onboarding, a make-up) by t
    std::optional<qint64> assignedAt; // the latest assignment by t
    std::optional<qint64> dueAt; // recertification (the pass's expiry) or the assignment's due date; see the rules
    std::optional<qint64> completedAt; // the pass in force, else the latest pass, else the latest failed attempt
    std::optional<int> score; // of that attempt
    std::optional<bool> passed; // of that attempt
    std::optional<qint64> expiresAt; // of the pass (valid or ended)
    QString certificateRef; // of the pass (valid or ended), when the record carries one
    std::optional<qint64> lastFailedAt; // the latest failed attempt by t, for the agent view
    qint64 daysOverdue = 0; // Overdue/Expired: whole days from dueAt to t
    qint64 daysLeft = 0; // DueSoon/Pending/Compliant: whole days from t to dueAt

    [[nodiscard]] bool required() const { return state != TrainingState::NotRequired; }
};

} // namespace custodian
