#include "cli/ReviewCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "domain/Clock.h"
#include "export/ReviewReport.h"
#include "rules/ReviewWorkflow.h"
#include "store/Database.h"
#include "store/ReviewEvidenceReader.h"
#include "store/ReviewListReader.h"
#include "store/RoleCatalogRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The campaign's name."),
                                    QStringLiteral("TEXT"));
const QCommandLineOption teamOption(QStringLiteral("team"), QStringLiteral("Review one team (its id or name)."),
                                    QStringLiteral("TEAM"));
const QCommandLineOption siteOption(QStringLiteral("site"), QStringLiteral("Review one site (its id or code)."),
                                    QStringLiteral("SITE"));
const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("Review one role (its code)."),
                                    QStringLiteral("ROLE"));
const QCommandLineOption sensitiveOption(QStringLiteral("sensitive-roles"),
                                         QStringLiteral("Review every sensitive role."));
const QCommandLineOption reviewerOption(QStringLiteral("reviewer"),
                                        QStringLiteral("The reviewing supervisor's user name (default: you)."),
                                        QStringLiteral("USERNAME"));
const QCommandLineOption dueOption(QStringLiteral("due"), QStringLiteral("The due date (UTC)."),
                                   QStringLiteral("DATE"));
const QCommandLineOption evidenceOption(QStringLiteral("evidence-days"),
                                        QStringLiteral("Days of access log each item's evidence covers (default 90)."),
                                        QStringLiteral("N"), QStringLiteral("90"));
const QCommandLineOption
    defaultOption(QStringLiteral("default"),
                  QStringLiteral("Decision for undecided items at close: keep (default) or revoke."),
                  QStringLiteral("DECISION"), QStringLiteral("keep"));
const QCommandLineOption decisionOption(QStringLiteral("decision"), QStringLiteral("keep, revoke or shorten."),
                                        QStringLiteral("DECISION"));
const QCommandLineOption justificationOption(QStringLiteral("justification"),
                                             QStringLiteral("Why (recorded with every decision)."),
                                             QStringLiteral("TEXT"));
const QCommandLineOption untilOption(QStringLiteral("until"), QStringLiteral("The new end, for shorten (UTC)."),
                                     QStringLiteral("DATE"));
const QCommandLineOption itemOption(QStringLiteral("item"), QStringLiteral("An item's id (repeatable)."),
                                    QStringLiteral("ID"));
const QCommandLineOption agentOption(QStringLiteral("agent"),
                                     QStringLiteral("Every undecided item of this agent (employee number)."),
                                     QStringLiteral("EMPLOYEE_NO"));
const QCommandLineOption undecidedOption(QStringLiteral("undecided"), QStringLiteral("Every undecided item."));
const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("The report file (.csv or .pdf)."),
                                      QStringLiteral("FILE"));
const QCommandLineOption forceOption(QStringLiteral("force"), QStringLiteral("Replace --output if it exists."));

Result<qint64> campaignId(Database& database, const QString& reference)
{
    if (reference.trimmed().isEmpty())
        return Error(
            Error::Code::InvalidArgument,
            ReviewCommands::tr("Name the campaign: review:<id> or its name (see `custodian-cli review list`)."));
    auto id = ReviewListReader(database).findCampaign(reference);
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotFound,
                     ReviewCommands::tr("No single campaign is called '%1' (see `custodian-cli review list`).")
                         .arg(reference.left(64)));
    return **id;
}

QString progress(const ReviewListReader::CampaignRow& row)
{
    return ReviewCommands::tr("%1/%2 decided (%3 kept, %4 revoked, %5 shortened, %6 by default)")
        .arg(row.decided)
        .arg(row.items)
        .arg(row.kept)
        .arg(row.revoked)
        .arg(row.shortened)
        .arg(row.byDefault);
}

