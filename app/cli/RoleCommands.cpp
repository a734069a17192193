#include "cli/RoleCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "domain/Clock.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/AgentAccessRepository.h"
#include "store/Database.h"
#include "store/RoleCatalogRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

namespace {
using namespace CommandSupport;

constexpr qint64 DayMs = 24LL * 3600 * 1000;

const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("The agent's employee number."),
                                     QStringLiteral("EMPLOYEE_NO"));
const QCommandLineOption assignmentOption(QStringLiteral("assignment"), QStringLiteral("The assignment's id."),
                                          QStringLiteral("ID"));
const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Why (recorded in the history)."),
                                      QStringLiteral("TEXT"));
const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

Result<qint64> assignmentId(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.value(assignmentOption).toLongLong(&ok);
    if (!parser.isSet(assignmentOption) || !ok || id == 0)
        return Error(Error::Code::InvalidArgument,
                     RoleCommands::tr("--assignment ID is required (see `custodian-cli roles agent`)."));
    return id;
}

Result<qint64> agentId(Database& database, const QString& employeeNo)
{
    if (employeeNo.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, RoleCommands::tr("--agent EMPLOYEE_NO is required."));
    auto id = RoleCatalogRepository(database).agentIdByEmployeeNo(employeeNo);
    if (!id)
        return id.error();
    if (!*id)
        return Error(Error::Code::NotFound,
                     RoleCommands::tr("There is no agent with employee number '%1'.").arg(employeeNo.left(32)));
    return **id;
}

QJsonObject assignmentJson(const AgentAccessRepository::Assignment& a, qint64 now)
{
    return QJsonObject { { QStringLiteral("id"), a.id },
                         { QStringLiteral("agent"), a.employeeNo },
                         { QStringLiteral("role"), a.roleCode },
                         { QStringLiteral("status"), toString(a.status) },
                         { QStringLiteral("in_force"), a.inForceAt(now) },
                         { QStringLiteral("valid_from"), utc(a.validFrom) },
                         { QStringLiteral("valid_until"), optionalUtc(a.validUntil) },
                         { QStringLiteral("justification"), a.justification },
                         { QStringLiteral("requested_by"), a.requestedByName },
                         { QStringLiteral("approved_by"),
                           a.approvedByName.isEmpty() ? QJsonValue() : QJsonValue(a.approvedByName) },
                         { QStringLiteral("waiting_for_central"), a.waitingForService } };
}

QString assignmentLine(const AgentAccessRepository::Assignment& a, qint64 now)
{
    const QString until = a.validUntil ? utc(*a.validUntil) : RoleCommands::tr("open-ended");
    QString state = toString(a.status);
    if (a.status == AssignmentStatus::Active && !a.inForceAt(now))
        state
            = a.validFrom > now ? RoleCommands::tr("active from %1").arg(utc(a.validFrom)) : RoleCommands::tr("ended");
    return QStringLiteral("%1  %2  %3  %4 → %5  %6%7")
        .arg(a.id, 6)
        .arg(a.roleCode, -20)
        .arg(state, -10)
        .arg(utc(a.validFrom), until, a.justification)
        .arg(a.waitingForService ? RoleCommands::tr("  (waiting for the central service)") : QString());
}

// Opens the store and the acting supervisor, runs one change, prints what happened.
int runChange(const QCommandLineParser& parser,
              const std::function<Status(Database&, const RoleAssignmentWorkflow::Actor&)>& change, const QString& done)
{
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto actor = RoleAssignmentWorkflow::consoleActor(store->database(), CommandSupport::actor());
    if (!actor)
        return fail(actor.error());
    if (auto status = change(store->database(), *actor); !status)
        return fail(status.error());
    ConsoleOutput::out(done);
    return 0;
}

} // namespace

