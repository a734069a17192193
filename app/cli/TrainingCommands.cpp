#include "cli/TrainingCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "cli/TrainingExportCommand.h"
#include "domain/Clock.h"
#include "rules/TrainingMatrix.h"
#include "rules/TrainingReminderWorkflow.h"
#include "rules/TrainingRules.h"
#include "store/Database.h"
#include "store/TrainingFactsReader.h"
#include "store/TrainingReminderReader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption byOption(QStringLiteral("by"), QStringLiteral("Group by team (default), site or role."),
                                  QStringLiteral("GROUP"), QStringLiteral("team"));
const QCommandLineOption atOption(QStringLiteral("at"), QStringLiteral("The instant (UTC; default now)."),
                                  QStringLiteral("TIME"), QStringLiteral("now"));
const QCommandLineOption withinOption(QStringLiteral("within"),
                                      QStringLiteral("Days ahead that count as due soon (default 30)."),
                                      QStringLiteral("DAYS"), QStringLiteral("30"));
const QCommandLineOption teamOption(QStringLiteral("team"), QStringLiteral("Only one team (its id or name)."),
                                    QStringLiteral("TEAM"));
const QCommandLineOption siteOption(QStringLiteral("site"), QStringLiteral("Only one site (its id or code)."),
                                    QStringLiteral("SITE"));

const QCommandLineOption moduleOption(QStringLiteral("module"),
                                      QStringLiteral("Only this module (its code); default: every module the agent "
                                                     "is overdue or due soon in."),
                                      QStringLiteral("CODE"));
const QCommandLineOption overdueOption(QStringLiteral("overdue"),
                                       QStringLiteral("Remind everyone on the overdue list (of --team or --site)."));
const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("A note sent with the reminder."),
                                    QStringLiteral("TEXT"));
const QCommandLineOption forceOption(QStringLiteral("force"),
                                     QStringLiteral("Send even to those reminded within the last 24 hours."));

constexpr int MaxWithinDays = 3650;

// One --team or --site value looked up by `sql` (?1 the text, ?2 the number); `missing` names what was not found.
Result<qint64> lookUpScopeRow(Database& database, const QString& sql, const QString& value, const QString& missing)
{
    auto id = lookUpOne(database, sql, value);
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotFound, missing.arg(value.left(64)));
    return **id;
}

Result<TrainingFactsReader::Scope> scopeOf(const QCommandLineParser& parser, Database& database)
{
    if (parser.isSet(teamOption) && parser.isSet(siteOption))
        return Error(Error::Code::InvalidArgument, TrainingCommands::tr("Give --team or --site, not both."));
    if (parser.isSet(teamOption)) {
        auto id = lookUpScopeRow(database, QStringLiteral("SELECT id FROM team WHERE name = ?1 OR id = ?2"),
                                 parser.value(teamOption), TrainingCommands::tr("No single team is called '%1'."));
        if (!id)
            return id.error();
        return TrainingFactsReader::Scope::team(*id);
    }
    if (parser.isSet(siteOption)) {
        auto id = lookUpScopeRow(database, QStringLiteral("SELECT id FROM site WHERE code = ?1 OR id = ?2"),
                                 parser.value(siteOption), TrainingCommands::tr("There is no site '%1'."));
        if (!id)
            return id.error();
        return TrainingFactsReader::Scope::site(*id);
    }
    return TrainingFactsReader::Scope::all();
}