QJsonObject campaignJson(const ReviewListReader::CampaignRow& row)
{
    const ReviewCampaign& c = row.campaign;
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("review:%1").arg(c.id) },
                         { QStringLiteral("name"), c.name },
                         { QStringLiteral("scope"), toString(c.scope) },
                         { QStringLiteral("scope_name"), row.scopeName },
                         { QStringLiteral("reviewer"), row.reviewerName },
                         { QStringLiteral("created_by"), row.createdByName },
                         { QStringLiteral("created_at"), utc(c.createdAt) },
                         { QStringLiteral("due_at"), utc(c.dueAt) },
                         { QStringLiteral("closed_at"), optionalUtc(c.closedAt) },
                         { QStringLiteral("evidence_days"), c.evidenceDays },
                         { QStringLiteral("default_decision"), toString(c.defaultDecision) },
                         { QStringLiteral("items"), row.items },
                         { QStringLiteral("decided"), row.decided },
                         { QStringLiteral("kept"), row.kept },
                         { QStringLiteral("revoked"), row.revoked },
                         { QStringLiteral("shortened"), row.shortened },
                         { QStringLiteral("by_default"), row.byDefault } };
}

int list(Database& database, bool json)
{
    auto campaigns = ReviewListReader(database).campaigns();
    if (!campaigns)
        return fail(campaigns.error());
    const qint64 now = Clock::nowMs();
    if (json) {
        QJsonArray list;
        for (const auto& row : *campaigns)
            list << campaignJson(row);
        printJson(list);
        return 0;
    }
    if (campaigns->empty())
        ConsoleOutput::out(
            ReviewCommands::tr("No access-review campaigns yet (create one with `custodian-cli review create`)."));
    for (const auto& row : *campaigns) {
        const ReviewCampaign& c = row.campaign;
        const QString state = c.closedAt   ? ReviewCommands::tr("closed %1").arg(utc(*c.closedAt))
            : ReviewRules::overdue(c, now) ? ReviewCommands::tr("OVERDUE since %1").arg(utc(c.dueAt))
            : ReviewRules::dueSoon(c, now) ? ReviewCommands::tr("due soon: %1").arg(utc(c.dueAt))
                                           : ReviewCommands::tr("due %1").arg(utc(c.dueAt));
        ConsoleOutput::out(QStringLiteral("review:%1  %2  [%3 %4]  reviewer %5  %6  %7")
                               .arg(c.id)
                               .arg(c.name, toString(c.scope), row.scopeName, row.reviewerName, state, progress(row)));
    }
    return 0;
}

int show(Database& database, const QCommandLineParser&, const QString& reference, bool json)
{
    auto id = campaignId(database, reference);
    if (!id)
        return fail(id.error());
    ReviewListReader reader(database);
    auto campaign = reader.campaign(*id);
    if (!campaign || !*campaign)
        return fail(campaign ? Error(Error::Code::NotFound, ReviewCommands::tr("The campaign is gone."))
                             : campaign.error());
    auto items = reader.items(*id);
    if (!items)
        return fail(items.error());
    const ReviewCampaign& c = (*campaign)->campaign;
    const qint64 end = c.closedAt.value_or(Clock::nowMs());
    ReviewEvidenceReader evidence(database);
    QJsonArray list;
    if (!json)
        ConsoleOutput::out(QStringLiteral("review:%1  %2  %3").arg(c.id).arg(c.name, progress(**campaign)));
    for (const auto& item : *items) {
        auto found = evidence.read(item.agentId, item.roleId, end, c.evidenceDays);
        if (!found)
            return fail(found.error());
        const QString decision = item.item.decision ? toString(*item.item.decision) : QString();
        if (json) {
            list << QJsonObject { { QStringLiteral("item"), item.item.id },
                                  { QStringLiteral("agent"), item.employeeNo },
                                  { QStringLiteral("agent_name"), item.agentName },
                                  { QStringLiteral("role"), item.roleCode },
                                  { QStringLiteral("assignment"), item.item.assignmentId },
                                  { QStringLiteral("assignment_status"), toString(item.status) },
                                  { QStringLiteral("unused"), found->unused() },
                                  { QStringLiteral("training_current"), found->trainingCurrent() },
                                  { QStringLiteral("open_findings"), int(found->openFindings.size()) },
                                  { QStringLiteral("incidents"), int(found->incidents.size()) },
                                  { QStringLiteral("evidence"), found->summary() },
                                  { QStringLiteral("decision"), decision.isEmpty() ? QJsonValue() : decision },
                                  { QStringLiteral("by_default"), item.item.byDefault },
                                  { QStringLiteral("justification"), item.item.justification } };
            continue;
        }
        ConsoleOutput::out(QStringLiteral("%1  %2 %3  %4  %5  %6")
                               .arg(item.item.id, 16)
                               .arg(item.employeeNo, item.agentName, item.roleCode,
                                    decision.isEmpty() ? ReviewCommands::tr("undecided") : decision, found->summary()));
    }
    if (json)
        printJson(QJsonObject { { QStringLiteral("campaign"), campaignJson(**campaign) },
                                { QStringLiteral("items"), list } });
    return 0;
}