int RoleCommands::roles(const QStringList& arguments)
{
    // The sub-command is the first word that is neither an option nor an option's value, wherever it stands.
    QStringList rest = arguments;
    QString what = QStringLiteral("list");
    static const QStringList takesValue { QStringLiteral("--store"), QStringLiteral("--passphrase-file"),
                                          QStringLiteral("--agent") };
    for (qsizetype i = 1; i < rest.size(); ++i) {
        if (takesValue.contains(rest[i])) {
            ++i;
        } else if (!rest[i].startsWith(QLatin1Char('-'))) {
            what = rest.takeAt(i);
            break;
        }
    }
    if (what != QLatin1String("list") && what != QLatin1String("agent") && what != QLatin1String("pending"))
        return usageError(tr("Unknown roles command '%1': use list, agent or pending.").arg(what.left(32)));
    QCommandLineParser parser;
    withStore(parser);
    parser.addOption(jsonOption);
    if (what == QLatin1String("agent"))
        parser.addOption(agentOption);
    const QString description = what == QLatin1String("list")
        ? tr("Lists the roles: permissions, data classes, required training, maximum duration, whether a second "
             "supervisor must approve, and how many agents hold each now; then the separation-of-duties rules.")
        : what == QLatin1String("agent") ? tr("Shows one agent's permissions in force now and the roles they come "
                                              "from, every assignment, and the history "
                                              "of every role change with who, when and why.")
                                         : tr("Lists the role requests waiting for a second supervisor's approval.");
    if (int status = parse(parser, rest, QStringLiteral("roles ") + what, description); status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    const qint64 now = Clock::nowMs();
    const bool json = parser.isSet(jsonOption);

    if (what == QLatin1String("list")) {
        auto roles = RoleCatalogRepository(database).roles(now);
        if (!roles)
            return fail(roles.error());
        auto rules = RoleCatalogRepository(database).sodRules();
        if (!rules)
            return fail(rules.error());
        if (json) {
            QJsonArray list;
            for (const auto& role : *roles) {
                QJsonArray classes;
                for (DataClass c : role.dataClasses)
                    classes << toString(c);
                list << QJsonObject { { QStringLiteral("code"), role.code },
                                      { QStringLiteral("name"), role.name },
                                      { QStringLiteral("sensitive"), role.sensitive },
                                      { QStringLiteral("max_duration_days"),
                                        role.maxDurationDays ? QJsonValue(*role.maxDurationDays) : QJsonValue() },
                                      { QStringLiteral("training_gate"),
                                        role.trainingBlocks ? QStringLiteral("block") : QStringLiteral("warn") },
                                      { QStringLiteral("permissions"), QJsonArray::fromStringList(role.permissions) },
                                      { QStringLiteral("data_classes"), classes },
                                      { QStringLiteral("training"), QJsonArray::fromStringList(role.training) },
                                      { QStringLiteral("holders"), role.holders },
                                      { QStringLiteral("pending"), role.pending } };
            }
            QJsonArray sod;
            for (const auto& rule : *rules)
                sod << QJsonObject { { QStringLiteral("name"), rule.name },
                                     { QStringLiteral("roles"), QJsonArray { rule.roleA, rule.roleB } },
                                     { QStringLiteral("allow_exception"), rule.allowException },
                                     { QStringLiteral("control"), rule.controlRef } };
            printJson(QJsonObject { { QStringLiteral("roles"), list }, { QStringLiteral("sod_rules"), sod } });
            return 0;
        }
        for (const auto& role : *roles) {
            QStringList classes;
            for (DataClass c : role.dataClasses)
                classes << toString(c);
            ConsoleOutput::out(
                tr("%1 (%2)%3\n  holders %4, pending %5; max duration %6; training (%7): %8\n  data classes: %9\n  "
                   "permissions: %10")
                    .arg(role.name, role.code,
                         role.sensitive ? tr(" — sensitive: a second supervisor approves") : QString())
                    .arg(role.holders)
                    .arg(role.pending)
                    .arg(role.maxDurationDays ? tr("%1 day(s)").arg(*role.maxDurationDays) : tr("none"))
                    .arg(role.trainingBlocks ? tr("blocks") : tr("warns"),
                         role.training.isEmpty() ? tr("none") : role.training.join(QStringLiteral(", ")),
                         classes.isEmpty() ? tr("none") : classes.join(QStringLiteral(", ")),
                         role.permissions.join(QStringLiteral(", "))));
        }
        ConsoleOutput::out(tr("\nSeparation of duties:"));
        for (const auto& rule : *rules)
            ConsoleOutput::out(tr("  %1: %2 ✕ %3 (%4)%5")
                                   .arg(rule.name, rule.roleA, rule.roleB, rule.controlRef,
                                        rule.allowException ? tr(", exception with a reason") : tr(", no exception")));
        return 0;
    }

    AgentAccessRepository access(database);
    if (what == QLatin1String("pending")) {
        auto pending = access.pending();
        if (!pending)
            return fail(pending.error());
        if (json) {
            QJsonArray list;
            for (const auto& a : *pending)
                list << assignmentJson(a, now);
            printJson(list);
            return 0;
        }
        if (pending->empty())
            ConsoleOutput::out(tr("No requests are waiting for approval."));
        for (const auto& a : *pending)
            ConsoleOutput::out(tr("%1  %2 (%3) asks for %4 by %5 on %6: %7")
                                   .arg(a.id)
                                   .arg(a.agentName, a.employeeNo, a.roleCode, a.requestedByName, utc(a.requestedAt),
                                        a.justification));
        return 0;
    }

    auto id = agentId(database, parser.value(agentOption));
    if (!id)
        return fail(id.error());
    auto assignments = access.assignments(*id);
    if (!assignments)
        return fail(assignments.error());
    auto permissions = access.effectivePermissions(*id, now);
    if (!permissions)
        return fail(permissions.error());
    auto history = access.history(*id);
    if (!history)
        return fail(history.error());
    if (json) {
        QJsonArray perms;
        for (const auto& p : *permissions)
            perms << QJsonObject { { QStringLiteral("code"), p.code },
                                   { QStringLiteral("from_roles"), QJsonArray::fromStringList(p.roles) } };
        QJsonArray list;
        for (const auto& a : *assignments)
            list << assignmentJson(a, now);
        QJsonArray lines;
        for (const auto& line : *history)
            lines << QJsonObject { { QStringLiteral("assignment"), line.assignmentId },
                                   { QStringLiteral("at"), utc(line.changedAt) },
                                   { QStringLiteral("change"), line.change },
                                   { QStringLiteral("role"), line.roleName },
                                   { QStringLiteral("by"), line.by.isEmpty() ? QStringLiteral("system") : line.by },
                                   { QStringLiteral("reason"), line.reason } };
        printJson(QJsonObject { { QStringLiteral("permissions"), perms },
                                { QStringLiteral("assignments"), list },
                                { QStringLiteral("history"), lines } });
        return 0;
    }
    ConsoleOutput::out(tr("Permissions in force now:"));
    for (const auto& p : *permissions)
        ConsoleOutput::out(QStringLiteral("  %1  (%2)").arg(p.code, -22).arg(p.roles.join(QStringLiteral(", "))));
    ConsoleOutput::out(tr("\nAssignments:"));
    for (const auto& a : *assignments)
        ConsoleOutput::out(QStringLiteral("  ") + assignmentLine(a, now));
    ConsoleOutput::out(tr("\nHistory (newest first):"));
    for (const auto& line : *history)
        ConsoleOutput::out(QStringLiteral("  %1  %2  %3  %4  %5")
                               .arg(utc(line.changedAt), line.change.leftJustified(10), line.roleName,
                                    line.by.isEmpty() ? tr("system") : line.by, line.reason));
    return 0;
}

int RoleCommands::assign(const QStringList& arguments)
{
    QCommandLineParser parser;
    withStore(parser);
    const QCommandLineOption role(QStringLiteral("role"), tr("The role's code (see `custodian-cli roles list`)."),
                                  tr("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Start of the validity (default: now)."), tr("WHEN"));
    const QCommandLineOption until(QStringLiteral("until"), tr("End of the validity (exclusive)."), tr("WHEN"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Validity of N days from the start."), tr("N"));
    const QCommandLineOption justification(QStringLiteral("justification"), tr("Why the agent needs the role."),
                                           tr("TEXT"));
    const QCommandLineOption exception(
        QStringLiteral("sod-exception"),
        tr("The reason for an exception to a separation-of-duties rule that allows one."), tr("TEXT"));
    parser.addOptions({ agentOption, role, from, until, days, justification, exception });
    if (int status = parse(parser, arguments, QStringLiteral("assign"),
                           tr("Grants a role to an agent, or requests it when the role is sensitive (a second "
                              "supervisor approves it on their console). The separation-of-duties rules, the required "
                              "training and the role's maximum duration are checked first; a refusal says why and "
                              "writes nothing."));
        status >= 0)
        return status;
    if (parser.isSet(until) && parser.isSet(days))
        return usageError(tr("Give --until or --days, not both."));
    AssignmentRules::Request request;
    request.now = Clock::nowMs();
    request.validFrom = request.now;
    if (parser.isSet(from)) {
        auto at = parseInstant(parser.value(from), QStringLiteral("--from"));
        if (!at)
            return fail(at.error());
        request.validFrom = *at;
    }
    if (parser.isSet(until)) {
        auto at = parseInstant(parser.value(until), QStringLiteral("--until"));
        if (!at)
            return fail(at.error());
        request.validUntil = *at;
    }
    if (parser.isSet(days)) {
        bool ok = false;
        const int n = parser.value(days).toInt(&ok);
        if (!ok || n < 1 || n > 36500)
            return fail(Error(Error::Code::InvalidArgument, tr("--days must be a whole number from 1 to 36500.")));
        request.validUntil = request.validFrom + n * DayMs;
    }
    request.justification = parser.value(justification);
    request.sodExceptionReason = parser.value(exception);

    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    Database& database = store->database();
    auto agent = agentId(database, parser.value(agentOption));
    if (!agent)
        return fail(agent.error());
    request.agentId = *agent;
    if (parser.value(role).trimmed().isEmpty())
        return fail(Error(Error::Code::InvalidArgument, tr("--role CODE is required.")));
    auto roleId = RoleCatalogRepository(database).roleIdByCode(parser.value(role));
    if (!roleId)
        return fail(roleId.error());
    if (!*roleId)
        return fail(Error(Error::Code::NotFound, tr("There is no role '%1'.").arg(parser.value(role).left(64))));
    request.roleId = **roleId;
    auto actor = RoleAssignmentWorkflow::consoleActor(database, CommandSupport::actor());
    if (!actor)
        return fail(actor.error());
    auto granted = RoleAssignmentWorkflow::grant(database, request, *actor);
    if (!granted)
        return fail(granted.error());
    for (const QString& warning : granted->warnings)
        ConsoleOutput::err(tr("Warning: %1").arg(warning));
    ConsoleOutput::out(
        granted->status == AssignmentStatus::Pending
            ? tr("Requested: assignment %1 waits for a second supervisor's approval.").arg(granted->assignmentId)
            : tr("Granted: assignment %1.").arg(granted->assignmentId));
    return 0;
}

namespace {
using ReasonChange = Status (*)(Database&, qint64, const QString&, const RoleAssignmentWorkflow::Actor&, qint64);

// revoke, approve, reject: an assignment, a reason, one workflow step.
int reasonCommand(const QStringList& arguments, const QString& name, const QString& description, ReasonChange change,
                  const QString& done)
{
    QCommandLineParser parser;
    withStore(parser);
    parser.addOptions({ assignmentOption, reasonOption });
    if (int status = parse(parser, arguments, name, description); status >= 0)
        return status;
    auto id = assignmentId(parser);
    if (!id)
        return fail(id.error());
    return runChange(
        parser,
        [&](Database& database, const RoleAssignmentWorkflow::Actor& actor) {
            return change(database, *id, parser.value(reasonOption), actor, -1);
        },
        done.arg(*id));
}
} // namespace

int RoleCommands::revoke(const QStringList& arguments)
{
    return reasonCommand(arguments, QStringLiteral("revoke"),
                         tr("Revokes an assignment now, or withdraws a pending request, with a reason."),
                         &RoleAssignmentWorkflow::revoke, tr("Revoked: assignment %1."));
}

int RoleCommands::approve(const QStringList& arguments)
{
    return reasonCommand(arguments, QStringLiteral("approve"),
                         tr("Approves another supervisor's request for a sensitive role (see `custodian-cli roles "
                            "pending`). The rules are checked again as of now."),
                         &RoleAssignmentWorkflow::approve, tr("Approved: assignment %1."));
}

int RoleCommands::reject(const QStringList& arguments)
{
    return reasonCommand(arguments, QStringLiteral("reject"),
                         tr("Rejects another supervisor's request for a sensitive role, with a reason."),
                         &RoleAssignmentWorkflow::reject, tr("Rejected: assignment %1."));
}

int RoleCommands::shorten(const QStringList& arguments)
{
    QCommandLineParser parser;
    withStore(parser);
    const QCommandLineOption until(QStringLiteral("until"), tr("The new, earlier end of the validity."), tr("WHEN"));
    parser.addOptions({ assignmentOption, until, reasonOption });
    if (int status = parse(parser, arguments, QStringLiteral("shorten"),
                           tr("Moves the end of an active assignment earlier, with a reason."));
        status >= 0)
        return status;
    auto id = assignmentId(parser);
    if (!id)
        return fail(id.error());
    if (!parser.isSet(until))
        return fail(Error(Error::Code::InvalidArgument, tr("--until WHEN is required.")));
    auto end = parseInstant(parser.value(until), QStringLiteral("--until"));
    if (!end)
        return fail(end.error());
    return runChange(
        parser,
        [&](Database& database, const RoleAssignmentWorkflow::Actor& actor) {
            return RoleAssignmentWorkflow::shorten(database, *id, *end, parser.value(reasonOption), actor);
        },
        tr("Shortened: assignment %1 now ends %2.").arg(*id).arg(utc(*end)));
}

} // namespace custodian
