#include "central/CentralReviewChanges.h"

#include "central/CentralReplies.h"
#include "rules/AssignmentRules.h"
#include "rules/ReviewRules.h"

#include <QCborArray>
#include <QCoreApplication>

#include <set>

namespace custodian {

using namespace CentralReplies;

namespace {
constexpr qint64 MaxTime = 32'503'680'000'000;
constexpr qint64 MaxId = (qint64(1) << 53) - 1;
constexpr qsizetype MaxItems = 20'000;

using Field = SyncCatalogue::Field;
using Type = SyncCatalogue::FieldType;

bool noBase(const QCborValue& baseVersion)
{
    return baseVersion.isNull() || baseVersion.isUndefined();
}
} // namespace

CentralReviewChanges::CentralReviewChanges(CentralRepository& repository)
    : m_repository(repository)
{
}

CentralService::Reply CentralReviewChanges::decide(const CentralRepository::Supervisor& supervisor, const QString& kind,
                                                   const QString& entity, const QCborValue& baseVersion,
                                                   const QCborMap& payload, qint64 now)
{
    bool numeric = false;
    const qint64 id = entity.toLongLong(&numeric);
    if (!numeric || id < 1 || id > MaxId)
        return invalid(tr("A review change names the campaign or item by its id."));
    if (QString problem = checkFields(payload, { { "at", Type::Integer, false, 0, MaxTime } }); !problem.isEmpty())
        return invalid(tr("The review change is invalid: %1.").arg(problem));
    // Created, decided and closed as of the service's clock; the console's "at" is information (ConsoleTime).
    if (kind == QLatin1String("review.decision"))
        return decision(supervisor, id, baseVersion, payload, now);
    const QString action = payload.value(QLatin1String("action")).toString();
    if (action == QLatin1String("create"))
        return create(supervisor, id, baseVersion, payload, now);
    if (action == QLatin1String("close"))
        return close(supervisor, id, baseVersion, now);
    return invalid(tr("There is no campaign action '%1'.").arg(action.left(32)));
}

CentralService::Reply CentralReviewChanges::create(const CentralRepository::Supervisor& supervisor, qint64 id,
                                                   const QCborValue& baseVersion, const QCborMap& payload, qint64 now)
{
    if (!noBase(baseVersion))
        return invalid(tr("A new campaign has no base version."));
    if (QString problem = checkFields(payload,
                                      { { "name", Type::Text, false, 1, ReviewRules::MaxNameLength },
                                        { "scope_kind", Type::Text, false, 1, 16 },
                                        { "scope_id", Type::Integer, true, 1, MaxId },
                                        { "reviewer_id", Type::Integer, false, 1, MaxId },
                                        { "due_at", Type::Integer, false, 0, MaxTime },
                                        { "evidence_days", Type::Integer, false, 1, ReviewRules::MaxEvidenceDays },
                                        { "default_decision", Type::Text, false, 1, 8 },
                                        { "created_at", Type::Integer, false, 0, MaxTime } });
        !problem.isEmpty())
        return invalid(tr("The campaign is invalid: %1.").arg(problem));
    const auto scope = reviewScopeFromString(payload.value(QLatin1String("scope_kind")).toString());
    const auto defaultDecision = reviewDecisionFromString(payload.value(QLatin1String("default_decision")).toString());
    if (!scope || !defaultDecision)
        return invalid(tr("The campaign's scope or default decision is not one this service knows."));
    const QCborValue itemList = payload.value(QLatin1String("items"));
    if (!itemList.isArray() || itemList.toArray().size() > MaxItems)
        return invalid(tr("A campaign lists its items, at most %1.").arg(MaxItems));

    auto taken = m_repository.reviewIdTaken(id);
    if (!taken)
        return internal();
    if (*taken)
        return invalid(tr("The id %1 is taken already; the console chooses another.").arg(id));

    ReviewCampaign campaign;
    campaign.id = id;
    campaign.name = payload.value(QLatin1String("name")).toString().trimmed();
    campaign.scope = *scope;
    if (payload.value(QLatin1String("scope_id")).isInteger())
        campaign.scopeId = payload.value(QLatin1String("scope_id")).toInteger();
    campaign.reviewerId = payload.value(QLatin1String("reviewer_id")).toInteger();
    campaign.createdBy = supervisor.id;
    campaign.createdAt = now;
    campaign.dueAt = payload.value(QLatin1String("due_at")).toInteger();
    campaign.evidenceDays = int(payload.value(QLatin1String("evidence_days")).toInteger());
    campaign.defaultDecision = *defaultDecision;

    std::vector<ReviewItem> items;
    std::set<qint64> itemIds { id };
    std::set<qint64> assignmentIds;
    const QCborArray entries = itemList.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QCborMap entry = entries.at(i).toMap();
        if (QString problem = checkFields(
                entry,
                { { "id", Type::Integer, false, 1, MaxId }, { "assignment_id", Type::Integer, false, 1, MaxId } });
            !problem.isEmpty())
            return invalid(tr("Item %1 of the campaign is invalid: %2.").arg(i + 1).arg(problem));
        ReviewItem item;
        item.id = entry.value(QLatin1String("id")).toInteger();
        item.campaignId = id;
        item.assignmentId = entry.value(QLatin1String("assignment_id")).toInteger();
        if (!itemIds.insert(item.id).second || !assignmentIds.insert(item.assignmentId).second)
            return invalid(tr("Item %1 of the campaign repeats an id or an assignment.").arg(i + 1));
        auto itemTaken = m_repository.reviewIdTaken(item.id);
        if (!itemTaken)
            return internal();
        if (*itemTaken)
            return invalid(tr("The id %1 is taken already; the console chooses another.").arg(item.id));
        auto assignment = m_repository.assignment(item.assignmentId);
        if (!assignment)
            return internal();
        if (!*assignment)
            return invalid(tr("Item %1 refers to assignment %2, which this service does not hold.")
                               .arg(i + 1)
                               .arg(item.assignmentId));
        items.push_back(item);
    }