int create(Database& database, const QCommandLineParser& parser)
{
    auto actor = ReviewWorkflow::Actor {};
    auto known = consoleActor(database);
    if (!known)
        return fail(known.error());
    actor = *known;
    ReviewRules::Draft draft;
    draft.name = parser.value(nameOption);
    const int scopes = int(parser.isSet(teamOption)) + int(parser.isSet(siteOption)) + int(parser.isSet(roleOption))
        + int(parser.isSet(sensitiveOption));
    if (scopes != 1)
        return usageError(ReviewCommands::tr("Give exactly one scope: --team, --site, --role or --sensitive-roles."));
    Result<std::optional<qint64>> scopeId = std::optional<qint64>();
    if (parser.isSet(teamOption)) {
        draft.scope = ReviewScope::Team;
        scopeId = lookUpOne(database, QStringLiteral("SELECT id FROM team WHERE name = ?1 OR id = ?2"),
                            parser.value(teamOption));
    } else if (parser.isSet(siteOption)) {
        draft.scope = ReviewScope::Site;
        scopeId = lookUpOne(database, QStringLiteral("SELECT id FROM site WHERE code = ?1 OR id = ?2"),
                            parser.value(siteOption));
    } else if (parser.isSet(roleOption)) {
        draft.scope = ReviewScope::Role;
        scopeId = lookUpOne(database, QStringLiteral("SELECT id FROM role WHERE code = ?1 OR id = ?2"),
                            parser.value(roleOption));
    } else {
        draft.scope = ReviewScope::SensitiveRoles;
    }
    if (!scopeId)
        return fail(scopeId.error());
    if (draft.scope != ReviewScope::SensitiveRoles && !*scopeId)
        return fail(Error(Error::Code::NotFound,
                          ReviewCommands::tr("No single %1 is called '%2'.")
                              .arg(toString(draft.scope))
                              .arg(parser
                                       .value(draft.scope == ReviewScope::Team       ? teamOption
                                                  : draft.scope == ReviewScope::Site ? siteOption
                                                                                     : roleOption)
                                       .left(64))));
    draft.scopeId = *scopeId;
    draft.reviewerId = actor.supervisorId;
    if (parser.isSet(reviewerOption)) {
        auto reviewer = lookUpOne(database, QStringLiteral("SELECT id FROM supervisor WHERE username = ?1 AND ?2 = ?2"),
                                  parser.value(reviewerOption));
        if (!reviewer)
            return fail(reviewer.error());
        if (!*reviewer)
            return fail(
                Error(Error::Code::NotFound,
                      ReviewCommands::tr("There is no supervisor '%1'.").arg(parser.value(reviewerOption).left(64))));
        draft.reviewerId = **reviewer;
    }
    if (!parser.isSet(dueOption))
        return usageError(ReviewCommands::tr("--due DATE is required."));
    auto due = parseInstant(parser.value(dueOption), QStringLiteral("--due"));
    if (!due)
        return fail(due.error());
    draft.dueAt = *due;
    bool numeric = false;
    draft.evidenceDays = parser.value(evidenceOption).toInt(&numeric);
    if (!numeric)
        return usageError(ReviewCommands::tr("--evidence-days must be a number of days."));
    const auto decision = reviewDecisionFromString(parser.value(defaultOption));
    if (!decision)
        return usageError(ReviewCommands::tr("--default is keep or revoke."));
    draft.defaultDecision = *decision;
    draft.now = -1;
    auto created = ReviewWorkflow::create(database, draft, actor);
    if (!created)
        return fail(created.error());
    ConsoleOutput::out(ReviewCommands::tr("Created campaign review:%1 “%2” with %3 item(s).")
                           .arg(created->campaignId)
                           .arg(draft.name.trimmed())
                           .arg(created->items));
    if (draft.defaultDecision == ReviewDecision::Revoke)
        ConsoleOutput::out(
            ReviewCommands::tr("Warning: %1").arg(ReviewRules::revokeByDefaultWarning(std::size_t(created->items))));
    return 0;
}