Result<int> withinDays(const QCommandLineParser& parser)
{
    bool ok = false;
    const int days = parser.value(withinOption).toInt(&ok);
    if (!ok || days < 0 || days > MaxWithinDays)
        return Error(Error::Code::InvalidArgument,
                     TrainingCommands::tr("--within must be a whole number of days from 0 to %1, not '%2'.")
                         .arg(MaxWithinDays)
                         .arg(parser.value(withinOption).left(32)));
    return days;
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject countsJson(const TrainingMatrix::Counts& c)
{
    return QJsonObject { { QStringLiteral("required"), c.required },
                         { QStringLiteral("complete"), c.complete },
                         { QStringLiteral("compliant"), c.compliant },
                         { QStringLiteral("due_soon"), c.dueSoon },
                         { QStringLiteral("pending"), c.pending },
                         { QStringLiteral("overdue"), c.overdue },
                         { QStringLiteral("expired"), c.expired },
                         { QStringLiteral("percent_complete"), optionalInt(c.percentComplete()) } };
}

QString moduleCode(const TrainingMatrix& m, qint64 id)
{
    for (const TrainingFacts::Module& module : m.modules) {
        if (module.id == id)
            return module.code;
    }
    return QString::number(id);
}

QString cellText(const TrainingMatrix::Cell* cell)
{
    if (!cell)
        return QStringLiteral("—");
    const TrainingMatrix::Counts& c = cell->counts;
    return TrainingCommands::tr("%1% (%2/%3, %4 overdue, %5 expired, %6 due soon)")
        .arg(c.percentComplete().value_or(0))
        .arg(c.complete)
        .arg(c.required)
        .arg(c.overdue)
        .arg(c.expired)
        .arg(c.dueSoon);
}

QJsonObject deadlineJson(const TrainingMatrix::Deadline& d, const QString& daysKey)
{
    return QJsonObject { { QStringLiteral("employee_no"), d.employeeNo },
                         { QStringLiteral("name"), d.displayName },
                         { QStringLiteral("team"), d.teamName },
                         { QStringLiteral("module"), d.moduleCode },
                         { QStringLiteral("state"), toString(d.state) },
                         { QStringLiteral("due_at"), utc(d.dueAt) },
                         { daysKey, d.days } };
}

int matrix(const QCommandLineParser& parser, Database& database, qint64 at, int within)
{
    const QString by = parser.value(byOption);
    TrainingMatrix::GroupBy groupBy = TrainingMatrix::GroupBy::Team;
    if (by == QLatin1String("site"))
        groupBy = TrainingMatrix::GroupBy::Site;
    else if (by == QLatin1String("role"))
        groupBy = TrainingMatrix::GroupBy::Role;
    else if (by != QLatin1String("team"))
        return usageError(TrainingCommands::tr("--by must be team, site or role, not '%1'.").arg(by.left(32)));
    auto scope = scopeOf(parser, database);
    if (!scope)
        return fail(scope.error());
    auto facts = TrainingFactsReader(database).read(*scope, at);
    if (!facts)
        return fail(facts.error());
    const TrainingMatrix m = TrainingMatrix::build(*facts, groupBy, within);

    if (parser.isSet(jsonOption)) {
        QJsonArray modules;
        for (const TrainingFacts::Module& module : m.modules)
            modules << QJsonObject { { QStringLiteral("code"), module.code },
                                     { QStringLiteral("title"), module.title },
                                     { QStringLiteral("validity_days"), module.validityDays } };
        QJsonArray groups;
        for (const TrainingMatrix::Group& group : m.groups) {
            QJsonArray cells;
            for (const TrainingMatrix::Cell& cell : m.cells) {
                if (cell.groupId != group.id)
                    continue;
                QJsonObject object = countsJson(cell.counts);
                object.insert(QStringLiteral("module"), moduleCode(m, cell.moduleId));
                cells << object;
            }
            QJsonObject object { { QStringLiteral("id"), group.id },
                                 { QStringLiteral("name"), group.name },
                                 { QStringLiteral("cells"), cells } };
            if (!group.siteCode.isEmpty())
                object.insert(QStringLiteral("site"), group.siteCode);
            groups << object;
        }
        QJsonArray totals;
        for (const TrainingMatrix::Cell& cell : m.totals) {
            QJsonObject object = countsJson(cell.counts);
            object.insert(QStringLiteral("module"), moduleCode(m, cell.moduleId));
            totals << object;
        }
        printJson(QJsonObject { { QStringLiteral("at"), utc(at) },
                                { QStringLiteral("by"), by },
                                { QStringLiteral("within_days"), within },
                                { QStringLiteral("agents"), int(m.agents.size()) },
                                { QStringLiteral("modules"), modules },
                                { QStringLiteral("groups"), groups },
                                { QStringLiteral("totals"), totals } });
        return 0;
    }
    ConsoleOutput::out(TrainingCommands::tr("Training at %1, %2 agent(s), due soon = within %3 day(s):")
                           .arg(utc(at))
                           .arg(m.agents.size())
                           .arg(within));
    for (const TrainingMatrix::Group& group : m.groups) {
        ConsoleOutput::out(group.siteCode.isEmpty() ? group.name
                                                    : QStringLiteral("%1 (%2)").arg(group.name, group.siteCode));
        for (const TrainingFacts::Module& module : m.modules) {
            if (const TrainingMatrix::Cell* cell = m.cell(group.id, module.id))
                ConsoleOutput::out(QStringLiteral("  %1  %2").arg(module.code, -24).arg(cellText(cell)));
        }
    }
    ConsoleOutput::out(TrainingCommands::tr("All"));
    for (const TrainingFacts::Module& module : m.modules)
        ConsoleOutput::out(QStringLiteral("  %1  %2").arg(module.code, -24).arg(cellText(m.total(module.id))));
    return 0;
}

int agent(const QCommandLineParser& parser, Database& database, const QString& key, qint64 at, int within)
{
    if (key.trimmed().isEmpty())
        return usageError(TrainingCommands::tr("Name the agent: `training agent EMPLOYEE_NO` (or the agent's id)."));
    TrainingFactsReader reader(database);
    auto id = reader.findAgent(key.trimmed());
    if (!id)
        return fail(id.error());
    if (!*id)
        return fail(Error(Error::Code::NotFound,
                          TrainingCommands::tr("There is no agent with employee number or id "
                                               "'%1'.")
                              .arg(key.trimmed().left(32))));
    auto facts = reader.read(TrainingFactsReader::Scope::agent(**id), at);
    if (!facts)
        return fail(facts.error());
    if (facts->agents.empty()) // an agent row whose team or site is missing: `custodian-cli verify` reports it
        return fail(
            Error(Error::Code::NotFound,
                  TrainingCommands::tr("Agent '%1' has no team or site on record.").arg(key.trimmed().left(32))));
    const TrainingFacts::Agent& a = facts->agents.front();
    const std::vector<TrainingStanding> standings = TrainingRules::standings(*facts, a, at, within);

    auto roleCodes = [&](const TrainingStanding& s) {
        QStringList codes;
        for (qint64 role : s.requiredByRoles)
            codes << (facts->role(role) ? facts->role(role)->code : QString::number(role));
        return codes;
    };
    auto campaignNames = [&](const TrainingStanding& s) {
        QStringList names;
        for (qint64 campaign : s.requiredByCampaigns)
            names << (facts->campaign(campaign) ? facts->campaign(campaign)->name : QString::number(campaign));
        return names;
    };
    if (parser.isSet(jsonOption)) {
        QJsonArray modules;
        for (const TrainingStanding& s : standings) {
            const TrainingFacts::Module& module = *facts->module(s.moduleId);
            modules << QJsonObject {
                { QStringLiteral("module"), module.code },
                { QStringLiteral("title"), module.title },
                { QStringLiteral("state"), toString(s.state) },
                { QStringLiteral("valid"), s.valid },
                { QStringLiteral("required_by_roles"), QJsonArray::fromStringList(roleCodes(s)) },
                { QStringLiteral("required_by_campaigns"), QJsonArray::fromStringList(campaignNames(s)) },
                { QStringLiteral("assigned_individually"), s.assignedIndividually },
                { QStringLiteral("assigned_at"), optionalUtc(s.assignedAt) },
                { QStringLiteral("due_at"), optionalUtc(s.dueAt) },
                { QStringLiteral("completed_at"), optionalUtc(s.completedAt) },
                { QStringLiteral("score"), optionalInt(s.score) },
                { QStringLiteral("passed"), s.passed ? QJsonValue(*s.passed) : QJsonValue() },
                { QStringLiteral("expires_at"), optionalUtc(s.expiresAt) },
                { QStringLiteral("certificate_ref"),
                  s.certificateRef.isEmpty() ? QJsonValue() : QJsonValue(s.certificateRef) },
                { QStringLiteral("last_failed_at"), optionalUtc(s.lastFailedAt) },
                { QStringLiteral("days_overdue"), s.daysOverdue },
                { QStringLiteral("days_left"), s.daysLeft },
            };
        }
        printJson(QJsonObject { { QStringLiteral("at"), utc(at) },
                                { QStringLiteral("within_days"), within },
                                { QStringLiteral("agent"),
                                  QJsonObject { { QStringLiteral("id"), a.id },
                                                { QStringLiteral("employee_no"), a.employeeNo },
                                                { QStringLiteral("name"), a.displayName },
                                                { QStringLiteral("team"), a.teamName },
                                                { QStringLiteral("site"), a.siteCode } } },
                                { QStringLiteral("modules"), modules } });
        return 0;
    }
    ConsoleOutput::out(TrainingCommands::tr("%1 (%2), %3, %4 — training at %5:")
                           .arg(a.displayName, a.employeeNo, a.teamName, a.siteCode, utc(at)));
    for (const TrainingStanding& s : standings) {
        const TrainingFacts::Module& module = *facts->module(s.moduleId);
        QStringList because = roleCodes(s) + campaignNames(s);
        if (s.assignedIndividually)
            because << TrainingCommands::tr("assigned individually");
        ConsoleOutput::out(
            TrainingCommands::tr("  %1  %2  due %3; completed %4, score %5, expires %6%7")
                .arg(module.code, -24)
                .arg(toString(s.state), -12)
                .arg(s.dueAt ? utc(*s.dueAt) : TrainingCommands::tr("—"),
                     s.completedAt ? utc(*s.completedAt) : TrainingCommands::tr("never"),
                     s.score ? QString::number(*s.score) : TrainingCommands::tr("—"),
                     s.expiresAt ? utc(*s.expiresAt) : TrainingCommands::tr("—"),
                     because.isEmpty()
                         ? QString()
                         : TrainingCommands::tr("; required by %1").arg(because.join(QStringLiteral(", ")))));
    }
    return 0;
}

int overdue(const QCommandLineParser& parser, Database& database, qint64 at, int within)
{
    auto scope = scopeOf(parser, database);
    if (!scope)
        return fail(scope.error());
    auto facts = TrainingFactsReader(database).read(*scope, at);
    if (!facts)
        return fail(facts.error());
    const TrainingMatrix m = TrainingMatrix::build(*facts, TrainingMatrix::GroupBy::Team, within);
    // The reminders sent by then, per line (docs/training.md "Reminders and escalation").
    std::vector<qint64> agentIds;
    for (const TrainingMatrix::Deadline& d : m.overdue)
        agentIds.push_back(d.agentId);
    auto summaries = TrainingReminderReader(database).summaries(agentIds, at);
    if (!summaries)
        return fail(summaries.error());
    std::map<std::pair<qint64, qint64>, const TrainingReminderReader::Summary*> byPair;
    for (const TrainingReminderReader::Summary& s : *summaries)
        byPair[{ s.agentId, s.moduleId }] = &s;
    const auto reminded = [&byPair](const TrainingMatrix::Deadline& d) -> const TrainingReminderReader::Summary* {
        const auto found = byPair.find({ d.agentId, d.moduleId });
        return found == byPair.end() ? nullptr : found->second;
    };
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TrainingMatrix::Deadline& d : m.overdue) {
            QJsonObject line = deadlineJson(d, QStringLiteral("days_overdue"));
            const TrainingReminderReader::Summary* s = reminded(d);
            line.insert(QStringLiteral("reminders"), s ? s->count : 0);
            line.insert(QStringLiteral("last_reminded_at"), s ? QJsonValue(utc(s->last.sentAt)) : QJsonValue());
            line.insert(QStringLiteral("last_reminder_level"), s ? QJsonValue(toString(s->last.level)) : QJsonValue());
            list << line;
        }
        printJson(QJsonObject { { QStringLiteral("at"), utc(at) }, { QStringLiteral("overdue"), list } });
        return 0;
    }
    ConsoleOutput::out(TrainingCommands::tr("%1 overdue or expired at %2:").arg(m.overdue.size()).arg(utc(at)));
    for (const TrainingMatrix::Deadline& d : m.overdue) {
        const TrainingReminderReader::Summary* s = reminded(d);
        ConsoleOutput::out(TrainingCommands::tr("  %1  %2  %3  %4  %5 day(s) since %6%7")
                               .arg(d.employeeNo, -10)
                               .arg(d.displayName, -24)
                               .arg(d.moduleCode, -24)
                               .arg(toString(d.state), -8)
                               .arg(d.days)
                               .arg(utc(d.dueAt))
                               .arg(s ? TrainingCommands::tr("  %1 reminder(s), last %2 (%3)")
                                            .arg(s->count)
                                            .arg(utc(s->last.sentAt), toString(s->last.level))
                                      : QString()));
    }
    return 0;
}

