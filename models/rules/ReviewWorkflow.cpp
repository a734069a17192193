#include "rules/ReviewWorkflow.h"

#include "domain/Clock.h"
#include "rules/DetectionSettings.h"

#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/ReviewCampaignRepository.h"
#include "store/RoleAssignmentRepository.h"
#include "store/SyncOutbox.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace custodian {

namespace {
qint64 nowOr(qint64 atMs)
{
    return atMs < 0 ? Clock::nowMs() : atMs;
}

QJsonValue optionalValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

Status audit(Database& database, const QString& actor, const QString& action, const QString& target,
             const QJsonObject& detail, qint64 at)
{
    auto appended = ConsoleAudit::append(database, actor, action, target, detail, at);
    if (!appended)
        return appended.error();
    return {};
}

Result<bool> exists(Database& database, const QString& sql, qint64 id)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    return statement->step();
}

// "Nuno Correia (E105482) — Quality reviewer": how messages and audit details name the assignment under review.
Result<std::pair<QString, QString>> agentAndRole(Database& database, const RoleAssignment& assignment)
{
    auto statement = database.prepare(QStringLiteral(
        "SELECT g.display_name || ' (' || g.employee_no || ')', r.code, r.name FROM agent g, role r WHERE g.id = ? "
        "AND r.id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, assignment.agentId).bind(2, assignment.roleId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::pair { QString::number(assignment.agentId), QString::number(assignment.roleId) };
    return std::pair { ReviewWorkflow::tr("%1 — %2").arg(statement->text(0), statement->text(2)), statement->text(1) };
}

// Records one decision on one item: the item, the change of the assignment it implies, the audit and outbox entries.
// The caller's transaction holds it all.
Status record(Database& database, ReviewCampaignRepository& reviews, const ReviewCampaign& campaign, ReviewItem item,
              ReviewDecision decision, const QString& justification, std::optional<qint64> newValidUntil,
              bool byDefault, const ReviewWorkflow::Actor& actor, qint64 at, int* revoked = nullptr)
{
    auto found = RoleAssignmentRepository(database, RoleAssignmentRepository::Ids::Local).find(item.assignmentId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound,
                     ReviewWorkflow::tr("Item %1 refers to assignment %2, which is not in this store.")
                         .arg(item.id)
                         .arg(item.assignmentId));
    const RoleAssignment& assignment = **found;
    auto label = agentAndRole(database, assignment);
    if (!label)
        return label.error();

    const QString reason = ReviewWorkflow::tr("Access review “%1”: %2").arg(campaign.name, justification);
    const bool ended = assignment.status != AssignmentStatus::Active && assignment.status != AssignmentStatus::Pending;
    Status changed;
    if (decision == ReviewDecision::Revoke && !ended) {
        changed = RoleAssignmentWorkflow::revoke(database, assignment.id, reason, actor, at);
        if (changed && revoked)
            ++*revoked;
    } else if (decision == ReviewDecision::Shorten) {
        changed = RoleAssignmentWorkflow::shorten(database, assignment.id, *newValidUntil, reason, actor, at);
    }
    if (!changed)
        return changed.error().prefixed(label->first);

    item.decision = decision;
    item.newValidUntil = newValidUntil;
    item.justification = justification;
    item.decidedBy = actor.supervisorId;
    item.decidedAt = at;
    item.byDefault = byDefault;
    auto written = reviews.update(item);
    if (!written)
        return written.error();
    if (!*written)
        return Error(
            Error::Code::InvalidArgument,
            ReviewWorkflow::tr("%1: the item was changed meanwhile (by a sync); look at it again.").arg(label->first));

    QJsonObject detail {
        { QStringLiteral("campaign_id"), campaign.id },     { QStringLiteral("assignment_id"), assignment.id },
        { QStringLiteral("agent_id"), assignment.agentId }, { QStringLiteral("role"), label->second },
        { QStringLiteral("decision"), toString(decision) }, { QStringLiteral("justification"), justification }
    };
    if (newValidUntil)
        detail.insert(QStringLiteral("new_valid_until"), *newValidUntil);
    if (byDefault)
        detail.insert(QStringLiteral("by_default"), true);
    if (decision == ReviewDecision::Revoke && ended)
        detail.insert(QStringLiteral("note"), QStringLiteral("assignment had ended already"));
    if (auto status = audit(database, actor.auditActor, QStringLiteral("review.decide"),
                            QStringLiteral("review_item:%1").arg(item.id), detail, at);
        !status)
        return status;
    const QJsonObject payload { { QStringLiteral("campaign_id"), campaign.id },
                                { QStringLiteral("decision"), toString(decision) },
                                { QStringLiteral("new_valid_until"), optionalValue(newValidUntil) },
                                { QStringLiteral("justification"), justification },
                                { QStringLiteral("by_default"), byDefault },
                                { QStringLiteral("at"), at } };
    return SyncOutbox::enqueue(database, QStringLiteral("review.decision"), item.id, item.serverVersion, payload, at);
}
} // namespace

Result<ReviewWorkflow::Created> ReviewWorkflow::create(Database& database, ReviewRules::Draft draft, const Actor& actor)
{
    draft.now = nowOr(draft.now);
    draft.name = draft.name.trimmed();
    if (draft.scope == ReviewScope::SensitiveRoles)
        draft.scopeId.reset();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    ReviewCampaignRepository reviews(database);
    ReviewRules::DraftFacts facts;
    auto scopeExists = reviews.scopeExists(draft.scope, draft.scopeId);
    if (!scopeExists)
        return scopeExists.error();
    facts.scopeExists = *scopeExists;
    auto reviewer = exists(database, QStringLiteral("SELECT 1 FROM supervisor WHERE id = ?"), draft.reviewerId);
    if (!reviewer)
        return reviewer.error();
    facts.reviewerExists = *reviewer;
    // The organisation's settings arrive with the detection settings (docs/reviews.md, "Who reviews").
    auto settings = DetectionSettings::load(database);
    if (!settings)
        return settings.error();
    facts.independentReviewer = settings->reviewIndependentReviewer != 0;
    draft.creatorId = actor.supervisorId;
    std::vector<qint64> assignments;
    if (facts.scopeExists) {
        auto inScope = reviews.assignmentsInScope(draft.scope, draft.scopeId, draft.now);
        if (!inScope)
            return inScope.error();
        assignments = std::move(*inScope);
    }
    facts.assignments = assignments.size();
    if (auto problem = ReviewRules::checkCampaign(draft, facts))
        return *problem;

    ReviewCampaign campaign;
    auto id = reviews.newId();
    if (!id)
        return id.error();
    campaign.id = *id;
    campaign.name = draft.name;
    campaign.scope = draft.scope;
    campaign.scopeId = draft.scopeId;
    campaign.reviewerId = draft.reviewerId;
    campaign.createdBy = actor.supervisorId;
    campaign.createdAt = draft.now;
    campaign.dueAt = draft.dueAt;
    campaign.evidenceDays = draft.evidenceDays;
    campaign.defaultDecision = draft.defaultDecision;
    if (auto status = reviews.insert(campaign); !status)
        return status.error();
    QJsonArray wireItems;
    for (qint64 assignmentId : assignments) {
        ReviewItem item;
        auto itemId = reviews.newId();
        if (!itemId)
            return itemId.error();
        item.id = *itemId;
        item.campaignId = campaign.id;
        item.assignmentId = assignmentId;
        if (auto status = reviews.insert(item); !status)
            return status.error();
        wireItems.append(
            QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("assignment_id"), assignmentId } });
    }

    const QJsonObject detail { { QStringLiteral("name"), campaign.name },
                               { QStringLiteral("scope_kind"), toString(campaign.scope) },
                               { QStringLiteral("scope_id"), optionalValue(campaign.scopeId) },
                               { QStringLiteral("reviewer_id"), campaign.reviewerId },
                               { QStringLiteral("due_at"), campaign.dueAt },
                               { QStringLiteral("evidence_days"), campaign.evidenceDays },
                               { QStringLiteral("default_decision"), toString(campaign.defaultDecision) },
                               { QStringLiteral("items"), int(assignments.size()) } };
    if (auto status = audit(database, actor.auditActor, QStringLiteral("review.create"),
                            QStringLiteral("review:%1").arg(campaign.id), detail, draft.now);
        !status)
        return status.error();
    QJsonObject payload = detail;
    payload.insert(QStringLiteral("action"), QStringLiteral("create"));
    payload.insert(QStringLiteral("created_at"), campaign.createdAt);
    payload.insert(QStringLiteral("at"), campaign.createdAt);
    payload.insert(QStringLiteral("items"), wireItems);
    if (auto status = SyncOutbox::enqueue(database, QStringLiteral("review.campaign"), campaign.id, std::nullopt,
                                          payload, draft.now);
        !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return Created { campaign.id, int(assignments.size()) };
}

