#include "cli/StoreCommands.h"

#include "domain/LocalUser.h"

#include "cli/AccessExportArguments.h"
#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "cli/IncidentCommands.h"
#include "cli/ReviewCommands.h"
#include "cli/RoleCommands.h"
#include "cli/SecretInput.h"
#include "cli/SyncCommands.h"
#include "cli/TrainingCommands.h"
#include "crypto/OutputFile.h"
#include "crypto/PrivateFile.h"
#include "crypto/RecoveryCode.h"
#include "demo/DemoGenerator.h"
#include "export/AccessExportJob.h"
#include "store/AccessLookups.h"
#include "store/ConsoleAuditLog.h"
#include "store/KeyRotation.h"
#include "store/Store.h"
#include "store/StoreStats.h"
#include "store/StoreVerifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption& newPassphraseFileOption()
{
    static const QCommandLineOption option(
        QStringLiteral("new-passphrase-file"),
        StoreCommands::tr("Read the new passphrase from FILE (else a prompt, asked twice)."),
        StoreCommands::tr("FILE"));
    return option;
}

const QCommandLineOption& recoveryCodeFileOption(const QString& description)
{
    static QCommandLineOption option(QStringLiteral("recovery-code-file"), QString(), StoreCommands::tr("FILE"));
    option.setDescription(description);
    return option;
}

// Writes the recovery code to a new file that only the owner can read.
Status writeRecoveryCode(const QString& path, const SecureBuffer& code)
{
    SecureBuffer line(code.size() + 1);
    std::memcpy(line.data(), code.data(), code.size());
    line.data()[code.size()] = '\n';
    if (auto status = PrivateFile::write(path, line.view()); !status)
        return status.error().prefixed(StoreCommands::tr("The recovery code file"));
    return {};
}
} // namespace

const QList<StoreCommands::Command>& StoreCommands::all()
{
    static const QList<Command> commands {
        { QStringLiteral("init"), tr("Create a new encrypted store and its keyring."), &StoreCommands::init },
        { QStringLiteral("seed"), tr("Fill a new store with deterministic demo data."), &StoreCommands::seed },
        { QStringLiteral("stats"), tr("Row counts per table and store size."), &StoreCommands::stats },
        { QStringLiteral("verify"), tr("Check every page and the console-audit chain."), &StoreCommands::verify },
        { QStringLiteral("passwd"), tr("Change the passphrase (re-wraps the key)."), &StoreCommands::passwd },
        { QStringLiteral("recover"), tr("Set a new passphrase using the recovery code."), &StoreCommands::recover },
        { QStringLiteral("rekey"), tr("Rotate the data key (re-encrypts the store)."), &StoreCommands::rekey },
        { QStringLiteral("export"), tr("Export the access events of a filter to CSV or PDF (audited)."),
          &StoreCommands::exportAccess },
        { QStringLiteral("audit"), tr("List the console-audit entries and check their chain."), &StoreCommands::audit },
        { QStringLiteral("sync"), tr("Sync once with the central service (JSON summary)."), &SyncCommands::sync },
        { QStringLiteral("sync-config"), tr("Show or change how the store syncs with the central service."),
          &SyncCommands::configure },
        { QStringLiteral("roles"), tr("The roles catalog, one agent's access and history, pending requests."),
          &RoleCommands::roles },
        { QStringLiteral("assign"), tr("Grant (or request) a role for an agent (audited)."), &RoleCommands::assign },
        { QStringLiteral("revoke"), tr("Revoke an assignment or withdraw a request (audited)."),
          &RoleCommands::revoke },
        { QStringLiteral("approve"), tr("Approve another supervisor's role request (audited)."),
          &RoleCommands::approve },
        { QStringLiteral("reject"), tr("Reject another supervisor's role request (audited)."), &RoleCommands::reject },
        { QStringLiteral("shorten"), tr("End an assignment earlier (audited)."), &RoleCommands::shorten },
        { QStringLiteral("review"), tr("Access-review campaigns: list, show, create, decide, close, export."),
          &ReviewCommands::review },
        { QStringLiteral("training"),
          tr("Training standing: the completion matrix, one agent, the overdue list, the evidence export."),
          &TrainingCommands::training },
        { QStringLiteral("incident"),
          tr("Incidents: list, show, open, update, phase, task, close, attach, report, breach-register."),
          &IncidentCommands::incident },
    };
    return commands;
}

