#include "cli/SyncCommands.h"

#include "cli/CommandSupport.h"
#include "cli/ConsoleOutput.h"
#include "domain/Clock.h"
#include "store/Database.h"
#include "store/SyncSettingsRepository.h"
#include "sync/SyncEngine.h"
#include "sync/TlsPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace custodian {

namespace {
using namespace CommandSupport;

const QCommandLineOption serverOption(QStringLiteral("server"),
                                      QStringLiteral("The central service, https://HOST[:PORT]."),
                                      QStringLiteral("URL"));
const QCommandLineOption caOption(QStringLiteral("ca"),
                                  QStringLiteral("Trust only this CA (PEM) for the central service."),
                                  QStringLiteral("FILE"));
const QCommandLineOption
    pinOption(QStringLiteral("pin"),
              QStringLiteral("Require this SPKI SHA-256 (base64 or hex) in the server's chain; may "
                             "repeat."),
              QStringLiteral("SHA256"));
const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                         QStringLiteral("Read the bearer token from FILE."), QStringLiteral("FILE"));
const QCommandLineOption clientCertOption(QStringLiteral("client-cert"),
                                          QStringLiteral("Client certificate (PEM) for mutual TLS."),
                                          QStringLiteral("FILE"));
const QCommandLineOption clientKeyOption(QStringLiteral("client-key"),
                                         QStringLiteral("The client certificate's private key (PEM, not encrypted)."),
                                         QStringLiteral("FILE"));
const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                       QStringLiteral("Transfer timeout in seconds (1 to 600)."), QStringLiteral("S"));

Result<QByteArray> readFile(const QString& path, const QString& what, qint64 maxBytes = 1024 * 1024)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, SyncCommands::tr("Cannot read the %1 %2.").arg(what, path));
    if (file.size() > maxBytes)
        return Error(Error::Code::InvalidArgument, SyncCommands::tr("The %1 %2 is too large.").arg(what, path));
    return file.readAll();
}

// Applies the flags that the two commands share to `settings`.
Status applyFlags(const QCommandLineParser& parser, SyncSettings& settings)
{
    if (parser.isSet(serverOption))
        settings.serverUrl = parser.value(serverOption).trimmed();
    if (parser.isSet(caOption)) {
        auto pem = readFile(parser.value(caOption), SyncCommands::tr("CA file"));
        if (!pem)
            return pem.error();
        settings.caPem = *pem;
    }
    if (parser.isSet(pinOption))
        settings.pins = parser.values(pinOption);
    if (parser.isSet(tokenFileOption)) {
        auto token = readFile(parser.value(tokenFileOption), SyncCommands::tr("token file"), 4096);
        if (!token)
            return token.error();
        QByteArray trimmed = token->trimmed();
        settings.token = SecureBuffer::copyOf(trimmed);
        SecureBuffer::wipe(trimmed);
        SecureBuffer::wipe(*token);
        if (settings.token.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         SyncCommands::tr("The token file %1 is empty.").arg(parser.value(tokenFileOption)));
    }
    if (parser.isSet(clientCertOption) != parser.isSet(clientKeyOption))
        return Error(Error::Code::InvalidArgument, SyncCommands::tr("--client-cert and --client-key go together."));
    if (parser.isSet(clientCertOption)) {
        auto certificate = readFile(parser.value(clientCertOption), SyncCommands::tr("client certificate"));
        if (!certificate)
            return certificate.error();
        auto key = readFile(parser.value(clientKeyOption), SyncCommands::tr("client key"));
        if (!key)
            return key.error();
        settings.clientCertificatePem = *certificate;
        settings.clientKeyPem = SecureBuffer::copyOf(*key);
        SecureBuffer::wipe(*key);
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        settings.timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok)
            return Error(Error::Code::InvalidArgument,
                         SyncCommands::tr("--timeout must be a whole number of seconds."));
    }
    return {};
}

QJsonObject errorJson(const Error& error)
{
    return QJsonObject { { QStringLiteral("code"), Error::codeName(error.code()) },
                         { QStringLiteral("message"), error.message() } };
}

void printJson(const QJsonObject& object)
{
    ConsoleOutput::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

QString certificateSummary(const QByteArray& pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return SyncCommands::tr("(not a certificate)");
    const QSslCertificate& first = certificates.front();
    return SyncCommands::tr("%1, valid until %2")
        .arg(first.subjectDisplayName(), first.expiryDate().toUTC().toString(Qt::ISODate));
}
} // namespace