Status ReviewWorkflow::decide(Database& database, const std::vector<qint64>& itemIds, ReviewDecision decision,
                              const QString& justification, std::optional<qint64> newValidUntil, const Actor& actor,
                              qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    const QString text = justification.trimmed();
    if (itemIds.empty())
        return Error(Error::Code::InvalidArgument, tr("Choose the items to decide on."));
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    ReviewCampaignRepository reviews(database);
    std::map<qint64, ReviewCampaign> campaigns;
    for (qint64 itemId : itemIds) {
        auto item = reviews.item(itemId);
        if (!item)
            return item.error();
        if (!*item)
            return Error(Error::Code::NotFound, tr("There is no review item %1.").arg(itemId));
        auto known = campaigns.find((*item)->campaignId);
        if (known == campaigns.end()) {
            auto campaign = reviews.campaign((*item)->campaignId);
            if (!campaign)
                return campaign.error();
            if (!*campaign)
                return Error(Error::Code::NotFound, tr("There is no campaign %1.").arg((*item)->campaignId));
            known = campaigns.emplace((*item)->campaignId, **campaign).first;
        }
        if (auto problem
            = ReviewRules::checkDecision(known->second, **item, decision, text, newValidUntil, actor.supervisorId))
            return *problem;
        if (auto status
            = record(database, reviews, known->second, **item, decision, text, newValidUntil, false, actor, at);
            !status)
            return status;
    }
    return transaction->commit();
}