// `training remind`: the pairs to remind (one agent's module, all their late modules, or the overdue list of a scope),
// sent through TrainingReminderWorkflow as the console's supervisor, audited like the page's reminders.
int remind(const QCommandLineParser& parser, Database& database, const QString& subject)
{
    const qint64 now = Clock::nowMs();
    TrainingReminderWorkflow::Request request;
    request.note = parser.value(noteOption);
    request.force = parser.isSet(forceOption);
    request.now = now;
    if (!subject.isEmpty()) {
        auto agentId = TrainingFactsReader(database).findAgent(subject);
        if (!agentId)
            return fail(agentId.error());
        if (!*agentId)
            return fail(
                Error(Error::Code::NotFound, TrainingCommands::tr("There is no agent '%1'.").arg(subject.left(64))));
        auto facts = TrainingFactsReader(database).read(TrainingFactsReader::Scope::agent(**agentId), now);
        if (!facts)
            return fail(facts.error());
        if (facts->agents.empty())
            return fail(Error(Error::Code::NotFound, TrainingCommands::tr("There is no agent '%1'.").arg(subject)));
        const TrainingFacts::Agent& agent = facts->agents.front();
        if (parser.isSet(moduleOption)) {
            const QString code = parser.value(moduleOption);
            auto module = std::find_if(facts->modules.begin(), facts->modules.end(),
                                       [&code](const TrainingFacts::Module& m) { return m.code == code; });
            if (module == facts->modules.end())
                return fail(Error(Error::Code::NotFound,
                                  TrainingCommands::tr("There is no training module '%1'.").arg(code.left(64))));
            request.pairs.push_back({ agent.id, module->id });
            request.scope = TrainingCommands::tr("agent %1, module %2").arg(agent.employeeNo, module->code);
        } else {
            for (const TrainingStanding& standing : TrainingRules::standings(*facts, agent, now)) {
                if (standing.state == TrainingState::Overdue || standing.state == TrainingState::Expired
                    || standing.state == TrainingState::DueSoon)
                    request.pairs.push_back({ agent.id, standing.moduleId });
            }
            if (request.pairs.empty())
                return fail(Error(Error::Code::InvalidArgument,
                                  TrainingCommands::tr("%1 is neither overdue nor due soon in any module; there is "
                                                       "nothing to remind them of.")
                                      .arg(agent.employeeNo)));
            request.scope = TrainingCommands::tr("agent %1").arg(agent.employeeNo);
        }
    } else {
        auto scope = scopeOf(parser, database);
        if (!scope)
            return fail(scope.error());
        auto facts = TrainingFactsReader(database).read(*scope, now);
        if (!facts)
            return fail(facts.error());
        const TrainingMatrix m = TrainingMatrix::build(*facts, TrainingMatrix::GroupBy::Team);
        for (const TrainingMatrix::Deadline& d : m.overdue)
            request.pairs.push_back({ d.agentId, d.moduleId });
        if (request.pairs.empty())
            return fail(
                Error(Error::Code::InvalidArgument, TrainingCommands::tr("Nobody is overdue; no reminder was sent.")));
        request.scope = parser.isSet(teamOption)
            ? TrainingCommands::tr("overdue list, team %1").arg(parser.value(teamOption).left(64))
            : parser.isSet(siteOption)
            ? TrainingCommands::tr("overdue list, site %1").arg(parser.value(siteOption).left(64))
            : TrainingCommands::tr("overdue list");
    }
    auto actor = RoleAssignmentWorkflow::consoleActor(database, CommandSupport::actor());
    if (!actor)
        return fail(actor.error());
    auto sent = TrainingReminderWorkflow::send(database, request, *actor);
    if (!sent)
        return fail(sent.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TrainingReminder& r : sent->reminders) {
            list << QJsonObject {
                { QStringLiteral("id"), r.id },
                { QStringLiteral("agent_id"), r.agentId },
                { QStringLiteral("module_id"), r.moduleId },
                { QStringLiteral("level"), toString(r.level) },
                { QStringLiteral("days_overdue"), r.daysOverdue },
                { QStringLiteral("team_lead_id"), r.teamLeadId ? QJsonValue(*r.teamLeadId) : QJsonValue() },
                { QStringLiteral("manager_id"), r.managerId ? QJsonValue(*r.managerId) : QJsonValue() },
                { QStringLiteral("sent_at"), utc(r.sentAt) }
            };
        }
        printJson(QJsonObject { { QStringLiteral("sent"), int(sent->reminders.size()) },
                                { QStringLiteral("to_team_lead"), sent->toTeamLead },
                                { QStringLiteral("to_manager"), sent->toManager },
                                { QStringLiteral("without_team_lead"), sent->withoutTeamLead },
                                { QStringLiteral("without_manager"), sent->withoutManager },
                                { QStringLiteral("reminders"), list } });
        return 0;
    }
    ConsoleOutput::out(TrainingCommands::tr("%1 reminder(s) recorded (%2 copied to a team lead, %3 to a manager); they "
                                            "reach the central service at the next sync.")
                           .arg(sent->reminders.size())
                           .arg(sent->toTeamLead)
                           .arg(sent->toManager));
    if (sent->withoutTeamLead || sent->withoutManager)
        ConsoleOutput::out(TrainingCommands::tr("%1 escalation(s) name nobody: the agent has no supervisor or the site "
                                                "no manager in this store.")
                               .arg(sent->withoutTeamLead + sent->withoutManager));
    return 0;
}
} // namespace

