#include "rules/ReviewRules.h"

#include "rules/AssignmentRules.h"

#include <QCoreApplication>

namespace custodian {

namespace {
Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidArgument, message);
}
} // namespace

std::optional<Error> ReviewRules::checkCampaign(const Draft& draft, const DraftFacts& facts)
{
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return invalid(tr("A campaign needs a name."));
    if (name.size() > MaxNameLength)
        return invalid(tr("A campaign's name has at most %1 characters.").arg(MaxNameLength));
    if (draft.scope != ReviewScope::SensitiveRoles && !draft.scopeId)
        return invalid(tr("Choose the %1 the campaign covers.").arg(toString(draft.scope)));
    if (!facts.scopeExists)
        return invalid(tr("There is no %1 %2.").arg(toString(draft.scope)).arg(draft.scopeId.value_or(0)));
    if (!facts.reviewerExists)
        return invalid(tr("There is no supervisor %1 to review the campaign.").arg(draft.reviewerId));
    if (facts.independentReviewer && draft.reviewerId == draft.creatorId)
        return invalid(tr("The organisation requires a reviewer other than the campaign's creator: choose another "
                          "supervisor to review it."));
    if (draft.dueAt <= draft.now)
        return invalid(tr("The due date %1 is not in the future.").arg(AssignmentRules::instant(draft.dueAt)));
    if (draft.dueAt - draft.now > MaxCampaignMs)
        return invalid(tr("A campaign is due within a year; %1 is later.").arg(AssignmentRules::instant(draft.dueAt)));
    if (draft.evidenceDays < 1 || draft.evidenceDays > MaxEvidenceDays)
        return invalid(tr("The evidence window is 1 to %1 days, not %2.").arg(MaxEvidenceDays).arg(draft.evidenceDays));
    if (draft.defaultDecision == ReviewDecision::Shorten)
        return invalid(tr("The default decision at close is keep or revoke."));
    if (facts.assignments == 0)
        return invalid(tr("Nothing to review: no assignment in this scope is in force and known to the central "
                          "service (a grant made here is reviewable once it has synced)."));
    return std::nullopt;
}

std::optional<Error> ReviewRules::checkOpen(const ReviewCampaign& campaign)
{
    if (campaign.isClosed())
        return invalid(tr("The campaign “%1” closed on %2; its decisions can no longer be made or changed.")
                           .arg(campaign.name, AssignmentRules::instant(*campaign.closedAt)));
    return std::nullopt;
}

std::optional<Error> ReviewRules::checkDecision(const ReviewCampaign& campaign, const ReviewItem& item,
                                                ReviewDecision decision, const QString& justification,
                                                std::optional<qint64> newValidUntil, qint64 decider)
{
    if (auto closed = checkOpen(campaign))
        return closed;
    if (decider != campaign.reviewerId)
        return invalid(tr("Only the campaign's reviewer decides on its items, and you are not the reviewer of “%1”.")
                           .arg(campaign.name));
    if (item.decision)
        return invalid(tr("Item %1 was decided already (%2, %3).")
                           .arg(item.id)
                           .arg(toString(*item.decision), AssignmentRules::instant(item.decidedAt.value_or(0))));
    const QString text = justification.trimmed();
    if (text.isEmpty())
        return invalid(tr("A review decision needs a justification."));
    if (text.size() > AssignmentRules::MaxTextLength)
        return invalid(tr("A justification has at most %1 characters.").arg(AssignmentRules::MaxTextLength));
    if (decision == ReviewDecision::Shorten && !newValidUntil)
        return invalid(tr("Shortening needs the new end of the validity."));
    if (decision != ReviewDecision::Shorten && newValidUntil)
        return invalid(tr("Only a shortening decision has a new end of the validity."));
    return std::nullopt;
}

std::optional<Error> ReviewRules::checkClose(const ReviewCampaign& campaign, qint64 closer, qint64 now,
                                             std::size_t undecided)
{
    if (campaign.isClosed())
        return invalid(tr("The campaign “%1” closed on %2 already.")
                           .arg(campaign.name, AssignmentRules::instant(*campaign.closedAt)));
    if (closer != campaign.reviewerId && closer != campaign.createdBy)
        return invalid(
            tr("Only the campaign's reviewer or the supervisor who created it closes “%1”.").arg(campaign.name));
    if (now < campaign.dueAt && undecided > 0)
        return invalid(
            tr("“%1” is due on %2 and %n item(s) are not decided yet: decide them first, or close it once it "
               "is due (the default then decides what is left).",
               nullptr, int(std::min<std::size_t>(undecided, 1'000'000)))
                .arg(campaign.name, AssignmentRules::instant(campaign.dueAt)));
    return std::nullopt;
}

QString ReviewRules::revokeByDefaultWarning(std::size_t undecided)
{
    return tr("The default decision is “revoke”: closing the campaign revokes every assignment nobody decided on "
              "(%n now), whether or not the agent still needs it.",
              nullptr, int(undecided));
}

QString ReviewRules::defaultJustification(const ReviewCampaign& campaign)
{
    return tr("Not decided by the due date; the campaign's default (%1) applied at close.")
        .arg(toString(campaign.defaultDecision));
}

bool ReviewRules::dueSoon(const ReviewCampaign& campaign, qint64 now)
{
    return !campaign.isClosed() && now < campaign.dueAt && campaign.dueAt - now <= ReminderMs;
}

bool ReviewRules::overdue(const ReviewCampaign& campaign, qint64 now)
{
    return !campaign.isClosed() && now >= campaign.dueAt;
}

} // namespace custodian