Result<ReviewWorkflow::Closed> ReviewWorkflow::close(Database& database, qint64 campaignId, const Actor& actor,
                                                     qint64 atMs)
{
    const qint64 at = nowOr(atMs);
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    ReviewCampaignRepository reviews(database);
    auto found = reviews.campaign(campaignId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::NotFound, tr("There is no campaign %1.").arg(campaignId));
    ReviewCampaign campaign = **found;
    auto items = reviews.items(campaignId);
    if (!items)
        return items.error();
    const auto undecided = std::size_t(
        std::count_if(items->begin(), items->end(), [](const ReviewItem& item) { return !item.decision; }));
    if (auto problem = ReviewRules::checkClose(campaign, actor.supervisorId, at, undecided))
        return *problem;
    Closed closed;
    const QString justification = ReviewRules::defaultJustification(campaign);
    for (const ReviewItem& item : *items) {
        if (item.decision)
            continue;
        if (auto status = record(database, reviews, campaign, item, campaign.defaultDecision, justification,
                                 std::nullopt, true, actor, at, &closed.revoked);
            !status)
            return status.error();
        ++closed.defaulted;
    }
    campaign.closedAt = at;
    auto written = reviews.update(campaign);
    if (!written)
        return written.error();
    if (!*written)
        return Error(Error::Code::InvalidArgument,
                     tr("The campaign was changed meanwhile (by a sync); look at it again."));
    const QJsonObject detail { { QStringLiteral("name"), campaign.name },
                               { QStringLiteral("default_decision"), toString(campaign.defaultDecision) },
                               { QStringLiteral("defaulted"), closed.defaulted },
                               { QStringLiteral("revoked_by_default"), closed.revoked } };
    if (auto status = audit(database, actor.auditActor, QStringLiteral("review.close"),
                            QStringLiteral("review:%1").arg(campaign.id), detail, at);
        !status)
        return status.error();
    if (auto status = SyncOutbox::enqueue(
            database, QStringLiteral("review.campaign"), campaign.id, campaign.serverVersion,
            QJsonObject { { QStringLiteral("action"), QStringLiteral("close") }, { QStringLiteral("at"), at } }, at);
        !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return closed;
}

} // namespace custodian
