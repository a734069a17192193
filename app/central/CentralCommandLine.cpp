#include "central/CentralCommandLine.h"

#include "central/CentralConsoles.h"
#include "central/CentralHttpServer.h"
#include "central/CentralService.h"
#include "central/CentralTransport.h"
#include "central/CertificateFactory.h"
#include "central/CreatedPaths.h"
#include "central/LiveEventSource.h"
#include "central/XapiPull.h"
#include "central/XapiPullSchedule.h"
#include "central/XapiSettings.h"
#include "central/XapiStatementFile.h"
#include "crypto/CryptoSelfTest.h"
#include "crypto/Digest.h"
#include "crypto/KeyPairCheck.h"
#include "crypto/OutputFile.h"
#include "crypto/PrivateFile.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecureRandom.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoTrainingStatements.h"
#include "domain/Clock.h"
#include "store/Store.h"
#include "store/central/SqlCentralRepository.h"
#include "store/central/SqlXapiRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace custodian {

namespace {
void out(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void err(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

int fail(const Error& error)
{
    err(CentralCommandLine::tr("Error: %1").arg(error.message()));
    return 1;
}

int usageError(const QString& message)
{
    err(message);
    return 2;
}

QString storePath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("central.custodian"));
}

QString passphrasePath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("central.passphrase"));
}

QString tokensDir(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("tokens"));
}

const QCommandLineOption& dataOption()
{
    static const QCommandLineOption option(
        QStringLiteral("data"), CentralCommandLine::tr("The service's data directory."), CentralCommandLine::tr("DIR"));
    return option;
}

// Parses `arguments` for `command`; -1 to go on, else the exit status (help shown or a usage error).
int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  CentralCommandLine::tr("Show this help."));
    parser.addOption(help);
    QStringList full = arguments;
    full[0] = QStringLiteral("custodian-central ") + command;
    auto helpText = [&] {
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
            text.replace(7, end - 7, QStringLiteral("custodian-central ") + command);
        return text;
    };
    if (!parser.parse(full))
        return usageError(parser.errorText() + QStringLiteral("\n\n") + helpText());
    if (parser.isSet(help)) {
        out(helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            CentralCommandLine::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    return -1;
}

Result<Store> openStore(const QString& dir)
{
    QFile file(passphrasePath(dir));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound,
                     CentralCommandLine::tr(
                         "%1 is not a custodian-central data directory (no %2); create one with 'custodian-central "
                         "init'.")
                         .arg(dir, QFileInfo(file).fileName()));
    const QByteArray passphrase = file.readAll().trimmed();
    auto store = Store::unlock(storePath(dir), passphrase);
    if (!store)
        return store.error().prefixed(CentralCommandLine::tr("Cannot open the service's store"));
    return store;
}

