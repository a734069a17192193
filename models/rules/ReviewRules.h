#pragma once

#include "domain/Error.h"
#include "domain/ReviewCampaign.h"
#include "domain/RoleAssignment.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

// The rules of access-review campaigns, as pure functions, shared by the console (ReviewWorkflow) and the central
// service (CentralReviewChanges) so that both refuse alike: what a campaign needs to start (a reviewer other than its
// creator where the organisation says so), who decides its items and when, and when closing may let the default
// decide the undecided ones.
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRules)

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
        qint64 creatorId = 0; // who creates it (the console's supervisor, the token's on the service)
    };

    // What the store says about a draft's references.
    struct DraftFacts
    {
        bool scopeExists = false;
        bool reviewerExists = false;
        std::size_t assignments = 0; // in scope, in force, known to the central service
        // The organisation's setting (review_independent_reviewer): the reviewer must not be the creator.
        bool independentReviewer = false;
    };

    [[nodiscard]] static std::optional<Error> checkCampaign(const Draft& draft, const DraftFacts& facts);
    // Decisions are made only while the campaign is open.
    [[nodiscard]] static std::optional<Error> checkOpen(const ReviewCampaign& campaign);
    // A decision on one item by `decider`: only the reviewer, only while the campaign is open, once, with a
    // justification; shortening needs the new end (AssignmentRules::checkShorten judges it further).
    [[nodiscard]] static std::optional<Error> checkDecision(const ReviewCampaign& campaign, const ReviewItem& item,
                                                            ReviewDecision decision, const QString& justification,
                                                            std::optional<qint64> newValidUntil, qint64 decider);
    // Closing: by the reviewer or the campaign's creator, once; before the due date only when no item is undecided
    // (`undecided`), so that nobody ends a review early by letting the default decide what was not looked at. The
    // decisions by default that closing makes are judged by the same rule (with at least one undecided item).
    [[nodiscard]] static std::optional<Error> checkClose(const ReviewCampaign& campaign, qint64 closer, qint64 now,
                                                         std::size_t undecided);

    // The warning to show before a campaign whose default is "revoke" is created or closed.
    [[nodiscard]] static QString revokeByDefaultWarning(std::size_t undecided);
    // The justification recorded on items the default decided.
    [[nodiscard]] static QString defaultJustification(const ReviewCampaign& campaign);

    [[nodiscard]] static bool dueSoon(const ReviewCampaign& campaign, qint64 now);
    [[nodiscard]] static bool overdue(const ReviewCampaign& campaign, qint64 now);
};

} // namespace custodian