int SyncCommands::sync(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    parser.addOptions(
        { serverOption, caOption, pinOption, tokenFileOption, clientCertOption, clientKeyOption, timeoutOption });
    if (int status = parse(parser, arguments, QStringLiteral("sync"),
                           tr("Runs one sync with the central service: pushes this store's waiting changes and "
                              "console-audit entries, then pulls every stream. Uses the store's sync settings; a flag "
                              "overrides one for this run only (sync-config saves them). Prints a JSON summary."));
        status >= 0)
        return status;
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    auto settings = SyncSettingsRepository(store->database()).load();
    if (!settings)
        return fail(settings.error());
    if (auto status = applyFlags(parser, *settings); !status)
        return fail(status.error());
    if (auto policy = TlsPolicy::fromSettings(*settings); !policy)
        return fail(policy.error());

    SyncHttpClient client;
    SyncEngine::Options options;
    options.actor = actor();
    SyncEngine engine(store->database(), client, options);
    const SyncEngine::Report report = engine.run(*settings);

    QJsonObject pulled;
    for (auto it = report.pulled.cbegin(); it != report.pulled.cend(); ++it)
        pulled.insert(it.key(), it.value());
    QJsonObject streamMs;
    for (auto it = report.streamMs.cbegin(); it != report.streamMs.cend(); ++it)
        streamMs.insert(it.key(), it.value());
    QJsonObject summary { { QStringLiteral("outcome"), report.outcome },
                          { QStringLiteral("server"), settings->serverUrl },
                          { QStringLiteral("supervisor"), report.supervisor },
                          { QStringLiteral("pulled"), pulled },
                          { QStringLiteral("pulled_total"), report.totalPulled() },
                          { QStringLiteral("pushed"), report.pushed },
                          { QStringLiteral("conflicts"), report.conflicts },
                          { QStringLiteral("rejected"), report.rejected },
                          { QStringLiteral("waiting"), report.waiting },
                          { QStringLiteral("audit_pushed"), report.auditPushed },
                          { QStringLiteral("evidence"),
                            QJsonObject { { QStringLiteral("uploaded"), report.evidenceUploaded },
                                          { QStringLiteral("chunks_sent"), report.evidenceChunks },
                                          { QStringLiteral("refused"), report.evidenceRefused },
                                          { QStringLiteral("waiting"), report.evidenceWaiting } } },
                          { QStringLiteral("rolled_back"), report.rolledBack },
                          { QStringLiteral("duration_ms"), report.durationMs },
                          { QStringLiteral("events_ms"), report.eventsMs },
                          { QStringLiteral("stream_ms"), streamMs },
                          { QStringLiteral("run"), report.runId } };
    if (!report.notes.isEmpty())
        summary.insert(QStringLiteral("notes"), QJsonArray::fromStringList(report.notes));
    if (report.error)
        summary.insert(QStringLiteral("error"), errorJson(*report.error));
    if (report.rolledBack)
        summary.insert(QStringLiteral("rollback"), report.rollbackMessage);
    if (!report.rollbackResolution.isEmpty())
        summary.insert(QStringLiteral("rollback_resolution"), report.rollbackResolution);
    if (report.role)
        summary.insert(QStringLiteral("role"), toString(*report.role));
    if (report.tokenExpiresAt)
        summary.insert(QStringLiteral("token_expires_at"), *report.tokenExpiresAt);
    if (!report.newConsoles.empty()) {
        QJsonArray consoles;
        for (const SyncState::OtherConsole& console : report.newConsoles)
            consoles.append(QJsonObject { { QStringLiteral("key"), console.key },
                                          { QStringLiteral("store_id"), console.storeId },
                                          { QStringLiteral("registered_at"), console.registeredAt } });
        summary.insert(QStringLiteral("new_consoles"), consoles);
    }
    printJson(summary);
    if (!report.newConsoles.empty())
        ConsoleOutput::err(tr("Warning: %1").arg(SyncEngine::consolesMessage(report.newConsoles)));
    if (!report.rollbackResolution.isEmpty())
        ConsoleOutput::err(report.rollbackResolution);
    if (QString expiry = SyncEngine::tokenExpiryMessage(report.tokenExpiresAt, Clock::nowMs()); !expiry.isEmpty())
        ConsoleOutput::err(tr("Warning: %1").arg(expiry));
    if (report.error)
        return fail(*report.error);
    if (report.rolledBack) {
        ConsoleOutput::err(tr("Error: %1").arg(report.rollbackMessage));
        return 1;
    }
    return 0;
}