int StoreCommands::init(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOption(recoveryCodeFileOption(
        tr("Write the recovery code to FILE (created with mode 0600; must not exist) instead of printing it.")));
    if (int status = parse(parser, arguments, QStringLiteral("init"),
                           tr("Creates an encrypted store at PATH and its keyring PATH.keyring. The data key is "
                              "wrapped by the passphrase and by a recovery code, which is shown once (or written to "
                              "--recovery-code-file): give it to your data protection officer."));
        status >= 0)
        return status;
    const QString path = parser.value(storeOption());
    const QString passphraseFile = parser.value(passphraseFileOption());
    Result<SecureBuffer> passphrase = passphraseFile.isEmpty() && qEnvironmentVariableIsEmpty("CUSTODIAN_PASSPHRASE")
        ? SecretInput::obtainNew(QString(), tr("New passphrase for %1").arg(path), tr("passphrase"))
        : SecretInput::obtain(passphraseFile, "CUSTODIAN_PASSPHRASE", QString(), tr("passphrase"));
    if (!passphrase)
        return fail(passphrase.error());
    const QString codeFile = parser.value(recoveryCodeFileOption({}));
    if (!codeFile.isEmpty() && QFile::exists(codeFile))
        return fail(Error(Error::Code::AlreadyExists, tr("The recovery code file %1 already exists.").arg(codeFile)));
    SecureBuffer code = RecoveryCode::generate();
    auto store = Store::create(path, passphrase->view(), code);
    if (!store)
        return fail(store.error());
    if (!codeFile.isEmpty()) {
        if (auto status = writeRecoveryCode(codeFile, code); !status) {
            ConsoleOutput::err(tr("The store was created, but: %1").arg(status.error().message()));
            ConsoleOutput::err(
                tr("Recovery code (shown once — store it safely): %1").arg(QString::fromLatin1(code.view())));
            return 1;
        }
        ConsoleOutput::out(tr("Created %1 and its keyring %2.\nThe recovery code is in %3 (mode 0600).")
                               .arg(path, store->keyringPath(), codeFile));
    } else {
        ConsoleOutput::out(tr("Created %1 and its keyring %2.\n\nRecovery code (shown once — store it safely, it is "
                              "the only way in if the passphrase is lost):\n\n    %3\n")
                               .arg(path, store->keyringPath(), QString::fromLatin1(code.view())));
    }
    return 0;
}