int decide(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    auto id = campaignId(database, reference);
    if (!id)
        return fail(id.error());
    const auto decision = reviewDecisionFromString(parser.value(decisionOption));
    if (!decision)
        return usageError(ReviewCommands::tr("--decision is keep, revoke or shorten."));
    std::optional<qint64> until;
    if (parser.isSet(untilOption)) {
        auto parsed = parseInstant(parser.value(untilOption), QStringLiteral("--until"));
        if (!parsed)
            return fail(parsed.error());
        until = *parsed;
    }
    const int selections
        = int(parser.isSet(itemOption)) + int(parser.isSet(agentOption)) + int(parser.isSet(undecidedOption));
    if (selections != 1)
        return usageError(ReviewCommands::tr("Choose the items with exactly one of --item, --agent or --undecided."));
    std::vector<qint64> itemIds;
    auto items = ReviewListReader(database).items(*id);
    if (!items)
        return fail(items.error());
    if (parser.isSet(itemOption)) {
        for (const QString& value : parser.values(itemOption)) {
            bool numeric = false;
            const qint64 itemId = value.toLongLong(&numeric);
            const bool inCampaign
                = std::any_of(items->begin(), items->end(), [&](const auto& row) { return row.item.id == itemId; });
            if (!numeric || !inCampaign)
                return fail(Error(Error::Code::NotFound,
                                  ReviewCommands::tr("The campaign has no item '%1' (see `custodian-cli review show`).")
                                      .arg(value.left(32))));
            itemIds.push_back(itemId);
        }
    } else {
        const QString agent = parser.value(agentOption).trimmed();
        for (const auto& row : *items) {
            if (!row.item.decision && (parser.isSet(undecidedOption) || row.employeeNo == agent))
                itemIds.push_back(row.item.id);
        }
        if (itemIds.empty())
            return fail(Error(
                Error::Code::NotFound,
                parser.isSet(undecidedOption)
                    ? ReviewCommands::tr("Every item of the campaign is decided already.")
                    : ReviewCommands::tr("The campaign has no undecided item of agent '%1'.").arg(agent.left(32))));
    }
    if (auto status
        = ReviewWorkflow::decide(database, itemIds, *decision, parser.value(justificationOption), until, *actor);
        !status)
        return fail(status.error());
    ConsoleOutput::out(ReviewCommands::tr("Decided %1 item(s): %2.").arg(itemIds.size()).arg(toString(*decision)));
    return 0;
}

int close(Database& database, const QString& reference)
{
    auto actor = consoleActor(database);
    if (!actor)
        return fail(actor.error());
    auto id = campaignId(database, reference);
    if (!id)
        return fail(id.error());
    auto closed = ReviewWorkflow::close(database, *id, *actor);
    if (!closed)
        return fail(closed.error());
    ConsoleOutput::out(
        ReviewCommands::tr("Closed review:%1; the default decided %2 item(s) and revoked %3 assignment(s).")
            .arg(*id)
            .arg(closed->defaulted)
            .arg(closed->revoked));
    return 0;
}

int exportReport(Database& database, const QCommandLineParser& parser, const QString& reference)
{
    auto id = campaignId(database, reference);
    if (!id)
        return fail(id.error());
    if (!parser.isSet(outputOption))
        return usageError(ReviewCommands::tr("--output FILE is required (.csv or .pdf)."));
    const QString path = parser.value(outputOption);
    auto format = ReviewReport::formatFor(path);
    if (!format)
        return fail(format.error());
    auto written
        = ReviewReport::write(database, { *id, path, parser.isSet(forceOption), *format, CommandSupport::actor() });
    if (!written)
        return fail(written.error());
    ConsoleOutput::out(ReviewCommands::tr("Wrote %1: %2 item(s), %3 bytes (console audit #%4).")
                           .arg(QDir::toNativeSeparators(written->path))
                           .arg(written->items)
                           .arg(written->bytes)
                           .arg(written->auditSeq));
    return 0;
}
} // namespace

