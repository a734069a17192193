#pragma once

#include "domain/Error.h"
#include "domain/ReviewCampaign.h"
#include "domain/RoleAssignment.h"

#include <QString>

#include <optional>

namespace custodian {

// The rules of access-review campaigns, as pure functions, shared by the console (ReviewWorkflow) and the central
// service (CentralReviewChanges) so that both refuse alike: what a campaign needs to start, who decides its items
// and when, and what closing it does to the undecided ones.
class ReviewRules
{
public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxEvidenceDays = 3650;
    static constexpr qint64 MaxCampaignMs = 366LL * 86'400'000; // a campaign runs a year at most
    // Reminders start this long before the due date.
    static constexpr qint64 ReminderMs = 3LL * 86'400'000;

    struct Draft
    {
        QString name;
        ReviewScope scope = ReviewScope::Team;
        std::optional<qint64> scopeId;
        qint64 reviewerId = 0;
        qint64 dueAt = 0;
        int evidenceDays = 90;
        ReviewDecision defaultDecision = ReviewDecision::Keep;
        qint64 now = 0;
    };

    // What the store says about a draft's references.
    struct DraftFacts
    {
        bool scopeExists = false;
        bool reviewerExists = false;
        std::size_t assignments = 0; // in scope, in force, known to the central service
    };

    [[nodiscard]] static std::optional<Error> checkCampaign(const Draft& draft, const DraftFacts& facts);
    // Decisions are made only while the campaign is open.
    [[nodiscard]] static std::optional<Error> checkOpen(const ReviewCampaign& campaign);
    // A decision on one item by `decider`: only the reviewer, only while the campaign is open, once, with a
    // justification; shortening needs the new end (AssignmentRules::checkShorten judges it further).
    [[nodiscard]] static std::optional<Error> checkDecision(const ReviewCampaign& campaign, const ReviewItem& item,
                                                            ReviewDecision decision, const QString& justification,
                                                            std::optional<qint64> newValidUntil, qint64 decider);
    // Closing: by the reviewer or the campaign's creator, once.
    [[nodiscard]] static std::optional<Error> checkClose(const ReviewCampaign& campaign, qint64 closer);

    // The warning to show before a campaign whose default is "revoke" is created or closed.
    [[nodiscard]] static QString revokeByDefaultWarning(std::size_t undecided);
    // The justification recorded on items the default decided.
    [[nodiscard]] static QString defaultJustification(const ReviewCampaign& campaign);

    [[nodiscard]] static bool dueSoon(const ReviewCampaign& campaign, qint64 now);
    [[nodiscard]] static bool overdue(const ReviewCampaign& campaign, qint64 now);
};

} // namespace custodian