int StoreCommands::seed(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption events(QStringLiteral("events"), tr("Exactly N access events (1000 to 10000000)."),
                                    tr("N"));
    const QCommandLineOption seedValue(QStringLiteral("seed"), tr("Random seed; same seed, same data (default 1)."),
                                       tr("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 tr("Last day of activity, ISO 8601 (default: start of today, UTC)."), tr("ISO"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Days of access log to generate (default 90)."), tr("D"),
                                  QStringLiteral("90"));
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    const QCommandLineOption incidents(
        QStringLiteral("incidents"),
        tr("Exactly N incident tickets (10 to 100000; default: 10 to 200 after the number of events)."), tr("N"));
    const QCommandLineOption incidentTimeline(
        QStringLiteral("incident-timeline"),
        tr("About N timeline entries per incident, with investigation notes (4 to 50; default: milestones only)."),
        tr("N"));
    const QCommandLineOption evidence(
        QStringLiteral("evidence-mb"),
        tr("Add MB of evidence (1 to 100) to one incident through the evidence register (default: none)."), tr("MB"));
    parser.addOptions({ events, seedValue, end, days, incidents, incidentTimeline, evidence });
    if (int status = parse(parser, arguments, QStringLiteral("seed"),
                           tr("Fills a new store with a deterministic demo contact center: sites, teams, agents, "
                              "roles with SoD conflicts, training, incidents, and exactly N access events with "
                              "planted anomalies. Same --seed and --end, same data."));
        status >= 0)
        return status;
    DemoGenerator::Options options;
    bool ok = false;
    options.events = parser.value(events).toLongLong(&ok);
    if (!ok || options.events < 1000 || options.events > 10'000'000)
        return usageError(tr("--events must be a number from 1000 to 10000000."));
    options.seed = parser.value(seedValue).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed must be a non-negative integer."));
    options.days = parser.value(days).toInt(&ok);
    if (!ok || options.days < 7 || options.days > 3650)
        return usageError(tr("--days must be a number from 7 to 3650."));
    if (parser.isSet(incidents)) {
        options.incidents = parser.value(incidents).toLongLong(&ok);
        if (!ok || options.incidents < 10 || options.incidents > 100'000)
            return usageError(tr("--incidents must be a number from 10 to 100000."));
    }
    if (parser.isSet(incidentTimeline)) {
        options.incidentTimeline = parser.value(incidentTimeline).toInt(&ok);
        if (!ok || options.incidentTimeline < 4 || options.incidentTimeline > 50)
            return usageError(tr("--incident-timeline must be a number from 4 to 50."));
    }
    if (parser.isSet(evidence)) {
        const qint64 megabytes = parser.value(evidence).toLongLong(&ok);
        if (!ok || megabytes < 1 || megabytes > 100)
            return usageError(tr("--evidence-mb must be a number from 1 to 100."));
        options.evidenceBytes = megabytes * 1024 * 1024;
    }
    if (parser.isSet(end)) {
        options.end = QDateTime::fromString(parser.value(end), Qt::ISODate);
        if (!options.end.isValid())
            return usageError(tr("--end must be an ISO 8601 date or time, e.g. 2026-11-27 or 2026-11-27T00:00:00Z."));
        options.end = options.end.toUTC();
    }
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    qint64 lastPercent = -1;
    options.progress = [&lastPercent](qint64 done, qint64 total) {
        const qint64 percent = total ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10) {
            ConsoleOutput::err(tr("seeding: %1%").arg(percent));
            lastPercent = percent;
        }
    };
    auto summary = DemoGenerator::generate(*store, options);
    if (!summary)
        return fail(summary.error());
    ConsoleOutput::out(tr("Seeded %1: %2 agents at %3 sites in %4 teams, %5 customer records, %6 access events, %7 "
                          "roles, %8 assignments, %9 training records, %10 incidents in %11 s.")
                           .arg(store->path())
                           .arg(summary->agents)
                           .arg(summary->sites)
                           .arg(summary->teams)
                           .arg(summary->records)
                           .arg(summary->events)
                           .arg(summary->roles)
                           .arg(summary->assignments)
                           .arg(summary->trainingRecords)
                           .arg(summary->incidents)
                           .arg(double(summary->elapsedMs) / 1000.0, 0, 'f', 1));
    return 0;
}