int SyncCommands::configure(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(storeOption());
    parser.addOption(passphraseFileOption());
    const QCommandLineOption systemCa(QStringLiteral("system-ca"),
                                      tr("Trust the system's CAs instead of a CA of its own."));
    const QCommandLineOption clearPins(QStringLiteral("clear-pins"), tr("Remove every pin."));
    const QCommandLineOption noClientCert(QStringLiteral("no-client-cert"),
                                          tr("Remove the client certificate and key."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Sync every S seconds while the console is unlocked (5 to 86400)."), tr("S"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the settings as JSON."));
    parser.addOptions({ serverOption, caOption, systemCa, pinOption, clearPins, tokenFileOption, clientCertOption,
                        clientKeyOption, noClientCert, interval, timeoutOption, json });
    if (int status = parse(parser, arguments, QStringLiteral("sync-config"),
                           tr("Shows the store's sync settings, or changes those given (checked, then saved with a "
                              "console-audit entry). The token and the client key are never shown."));
        status >= 0)
        return status;
    if (parser.isSet(caOption) && parser.isSet(systemCa))
        return usageError(tr("--ca and --system-ca exclude each other."));
    if (parser.isSet(noClientCert) && parser.isSet(clientCertOption))
        return usageError(tr("--client-cert and --no-client-cert exclude each other."));
    auto store = unlockStore(parser);
    if (!store)
        return fail(store.error());
    SyncSettingsRepository repository(store->database());
    auto settings = repository.load();
    if (!settings)
        return fail(settings.error());
    const bool changing = parser.isSet(serverOption) || parser.isSet(caOption) || parser.isSet(systemCa)
        || parser.isSet(pinOption) || parser.isSet(clearPins) || parser.isSet(tokenFileOption)
        || parser.isSet(clientCertOption) || parser.isSet(noClientCert) || parser.isSet(interval)
        || parser.isSet(timeoutOption);
    if (changing) {
        if (auto status = applyFlags(parser, *settings); !status)
            return fail(status.error());
        if (parser.isSet(systemCa))
            settings->caPem.clear();
        if (parser.isSet(clearPins))
            settings->pins.clear();
        if (parser.isSet(noClientCert)) {
            settings->clientCertificatePem.clear();
            settings->clientKeyPem.clear();
        }
        if (parser.isSet(interval)) {
            bool ok = false;
            settings->intervalSeconds = parser.value(interval).toInt(&ok);
            if (!ok)
                return fail(Error(Error::Code::InvalidArgument, tr("--interval must be a whole number of seconds.")));
        }
        if (auto policy = TlsPolicy::fromSettings(*settings); !policy)
            return fail(policy.error());
        auto changed = repository.save(*settings, actor());
        if (!changed)
            return fail(changed.error());
        ConsoleOutput::err(changed->isEmpty() ? tr("Nothing changed.")
                                              : tr("Saved: %1.").arg(changed->join(QStringLiteral(", "))));
    }
    const QJsonObject shown {
        { QStringLiteral("server"), settings->serverUrl },
        { QStringLiteral("ca"), settings->caPem.isEmpty() ? tr("system CAs") : certificateSummary(settings->caPem) },
        { QStringLiteral("pins"), QJsonArray::fromStringList(settings->pins) },
        { QStringLiteral("client_certificate"),
          settings->clientCertificatePem.isEmpty() ? QString() : certificateSummary(settings->clientCertificatePem) },
        { QStringLiteral("token_set"), !settings->token.isEmpty() },
        { QStringLiteral("interval_seconds"), settings->intervalSeconds },
        { QStringLiteral("timeout_seconds"), settings->timeoutSeconds }
    };
    if (parser.isSet(json)) {
        printJson(shown);
    } else {
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            const QJsonValue value = it.value();
            QString text = value.isArray() ? QString::number(value.toArray().size()) + tr(" pin(s)")
                : value.isBool()           ? (value.toBool() ? tr("yes") : tr("no"))
                : value.isDouble()         ? QString::number(value.toInteger())
                                           : value.toString();
            ConsoleOutput::out(QStringLiteral("%1: %2").arg(it.key(), -20).arg(text.isEmpty() ? tr("(none)") : text));
        }
    }
    return 0;
}

} // namespace custodian
