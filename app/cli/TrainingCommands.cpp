#include "cli/TrainingCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "cli/TrainingExportCommand.h"
#include "domain/Clock.h"
#include "rules/TrainingMatrix.h"
#include "store/Database.h"
#include "store/TrainingFactsReader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

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

constexpr int MaxWithinDays = 3650;

Result<TrainingFactsReader::Scope> scopeOf(const QCommandLineParser& parser, Database& database)
{
    if (parser.isSet(teamOption) && parser.isSet(siteOption))
        return Error(Error::Code::InvalidArgument, TrainingCommands::tr("Give --team or --site, not both."));
    if (parser.isSet(teamOption)) {
        auto id = lookUpOne(database, QStringLiteral("SELECT id FROM team WHERE name = ?1 OR id = ?2"),
                            parser.value(teamOption));
        if (!id)
            return id.error();
        if (!*id)
            return Error(Error::Code::NotFound,
                         TrainingCommands::tr("No single team is called '%1'.").arg(parser.value(teamOption).left(64)));
        return TrainingFactsReader::Scope::team(**id);
    }
    if (parser.isSet(siteOption)) {
        auto id = lookUpOne(database, QStringLiteral("SELECT id FROM site WHERE code = ?1 OR id = ?2"),
                            parser.value(siteOption));
        if (!id)
            return id.error();
        if (!*id)
            return Error(Error::Code::NotFound,
                         TrainingCommands::tr("There is no site '%1'.").arg(parser.value(siteOption).left(64)));
        return TrainingFactsReader::Scope::site(**id);
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
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const TrainingMatrix::Deadline& d : m.overdue)
            list << deadlineJson(d, QStringLiteral("days_overdue"));
        printJson(QJsonObject { { QStringLiteral("at"), utc(at) }, { QStringLiteral("overdue"), list } });
        return 0;
    }
    ConsoleOutput::out(TrainingCommands::tr("%1 overdue or expired at %2:").arg(m.overdue.size()).arg(utc(at)));
    for (const TrainingMatrix::Deadline& d : m.overdue)
        ConsoleOutput::out(TrainingCommands::tr("  %1  %2  %3  %4  %5 day(s) since %6")
                               .arg(d.employeeNo, -10)
                               .arg(d.displayName, -24)
                               .arg(d.moduleCode, -24)
                               .arg(toString(d.state), -8)
                               .arg(d.days)
                               .arg(utc(d.dueAt)));
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
                                          QStringLiteral("--from"),   QStringLiteral("--to") };
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
    static const QStringList commands { QStringLiteral("matrix"), QStringLiteral("agent"), QStringLiteral("overdue") };
    if (!commands.contains(what))
        return usageError(
            tr("Unknown training command '%1': use matrix, agent, overdue or export.").arg(what.left(32)));
    if (what != QLatin1String("agent") && !subject.isEmpty())
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
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    if (what == QLatin1String("matrix"))
        return matrix(parser, database, *at, *within);
    if (what == QLatin1String("agent"))
        return agent(parser, database, subject, *at, *within);
    return overdue(parser, database, *at, *within);
}

} // namespace custodian