int TrainingCommands::training(const QStringList& arguments)
{
    // The sub-command is the first word that is neither an option nor an option's value; `agent` takes the next.
    static const QStringList takesValue { QStringLiteral("--store"),  QStringLiteral("--passphrase-file"),
                                          QStringLiteral("--by"),     QStringLiteral("--at"),
                                          QStringLiteral("--within"), QStringLiteral("--team"),
                                          QStringLiteral("--site"),   QStringLiteral("--format"),
                                          QStringLiteral("--out"),    QStringLiteral("--module"),
                                          QStringLiteral("--from"),   QStringLiteral("--to"),
                                          QStringLiteral("--note") };
    QStringList rest = arguments;
    QString what;
    QString subject;
    for (qsizetype i = 1; i < rest.size();) {
        if (takesValue.contains(rest[i]))
            i += 2;
        else if (!rest[i].startsWith(QLatin1Char('-')) && what.isEmpty())
            what = rest.takeAt(i);
        else if (!rest[i].startsWith(QLatin1Char('-')) && subject.isEmpty())
            subject = rest.takeAt(i);
        else
            ++i;
    }
    if (what.isEmpty())
        what = QStringLiteral("matrix");
    if (what == QLatin1String("export")) {
        if (!subject.isEmpty())
            return usageError(tr("Unexpected argument '%1'.").arg(subject.left(32)));
        return TrainingExportCommand::run(rest);
    }
    static const QStringList commands { QStringLiteral("matrix"), QStringLiteral("agent"), QStringLiteral("overdue"),
                                        QStringLiteral("remind") };
    if (!commands.contains(what))
        return usageError(
            tr("Unknown training command '%1': use matrix, agent, overdue, remind or export.").arg(what.left(32)));
    if (what != QLatin1String("agent") && what != QLatin1String("remind") && !subject.isEmpty())
        return usageError(tr("Unexpected argument '%1'.").arg(subject.left(32)));

    QCommandLineParser parser;
    withStore(parser);
    parser.addOption(jsonOption);
    parser.addOption(atOption);
    parser.addOption(withinOption);
    QString description;
    if (what == QLatin1String("matrix")) {
        parser.addOption(byOption);
        parser.addOption(teamOption);
        parser.addOption(siteOption);
        description = tr("The training completion matrix: per team, site or role and module, how many agents must "
                         "hold the module, how many hold a valid pass (% complete), and how many are due soon, "
                         "pending, overdue or expired.");
    } else if (what == QLatin1String("agent")) {
        parser.addPositionalArgument(QStringLiteral("AGENT"), tr("The agent's employee number (or id)."));
        description = tr("One agent's standing in every training module: why it is required (roles, campaigns), "
                         "assigned, due, completed, score, expiry.");
    } else if (what == QLatin1String("remind")) {
        parser.addPositionalArgument(QStringLiteral("AGENT"), tr("The agent's employee number (or id)."));
        parser.addOption(moduleOption);
        parser.addOption(overdueOption);
        parser.addOption(teamOption);
        parser.addOption(siteOption);
        parser.addOption(noteOption);
        parser.addOption(forceOption);
        description = tr("Record training reminders, audited and sent to the central service at the next sync: to one "
                         "agent (one module, or every module they are overdue or due soon in), or to everyone on the "
                         "overdue list. Overdue training escalates to the team lead and the manager by the "
                         "organisation's thresholds. Delivery by mail is not part of Custodian.");
    } else {
        parser.addOption(teamOption);
        parser.addOption(siteOption);
        description = tr("The agents whose required training is overdue or expired, with the days since it was due, "
                         "most first.");
    }
    if (int status = parse(parser, rest, QStringLiteral("training ") + what, description); status >= 0)
        return status;
    auto at = parseInstant(parser.value(atOption), QStringLiteral("--at"));
    if (!at)
        return usageError(at.error().message());
    auto within = withinDays(parser);
    if (!within)
        return usageError(within.error().message());
    if (what == QLatin1String("remind")) {
        if (subject.isEmpty() == !parser.isSet(overdueOption))
            return usageError(tr("Give an agent or --overdue (one of them)."));
        if (parser.isSet(overdueOption) && parser.isSet(moduleOption))
            return usageError(tr("--module goes with an agent, not with --overdue."));
        if (!subject.isEmpty() && (parser.isSet(teamOption) || parser.isSet(siteOption)))
            return usageError(tr("--team and --site go with --overdue, not with an agent."));
        if (parser.isSet(atOption) && parser.value(atOption) != QLatin1String("now"))
            return usageError(tr("A reminder is sent now; --at does not apply."));
    }
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    if (what == QLatin1String("remind"))
        return remind(parser, database, subject);
    if (what == QLatin1String("matrix"))
        return matrix(parser, database, *at, *within);
    if (what == QLatin1String("agent"))
        return agent(parser, database, subject, *at, *within);
    return overdue(parser, database, *at, *within);
}

} // namespace custodian