int init(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption events(
        QStringLiteral("demo-events"),
        CentralCommandLine::tr("Access events of the demo organisation (1 000 to 10 000 000)."),
        CentralCommandLine::tr("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), CentralCommandLine::tr("Seed of the demo data (default 1)."),
                                  CentralCommandLine::tr("S"), QStringLiteral("1"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  CentralCommandLine::tr("Days the demo log spans (default 90)."),
                                  CentralCommandLine::tr("D"), QStringLiteral("90"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 CentralCommandLine::tr("End of the demo log, ISO 8601 (default: today 00:00 UTC)."),
                                 CentralCommandLine::tr("ISO"));
    const QCommandLineOption xapiDemo(
        QStringLiteral("training-via-xapi"),
        CentralCommandLine::tr("Leave the demo's training completions out of the store: write them as the xAPI "
                               "statements of a learning record store to DIR/demo-lms/statements.json, with the "
                               "matching options in DIR/demo-lms/xapi.conf, for xapi-import (docs/demo-data.md)."));
    // The incident demo as `custodian-cli seed` makes it, so that a demo's consoles pull the same incidents.
    const QCommandLineOption incidents(
        QStringLiteral("incidents"),
        CentralCommandLine::tr("Exactly N incident tickets (10 to 100 000; default: 10 to 200 after the number of "
                               "events)."),
        CentralCommandLine::tr("N"));
    const QCommandLineOption incidentTimeline(
        QStringLiteral("incident-timeline"),
        CentralCommandLine::tr("About N timeline entries per incident, with investigation notes (4 to 50; default: "
                               "milestones only)."),
        CentralCommandLine::tr("N"));
    parser.addOptions({ events, seed, days, end, xapiDemo, incidents, incidentTimeline });
    if (int status = parse(parser, arguments, QStringLiteral("init"),
                           CentralCommandLine::tr(
                               "Creates a data directory for custodian-central: an encrypted store holding the demo "
                               "organisation (its passphrase in DIR/central.passphrase, readable by you only) and one "
                               "bearer token per supervisor in DIR/tokens/USERNAME.token. Refuses an existing store."));
        status >= 0)
        return status;
    const QString dir = parser.value(dataOption());
    if (dir.isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    bool ok = false;
    const qint64 eventCount = parser.value(events).toLongLong(&ok);
    if (!ok)
        return usageError(CentralCommandLine::tr("--demo-events must be a whole number."));
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(CentralCommandLine::tr("--seed must be a whole number."));
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok)
        return usageError(CentralCommandLine::tr("--days must be a whole number."));
    QDateTime endTime;
    if (parser.isSet(end)) {
        endTime = QDateTime::fromString(parser.value(end), Qt::ISODate);
        if (!endTime.isValid())
            return usageError(CentralCommandLine::tr("--end must be an ISO 8601 date or date-time."));
        endTime = endTime.toUTC();
    }
    DemoGenerator::Options options;
    if (parser.isSet(incidents)) {
        options.incidents = parser.value(incidents).toLongLong(&ok);
        if (!ok || options.incidents < 10 || options.incidents > 100'000)
            return usageError(CentralCommandLine::tr("--incidents must be a number from 10 to 100000."));
    }
    if (parser.isSet(incidentTimeline)) {
        options.incidentTimeline = parser.value(incidentTimeline).toInt(&ok);
        if (!ok || options.incidentTimeline < 4 || options.incidentTimeline > 50)
            return usageError(CentralCommandLine::tr("--incident-timeline must be a number from 4 to 50."));
    }
    options.events = eventCount;
    options.seed = seedValue;
    options.days = dayCount;
    options.end = endTime;
    options.cardNumbersSealed = true; // the service is where full card numbers live
    if (auto valid = DemoGenerator::check(options); !valid)
        return usageError(valid.error().message());
    // Only a new or empty directory, never through a symbolic link: a failed init removes what it made, and
    // nothing else — not files it found there, not what a link points at. (Declared before the store: runs after it
    // is closed.)
    CreatedPaths created;
    const auto removePartial = qScopeGuard([&] { created.removeAll(); });
    if (auto status = created.makeEmptyDirectory(dir); !status) {
        if (QFileInfo::exists(storePath(dir)) || QFileInfo::exists(passphrasePath(dir)))
            return fail(Error(Error::Code::AlreadyExists,
                              CentralCommandLine::tr("%1 already holds a service store.").arg(dir)));
        return fail(status.error());
    }
    if (auto status = created.makeEmptyDirectory(tokensDir(dir)); !status)
        return fail(status.error());

    // An unattended service opens its store with a random passphrase kept beside it, readable by its user only.
    const QByteArray passphrase
        = SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (auto status = created.writePrivateFile(passphrasePath(dir), QByteArray(passphrase + '\n')); !status)
        return fail(status.error());
    const SecureBuffer recovery = RecoveryCode::generate();
    created.storeFiles(storePath(dir));
    auto store = Store::create(storePath(dir), passphrase, recovery);
    if (!store)
        return fail(store.error());
    if (auto status = created.writePrivateFile(QDir(dir).filePath(QStringLiteral("central.recovery-code")),
                                               QByteArray(recovery.view().toByteArray() + '\n'));
        !status)
        return fail(status.error());
    auto summary = DemoGenerator::generate(*store, options);
    if (!summary)
        return fail(summary.error());
    if (parser.isSet(xapiDemo)) {
        // Before the training feed is published: consoles see completions only once xapi-import applies them.
        auto statements = DemoTrainingStatements::take(store->database(), seedValue);
        if (!statements)
            return fail(statements.error());
        const QString lms = QDir(dir).filePath(QStringLiteral("demo-lms"));
        if (auto status = created.makeEmptyDirectory(lms); !status)
            return fail(status.error());
        if (auto status = created.writePrivateFile(QDir(lms).filePath(QStringLiteral("statements.json")), *statements);
            !status)
            return fail(status.error());
        if (auto status = created.writePrivateFile(QDir(lms).filePath(QStringLiteral("xapi.conf")),
                                                   DemoTrainingStatements::configText());
            !status)
            return fail(status.error());
    }
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    if (auto status = repository.publishAll(); !status)
        return fail(status.error());
    CentralService service(repository);
    auto supervisors = repository.supervisors();
    if (!supervisors)
        return fail(supervisors.error());
    // The demo organisation: its security officer is the one supervisor who changes organisation-wide settings, and
    // it asks for a reviewer other than a campaign's creator.
    const qint64 now = Clock::nowMs();
    for (const CentralRepository::Supervisor& supervisor : *supervisors) {
        if (supervisor.id == summary->securityOfficerId) {
            if (auto status = repository.setRole(supervisor.username, SupervisorRole::SecurityOfficer, now); !status)
                return fail(status.error());
        }
    }
    auto settings = repository.detectionSettings();
    if (!settings)
        return fail(settings.error());
    settings->values.emplace_back(QStringLiteral("review_independent_reviewer"), 1);
    if (auto status = repository.saveDetectionSettings(*settings); !status)
        return fail(status.error());
    for (const CentralRepository::Supervisor& supervisor : *supervisors) {
        auto token = service.issueToken(supervisor.username);
        if (!token)
            return fail(token.error());
        const QString file = QDir(tokensDir(dir)).filePath(supervisor.username + QStringLiteral(".token"));
        if (auto status = created.writePrivateFile(file, QByteArray(token->token.toLatin1() + '\n')); !status)
            return fail(status.error());
        // The site decides which records a supervisor may have revealed (docs/security-notes.md); "-": none.
        out(QStringLiteral("%1\t%2\t%3\t%4")
                .arg(supervisor.username, supervisor.displayName, file,
                     supervisor.siteCode.isEmpty() ? QStringLiteral("-") : supervisor.siteCode));
    }
    err(CentralCommandLine::tr("custodian-central: %1 agents, %2 access events, %3 supervisors in %4.")
            .arg(summary->agents)
            .arg(summary->events)
            .arg(supervisors->size())
            .arg(dir));
    created.keep();
    return 0;
}

int token(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption supervisor(QStringLiteral("supervisor"),
                                        CentralCommandLine::tr("The supervisor's user name."),
                                        CentralCommandLine::tr("USERNAME"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     CentralCommandLine::tr("Write the token to FILE (mode 0600; must not exist)."),
                                     CentralCommandLine::tr("FILE"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  CentralCommandLine::tr("Days the new token is valid (1 to %1, default %2).")
                                      .arg(CentralService::MaxTokenDays)
                                      .arg(CentralService::DefaultTokenDays),
                                  CentralCommandLine::tr("N"), QString::number(CentralService::DefaultTokenDays));
    const QCommandLineOption revoke(
        QStringLiteral("revoke"),
        CentralCommandLine::tr("Revoke instead: every token of --supervisor, or the token in --token-file."));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       CentralCommandLine::tr("With --revoke: the token to revoke."),
                                       CentralCommandLine::tr("FILE"));
    parser.addOptions({ supervisor, outFile, days, revoke, tokenFile });
    if (int status
        = parse(parser, arguments, QStringLiteral("token"),
                CentralCommandLine::tr(
                    "Issues a new bearer token for a supervisor, valid for --days days (the service keeps "
                    "only its SHA-256 and its expiry), or revokes tokens: --revoke --supervisor USERNAME "
                    "revokes every token of that supervisor that still works, --revoke --token-file FILE "
                    "revokes that one. An expired or revoked token gets 401 with a message that says which."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    if (parser.isSet(revoke)) {
        if (parser.isSet(supervisor) == parser.isSet(tokenFile) || parser.isSet(outFile) || parser.isSet(days))
            return usageError(CentralCommandLine::tr(
                "--revoke takes either --supervisor USERNAME or --token-file FILE (and nothing else)."));
    } else if (parser.value(supervisor).isEmpty() || parser.value(outFile).isEmpty() || parser.isSet(tokenFile)) {
        return usageError(CentralCommandLine::tr("--supervisor USERNAME and --out FILE are required (or --revoke)."));
    }
    bool ok = false;
    const int validity = parser.value(days).toInt(&ok);
    if (!ok || validity < 1 || validity > CentralService::MaxTokenDays)
        return usageError(CentralCommandLine::tr("--days must be from 1 to %1.").arg(CentralService::MaxTokenDays));
    QByteArray revokedToken;
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
            return fail(Error(Error::Code::NotFound,
                              CentralCommandLine::tr("Cannot read the token file %1.").arg(parser.value(tokenFile))));
        revokedToken = file.readAll().trimmed();
        if (revokedToken.isEmpty())
            return fail(Error(Error::Code::InvalidArgument,
                              CentralCommandLine::tr("The token file %1 is empty.").arg(parser.value(tokenFile))));
    }
    auto store = openStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    const qint64 now = Clock::nowMs();
    if (parser.isSet(revoke) && parser.isSet(supervisor)) {
        auto revoked = repository.revokeTokens(parser.value(supervisor), now);
        if (!revoked)
            return fail(revoked.error());
        out(CentralCommandLine::tr("Revoked %n token(s) of %1.", nullptr, *revoked).arg(parser.value(supervisor)));
        return 0;
    }
    if (parser.isSet(revoke)) {
        auto revoked = repository.revokeToken(Digest::sha256(revokedToken), now);
        SecureBuffer::wipe(revokedToken);
        if (!revoked)
            return fail(revoked.error());
        if (!*revoked)
            return fail(Error(Error::Code::NotFound,
                              CentralCommandLine::tr("The token in %1 was not issued by this service.")
                                  .arg(parser.value(tokenFile))));
        out(CentralCommandLine::tr("Revoked the token in %1.").arg(parser.value(tokenFile)));
        return 0;
    }
    CentralService service(repository);
    auto issued = service.issueToken(parser.value(supervisor), validity);
    if (!issued)
        return fail(issued.error());
    if (auto status = PrivateFile::write(parser.value(outFile), QByteArray(issued->token.toLatin1() + '\n')); !status)
        return fail(status.error());
    out(CentralCommandLine::tr("Wrote a token for %1 to %2, valid until %3.")
            .arg(parser.value(supervisor), parser.value(outFile),
                 QDateTime::fromMSecsSinceEpoch(issued->expiresAt, Qt::UTC).toString(Qt::ISODate)));
    return 0;
}

int supervisorsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption supervisor(QStringLiteral("supervisor"),
                                        CentralCommandLine::tr("The supervisor whose role --role sets."),
                                        CentralCommandLine::tr("USERNAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        CentralCommandLine::tr("Set the supervisor's role: security_officer (changes the organisation's detection "
                               "thresholds and review rule) or supervisor."),
        CentralCommandLine::tr("ROLE"));
    parser.addOptions({ supervisor, role });
    if (int status = parse(parser, arguments, QStringLiteral("supervisors"),
                           CentralCommandLine::tr(
                               "Lists the supervisors with their role and their tokens that still work, or sets one "
                               "supervisor's role (--supervisor USERNAME --role ROLE). A console learns its "
                               "supervisor's role at its next session."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    if (parser.isSet(supervisor) != parser.isSet(role))
        return usageError(CentralCommandLine::tr("--supervisor and --role go together."));
    std::optional<SupervisorRole> newRole;
    if (parser.isSet(role)) {
        newRole = supervisorRoleFromString(parser.value(role));
        if (!newRole)
            return usageError(CentralCommandLine::tr("--role is security_officer or supervisor."));
    }
    auto store = openStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    const qint64 now = Clock::nowMs();
    if (newRole) {
        if (auto status = repository.setRole(parser.value(supervisor), *newRole, now); !status)
            return fail(status.error());
        out(CentralCommandLine::tr("%1 is now a %2.").arg(parser.value(supervisor), describe(*newRole)));
        return 0;
    }
    auto all = repository.supervisors();
    if (!all)
        return fail(all.error());
    for (const CentralRepository::Supervisor& s : *all) {
        auto tokens = repository.tokenSummary(s.id, now);
        if (!tokens)
            return fail(tokens.error());
        out(QStringLiteral("%1\t%2\t%3\t%4")
                .arg(s.username, toString(s.role),
                     CentralCommandLine::tr("%n token(s) in force", nullptr, int(tokens->active)),
                     tokens->nextExpiry
                         ? CentralCommandLine::tr("next expiry %1")
                               .arg(QDateTime::fromMSecsSinceEpoch(*tokens->nextExpiry, Qt::UTC).toString(Qt::ISODate))
                         : QString()));
    }
    return 0;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

int consoles(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption supervisor(QStringLiteral("supervisor"),
                                        CentralCommandLine::tr("Only this supervisor's consoles."),
                                        CentralCommandLine::tr("USERNAME"));
    const QCommandLineOption resolve(
        QStringLiteral("resolve"),
        CentralCommandLine::tr("Accept this console's current audit chain after a rollback: its key, the start "
                               "of its key (8 hex digits or more) or its store id."),
        CentralCommandLine::tr("CONSOLE"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CentralCommandLine::tr("Why the rollback is resolved (recorded)."),
                                    CentralCommandLine::tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), CentralCommandLine::tr("Print the consoles as JSON."));
    parser.addOptions({ supervisor, resolve, reason, json });
    if (int status
        = parse(parser, arguments, QStringLiteral("consoles"),
                CentralCommandLine::tr(
                    "Lists the consoles registered to the supervisors (each console is known by its key, a "
                    "fingerprint of its keyring, and bound to the supervisor whose token registered it), "
                    "with the console-audit head the service holds and a rollback it saw. --resolve accepts a "
                    "rolled-back console's current chain: the chain held so far is kept aside as evidence, "
                    "the resolution is recorded with its reason, and the console's notice clears at its "
                    "next sync."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    if (parser.isSet(resolve) && parser.value(reason).trimmed().isEmpty())
        return usageError(CentralCommandLine::tr("--resolve needs --reason TEXT: a resolution is recorded with why."));
    if (!parser.isSet(resolve) && parser.isSet(reason))
        return usageError(CentralCommandLine::tr("--reason goes with --resolve."));
    if (parser.value(reason).trimmed().size() > 2000)
        return usageError(CentralCommandLine::tr("--reason is at most 2000 characters."));
    auto store = openStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    qint64 supervisorId = 0;
    if (parser.isSet(supervisor)) {
        auto all = repository.supervisors();
        if (!all)
            return fail(all.error());
        for (const CentralRepository::Supervisor& s : *all) {
            if (s.username == parser.value(supervisor))
                supervisorId = s.id;
        }
        if (supervisorId == 0)
            return fail(Error(
                Error::Code::NotFound,
                CentralCommandLine::tr("There is no supervisor with the user name %1.").arg(parser.value(supervisor))));
    }
    auto listed = repository.consoles(supervisorId);
    if (!listed)
        return fail(listed.error());

    if (parser.isSet(resolve)) {
        const QString wanted = parser.value(resolve).trimmed();
        std::vector<CentralRepository::ConsoleRecord> matches;
        for (const CentralRepository::ConsoleRecord& record : *listed) {
            if (record.key == wanted || record.storeId == wanted
                || (wanted.size() >= 8 && record.key.startsWith(wanted.toLower())))
                matches.push_back(record);
        }
        if (matches.empty())
            return fail(
                Error(Error::Code::NotFound, CentralCommandLine::tr("No registered console matches %1.").arg(wanted)));
        if (matches.size() > 1)
            return fail(Error(Error::Code::InvalidArgument,
                              CentralCommandLine::tr("%1 matches %2 consoles; give more of the key.")
                                  .arg(wanted)
                                  .arg(matches.size())));
        const CentralRepository::ConsoleRecord& target = matches.front();
        if (!target.rollbackAt)
            return fail(Error(Error::Code::InvalidArgument,
                              CentralCommandLine::tr("Console %1 (%2, store %3) has no rollback to resolve.")
                                  .arg(CentralConsoles::shortKey(target.key), target.supervisorName, target.storeId)));
        if (auto status = repository.begin(); !status)
            return fail(status.error());
        auto resolved = repository.resolveRollback(target.key, parser.value(reason).trimmed(), Clock::nowMs());
        if (!resolved) {
            repository.rollback();
            return fail(resolved.error());
        }
        if (auto status = repository.commit(); !status) {
            repository.rollback();
            return fail(status.error());
        }
        out(CentralCommandLine::tr(
                "Resolved the rollback of console %1 (%2, store %3), resolution %4: the chain the service held (%5 "
                "entries, up to entry %6) is kept aside as evidence; the console sends its current chain (entry %7 "
                "when "
                "the rollback was seen) at its next sync, and its notice clears then.")
                .arg(CentralConsoles::shortKey(target.key), target.supervisorName, target.storeId)
                .arg(resolved->id)
                .arg(resolved->supersededEntries)
                .arg(resolved->heldSeq)
                .arg(resolved->consoleSeq));
        return 0;
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const CentralRepository::ConsoleRecord& record : *listed) {
            QJsonObject entry { { QStringLiteral("key"), record.key },
                                { QStringLiteral("supervisor"), record.supervisorName },
                                { QStringLiteral("store_id"), record.storeId },
                                { QStringLiteral("registered_at"), record.registeredAt },
                                { QStringLiteral("last_seen_at"), record.lastSeenAt },
                                { QStringLiteral("audit_seq"), record.auditSeq } };
            if (record.rollbackAt)
                entry.insert(QStringLiteral("rollback"),
                             QJsonObject { { QStringLiteral("detected_at"), *record.rollbackAt },
                                           { QStringLiteral("held_seq"), record.rollbackHeldSeq },
                                           { QStringLiteral("console_seq"), record.rollbackConsoleSeq } });
            list.append(entry);
        }
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (listed->empty()) {
        out(CentralCommandLine::tr("No console has synced yet."));
        return 0;
    }
    for (const CentralRepository::ConsoleRecord& record : *listed) {
        const QString state = record.rollbackAt
            ? CentralCommandLine::tr("ROLLED BACK since %1: the service held entry %2, the console presented %3")
                  .arg(timeText(*record.rollbackAt))
                  .arg(record.rollbackHeldSeq)
                  .arg(record.rollbackConsoleSeq)
            : CentralCommandLine::tr("ok");
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                .arg(record.key, record.supervisorName, record.storeId,
                     CentralCommandLine::tr("registered %1").arg(timeText(record.registeredAt)),
                     CentralCommandLine::tr("last seen %1").arg(timeText(record.lastSeenAt)),
                     CentralCommandLine::tr("audit up to %1").arg(record.auditSeq), state));
    }
    return 0;
}

int reveals(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption last(QStringLiteral("last"),
                                  CentralCommandLine::tr("Show the newest N entries (default 50)."),
                                  CentralCommandLine::tr("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CentralCommandLine::tr("Print a JSON array instead of lines."));
    parser.addOptions({ last, json });
    if (int status = parse(parser, arguments, QStringLiteral("reveals"),
                           CentralCommandLine::tr(
                               "Lists the reveals of customer identifiers the service was asked for, granted or "
                               "refused, oldest first: when, who, from which console, which record and access event, "
                               "the reason and the outcome. Never the identifiers themselves."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    bool ok = false;
    const int count = parser.value(last).toInt(&ok);
    if (!ok || count < 1 || count > 1'000'000)
        return usageError(CentralCommandLine::tr("--last must be from 1 to 1000000."));
    auto store = openStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    auto entries = repository.reveals(count);
    if (!entries)
        return fail(entries.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CentralRepository::RevealEntry& entry : *entries) {
            QJsonObject object;
            object.insert(QStringLiteral("id"), entry.id);
            object.insert(QStringLiteral("at"),
                          QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC).toString(Qt::ISODateWithMs));
            object.insert(QStringLiteral("supervisor"), entry.supervisor);
            object.insert(QStringLiteral("console"), entry.consoleId);
            object.insert(QStringLiteral("record"), entry.recordId);
            object.insert(QStringLiteral("event"), entry.eventId ? QJsonValue(*entry.eventId) : QJsonValue());
            object.insert(QStringLiteral("reason"), entry.reason);
            object.insert(QStringLiteral("outcome"), entry.outcome);
            object.insert(QStringLiteral("detail"), entry.detail);
            array.append(object);
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const CentralRepository::RevealEntry& entry : *entries) {
        out(QStringLiteral("%1  %2  %3  record %4%5  %6  \"%7\"%8")
                .arg(QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC).toString(Qt::ISODate), entry.supervisor,
                     entry.consoleId)
                .arg(entry.recordId)
                .arg(entry.eventId ? CentralCommandLine::tr(" (event %1)").arg(*entry.eventId) : QString())
                .arg(entry.outcome, entry.reason.simplified(),
                     entry.detail.isEmpty() ? QString() : QStringLiteral(": ") + entry.detail));
    }
    if (entries->empty())
        out(CentralCommandLine::tr("No reveals yet."));
    return 0;
}

int tls(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outDir(QStringLiteral("out"),
                                    CentralCommandLine::tr("Directory for the files (created; must not hold them)."),
                                    CentralCommandLine::tr("DIR"));
    const QCommandLineOption host(
        QStringLiteral("host"),
        CentralCommandLine::tr("A host name or IP address the server certificate is for (may repeat; default "
                               "127.0.0.1 and localhost)."),
        CentralCommandLine::tr("NAME"));
    const QCommandLineOption client(
        QStringLiteral("client"),
        CentralCommandLine::tr("Also issue a client certificate for mutual TLS with this name (may repeat)."),
        CentralCommandLine::tr("NAME"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  CentralCommandLine::tr("Validity of the server certificate (default 825)."),
                                  CentralCommandLine::tr("N"), QStringLiteral("825"));
    parser.addOptions({ outDir, host, client, days });
    if (int status = parse(parser, arguments, QStringLiteral("tls"),
                           CentralCommandLine::tr(
                               "Makes a fresh certificate authority (ca.pem, ca-key.pem), a server certificate signed "
                               "by it (server.pem, server-key.pem) and optional client certificates "
                               "(client-NAME.pem, client-NAME-key.pem): for a demo or a test, not for production."));
        status >= 0)
        return status;
    const QString dir = parser.value(outDir);
    if (dir.isEmpty())
        return usageError(CentralCommandLine::tr("--out DIR is required."));
    bool ok = false;
    const int validity = parser.value(days).toInt(&ok);
    if (!ok || validity < 1 || validity > 3650)
        return usageError(CentralCommandLine::tr("--days must be from 1 to 3650."));
    // A failure part-way removes the files this run wrote, and only those.
    CreatedPaths created;
    const auto removePartial = qScopeGuard([&] { created.removeAll(); });
    if (auto status = created.makeDirectory(dir); !status)
        return fail(status.error());
    auto authority = CertificateFactory::makeAuthority(QStringLiteral("Custodian demo CA"));
    if (!authority)
        return fail(authority.error());
    CertificateFactory::Subject server;
    server.commonName = QStringLiteral("custodian-central");
    QStringList hosts = parser.values(host);
    if (hosts.isEmpty())
        hosts = { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") };
    for (const QString& name : hosts)
        (QHostAddress(name).isNull() ? server.dnsNames : server.ipAddresses) << name;
    server.notAfter = Clock::nowUtc().addDays(validity);
    auto serverCertificate = CertificateFactory::issue(*authority, server);
    if (!serverCertificate)
        return fail(serverCertificate.error());
    std::vector<std::pair<QString, QByteArray>> files {
        { QStringLiteral("ca.pem"), authority->certificatePem },
        { QStringLiteral("ca-key.pem"), authority->privateKeyPem },
        { QStringLiteral("server.pem"), serverCertificate->certificatePem },
        { QStringLiteral("server-key.pem"), serverCertificate->privateKeyPem },
    };
    for (const QString& name : parser.values(client)) {
        CertificateFactory::Subject subject;
        subject.commonName = name;
        subject.client = true;
        auto issued = CertificateFactory::issue(*authority, subject);
        if (!issued)
            return fail(issued.error());
        files.emplace_back(QStringLiteral("client-%1.pem").arg(name), issued->certificatePem);
        files.emplace_back(QStringLiteral("client-%1-key.pem").arg(name), issued->privateKeyPem);
    }
    for (const auto& [name, contents] : files) {
        if (auto status = created.writePrivateFile(QDir(dir).filePath(name), contents); !status)
            return fail(status.error());
    }
    created.keep();
    out(CentralCommandLine::tr("Wrote %1 files to %2.").arg(files.size()).arg(dir));
    return 0;
}

// SIGTERM and SIGINT end the event loop through a socket pair (a signal handler may only write()).
int signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char byte = 1;
    (void)!::write(signalPipe[1], &byte, 1);
}

Result<QByteArray> readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, CentralCommandLine::tr("Cannot read the %1 %2.").arg(what, path));
    return file.readAll();
}

int serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption certificate(QStringLiteral("tls-cert"),
                                         CentralCommandLine::tr("The server's certificate (PEM)."),
                                         CentralCommandLine::tr("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), CentralCommandLine::tr("The server's private key (PEM)."),
                                 CentralCommandLine::tr("FILE"));
    const QCommandLineOption clientCa(
        QStringLiteral("client-ca"),
        CentralCommandLine::tr("Require a client certificate issued by this CA (mutual TLS)."),
        CentralCommandLine::tr("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    CentralCommandLine::tr("Address to listen on (default 127.0.0.1)."),
                                    CentralCommandLine::tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  CentralCommandLine::tr("Port (default 8443; 0 picks a free one)."),
                                  CentralCommandLine::tr("PORT"), QStringLiteral("8443"));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
                                      CentralCommandLine::tr("Write the port to FILE once the service listens."),
                                      CentralCommandLine::tr("FILE"));
    const QCommandLineOption live(
        QStringLiteral("live-rate"),
        CentralCommandLine::tr("Produce this many new access events per second (default 0: none)."),
        CentralCommandLine::tr("N"), QStringLiteral("0"));
    const QCommandLineOption rate(
        QStringLiteral("rate-limit"),
        CentralCommandLine::tr("Requests per second per supervisor before 429 (default 200; 0: no limit)."),
        CentralCommandLine::tr("N"), QStringLiteral("200"));
    const QCommandLineOption log(QStringLiteral("log-requests"),
                                 CentralCommandLine::tr("Print one line per request to stderr."));
    const TransportLimits defaults;
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        CentralCommandLine::tr("Largest request body; a larger one is refused (413) before it is read "
                               "(default %1).")
            .arg(defaults.maxBodyBytes),
        CentralCommandLine::tr("BYTES"), QString::number(defaults.maxBodyBytes));
    const QCommandLineOption maxBuffered(
        QStringLiteral("max-buffered-bytes"),
        CentralCommandLine::tr("Request bodies held at once, all connections together; beyond it 503 "
                               "(default %1).")
            .arg(defaults.maxBufferedBytes),
        CentralCommandLine::tr("BYTES"), QString::number(defaults.maxBufferedBytes));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        CentralCommandLine::tr("Open connections in total; beyond it 503 (default %1).").arg(defaults.maxConnections),
        CentralCommandLine::tr("N"), QString::number(defaults.maxConnections));
    const QCommandLineOption maxPerAddress(
        QStringLiteral("max-connections-per-address"),
        CentralCommandLine::tr("Open connections per IPv4 address or IPv6 /64; beyond it 429 "
                               "(default %1).")
            .arg(defaults.maxConnectionsPerAddress),
        CentralCommandLine::tr("N"), QString::number(defaults.maxConnectionsPerAddress));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        CentralCommandLine::tr("Close a connection that starts no request for this long (default %1).")
            .arg(defaults.idleTimeout.count() / 1000),
        CentralCommandLine::tr("SECONDS"), QString::number(defaults.idleTimeout.count() / 1000));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        CentralCommandLine::tr("Time for the TLS handshake, and for a request's head from its first "
                               "byte; then 408 (default %1).")
            .arg(defaults.headerTimeout.count() / 1000),
        CentralCommandLine::tr("SECONDS"), QString::number(defaults.headerTimeout.count() / 1000));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-timeout"),
        CentralCommandLine::tr("Longest pause while a request body arrives (then 408) or an answer is "
                               "sent (default %1).")
            .arg(defaults.bodyTimeout.count() / 1000),
        CentralCommandLine::tr("SECONDS"), QString::number(defaults.bodyTimeout.count() / 1000));
    const QCommandLineOption xapiConfig(
        QStringLiteral("xapi-config"),
        CentralCommandLine::tr("Pull training completions from the xAPI LRS this file configures (as xapi-pull "
                               "--config) at start and then periodically."),
        CentralCommandLine::tr("FILE"));
    const QCommandLineOption xapiEvery(QStringLiteral("xapi-every"),
                                       CentralCommandLine::tr("Minutes between xAPI pulls (1 to 1440, default 15)."),
                                       CentralCommandLine::tr("MINUTES"), QStringLiteral("15"));
    parser.addOptions({ certificate, key, clientCa, listen, port, portFile, live, rate, log, maxBody, maxBuffered,
                        maxConnections, maxPerAddress, idleTimeout, headerTimeout, bodyTimeout, xapiConfig,
                        xapiEvery });
    if (int status
        = parse(parser, arguments, QStringLiteral("serve"),
                CentralCommandLine::tr(
                    "Serves the sync API (docs/sync-api.md) over HTTPS — TLS 1.2 or 1.3 with ECDHE and "
                    "AEAD suites only, never plain HTTP — until SIGTERM or SIGINT. Request size, connections "
                    "and time per request are limited (docs/deployment.md for the reverse proxy in front)."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty() || parser.value(certificate).isEmpty() || parser.value(key).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR, --tls-cert FILE and --tls-key FILE are required."));
    bool ok = false;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535)
        return usageError(CentralCommandLine::tr("--port must be from 0 to 65535."));
    const double liveRate = parser.value(live).toDouble(&ok);
    if (!ok || liveRate < 0 || liveRate > 100'000)
        return usageError(CentralCommandLine::tr("--live-rate must be from 0 to 100000."));
    const double rateLimit = parser.value(rate).toDouble(&ok);
    if (!ok || rateLimit < 0)
        return usageError(CentralCommandLine::tr("--rate-limit must be 0 or more."));
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return usageError(CentralCommandLine::tr("--listen must be an IP address."));
    TransportLimits limits;
    limits.logRequests = parser.isSet(log);
    limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || limits.maxBodyBytes < 1024 || limits.maxBodyBytes > qint64(1) << 30)
        return usageError(CentralCommandLine::tr("--max-body-bytes must be from 1024 to 1073741824."));
    limits.maxBufferedBytes = parser.value(maxBuffered).toLongLong(&ok);
    if (!ok || limits.maxBufferedBytes < limits.maxBodyBytes || limits.maxBufferedBytes > qint64(1) << 40)
        return usageError(
            CentralCommandLine::tr("--max-buffered-bytes must be at least --max-body-bytes (and at most 2^40)."));
    limits.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || limits.maxConnections < 1 || limits.maxConnections > 100'000)
        return usageError(CentralCommandLine::tr("--max-connections must be from 1 to 100000."));
    limits.maxConnectionsPerAddress = parser.value(maxPerAddress).toInt(&ok);
    if (!ok || limits.maxConnectionsPerAddress < 1 || limits.maxConnectionsPerAddress > limits.maxConnections)
        return usageError(CentralCommandLine::tr("--max-connections-per-address must be from 1 to --max-connections."));
    const std::pair<const QCommandLineOption*, std::chrono::milliseconds*> timeouts[] = {
        { &idleTimeout, &limits.idleTimeout },
        { &headerTimeout, &limits.headerTimeout },
        { &bodyTimeout, &limits.bodyTimeout },
    };
    for (const auto& [option, into] : timeouts) {
        const int seconds = parser.value(*option).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usageError(
                CentralCommandLine::tr("--%1 must be from 1 to 3600 seconds.").arg(option->names().constFirst()));
        *into = std::chrono::seconds(seconds);
    }

    const int xapiMinutes = parser.value(xapiEvery).toInt(&ok);
    if (!ok || xapiMinutes < 1 || xapiMinutes > 1440)
        return usageError(CentralCommandLine::tr("--xapi-every must be from 1 to 1440 minutes."));
    if (parser.isSet(xapiConfig)) {
        // Checked now, so that a wrong configuration stops the start rather than failing every pull.
        auto input = XapiSettings::readConfig(parser.value(xapiConfig));
        if (!input)
            return fail(input.error());
        if (auto settings = XapiSettings::load(*input); !settings)
            return fail(settings.error().prefixed(parser.value(xapiConfig)));
    }

    auto certificatePem = readFile(parser.value(certificate), CentralCommandLine::tr("certificate"));
    if (!certificatePem)
        return fail(certificatePem.error());
    auto keyPem = readFile(parser.value(key), CentralCommandLine::tr("private key"));
    if (!keyPem)
        return fail(keyPem.error());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return fail(Error(Error::Code::InvalidArgument,
                          CentralCommandLine::tr("%1 holds no PEM certificate.").arg(parser.value(certificate))));
    QSslKey privateKey(*keyPem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(*keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        return fail(Error(Error::Code::InvalidArgument,
                          CentralCommandLine::tr("%1 holds no PEM private key.").arg(parser.value(key))));
    if (!KeyPairCheck::matches(*certificatePem, *keyPem))
        return fail(Error(Error::Code::InvalidArgument,
                          CentralCommandLine::tr("The private key %1 does not belong to the certificate %2.")
                              .arg(parser.value(key), parser.value(certificate))));
    CentralTransport::Tls tls;
    tls.certificateChainPem = *certificatePem;
    tls.privateKeyPem = *keyPem;
    if (parser.isSet(clientCa)) {
        auto caPem = readFile(parser.value(clientCa), CentralCommandLine::tr("client CA"));
        if (!caPem)
            return fail(caPem.error());
        if (QSslCertificate::fromData(*caPem, QSsl::Pem).isEmpty())
            return fail(Error(Error::Code::InvalidArgument,
                              CentralCommandLine::tr("%1 holds no PEM certificate.").arg(parser.value(clientCa))));
        tls.clientCaPem = *caPem;
    }

    auto store = openStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlCentralRepository repository(*store);
    if (auto status = repository.initialise(); !status)
        return fail(status.error());
    auto published = repository.isPublished();
    if (!published)
        return fail(published.error());
    if (!*published)
        return fail(
            Error(Error::Code::NotFound, CentralCommandLine::tr("The service's store has no organisation to serve.")));
    CentralService service(repository);
    // Security events (consoles registered, refused, rolled back) go to stderr whatever --log-requests says.
    service.setLog([](const QString& line) {
        err(QStringLiteral("%1 %2").arg(Clock::nowUtc().toString(Qt::ISODateWithMs), line));
    });
    CentralHttpServer::Options options;
    options.maxRequestBytes = limits.maxBodyBytes;
    options.requestsPerSecond = rateLimit;
    options.burst = std::max(20.0, rateLimit * 2);
    options.logRequests = parser.isSet(log);
    CentralHttpServer server(service, options);
    CentralTransport transport(server, limits);
    if (auto status = transport.setTls(tls); !status)
        return fail(status.error());
    auto listened = transport.listen(address, quint16(portNumber));
    if (!listened)
        return fail(listened.error());
    const quint16 listening = *listened;
    if (parser.isSet(portFile)) {
        // Rewritten at every start; like every file Custodian writes, never through a symbolic link.
        if (auto status = OutputFile::write(parser.value(portFile), QByteArray(QByteArray::number(listening) + '\n'),
                                            OutputFile::Existing::Replace);
            !status)
            return fail(status.error());
    }
    LiveEventSource liveSource(repository, liveRate);
    if (liveRate > 0) {
        if (auto status = liveSource.start(); !status)
            return fail(status.error());
        QObject::connect(&liveSource, &LiveEventSource::failed, [](const QString& message) {
            err(CentralCommandLine::tr("custodian-central: the live source stopped: %1").arg(message));
        });
    }
    std::unique_ptr<XapiPullSchedule> xapiSchedule;
    if (parser.isSet(xapiConfig)) {
        xapiSchedule = std::make_unique<XapiPullSchedule>(
            QFileInfo(parser.value(dataOption())).absoluteFilePath(),
            QFileInfo(parser.value(xapiConfig)).absoluteFilePath(), xapiMinutes, [](const QString& line) {
                err(QStringLiteral("%1 %2").arg(Clock::nowUtc().toString(Qt::ISODateWithMs), line));
            });
        xapiSchedule->start();
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(Error(Error::Code::Io, CentralCommandLine::tr("Cannot set up signal handling.")));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    out(CentralCommandLine::tr("custodian-central listening on https://%1:%2/api/v1/%3")
            .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                     ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                     : address.toString())
            .arg(listening)
            .arg(parser.isSet(clientCa) ? CentralCommandLine::tr(" (client certificates required)") : QString()));
    const int exitCode = QCoreApplication::exec();
    err(CentralCommandLine::tr("custodian-central: stopped (%1 live events produced).").arg(liveSource.produced()));
    return exitCode;
}

// The service's store with its central tables in place (migrated if an older service made them): what the xAPI
// commands read and write.
Result<Store> openCentralStore(const QString& dir)
{
    auto store = openStore(dir);
    if (!store)
        return store.error();
    SqlCentralRepository central(*store);
    if (auto status = central.initialise(); !status)
        return status.error();
    return store;
}

// What a pull or an import did, as one sentence and a line per unmatched statement, or as JSON (docs/xapi.md names
// the fields).
int printXapiReport(const XapiPullReport& report, bool json, const QString& headline, const QString& trailer)
{
    if (json) {
        QJsonObject object;
        object.insert(QStringLiteral("pages"), report.pages);
        object.insert(QStringLiteral("received"), report.received);
        object.insert(QStringLiteral("applied"), report.applied);
        object.insert(QStringLiteral("voided"), report.voided);
        object.insert(QStringLiteral("duplicates"), report.duplicates);
        object.insert(QStringLiteral("ignored_verbs"), report.ignoredVerbs);
        object.insert(QStringLiteral("unmatched_actors"), report.unmatchedActors);
        object.insert(QStringLiteral("unmapped_activities"), report.unmappedActivities);
        object.insert(QStringLiteral("unmatched"), QJsonArray::fromStringList(report.unmatched));
        object.insert(QStringLiteral("unmapped"), QJsonArray::fromStringList(report.unmapped));
        object.insert(QStringLiteral("consistent_through"), report.consistentThrough);
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    // `headline` says where the statements came from ("Pulled 12 statements in 1 pages", "Imported …").
    out(headline
        + CentralCommandLine::tr(": %1 completions applied, %2 voided, %3 already applied, %4 with other verbs "
                                 "ignored, %5 with an unmatched actor, %6 with an unmapped activity.")
              .arg(report.applied)
              .arg(report.voided)
              .arg(report.duplicates)
              .arg(report.ignoredVerbs)
              .arg(report.unmatchedActors)
              .arg(report.unmappedActivities)
        + trailer);
    for (const QString& line : report.unmatched)
        out(CentralCommandLine::tr("Unmatched actor: %1").arg(line));
    for (const QString& line : report.unmapped)
        out(CentralCommandLine::tr("Unmapped activity: %1").arg(line));
    return 0;
}

// The options that say how statements find agents and modules (docs/xapi.md), shared by xapi-pull and xapi-import.
QList<QCommandLineOption> xapiMatchingOptions()
{
    return {
        QCommandLineOption(QStringLiteral("activity-prefix"),
                           CentralCommandLine::tr("Activity ids are this prefix followed by a training module's code."),
                           CentralCommandLine::tr("IRI")),
        QCommandLineOption(
            QStringLiteral("mail-domain"),
            CentralCommandLine::tr("Actors mailto:EMPLOYEE-NO@DOMAIN match the agent with that employee number."),
            CentralCommandLine::tr("DOMAIN")),
        QCommandLineOption(QStringLiteral("account-home-page"),
                           CentralCommandLine::tr("Actors with an account on this home page match the agent whose "
                                                  "employee number is the account's name."),
                           CentralCommandLine::tr("URL")),
    };
}

// The matching options given on the command line, over what a configuration file said.
void readXapiMatchingOptions(const QCommandLineParser& parser, XapiMatching& matching)
{
    const std::pair<const char*, QString*> texts[] = {
        { "activity-prefix", &matching.activityPrefix },
        { "mail-domain", &matching.mailDomain },
        { "account-home-page", &matching.accountHomePage },
    };
    for (const auto& [name, into] : texts) {
        if (parser.isSet(QLatin1String(name)))
            *into = parser.value(QLatin1String(name));
    }
}

int xapiPull(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        CentralCommandLine::tr("The LRS's xAPI endpoint, e.g. https://lrs.example.com/xAPI/."),
        CentralCommandLine::tr("URL"));
    const QCommandLineOption credentials(
        QStringLiteral("credentials"),
        CentralCommandLine::tr("A file holding the LRS's basic-auth KEY:SECRET on one line, mode 0600."),
        CentralCommandLine::tr("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                CentralCommandLine::tr("The CA certificate (PEM) the LRS's certificate must chain to "
                                                       "(default: the system's CAs)."),
                                CentralCommandLine::tr("FILE"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CentralCommandLine::tr("Statements per page asked for (default 500)."),
                                   CentralCommandLine::tr("N"), QStringLiteral("500"));
    const QCommandLineOption maxPages(
        QStringLiteral("max-pages"),
        CentralCommandLine::tr("Stop with an error when the LRS has more than N pages (default 1000)."),
        CentralCommandLine::tr("N"), QString::number(XapiPull::DefaultMaxPages));
    const QCommandLineOption unmatched(
        QStringLiteral("unmatched"),
        CentralCommandLine::tr("List the statements whose actor matched no agent, newest first, and pull nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CentralCommandLine::tr("Print the result as JSON."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        CentralCommandLine::tr("Read the options above from a file of key = value lines (docs/xapi.md); options given "
                               "on the command line win."),
        CentralCommandLine::tr("FILE"));
    parser.addOptions({ endpoint, credentials, ca });
    parser.addOptions(xapiMatchingOptions());
    parser.addOptions({ limit, maxPages, unmatched, json, config });
    if (int status = parse(
            parser, arguments, QStringLiteral("xapi-pull"),
            CentralCommandLine::tr("Pulls training completions once from the organisation's xAPI learning record store "
                                   "(docs/xapi.md): completed, passed and failed statements become training records, "
                                   "voiding statements retract them, and statements whose actor matches no agent are "
                                   "listed. The whole pull is written in one transaction with its cursor."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    if (parser.isSet(unmatched)) {
        auto store = openCentralStore(parser.value(dataOption()));
        if (!store)
            return fail(store.error());
        auto lines = SqlXapiRepository(*store).unmatched(100'000);
        if (!lines)
            return fail(lines.error());
        for (const QString& line : *lines)
            out(line);
        return 0;
    }
    XapiSettings::Input input;
    if (parser.isSet(config)) {
        auto read = XapiSettings::readConfig(parser.value(config));
        if (!read)
            return fail(read.error());
        input = *read;
    }
    const std::pair<const QCommandLineOption*, QString*> texts[] = {
        { &endpoint, &input.endpoint },
        { &credentials, &input.credentialsFile },
        { &ca, &input.caFile },
    };
    for (const auto& [option, into] : texts) {
        if (parser.isSet(*option))
            *into = parser.value(*option);
    }
    readXapiMatchingOptions(parser, input.matching);
    bool ok = false;
    if (parser.isSet(limit)) {
        input.limit = parser.value(limit).toInt(&ok);
        if (!ok)
            return usageError(CentralCommandLine::tr("--limit must be a whole number."));
    }
    const int maxPagesValue = parser.value(maxPages).toInt(&ok);
    if (!ok || maxPagesValue < 1 || maxPagesValue > 1'000'000)
        return usageError(CentralCommandLine::tr("--max-pages must be from 1 to 1000000."));
    auto settings = XapiSettings::load(input);
    if (!settings)
        return fail(settings.error());
    auto store = openCentralStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlXapiRepository repository(*store);
    auto since = repository.consistentThrough();
    if (!since)
        return fail(since.error());
    XapiPull pull(*settings, maxPagesValue);
    auto batch = pull.run(*since);
    if (!batch)
        return fail(batch.error().prefixed(CentralCommandLine::tr("The xAPI pull stopped; nothing was written")));
    auto report = repository.apply(batch->statements, batch->consistentThrough, settings->matching(), Clock::nowMs());
    if (!report)
        return fail(report.error().prefixed(CentralCommandLine::tr("The xAPI pull stopped; nothing was written")));
    report->pages = batch->pages;
    return printXapiReport(
        *report, parser.isSet(json),
        CentralCommandLine::tr("Pulled %1 statements in %2 pages").arg(report->received).arg(report->pages),
        CentralCommandLine::tr(" Consistent through %1.").arg(report->consistentThrough));
}

int xapiImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    const QCommandLineOption json(QStringLiteral("json"), CentralCommandLine::tr("Print the result as JSON."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        CentralCommandLine::tr("Read the matching options from an xapi-pull configuration file (docs/xapi.md); its "
                               "endpoint and credentials are not used. Options given on the command line win."),
        CentralCommandLine::tr("FILE"));
    const QCommandLineOption statementsFile(
        QStringLiteral("statements"),
        CentralCommandLine::tr("The file to apply: a JSON list of xAPI statements, or a StatementResult."),
        CentralCommandLine::tr("FILE"));
    parser.addOption(statementsFile);
    parser.addOptions(xapiMatchingOptions());
    parser.addOptions({ json, config });
    if (int status = parse(
            parser, arguments, QStringLiteral("xapi-import"),
            CentralCommandLine::tr("Applies a file of xAPI statements as xapi-pull applies a pull (docs/xapi.md): the "
                                   "same parser, matching and records, in one transaction; a statement applied before "
                                   "is not applied again. For statements saved from an LRS, and for the demo's "
                                   "training. The pull's cursor is left as it is."));
        status >= 0)
        return status;
    if (parser.value(dataOption()).isEmpty())
        return usageError(CentralCommandLine::tr("--data DIR is required."));
    if (parser.value(statementsFile).isEmpty())
        return usageError(CentralCommandLine::tr("--statements FILE is required."));
    XapiMatching matching;
    if (parser.isSet(config)) {
        auto read = XapiSettings::readConfig(parser.value(config));
        if (!read)
            return fail(read.error());
        matching = read->matching;
    }
    readXapiMatchingOptions(parser, matching);
    if (auto status = XapiSettings::checkMatching(matching); !status)
        return fail(status.error());
    const QString file = parser.value(statementsFile);
    auto statements = XapiStatementFile::read(file);
    if (!statements)
        return fail(statements.error().prefixed(CentralCommandLine::tr("Nothing was imported")));
    auto store = openCentralStore(parser.value(dataOption()));
    if (!store)
        return fail(store.error());
    SqlXapiRepository repository(*store);
    // The cursor is the LRS's, not the file's: written back as it was.
    auto cursor = repository.consistentThrough();
    if (!cursor)
        return fail(cursor.error());
    auto report = repository.apply(*statements, *cursor, matching, Clock::nowMs());
    if (!report)
        return fail(report.error().prefixed(CentralCommandLine::tr("Nothing was imported")));
    return printXapiReport(*report, parser.isSet(json),
                           CentralCommandLine::tr("Imported %1 statements from %2").arg(report->received).arg(file),
                           QString());
}

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

const Command commands[] = {
    { "init", QT_TRANSLATE_NOOP("CentralCommandLine", "Create a data directory with the demo organisation and tokens."),
      &init },
    { "serve", QT_TRANSLATE_NOOP("CentralCommandLine", "Serve the sync API over HTTPS."), &serve },
    { "token", QT_TRANSLATE_NOOP("CentralCommandLine", "Issue a bearer token for a supervisor, or revoke tokens."),
      &token },
    { "supervisors", QT_TRANSLATE_NOOP("CentralCommandLine", "List the supervisors and roles; set a role."),
      &supervisorsCommand },
    { "consoles", QT_TRANSLATE_NOOP("CentralCommandLine", "List the consoles; resolve a rollback."), &consoles },
    { "tls", QT_TRANSLATE_NOOP("CentralCommandLine", "Make a demo CA, server and client certificates."), &tls },
    { "reveals", QT_TRANSLATE_NOOP("CentralCommandLine", "List the reveals of customer identifiers asked for."),
      &reveals },
    { "xapi-pull",
      QT_TRANSLATE_NOOP("CentralCommandLine", "Pull training completions from the organisation's xAPI LRS."),
      &xapiPull },
    { "xapi-import", QT_TRANSLATE_NOOP("CentralCommandLine", "Apply a file of xAPI statements as a pull applies them."),
      &xapiImport },
};
} // namespace

QString CentralCommandLine::usage()
{
    QString text = tr("Usage: custodian-central COMMAND [options]\n\n"
                      "The reference central service of Custodian (docs/sync-api.md). Commands:\n");
    for (const Command& command : commands)
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(command.name), -12).arg(tr(command.summary));
    text += tr("\nRun `custodian-central COMMAND --help` for a command's options.");
    return text;
}

int CentralCommandLine::run(const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")
        || arguments[1] == QLatin1String("help")) {
        out(usage());
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == QLatin1String("--version")) {
        out(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return 0;
    }
    if (auto status = CryptoSelfTest::run(); !status)
        return fail(status.error());
    for (const Command& command : commands) {
        if (arguments[1] == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    return usageError(tr("Unknown command '%1'.\n\n").arg(arguments[1]) + usage());
}

} // namespace custodian