int ReviewCommands::review(const QStringList& arguments)
{
    // The sub-command is the first word that is neither an option nor an option's value, wherever it stands.
    static const QStringList takesValue {
        QStringLiteral("--name"),          QStringLiteral("--team"),     QStringLiteral("--site"),
        QStringLiteral("--role"),          QStringLiteral("--reviewer"), QStringLiteral("--due"),
        QStringLiteral("--evidence-days"), QStringLiteral("--default"),  QStringLiteral("--decision"),
        QStringLiteral("--justification"), QStringLiteral("--until"),    QStringLiteral("--item"),
        QStringLiteral("--agent"),         QStringLiteral("--output"),
    };
    // So is the campaign after it: the first such word that follows.
    QStringList rest = arguments;
    QString what = QStringLiteral("list");
    QString campaign;
    bool found = false;
    takeWords(rest, takesValue, [&](const QString& word) {
        if (!found) {
            what = word;
            found = true;
        } else if (campaign.isEmpty()) {
            campaign = word;
        } else {
            return false;
        }
        return true;
    });
    static const QStringList commands { QStringLiteral("list"),   QStringLiteral("show"),  QStringLiteral("create"),
                                        QStringLiteral("decide"), QStringLiteral("close"), QStringLiteral("export") };
    if (!commands.contains(what))
        return usageError(
            tr("Unknown review command '%1': use %2.").arg(what.left(32), commands.join(QStringLiteral(", "))));
    QCommandLineParser parser;
    withStore(parser);
    QString description;
    QString positional;
    if (what == QLatin1String("list")) {
        parser.addOption(jsonOption);
        description = tr("Lists the access-review campaigns with their scope, reviewer, due date and progress.");
    } else if (what == QLatin1String("show")) {
        parser.addOption(jsonOption);
        description = tr("Shows a campaign's items: the agent and role, the evidence (use of the role's data in the "
                         "evidence window, training, open findings, incidents) and the decision.");
        positional = QStringLiteral("CAMPAIGN");
    } else if (what == QLatin1String("create")) {
        parser.addOptions({ nameOption, teamOption, siteOption, roleOption, sensitiveOption, reviewerOption, dueOption,
                            evidenceOption, defaultOption });
        description = tr("Creates a campaign over the assignments in force of a team, a site, a role or every "
                         "sensitive role (audited, sent to the central service).");
    } else if (what == QLatin1String("decide")) {
        parser.addOptions(
            { decisionOption, justificationOption, untilOption, itemOption, agentOption, undecidedOption });
        description = tr("Decides items of a campaign: keep, revoke (revokes the assignment now) or shorten (ends it "
                         "earlier), with a justification; all chosen items or none (audited).");
        positional = QStringLiteral("CAMPAIGN");
    } else if (what == QLatin1String("close")) {
        description = tr("Closes a campaign: undecided items get its default decision (audited).");
        positional = QStringLiteral("CAMPAIGN");
    } else {
        parser.addOptions({ outputOption, forceOption });
        description = tr("Writes the campaign report as CSV or PDF (readable by you only; an existing file is replaced "
                         "only with --force; audited).");
        positional = QStringLiteral("CAMPAIGN");
    }
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, tr("review:<id> or the campaign's name."));
    if (int status = parse(parser, rest, QStringLiteral("review ") + what, description); status >= 0)
        return status;
    if (positional.isEmpty() && !campaign.isEmpty())
        return usageError(tr("Unexpected argument '%1'.").arg(campaign.left(64)));
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    if (what == QLatin1String("list"))
        return list(database, parser.isSet(jsonOption));
    if (what == QLatin1String("show"))
        return show(database, parser, campaign, parser.isSet(jsonOption));
    if (what == QLatin1String("create"))
        return create(database, parser);
    if (what == QLatin1String("decide"))
        return decide(database, parser, campaign);
    if (what == QLatin1String("close"))
        return close(database, campaign);
    return exportReport(database, parser, campaign);
}

} // namespace custodian
