#pragma once

#include <QString>

#include <optional>

namespace custodian {

// What an access-review campaign covers (review_campaign.scope_kind): the assignments in force of one team's or one
// site's agents, of one role, or of every sensitive role.
enum class ReviewScope { Team, Site, Role, SensitiveRoles };

// What a reviewer decided about one assignment (review_item.decision).
enum class ReviewDecision { Keep, Revoke, Shorten };

[[nodiscard]] QString toString(ReviewScope scope); // "team", "site", "role", "sensitive_roles"
[[nodiscard]] std::optional<ReviewScope> reviewScopeFromString(const QString& text);
[[nodiscard]] QString toString(ReviewDecision decision); // "keep", "revoke", "shorten"
[[nodiscard]] std::optional<ReviewDecision> reviewDecisionFromString(const QString& text);

// An access-review campaign (review_campaign): a reviewer decides, by the due date, whether each assignment in
// scope stays. Undecided items get the default decision when the campaign closes.
//
// Ids are chosen by the console that creates the campaign, at random from the positive 53-bit range (as a UUID
// would be), so that a campaign and its items keep their ids when the central service accepts them and no
// renumbering is needed; the service refuses an id it already holds.
struct ReviewCampaign
{
    qint64 id = 0;
    QString name;
    ReviewScope scope = ReviewScope::Team;
    std::optional<qint64> scopeId; // team, site or role id; nothing for SensitiveRoles
    qint64 reviewerId = 0;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 dueAt = 0;
    int evidenceDays = 90;
    ReviewDecision defaultDecision = ReviewDecision::Keep; // Keep or Revoke
    std::optional<qint64> closedAt;
    qint64 version = 1;
    std::optional<qint64> serverVersion;

    [[nodiscard]] bool isClosed() const { return closedAt.has_value(); }
};

// One assignment under review (review_item) and what was decided about it.
struct ReviewItem
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 assignmentId = 0;
    std::optional<ReviewDecision> decision; // nothing: not decided yet
    std::optional<qint64> newValidUntil; // Shorten only
    QString justification;
    std::optional<qint64> decidedBy;
    std::optional<qint64> decidedAt;
    bool byDefault = false; // decided by the campaign's default when it closed
    qint64 version = 1;
    std::optional<qint64> serverVersion;
};

} // namespace custodian