    ReviewRules::Draft draft { campaign.name,  campaign.scope,        campaign.scopeId,         campaign.reviewerId,
                               campaign.dueAt, campaign.evidenceDays, campaign.defaultDecision, campaign.createdAt,
                               supervisor.id };
    ReviewRules::DraftFacts facts;
    auto settings = m_repository.detectionSettings();
    if (!settings)
        return internal();
    for (const auto& [key, value] : settings->values) {
        if (key == QLatin1String("review_independent_reviewer"))
            facts.independentReviewer = value != 0;
    }
    auto scopeExists = m_repository.reviewScopeExists(campaign.scope, campaign.scopeId);
    if (!scopeExists)
        return internal();
    facts.scopeExists = *scopeExists;
    auto supervisors = m_repository.supervisors();
    if (!supervisors)
        return internal();
    facts.reviewerExists = std::any_of(supervisors->begin(), supervisors->end(),
                                       [&](const auto& s) { return s.id == campaign.reviewerId; });
    facts.assignments = items.size();
    if (auto problem = ReviewRules::checkCampaign(draft, facts))
        return invalid(problem->message());
    if (auto status = m_repository.createReviewCampaign(campaign, items); !status)
        return internal();
    return applied(1, id);
}

CentralService::Reply CentralReviewChanges::close(const CentralRepository::Supervisor& supervisor, qint64 id,
                                                  const QCborValue& baseVersion, qint64 at)
{
    auto found = m_repository.reviewCampaign(id);
    if (!found)
        return internal();
    if (!*found)
        return invalid(tr("There is no campaign %1.").arg(id));
    ReviewCampaign campaign = **found;
    if (!baseVersion.isInteger() || baseVersion.toInteger() != campaign.version) {
        auto current = m_repository.streamItem(QStringLiteral("reviews"), QStringLiteral("review_campaign"), id);
        if (!current)
            return internal();
        return conflict(tr("Campaign %1 was changed meanwhile (version %2).").arg(id).arg(campaign.version), *current);
    }
    auto undecided = m_repository.undecidedReviewItems(id);
    if (!undecided)
        return internal();
    if (auto problem = ReviewRules::checkClose(campaign, supervisor.id, at, std::size_t(*undecided)))
        return invalid(problem->message());
    campaign.closedAt = at;
    auto saved = m_repository.saveReviewCampaign(campaign);
    if (!saved || !*saved)
        return internal();
    return applied(campaign.version + 1, id);
}

CentralService::Reply CentralReviewChanges::decision(const CentralRepository::Supervisor& supervisor, qint64 id,
                                                     const QCborValue& baseVersion, const QCborMap& payload, qint64 at)
{
    if (QString problem = checkFields(payload,
                                      { { "decision", Type::Text, false, 1, 8 },
                                        { "new_valid_until", Type::Integer, true, 0, MaxTime },
                                        { "justification", Type::Text, false, 1, AssignmentRules::MaxTextLength },
                                        { "by_default", Type::Boolean, false, 0, 1 } });
        !problem.isEmpty())
        return invalid(tr("The review decision is invalid: %1.").arg(problem));
    const auto decision = reviewDecisionFromString(payload.value(QLatin1String("decision")).toString());
    if (!decision)
        return invalid(tr("A review decision is keep, revoke or shorten."));
    auto found = m_repository.reviewItem(id);
    if (!found)
        return internal();
    if (!*found)
        return invalid(tr("There is no review item %1.").arg(id));
    ReviewItem item = **found;
    auto campaign = m_repository.reviewCampaign(item.campaignId);
    if (!campaign || !*campaign)
        return internal();
    // A closed campaign refuses every decision, whatever the console saw of the item: retrying cannot help.
    if (auto closed = ReviewRules::checkOpen(**campaign))
        return invalid(closed->message());
    if (!baseVersion.isInteger() ? !noBase(baseVersion) || item.version != 1
                                 : baseVersion.toInteger() != item.version) {
        auto current = m_repository.streamItem(QStringLiteral("reviews"), QStringLiteral("review_item"), id);
        if (!current)
            return internal();
        return conflict(tr("Review item %1 was decided meanwhile (version %2).").arg(id).arg(item.version), *current);
    }
    const QString justification = payload.value(QLatin1String("justification")).toString().trimmed();
    std::optional<qint64> newValidUntil;
    if (payload.value(QLatin1String("new_valid_until")).isInteger())
        newValidUntil = payload.value(QLatin1String("new_valid_until")).toInteger();
    const bool byDefault = payload.value(QLatin1String("by_default")).toBool();
    if (byDefault) {
        // The console's close decides the undecided items by default first, then closes: the same closer rule, and
        // the same due date (this item, at least, is undecided).
        if (auto problem = ReviewRules::checkClose(**campaign, supervisor.id, at, 1))
            return invalid(problem->message());
        if (item.decision || *decision != (*campaign)->defaultDecision || newValidUntil)
            return invalid(tr("A decision by default gives an undecided item the campaign's default."));
    } else if (auto problem
               = ReviewRules::checkDecision(**campaign, item, *decision, justification, newValidUntil, supervisor.id)) {
        return invalid(problem->message());
    }
    item.decision = decision;
    item.newValidUntil = newValidUntil;
    item.justification = justification;
    item.decidedBy = supervisor.id;
    item.decidedAt = at;
    item.byDefault = byDefault;
    auto saved = m_repository.saveReviewItem(item);
    if (!saved || !*saved)
        return internal();
    return applied(item.version + 1, id);
}

} // namespace custodian