int StoreCommands::stats(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOption(json);
    if (int status = parse(parser, arguments, QStringLiteral("stats"),
                           tr("Prints the row count of every table and the sizes of the store, its WAL and its "
                              "keyring."));
        status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto snapshot = StoreStats::collect(store->database(), store->path());
    if (!snapshot)
        return fail(snapshot.error());
    if (parser.isSet(json)) {
        QJsonObject tables;
        for (const auto& [name, rows] : snapshot->tables)
            tables.insert(name, rows);
        QJsonObject object {
            { QStringLiteral("store"), store->path() },
            { QStringLiteral("store_bytes"), snapshot->storeBytes },
            { QStringLiteral("wal_bytes"), snapshot->walBytes },
            { QStringLiteral("keyring_bytes"), snapshot->keyringBytes },
            { QStringLiteral("schema_version"), snapshot->schemaVersion },
            { QStringLiteral("key_generation"), qint64(store->keyGeneration()) },
            { QStringLiteral("tables"), tables },
        };
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    QString text
        = tr("Store %1\n  size %2 bytes (WAL %3 bytes), keyring %4 bytes, schema version %5, key generation %6\n")
              .arg(store->path())
              .arg(snapshot->storeBytes)
              .arg(snapshot->walBytes)
              .arg(snapshot->keyringBytes)
              .arg(snapshot->schemaVersion)
              .arg(store->keyGeneration());
    for (const auto& [name, rows] : snapshot->tables)
        text += QStringLiteral("  %1 %2\n").arg(name, -28).arg(rows, 12);
    ConsoleOutput::out(text.trimmed());
    return 0;
}

int StoreCommands::verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    if (int status = parse(parser, arguments, QStringLiteral("verify"),
                           tr("Runs SQLite's integrity check over every page (each page's HMAC is verified as it is "
                              "decrypted) and replays the console-audit chain. Exit status 1 and the first bad "
                              "entry when anything is broken."));
        status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto report = StoreVerifier::run(store->database());
    if (!report)
        return fail(report.error());
    if (!report->integrityOk)
        ConsoleOutput::err(
            tr("Integrity check FAILED:\n  %1").arg(report->integrityProblems.join(QStringLiteral("\n  "))));
    else
        ConsoleOutput::out(tr("Integrity check: ok"));
    if (!report->audit.intact)
        ConsoleOutput::err(tr("Console audit chain BROKEN at entry %1: %2 (%3 entries verified before it)")
                               .arg(report->audit.firstBadSeq)
                               .arg(report->audit.reason)
                               .arg(report->audit.entries));
    else
        ConsoleOutput::out(tr("Console audit chain: intact, %1 entries, head %2:%3")
                               .arg(report->audit.entries)
                               .arg(report->audit.head.seq)
                               .arg(QString::fromLatin1(report->audit.head.mac.toHex().left(16))));
    return report->ok() ? 0 : 1;
}

int StoreCommands::passwd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOption(newPassphraseFileOption());
    if (int status = parse(parser, arguments, QStringLiteral("passwd"),
                           tr("Changes the passphrase: the data key is re-wrapped under the new passphrase; the store "
                              "itself is not re-encrypted and the recovery code stays valid."));
        status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto next
        = SecretInput::obtainNew(parser.value(newPassphraseFileOption()), tr("New passphrase"), tr("new passphrase"));
    if (!next)
        return fail(next.error());
    if (auto status = store->changePassphrase(next->view(), actor()); !status)
        return fail(status.error());
    ConsoleOutput::out(tr("Passphrase changed for %1.").arg(store->path()));
    return 0;
}

int StoreCommands::recover(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rebuild(QStringLiteral("rebuild-keyring"),
                                     tr("Build a new keyring from the slot the recovery code opens, for a keyring that "
                                        "cannot be trusted (a slot was added or replaced). The old keyring is kept "
                                        "beside it."));
    parser.addOption(storeOption());
    parser.addOption(recoveryCodeFileOption(tr("Read the recovery code from FILE (else a prompt).")));
    parser.addOption(newPassphraseFileOption());
    parser.addOption(rebuild);
    if (int status = parse(parser, arguments, QStringLiteral("recover"),
                           tr("Opens the store with its recovery code and sets a new passphrase. The recovery code "
                              "stays valid. With --rebuild-keyring, writes a new keyring holding only a slot for the "
                              "new passphrase and one for the recovery code, from the key that code opens and that "
                              "opens the store."));
        status >= 0)
        return status;
    const QString path = parser.value(storeOption());
    auto code = SecretInput::obtain(parser.value(recoveryCodeFileOption({})), nullptr,
                                    tr("Recovery code for %1").arg(path), tr("recovery code"));
    if (!code)
        return fail(code.error());
    if (parser.isSet(rebuild)) {
        auto next = SecretInput::obtainNew(parser.value(newPassphraseFileOption()), tr("New passphrase"),
                                           tr("new passphrase"));
        if (!next)
            return fail(next.error());
        auto store = Store::rebuildKeyring(path, code->view(), next->view(), actor());
        if (!store)
            return fail(store.error().prefixed(tr("Cannot rebuild the keyring of %1").arg(path)));
        ConsoleOutput::out(tr("Rebuilt the keyring of %1 from the recovery code, with the new passphrase. The keyring "
                              "it replaced is kept beside it (%2.replaced-…).")
                               .arg(path, store->keyringPath()));
        return 0;
    }
    auto store = Store::unlockWithRecoveryCode(path, code->view());
    if (!store)
        return fail(store.error().prefixed(tr("Cannot recover %1").arg(path)));
    auto next
        = SecretInput::obtainNew(parser.value(newPassphraseFileOption()), tr("New passphrase"), tr("new passphrase"));
    if (!next)
        return fail(next.error());
    // One audit entry, in the same transaction as the change: the recovery code was used to set this passphrase.
    if (auto status = store->changePassphrase(next->view(), actor(), Scrypt::defaults(),
                                              QStringLiteral("{\"via\":\"recovery_code\"}"));
        !status)
        return fail(status.error());
    ConsoleOutput::out(tr("New passphrase set for %1 with the recovery code.").arg(path));
    return 0;
}

int StoreCommands::rekey(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    if (int status = parse(parser, arguments, QStringLiteral("rekey"),
                           tr("Rotates the data key: a new random key re-encrypts every page of the store (PRAGMA "
                              "rekey) and the keyring is re-wrapped. Safe to interrupt: the store always opens with "
                              "the passphrase and the recovery code."));
        status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    QElapsedTimer timer;
    timer.start();
    if (auto status = KeyRotation::rotate(*store, actor()); !status)
        return fail(status.error());
    ConsoleOutput::out(tr("Rotated the data key of %1 (generation %2) in %3 s.")
                           .arg(store->path())
                           .arg(store->keyGeneration())
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int StoreCommands::exportAccess(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption what(QStringLiteral("what"), tr("What to export: access (the access events)."),
                                  tr("WHAT"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start of the time range, ISO 8601 date or date-time (UTC without an offset)."),
                                  tr("ISO"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("End of the time range, excluded; a date alone includes that whole day."), tr("ISO"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   tr("Only this agent: employee number or id (repeat or "
                                      "separate with commas)."),
                                   tr("ID"));
    const QCommandLineOption team(QStringLiteral("team"),
                                  tr("Only agents of this team: name (with --site when several sites have it) or id."),
                                  tr("TEAM"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Only agents of this site: code or id."), tr("SITE"));
    const QCommandLineOption workstation(QStringLiteral("workstation"), tr("Only this workstation: host name or id."),
                                         tr("HOST"));
    const QCommandLineOption dataClass(QStringLiteral("data-class"),
                                       tr("Only this data class: none, pii, payment_card, communications."),
                                       tr("CLASS"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Only this action: view, search, update, export, print, login, logout, "
                                       "bulk_search."),
                                    tr("ACTION"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("Only this outcome: success, denied, failed."),
                                     tr("OUTCOME"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     tr("Only this channel: voice, chat, email, back_office."), tr("CHANNEL"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("Full-text search over agents, teams, sites, workstations and masked records."),
                                  tr("WORDS"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv or pdf (default: from the --out extension, else "
                                       "csv)."),
                                    tr("FORMAT"));
    const QCommandLineOption order(QStringLiteral("order"), tr("oldest (default), newest or agent."), tr("ORDER"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (readable by you only)."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace --out if it exists."));
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOptions({ what, from, to, agent, team, site, workstation, dataClass, action, outcome, channel, text,
                        format, order, out, force });
    if (int status = parse(parser, arguments, QStringLiteral("export"),
                           tr("Writes the access events that match a filter — all of them — to a CSV or PDF file, the "
                              "same filters as the console's access page. Customer records appear masked. The export "
                              "is recorded in the console audit (actor cli:$USER); the file appears only once it is "
                              "complete and recorded."));
        status >= 0)
        return status;

    // Everything that can be checked without the store is checked before the passphrase is asked for.
    if (!parser.isSet(what))
        return usageError(tr("--what is required (--what access)."));
    if (parser.value(what) != QLatin1String("access"))
        return usageError(tr("Unknown --what '%1': only 'access' can be exported.").arg(parser.value(what)));
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(tr("--from and --to are required (ISO 8601, e.g. --from 2026-02-01 --to 2026-02-07)."));
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::Custom;
    auto fromMs = AccessExportArguments::moment(QStringLiteral("from"), parser.value(from), false);
    if (!fromMs)
        return usageError(fromMs.error().message());
    auto toMs = AccessExportArguments::moment(QStringLiteral("to"), parser.value(to), true);
    if (!toMs)
        return usageError(toMs.error().message());
    if (*toMs <= *fromMs)
        return usageError(
            tr("--from %1 is not before --to %2: the time range is empty.").arg(parser.value(from), parser.value(to)));
    filter.fromMs = *fromMs;
    filter.toMs = *toMs;

    const QString outPath = parser.value(out);
    if (outPath.isEmpty())
        return usageError(tr("--out FILE is required."));
    AccessExportJob::Request request;
    if (parser.isSet(format)) {
        if (!exportFormatFromName(parser.value(format), &request.format))
            return usageError(tr("Unknown --format '%1': use csv or pdf.").arg(parser.value(format)));
    } else {
        request.format = outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? AccessExportJob::Format::Pdf
                                                                                      : AccessExportJob::Format::Csv;
    }
    const QString orderName = parser.value(order);
    if (orderName.isEmpty() || orderName == QLatin1String("oldest"))
        request.sort = AccessSort::OldestFirst;
    else if (orderName == QLatin1String("newest"))
        request.sort = AccessSort::NewestFirst;
    else if (orderName == QLatin1String("agent"))
        request.sort = AccessSort::AgentAscending;
    else
        return usageError(tr("Unknown --order '%1': use oldest, newest or agent.").arg(orderName));

    const auto takeCodes = [](Result<QList<int>> parsed, QList<int>* into) -> QString {
        if (!parsed)
            return parsed.error().message();
        *into = *parsed;
        return {};
    };
    for (const QString& problem :
         { takeCodes(AccessExportArguments::dataClasses(parser.values(dataClass)), &filter.dataClasses),
           takeCodes(AccessExportArguments::actions(parser.values(action)), &filter.actions),
           takeCodes(AccessExportArguments::outcomes(parser.values(outcome)), &filter.outcomes),
           takeCodes(AccessExportArguments::channels(parser.values(channel)), &filter.channels) }) {
        if (!problem.isEmpty())
            return usageError(problem);
    }
    filter.text = parser.value(text);
    if (auto status = filter.validate(); !status)
        return usageError(status.error().message());

    const QFileInfo target(outPath);
    if (!target.absoluteDir().exists())
        return fail(
            Error(Error::Code::NotFound,
                  tr("The output folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()))));
    if (target.isDir())
        return fail(Error(Error::Code::InvalidArgument,
                          tr("--out %1 is a folder; give a file name.").arg(QDir::toNativeSeparators(outPath))));
    if (auto writable = OutputFile::preflight(
            outPath, parser.isSet(force) ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse);
        !writable)
        return fail(writable.error());

    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto reader = store->openConnection(Database::Mode::ReadOnly);
    if (!reader)
        return fail(reader.error());
    if (parser.isSet(agent) || parser.isSet(team) || parser.isSet(site) || parser.isSet(workstation)) {
        auto lookups = AccessLookups::load(*reader);
        if (!lookups)
            return fail(lookups.error());
        auto sites = AccessExportArguments::sites(parser.values(site), *lookups);
        if (!sites)
            return fail(sites.error());
        filter.siteIds = *sites;
        // Team names repeat across sites: --site says which.
        const std::pair<Result<QList<qint64>>, QList<qint64>*> named[] = {
            { AccessExportArguments::agents(parser.values(agent), *lookups), &filter.agentIds },
            { AccessExportArguments::teams(parser.values(team), *lookups, filter.siteIds), &filter.teamIds },
            { AccessExportArguments::workstations(parser.values(workstation), *lookups), &filter.workstationIds },
        };
        for (const auto& [ids, into] : named) {
            if (!ids)
                return fail(ids.error());
            *into = *ids;
        }
    }

    request.filter = filter;
    request.path = outPath;
    request.replace = parser.isSet(force);
    request.actor = actor();
    AccessExportJob job(*reader, store->database(), request);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int lastTenth = -1;
    job.setProgressHandler([terminal, &lastTenth](const AccessExportJob::Progress& progress) {
        const int tenth = int(progress.fraction * 10);
        if (terminal && tenth != lastTenth && tenth < 10) {
            ConsoleOutput::err(tr("exporting: %1% (%2 events)").arg(tenth * 10).arg(progress.rows));
            lastTenth = tenth;
        }
    });
    auto summary = job.run();
    if (!summary)
        return fail(summary.error());
    if (request.format == AccessExportJob::Format::Pdf)
        ConsoleOutput::out(tr("Exported %1 access events to %2 (pdf, %3 pages, %4 bytes).")
                               .arg(summary->rows)
                               .arg(QDir::toNativeSeparators(outPath))
                               .arg(summary->pages)
                               .arg(summary->bytes));
    else
        ConsoleOutput::out(tr("Exported %1 access events to %2 (csv, %3 bytes).")
                               .arg(summary->rows)
                               .arg(QDir::toNativeSeparators(outPath))
                               .arg(summary->bytes));
    return 0;
}

int StoreCommands::audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption last(QStringLiteral("last"), tr("Only the newest N entries (default: all)."), tr("N"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    tr("Only actions that start with PREFIX, e.g. record., export, finding., unlock "
                                       "(repeat or separate with commas)."),
                                    tr("PREFIX"));
    const QCommandLineOption actorFilter(
        QStringLiteral("actor"), tr("Only actors that contain TEXT (any case), e.g. cli: or alice."), tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOptions({ last, action, actorFilter, json });
    if (int status = parse(parser, arguments, QStringLiteral("audit"),
                           tr("Prints the console-audit entries — seq, time (UTC), actor, action, target and detail — "
                              "oldest first and newest last, then replays the tamper-evident chain over the whole "
                              "audit. Exit status 1 when the chain is broken, naming the first bad entry."));
        status >= 0)
        return status;
    int limit = -1;
    if (parser.isSet(last)) {
        bool ok = false;
        limit = parser.value(last).toInt(&ok);
        if (!ok || limit < 1)
            return usageError(tr("--last must be a positive number."));
    }
    ConsoleAuditLog::Filter filter;
    for (const QString& value : parser.values(action)) {
        for (const QString& prefix : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            filter.actionPrefixes << prefix.trimmed();
    }
    filter.actionPrefixes.removeAll(QString());
    filter.actor = parser.value(actorFilter).trimmed();

    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    ConsoleAuditLog log(store->database());
    // Newest first, a page at a time (keyset on seq), until --last entries or the start of the chain.
    constexpr int PageSize = 1000;
    std::vector<ConsoleAuditLog::Entry> entries;
    std::optional<qint64> before;
    for (;;) {
        const int wanted = limit < 0 ? PageSize : std::min(PageSize, limit - int(entries.size()));
        if (wanted <= 0)
            break;
        auto page = log.page(filter, before, wanted);
        if (!page)
            return fail(page.error());
        if (page->empty())
            break;
        before = page->back().seq;
        const bool full = int(page->size()) == wanted;
        entries.insert(entries.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
        if (!full)
            break;
    }
    std::reverse(entries.begin(), entries.end());
    auto matching = log.count(filter);
    if (!matching)
        return fail(matching.error());
    auto verification = log.verify();
    if (!verification)
        return fail(verification.error());
    const auto utc = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto& entry : entries) {
            QJsonObject object {
                { QStringLiteral("seq"), entry.seq },       { QStringLiteral("at"), utc(entry.atMs) },
                { QStringLiteral("at_ms"), entry.atMs },    { QStringLiteral("actor"), entry.actor },
                { QStringLiteral("action"), entry.action }, { QStringLiteral("target"), entry.target }
            };
            // The detail as the JSON it is; as a string when it is something else (never dropped).
            const QJsonDocument detail = QJsonDocument::fromJson(entry.detail.toUtf8());
            if (detail.isObject())
                object.insert(QStringLiteral("detail"), detail.object());
            else if (detail.isArray())
                object.insert(QStringLiteral("detail"), detail.array());
            else
                object.insert(QStringLiteral("detail"), entry.detail);
            list.append(object);
        }
        QJsonObject chain { { QStringLiteral("intact"), verification->intact },
                            { QStringLiteral("entries"), verification->entries },
                            { QStringLiteral("head_seq"), verification->head.seq },
                            { QStringLiteral("head_mac"), QString::fromLatin1(verification->head.mac.toHex()) } };
        if (!verification->intact) {
            chain.insert(QStringLiteral("first_bad_seq"), verification->firstBadSeq);
            chain.insert(QStringLiteral("reason"), verification->reason);
        }
        const QJsonObject root { { QStringLiteral("entries"), list },
                                 { QStringLiteral("matching"), *matching },
                                 { QStringLiteral("chain"), chain } };
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        const int seqWidth = entries.empty() ? 1 : int(QString::number(entries.back().seq).size());
        for (const auto& entry : entries) {
            const QString dash = QStringLiteral("-");
            ConsoleOutput::out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                   .arg(entry.seq, seqWidth)
                                   .arg(utc(entry.atMs), entry.actor, entry.action,
                                        entry.target.isEmpty() ? dash : entry.target,
                                        entry.detail.isEmpty() ? dash : entry.detail));
        }
        if (entries.empty())
            ConsoleOutput::out(tr("No console-audit entry matches."));
        else if (qint64(entries.size()) < *matching)
            ConsoleOutput::out(tr("(the newest %1 of %2 matching entries)").arg(entries.size()).arg(*matching));
    }
    if (!verification->intact) {
        ConsoleOutput::err(tr("Console audit chain BROKEN at entry %1: %2 (%3 entries verified before it)")
                               .arg(verification->firstBadSeq)
                               .arg(verification->reason)
                               .arg(verification->entries));
        return 1;
    }
    if (!parser.isSet(json))
        ConsoleOutput::out(tr("Console audit chain: intact, %1 entries, head %2:%3")
                               .arg(verification->entries)
                               .arg(verification->head.seq)
                               .arg(QString::fromLatin1(verification->head.mac.toHex().left(16))));
    return 0;
}

} // namespace custodian
