#include "sync/SyncEngine.h"

#include "crypto/Digest.h"
#include "domain/Clock.h"
#include "rules/AccessEventIngest.h"
#include "rules/DetectionSettings.h"
#include "store/ConsoleAudit.h"
#include "store/CrashPoint.h"
#include "store/CustomerRecordWriter.h"
#include "store/Database.h"
#include "store/DetectionSettingRepository.h"
#include "store/EvidenceRegister.h"
#include "store/EvidenceUploadQueue.h"
#include "store/FindingRepository.h"
#include "store/SyncCatalogue.h"
#include "store/SyncItemWriter.h"
#include "store/SyncOutbox.h"
#include "store/SyncRunLog.h"
#include "store/SyncState.h"
#include "store/Transaction.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <future>

namespace custodian {

namespace {
qint64 now()
{
    return Clock::nowMs();
}

QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

// Text from the server goes into messages and the history: short, one line, printable.
QString sanitised(const QString& text, int length = 300)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), length));
    for (QChar c : text.left(length))
        out += c.isPrint() ? c : QLatin1Char(' ');
    return out.simplified();
}

// 408: the service gave up waiting for the rest of a request (a stalled connection); the request may be repeated.
bool retryableStatus(int status)
{
    return status == 408 || status == 429 || status == 503 || status == 502 || status == 504 || status == 500;
}

} // namespace

qint64 SyncEngine::Report::totalPulled() const
{
    qint64 total = 0;
    for (qint64 items : pulled)
        total += items;
    return total;
}

QString SyncEngine::Report::summary() const
{
    QStringList parts;
    if (error)
        parts << error->message();
    if (rolledBack)
        parts << rollbackMessage;
    if (!rollbackResolution.isEmpty())
        parts << rollbackResolution;
    if (!newConsoles.empty())
        parts << consolesMessage(newConsoles);
    if (QString expiry = tokenExpiryMessage(tokenExpiresAt, now()); !expiry.isEmpty())
        parts << expiry;
    parts << notes;
    return parts.join(QLatin1Char(' '));
}

QString SyncEngine::rollbackMessage(const SyncState::RollbackNotice& notice)
{
    const QString until = tr("Its audit entries are not sent until an administrator resolves it on the central service "
                             "(custodian-central consoles --resolve).");
    if (notice.byService)
        return tr("The central service recorded that this console's audit went back to an older copy or was "
                  "replaced: it holds entries up to %1, and the console presented entry %2. %3")
            .arg(notice.serverSeq)
            .arg(notice.localSeq)
            .arg(until);
    if (notice.diverged)
        return tr("This store's console audit differs from the one the central service received (entry %1): the store "
                  "was restored from an older copy and used since, or replaced by another. %2")
            .arg(notice.serverSeq)
            .arg(until);
    return tr("This store is older than what the central service has seen of it: the service holds console-audit "
              "entries up to %1, the store only up to %2. The store was rolled back to an older copy. %3")
        .arg(notice.serverSeq)
        .arg(notice.localSeq)
        .arg(until);
}

QString SyncEngine::consolesMessage(const std::vector<SyncState::OtherConsole>& consoles)
{
    QStringList named;
    for (const SyncState::OtherConsole& console : consoles)
        named << tr("%1 (store %2, key %3…)")
                     .arg(QDateTime::fromMSecsSinceEpoch(console.registeredAt, Qt::UTC).toString(Qt::ISODate),
                          console.storeId, console.key.left(12));
    return tr("Another console was registered for your account on the central service: %1. If it is not yours, tell "
              "an administrator.")
        .arg(named.join(QStringLiteral("; ")));
}

QString SyncEngine::tokenExpiryMessage(std::optional<qint64> expiresAt, qint64 nowMs)
{
    constexpr qint64 DayMs = 86'400'000;
    if (!expiresAt || *expiresAt - nowMs > TokenWarningDays * DayMs)
        return {};
    const QString when
        = QDateTime::fromMSecsSinceEpoch(*expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (*expiresAt <= nowMs)
        return tr("The sync token expired on %1; ask an administrator for a new one.").arg(when);
    const int days = int((*expiresAt - nowMs + DayMs - 1) / DayMs);
    return QCoreApplication::translate("SyncEngine",
                                       "The sync token expires on %1 (in %n day(s)); ask an administrator for a new "
                                       "one before then.",
                                       nullptr, days)
        .arg(when);
}

QString SyncEngine::outcomeFor(const Error& error)
{
    switch (error.code()) {
    case Error::Code::Offline:
    case Error::Code::ServerBusy:
        return QStringLiteral("offline");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("error");
    }
}

SyncEngine::SyncEngine(Database& database, SyncHttpClient& client, Options options)
    : m_database(database)
    , m_client(client)
    , m_options(std::move(options))
{
}

SyncEngine::~SyncEngine() = default;

Error SyncEngine::serverError(const SyncHttpClient::Response& response, const QString& what)
{
    QString code;
    QString message;
    if (response.format) {
        auto body = SyncWire::decode(response.body, *response.format);
        if (body) {
            const QCborMap detail = body->value(QLatin1String("error")).toMap();
            code = sanitised(detail.value(QLatin1String("code")).toString(), 40);
            message = sanitised(detail.value(QLatin1String("message")).toString());
        }
    }
    const QString said = message.isEmpty() ? QString() : tr(" The server says: %1").arg(message);
    const int status = response.status;
    // A change the token's supervisor may not make (their role): refused, not a credentials problem.
    if (status == 403 && code == QLatin1String("forbidden"))
        return Error(
            Error::Code::Rejected,
            tr("The central service does not allow this supervisor %1 (HTTP 403, forbidden).%2").arg(what, said));
    if (status == 401 || status == 403)
        return Error(Error::Code::Unauthorized,
                     tr("The central service refused this console's credentials (HTTP %1) for %2. Check the token "
                        "(and the client certificate) in the sync settings.%3")
                         .arg(status)
                         .arg(what, said));
    if (status == 408)
        return Error(
            Error::Code::Offline,
            tr("The central service did not receive %1 in time (HTTP 408): the connection stalled.%2").arg(what, said));
    if (status == 429 || status == 503)
        return Error(Error::Code::ServerBusy,
                     tr("The central service is too busy to answer %1 (HTTP %2), even after waiting.%3")
                         .arg(what)
                         .arg(status)
                         .arg(said));
    if (status >= 500)
        return Error(Error::Code::ServerFailed,
                     tr("The central service failed to answer %1 (HTTP %2).%3").arg(what).arg(status).arg(said));
    if (status == 409)
        return Error(Error::Code::Conflict, tr("The central service reports a conflict for %1.%2").arg(what, said));
    if (status >= 400)
        return Error(Error::Code::Rejected,
                     tr("The central service refused %1 (HTTP %2%3).%4")
                         .arg(what)
                         .arg(status)
                         .arg(code.isEmpty() ? QString() : QStringLiteral(", ") + code)
                         .arg(said));
    return Error(Error::Code::Protocol,
                 tr("The central service answered %1 with the unexpected HTTP status %2.").arg(what).arg(status));
}

Result<SyncHttpClient::Response>
SyncEngine::finish(std::shared_ptr<SyncHttpClient::Pending> pending,
                   const std::function<std::shared_ptr<SyncHttpClient::Pending>()>& again)
{
    for (int attempt = 1;; ++attempt) {
        auto response = m_client.wait(pending);
        const bool retryable
            = response ? retryableStatus(response->status) : response.error().code() == Error::Code::Offline;
        if (!retryable || attempt >= m_options.maxAttempts)
            return response;
        int delayMs = std::min(m_options.maxBackoffMs, m_options.baseBackoffMs << std::min(attempt - 1, 10));
        delayMs = delayMs / 2 + int(QRandomGenerator::global()->bounded(delayMs / 2 + 1)); // jitter
        if (response && response->retryAfterSeconds) {
            if (*response->retryAfterSeconds > m_options.maxRetryAfterSeconds)
                return Error(Error::Code::ServerBusy,
                             tr("The central service asks to wait %1 s before trying again (HTTP %2); sync will try "
                                "again later.")
                                 .arg(*response->retryAfterSeconds)
                                 .arg(response->status));
            delayMs = std::max(delayMs, *response->retryAfterSeconds * 1000);
        }
        if (!m_client.sleep(delayMs))
            return Error(Error::Code::Cancelled, tr("Sync was stopped."));
        pending = again();
    }
}

Result<QCborMap> SyncEngine::expectObject(const SyncHttpClient::Response& response, const QString& what)
{
    if (!response.format)
        return Error(Error::Code::Protocol,
                     tr("The central service answered %1 with a body that is neither JSON nor CBOR.").arg(what));
    auto body = SyncWire::decode(response.body, *response.format);
    if (!body)
        return Error(Error::Code::Protocol,
                     tr("The central service's answer to %1 is malformed: %2").arg(what, body.error().message()));
    return body;
}

SyncEngine::Report SyncEngine::run(const SyncSettings& settings)
{
    Report report;
    report.startedAt = now();
    QElapsedTimer timer;
    timer.start();
    m_ingest.reset();
    m_offered.clear();
    SyncRunLog log(m_database);
    auto runId = log.start(report.startedAt);
    if (runId)
        report.runId = *runId;

    Status status = [&]() -> Status {
        if (!runId)
            return runId.error();
        auto consoleId = SyncState(m_database).consoleId();
        if (!consoleId)
            return consoleId.error();
        auto consoleKey = SyncState(m_database).consoleKey();
        if (!consoleKey)
            return consoleKey.error();
        if (auto configured = m_client.configure(settings, *consoleId, *consoleKey); !configured)
            return configured;
        if (auto result = session(report); !result)
            return result;
        if (m_options.push) {
            if (auto result = pushOutbox(report); !result)
                return result;
            if (auto result = pushEvidence(report); !result)
                return result;
            if (auto result = pushAudit(report); !result)
                return result;
        }
        if (m_options.pull) {
            if (auto result = pullAll(report); !result)
                return result;
        }
        return {};
    }();

    if (!status)
        report.error = status.error();
    report.outcome = status ? QStringLiteral("ok") : outcomeFor(status.error());
    if (auto waiting = SyncOutbox(m_database).waiting(); waiting)
        report.waiting = *waiting;
    if (auto uploads = EvidenceUploadQueue::pending(m_database); uploads)
        report.evidenceWaiting = *uploads;
    report.durationMs = timer.elapsed();
    if (runId) {
        SyncRunLog::Run run;
        run.id = *runId;
        run.startedAt = report.startedAt;
        run.finishedAt = now();
        run.outcome = report.outcome;
        run.pulled = report.totalPulled();
        run.pushed = report.pushed;
        run.conflicts = report.conflicts;
        run.message = report.summary();
        (void)log.finish(run);
    }
    // A run a supervisor asked for is one of their actions: it goes into the console audit.
    if (!m_options.actor.isEmpty()) {
        const QJsonObject detail { { QStringLiteral("outcome"), report.outcome },
                                   { QStringLiteral("pulled"), report.totalPulled() },
                                   { QStringLiteral("pushed"), report.pushed },
                                   { QStringLiteral("conflicts"), report.conflicts },
                                   { QStringLiteral("run"), report.runId } };
        if (auto transaction = Transaction::begin(m_database); transaction) {
            if (ConsoleAudit::append(m_database,
                                     { m_options.actor, QStringLiteral("sync"), settings.serverUrl.left(200),
                                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) }))
                (void)transaction->commit();
        }
    }
    return report;
}

Status SyncEngine::session(Report& report)
{
    const QString what = tr("the session request");
    auto response
        = finish(m_client.get(QStringLiteral("session")), [this] { return m_client.get(QStringLiteral("session")); });
    if (!response)
        return response.error();
    if (response->status != 200)
        return serverError(*response, what);
    auto body = expectObject(*response, what);
    if (!body)
        return body.error();
    const QCborValue api = body->value(QLatin1String("api"));
    if (!api.isInteger())
        return Error(Error::Code::Protocol,
                     tr("The central service does not say which version of the sync API it speaks."));
    if (api.toInteger() != SyncWire::ApiVersion)
        return Error(Error::Code::Protocol,
                     api.toInteger() < SyncWire::ApiVersion
                         ? tr("The central service speaks version %1 of the sync API; this console speaks version %2 "
                              "and does not sync with an older service (version 1 sends full card numbers to every "
                              "console). Update the central service.")
                               .arg(api.toInteger())
                               .arg(SyncWire::ApiVersion)
                         : tr("The central service speaks version %1 of the sync API; this console speaks version %2. "
                              "Update the console.")
                               .arg(api.toInteger())
                               .arg(SyncWire::ApiVersion));
    const QCborMap supervisor = body->value(QLatin1String("supervisor")).toMap();
    const QString username = sanitised(supervisor.value(QLatin1String("username")).toString(), 64);
    const QString displayName = sanitised(supervisor.value(QLatin1String("display_name")).toString(), 200);
    if (username.isEmpty())
        return Error(Error::Code::Protocol, tr("The central service's session names no supervisor."));
    report.supervisor = displayName.isEmpty() ? username : QStringLiteral("%1 (%2)").arg(displayName, username);
    const QCborValue streams = body->value(QLatin1String("streams"));
    if (streams.isArray()) {
        for (const QCborValue& stream : streams.toArray()) {
            if (stream.isString() && stream.toString().size() <= 64)
                m_offered << stream.toString();
        }
    }
    const QCborMap head = body->value(QLatin1String("audit_head")).toMap();
    const QCborValue seq = head.value(QLatin1String("seq"));
    const QString mac = head.value(QLatin1String("mac")).toString();
    static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!seq.isInteger() || seq.toInteger() < 0 || !hex.match(mac).hasMatch()
        || (seq.toInteger() > 0) != !mac.isEmpty())
        return Error(Error::Code::Protocol, tr("The central service's session has no valid console-audit head."));
    m_serverAuditSeq = seq.toInteger();
    m_serverAuditMac = QByteArray::fromHex(mac.toLatin1());
    const QCborValue console = body->value(QLatin1String("console"));
    if (!console.isMap())
        return Error(Error::Code::Protocol, tr("The central service's session does not describe this console."));
    std::optional<SyncState::RollbackNotice> recorded;
    const QCborValue rollback = console.toMap().value(QLatin1String("rollback"));
    if (rollback.isMap()) {
        const QCborMap map = rollback.toMap();
        recorded = SyncState::RollbackNotice { map.value(QLatin1String("detected_at")).toInteger(),
                                               map.value(QLatin1String("held_seq")).toInteger(),
                                               map.value(QLatin1String("console_seq")).toInteger(), false, true };
    } else if (!rollback.isNull() && !rollback.isUndefined()) {
        return Error(Error::Code::Protocol, tr("The central service's session has an invalid rollback record."));
    }
    {
        auto transaction = Transaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        if (auto status = SyncState(m_database).setSupervisor(report.supervisor); !status)
            return status;
        const QCborValue supervisorId = supervisor.value(QLatin1String("id"));
        if (supervisorId.isInteger() && supervisorId.toInteger() > 0) {
            if (auto status = SyncState(m_database).setSupervisorId(supervisorId.toInteger()); !status)
                return status;
        }
        // A role the console does not know counts as a plain supervisor's: it may edit less, never more.
        report.role = supervisorRoleFromString(supervisor.value(QLatin1String("role")).toString())
                          .value_or(SupervisorRole::Supervisor);
        if (auto status = SyncState(m_database).setSupervisorRole(*report.role); !status)
            return status;
        const QCborValue expires = body->value(QLatin1String("token")).toMap().value(QLatin1String("expires_at"));
        if (expires.isInteger())
            report.tokenExpiresAt = expires.toInteger();
        if (auto status = SyncState(m_database).setTokenExpiresAt(report.tokenExpiresAt); !status)
            return status;
        if (auto status = transaction->commit(); !status)
            return status;
    }
    // A resolution first: it ends a notice, and the head the service holds after it starts the chain afresh.
    if (auto status = takeResolution(report, console.toMap().value(QLatin1String("resolution"))); !status)
        return status;
    if (auto status = takeOtherConsoles(report, console.toMap().value(QLatin1String("others"))); !status)
        return status;
    return checkAuditHead(report, m_serverAuditSeq, m_serverAuditMac, recorded);
}

Status SyncEngine::takeResolution(Report& report, const QCborValue& resolution)
{
    if (resolution.isNull() || resolution.isUndefined())
        return {};
    const QCborMap map = resolution.toMap();
    const QCborValue id = map.value(QLatin1String("id"));
    if (!resolution.isMap() || !id.isInteger() || id.toInteger() < 1)
        return Error(Error::Code::Protocol, tr("The central service's session has an invalid rollback resolution."));
    SyncState state(m_database);
    auto seen = state.rollbackResolution();
    if (!seen)
        return seen.error();
    if (*seen == id.toInteger())
        return {};
    auto notice = state.rollback();
    if (!notice)
        return notice.error();
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (*notice) {
        // The administrator accepted this console's chain: the notice ends here, in the console audit.
        const QString reason = sanitised(map.value(QLatin1String("reason")).toString(), 2000);
        const qint64 resolvedAt = map.value(QLatin1String("resolved_at")).toInteger();
        const QJsonObject detail { { QStringLiteral("resolution"), id.toInteger() },
                                   { QStringLiteral("resolved_at"), resolvedAt },
                                   { QStringLiteral("reason"), reason },
                                   { QStringLiteral("detected_at"), (*notice)->detectedAt } };
        if (auto status = state.setRollback(std::nullopt); !status)
            return status;
        if (auto seq
            = ConsoleAudit::append(m_database,
                                   { QStringLiteral("central"), QStringLiteral("sync.rollback_resolved"), QString(),
                                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
            !seq)
            return seq.error();
        report.rollbackResolution
            = tr("An administrator resolved this console's rollback on the central service: %1").arg(reason);
    }
    if (auto status = state.setRollbackResolution(id.toInteger()); !status)
        return status;
    return transaction->commit();
}

Status SyncEngine::takeOtherConsoles(Report& report, const QCborValue& others)
{
    static const QRegularExpression key(QStringLiteral("^[0-9a-f]{64}$"));
    std::vector<SyncState::OtherConsole> listed;
    if (!others.isUndefined() && !others.isNull()) {
        if (!others.isArray() || others.toArray().size() > 1000)
            return Error(Error::Code::Protocol, tr("The central service's session has an invalid list of consoles."));
        for (const QCborValue& value : others.toArray()) {
            const QCborMap map = value.toMap();
            const QString text = map.value(QLatin1String("key")).toString();
            const QCborValue registered = map.value(QLatin1String("registered_at"));
            if (!key.match(text).hasMatch() || !registered.isInteger())
                return Error(Error::Code::Protocol,
                             tr("The central service's session has an invalid list of consoles."));
            listed.push_back(
                { text, sanitised(map.value(QLatin1String("store_id")).toString(), 64), registered.toInteger() });
        }
    }
    SyncState state(m_database);
    auto known = state.knownConsoles();
    if (!known)
        return known.error();
    std::vector<SyncState::OtherConsole> fresh;
    std::vector<SyncState::OtherConsole> remembered = known->value_or(std::vector<SyncState::OtherConsole>());
    for (const SyncState::OtherConsole& console : listed) {
        const bool seen = std::any_of(remembered.begin(), remembered.end(),
                                      [&](const SyncState::OtherConsole& k) { return k.key == console.key; });
        if (!seen) {
            remembered.push_back(console);
            // At this console's first session the supervisor's consoles are simply learnt: they were there before it.
            if (*known)
                fresh.push_back(console);
        }
    }
    if (*known && fresh.empty())
        return {};
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = state.setKnownConsoles(remembered); !status)
        return status;
    if (!fresh.empty()) {
        auto notice = state.consoleNotice();
        if (!notice)
            return notice.error();
        notice->insert(notice->end(), fresh.begin(), fresh.end());
        if (auto status = state.setConsoleNotice(*notice); !status)
            return status;
        QJsonArray consoles;
        for (const SyncState::OtherConsole& console : fresh)
            consoles.append(QJsonObject { { QStringLiteral("key"), console.key.left(12) },
                                          { QStringLiteral("store_id"), console.storeId },
                                          { QStringLiteral("registered_at"), console.registeredAt } });
        const QJsonObject detail { { QStringLiteral("consoles"), consoles } };
        if (auto seq
            = ConsoleAudit::append(m_database,
                                   { QStringLiteral("system"), QStringLiteral("sync.console_registered"), QString(),
                                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
            !seq)
            return seq.error();
        report.newConsoles = fresh;
    }
    return transaction->commit();
}

Status SyncEngine::checkAuditHead(Report& report, qint64 serverSeq, const QByteArray& serverMac,
                                  const std::optional<SyncState::RollbackNotice>& recordedByService)
{
    SyncState state(m_database);
    auto previous = state.rollback();
    if (!previous)
        return previous.error();
    std::optional<SyncState::RollbackNotice> notice;
    if (serverSeq > 0) {
        auto mac = state.auditMac(serverSeq);
        if (!mac)
            return mac.error();
        if (!*mac || **mac != serverMac) {
            auto last = state.lastAuditSeq();
            if (!last)
                return last.error();
            notice = SyncState::RollbackNotice { now(), serverSeq, *last, mac->has_value(), false };
        }
    }
    if (!notice && recordedByService)
        notice = recordedByService;
    // A notice stays until an administrator resolves it on the service (takeResolution), even when this store's chain
    // matches the service's head again: putting the newer copy back must not erase what happened.
    const std::optional<SyncState::RollbackNotice> shown = *previous ? *previous : notice;
    if (!shown)
        return {};
    report.rolledBack = true;
    report.rollbackMessage = rollbackMessage(*shown);
    if (*previous)
        return {}; // detected and audited before; still so
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto status = state.setRollback(notice); !status)
        return status;
    const QJsonObject detail { { QStringLiteral("server_seq"), notice->serverSeq },
                               { QStringLiteral("local_seq"), notice->localSeq },
                               { QStringLiteral("diverged"), notice->diverged },
                               { QStringLiteral("by_service"), notice->byService } };
    if (auto seq = ConsoleAudit::append(m_database,
                                        { QStringLiteral("system"), QStringLiteral("sync.rollback_detected"), QString(),
                                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
        !seq)
        return seq.error();
    return transaction->commit();
}

Status SyncEngine::reportRollback()
{
    // The service keeps the rollback until an administrator resolves it; it learns of it from this console's own head.
    SyncState state(m_database);
    auto last = state.lastAuditSeq();
    if (!last)
        return last.error();
    QByteArray mac;
    if (*last > 0) {
        auto held = state.auditMac(*last);
        if (!held)
            return held.error();
        mac = held->value_or(QByteArray());
    }
    QCborMap previous;
    previous.insert(QLatin1String("seq"), *last);
    previous.insert(QLatin1String("mac"), QString::fromLatin1(mac.toHex()));
    QCborMap push;
    push.insert(QLatin1String("previous"), previous);
    push.insert(QLatin1String("entries"), QCborArray());
    push.insert(QLatin1String("rollback"), true);
    const QByteArray body = SyncWire::encode(push, SyncWire::Format::Cbor);
    auto response = finish(m_client.post(QStringLiteral("audit"), body, SyncWire::Format::Cbor),
                           [&] { return m_client.post(QStringLiteral("audit"), body, SyncWire::Format::Cbor); });
    if (!response)
        return response.error();
    if (response->status != 200 && response->status != 409)
        return serverError(*response, tr("the rollback report"));
    return {};
}

Status SyncEngine::pushOutbox(Report& report)
{
    SyncOutbox outbox(m_database);
    for (;;) {
        // One at a time, read afresh: an applied change rebases the next change of its entity (SyncOutbox::markSent).
        auto due = outbox.due(now(), 1);
        if (!due)
            return due.error();
        if (due->empty())
            return {};
        for (const SyncOutbox::Entry& entry : *due) {
            auto mark = [&](const std::function<Status()>& write) -> Status {
                auto transaction = Transaction::begin(m_database);
                if (!transaction)
                    return transaction.error();
                if (auto status = write(); !status)
                    return status;
                return transaction->commit();
            };
            auto entity = outbox.wireEntity(entry);
            if (!entity)
                return entity.error();
            if (entity->isEmpty()) {
                if (auto status = mark([&] {
                        return outbox.markRejected(entry, tr("What this change was about no longer exists here."));
                    });
                    !status)
                    return status;
                ++report.rejected;
                continue;
            }
            QCborMap change;
            change.insert(QLatin1String("kind"), entry.kind);
            change.insert(QLatin1String("entity"), *entity);
            change.insert(QLatin1String("base_version"),
                          entry.baseVersion ? QCborValue(*entry.baseVersion) : QCborValue(nullptr));
            change.insert(QLatin1String("payload"),
                          QCborValue::fromJsonValue(QJsonDocument::fromJson(entry.payload.toUtf8()).object()));
            const QByteArray body = SyncWire::encode(change, SyncWire::Format::Cbor);
            const QString path = QStringLiteral("changes/") + entry.key;
            const QString what = tr("the change %1 (%2)").arg(entry.id).arg(entry.kind);
            auto response = finish(m_client.put(path, body, SyncWire::Format::Cbor),
                                   [&] { return m_client.put(path, body, SyncWire::Format::Cbor); });
            if (!response || retryableStatus(response->status)) {
                const Error error = response ? serverError(*response, what) : response.error();
                if (error.code() != Error::Code::Cancelled) {
                    // Kept in its place, tried again later: order holds.
                    const qint64 delay = std::min<qint64>(15 * 60'000, 5000ll << std::min(entry.attempts, 8));
                    (void)mark([&] { return outbox.markRetry(entry, now() + delay, error.message()); });
                }
                return error;
            }
            const int code = response->status;
            // The server has decided; until the mark below commits, a crash leaves the change queued, and pushing it
            // again gets the same answer (its idempotency key).
            CrashPoint::reached("sync.change-answered");
            if (code == 401 || code == 403) {
                const Error error = serverError(*response, what);
                if (error.code() != Error::Code::Rejected)
                    return error; // the credentials: the run stops and the change stays queued
                // Not this supervisor's to change (403 forbidden): refused with the service's reason.
                if (auto status = mark([&] { return outbox.markRejected(entry, error.message()); }); !status)
                    return status;
                ++report.rejected;
                continue;
            }
            if (code == 200 || code == 201) {
                auto answer = expectObject(*response, what);
                if (!answer)
                    return answer.error();
                const QCborValue version = answer->value(QLatin1String("version"));
                if (!version.isInteger() || version.toInteger() < 1)
                    return Error(Error::Code::Protocol,
                                 tr("The central service applied %1 but gave no version.").arg(what));
                const QCborValue centralId = answer->value(QLatin1String("id"));
                const std::optional<qint64> newId = centralId.isInteger() && centralId.toInteger() > 0
                    ? std::optional<qint64>(centralId.toInteger())
                    : std::nullopt;
                if (auto status = mark([&] { return outbox.markSent(entry, version.toInteger(), newId); }); !status)
                    return status;
                ++report.pushed;
                continue;
            }
            if (code == 409) {
                auto answer = expectObject(*response, what);
                if (!answer)
                    return answer.error();
                const QCborMap current = answer->value(QLatin1String("current")).toMap();
                const QCborValue version = current.value(QLatin1String("version"));
                const QString theirs
                    = QString::fromUtf8(QJsonDocument(current.toJsonObject()).toJson(QJsonDocument::Compact))
                          .left(100'000);
                if (auto status = mark([&] {
                        return outbox.markConflict(
                            entry, version.isInteger() ? std::optional<qint64>(version.toInteger()) : std::nullopt,
                            theirs, now());
                    });
                    !status)
                    return status;
                ++report.conflicts;
                continue;
            }
            if (code >= 400 && code < 500) {
                const Error error = serverError(*response, what);
                if (auto status = mark([&] { return outbox.markRejected(entry, error.message()); }); !status)
                    return status;
                ++report.rejected;
                continue;
            }
            return serverError(*response, what);
        }
        if (m_options.committed)
            m_options.committed({ QStringLiteral("outbox") });
    }
}

Status SyncEngine::pushEvidence(Report& report)
{
    // Each due upload once per run, oldest first. One that waits (an incident the service does not hold yet, a chunk
    // spoilt on the way) does not hold the others back; a failure of the connection ends the run.
    auto due = EvidenceUploadQueue::due(m_database, now(), 1000);
    if (!due)
        return due.error();
    for (const EvidenceUploadQueue::Upload& upload : *due) {
        if (auto status = uploadEvidence(report, upload); !status)
            return status;
    }
    return {};
}

Status SyncEngine::uploadEvidence(Report& report, const EvidenceUploadQueue::Upload& upload)
{
    auto item = EvidenceRegister::item(m_database, upload.itemId);
    if (!item)
        return item.error();
    const QString sha256 = QString::fromLatin1(item->sha256.toHex());
    const QString what = tr("the upload of evidence %1").arg(upload.itemId);
    const QString path = QStringLiteral("evidence/") + upload.key;
    auto notify = [this] {
        if (m_options.committed)
            m_options.committed({ QStringLiteral("evidence") });
    };

    // What an answer means for the upload. Continue: go on with the next chunk; Done: this upload is finished for
    // this run (verified, waiting, refused); otherwise the run stops with the error.
    enum class Next { Continue, Done };
    QSet<qint64> held;
    int attempts = upload.attempts; // since the last progress: a 200 starts them again
    auto retryAt = [&] { return now() + EvidenceUploadQueue::retryDelayMs(attempts); };
    auto take = [&](const Result<SyncHttpClient::Response>& response) -> Result<Next> {
        if (!response || retryableStatus(response->status)) {
            const Error error = response ? serverError(*response, what) : response.error();
            if (error.code() != Error::Code::Cancelled)
                (void)EvidenceUploadQueue::markWaiting(m_database, upload, retryAt(), error.message());
            notify();
            return error;
        }
        const int code = response->status;
        if (code == 401 || code == 403)
            return serverError(*response, what); // the credentials: the run stops, the upload stays queued
        if (code == 200) {
            auto answer = expectObject(*response, what);
            if (!answer)
                return answer.error();
            const QString state = answer->value(QLatin1String("state")).toString();
            const QCborValue heldList = answer->value(QLatin1String("held"));
            if ((state != QLatin1String("receiving") && state != QLatin1String("verified"))
                || answer->value(QLatin1String("sha256")).toString() != sha256 || !heldList.isArray())
                return Error(Error::Code::Protocol,
                             tr("The central service's answer to %1 does not describe this upload.").arg(what));
            if (state == QLatin1String("verified")) {
                const QCborValue central = answer->value(QLatin1String("evidence"));
                if (!central.isInteger() || central.toInteger() < 1)
                    return Error(Error::Code::Protocol,
                                 tr("The central service verified %1 but gave no evidence id.").arg(what));
                if (auto status = EvidenceUploadQueue::markVerified(m_database, upload, central.toInteger(), sha256,
                                                                    item->size, now());
                    !status)
                    return status.error();
                ++report.evidenceUploaded;
                notify();
                return Next::Done;
            }
            attempts = 0;
            held.clear();
            for (const QCborValue& seq : heldList.toArray()) {
                if (!seq.isInteger() || seq.toInteger() < 0 || seq.toInteger() >= item->chunkCount)
                    return Error(
                        Error::Code::Protocol,
                        tr("The central service's answer to %1 names a chunk the file does not have.").arg(what));
                held.insert(seq.toInteger());
            }
            if (auto status = EvidenceUploadQueue::setHeld(m_database, upload.itemId, held.size()); !status)
                return status.error();
            notify();
            return Next::Continue;
        }
        const Error error = serverError(*response, what);
        QString errorCode;
        QString said = error.message();
        if (response->format) {
            if (auto body = SyncWire::decode(response->body, *response->format); body) {
                const QCborMap detail = body->value(QLatin1String("error")).toMap();
                errorCode = detail.value(QLatin1String("code")).toString();
                // The Evidence tab shows the service's own words: they name the incident, the chunk, the hashes.
                if (const QString message = sanitised(detail.value(QLatin1String("message")).toString(), 2000);
                    !message.isEmpty())
                    said = message;
            }
        }
        // A service that does not know the routes (404 not_found, 405: older than evidence uploads) is no refusal of
        // the file: the upload waits for the service to be updated.
        if ((code == 404 && errorCode != QLatin1String("unknown_upload")) || code == 405) {
            said = tr("The central service does not take evidence uploads (HTTP %1%2): it is older than this console. "
                      "The upload waits until the service is updated.")
                       .arg(code)
                       .arg(errorCode.isEmpty() ? QString() : QStringLiteral(", ") + errorCode);
            if (auto status = EvidenceUploadQueue::markWaiting(m_database, upload, retryAt(), said); !status)
                return status.error();
            notify();
            return Next::Done;
        }
        // Worth another try later: an incident the service does not hold yet (it may be on its way: its own sync,
        // or the service's data), a chunk spoilt on the way, a body over the service's limit, an upload it lost.
        if ((code == 409 && errorCode == QLatin1String("unknown_incident"))
            || (code == 422 && errorCode == QLatin1String("chunk_hash_mismatch")) || code == 413
            || (code == 404 && errorCode == QLatin1String("unknown_upload"))) {
            if (auto status = EvidenceUploadQueue::markWaiting(m_database, upload, retryAt(), said); !status)
                return status.error();
            notify();
            return Next::Done;
        }
        if (code >= 400 && code < 500) {
            // The service will not take it as it is (the whole file differs from its declaration, ...): kept with the
            // reason, not tried again.
            if (auto status = EvidenceUploadQueue::markRefused(m_database, upload, said); !status)
                return status.error();
            ++report.evidenceRefused;
            notify();
            return Next::Done;
        }
        return error;
    };

    QCborMap declaration;
    declaration.insert(QLatin1String("incident"), item->incidentId);
    declaration.insert(QLatin1String("file_name"), item->fileName);
    declaration.insert(QLatin1String("media_type"), item->mediaType);
    declaration.insert(QLatin1String("description"), item->description);
    declaration.insert(QLatin1String("size"), item->size);
    declaration.insert(QLatin1String("sha256"), sha256);
    declaration.insert(QLatin1String("chunk_size"), item->chunkSize);
    declaration.insert(QLatin1String("added_by"), item->addedBy);
    declaration.insert(QLatin1String("added_at"), item->addedAt);
    const QByteArray body = SyncWire::encode(declaration, SyncWire::Format::Cbor);
    auto declared = take(finish(m_client.put(path, body, SyncWire::Format::Cbor),
                                [&] { return m_client.put(path, body, SyncWire::Format::Cbor); }));
    if (!declared)
        return declared.error();
    if (*declared == Next::Done)
        return {};
    // Only what the service does not hold: a chunk it holds was checked against its hash when it arrived.
    for (qint64 seq = 0; seq < item->chunkCount; ++seq) {
        if (held.contains(seq))
            continue;
        auto data = EvidenceRegister::chunk(m_database, upload.itemId, seq);
        if (!data) {
            if (data.error().code() != Error::Code::NotFound)
                return data.error();
            // The evidence is damaged here; Verify all on the Evidence tab names how.
            if (auto status = EvidenceUploadQueue::markRefused(m_database, upload, data.error().message()); !status)
                return status;
            ++report.evidenceRefused;
            notify();
            return {};
        }
        const SyncHttpClient::Headers headers { { QByteArrayLiteral("X-Custodian-Chunk-SHA256"),
                                                  Digest::sha256(*data).toHex() } };
        const QString chunkPath = path + QStringLiteral("/chunks/%1").arg(seq);
        auto sent = take(finish(m_client.putBytes(chunkPath, *data, headers),
                                [&] { return m_client.putBytes(chunkPath, *data, headers); }));
        if (!sent)
            return sent.error();
        ++report.evidenceChunks;
        if (*sent == Next::Done)
            return {};
    }
    return Error(
        Error::Code::Protocol,
        tr("The central service holds every chunk of %1 but did not say whether the file is intact.").arg(what));
}

Status SyncEngine::pushAudit(Report& report)
{
    if (report.rolledBack)
        return reportRollback();
    SyncState state(m_database);
    qint64 from = m_serverAuditSeq;
    QByteArray mac = m_serverAuditMac;
    for (;;) {
        auto entries = state.auditEntriesAfter(from, 500);
        if (!entries)
            return entries.error();
        if (entries->empty())
            return {};
        QCborArray list;
        for (const SyncState::AuditEntry& entry : *entries) {
            QCborMap item;
            item.insert(QLatin1String("seq"), entry.seq);
            item.insert(QLatin1String("at"), entry.at);
            item.insert(QLatin1String("actor"), entry.actor);
            item.insert(QLatin1String("action"), entry.action);
            item.insert(QLatin1String("target"), entry.target);
            item.insert(QLatin1String("detail"), entry.detail);
            item.insert(QLatin1String("mac"), QString::fromLatin1(entry.mac.toHex()));
            list.append(item);
        }
        QCborMap previous;
        previous.insert(QLatin1String("seq"), from);
        previous.insert(QLatin1String("mac"), QString::fromLatin1(mac.toHex()));
        QCborMap push;
        push.insert(QLatin1String("previous"), previous);
        push.insert(QLatin1String("entries"), list);
        const QByteArray body = SyncWire::encode(push, SyncWire::Format::Cbor);
        const QString what = tr("the console-audit entries");
        auto response = finish(m_client.post(QStringLiteral("audit"), body, SyncWire::Format::Cbor),
                               [&] { return m_client.post(QStringLiteral("audit"), body, SyncWire::Format::Cbor); });
        if (!response)
            return response.error();
        if (response->status == 409) {
            // The service's head moved on from what the session said: another copy of this store is syncing too.
            auto answer = expectObject(*response, what);
            if (!answer)
                return answer.error();
            const QCborMap current = answer->value(QLatin1String("current")).toMap();
            if (auto status = checkAuditHead(
                    report, current.value(QLatin1String("seq")).toInteger(),
                    QByteArray::fromHex(current.value(QLatin1String("mac")).toString().toLatin1()), std::nullopt);
                !status)
                return status;
            return report.rolledBack ? reportRollback() : Status();
        }
        if (response->status != 200)
            return serverError(*response, what);
        auto answer = expectObject(*response, what);
        if (!answer)
            return answer.error();
        const QCborMap head = answer->value(QLatin1String("head")).toMap();
        if (head.value(QLatin1String("seq")).toInteger() != entries->back().seq)
            return Error(Error::Code::Protocol,
                         tr("The central service acknowledged other audit entries than were sent."));
        report.auditPushed += qint64(entries->size());
        from = entries->back().seq;
        mac = entries->back().mac;
    }
}

Status SyncEngine::pullAll(Report& report)
{
    for (const SyncCatalogue::Stream& stream : SyncCatalogue::streams()) {
        const QString name = latin(stream.name);
        if (!m_offered.isEmpty() && !m_offered.contains(name)) {
            report.notes << tr("The central service does not offer the stream %1.").arg(name);
            continue;
        }
        if (auto status = pullStream(report, name); !status)
            return status;
    }
    return {};
}

Status SyncEngine::pullStream(Report& report, const QString& name)
{
    const SyncCatalogue::Stream& stream = *SyncCatalogue::stream(name);
    SyncState state(m_database);
    auto stored = state.cursor(name);
    if (!stored)
        return stored.error();
    QString requested = *stored;
    auto request = [&](const QString& cursor) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(stream.maxPageItems));
        return m_client.get(QStringLiteral("streams/") + name, query);
    };
    if (stream.kind == SyncCatalogue::StreamKind::AccessEvents)
        return pullEvents(report, stream, requested, request);
    QElapsedTimer timer;
    timer.start();
    SyncItemWriter items(m_database);
    CustomerRecordWriter records(m_database);
    FindingRepository findings(m_database);
    DetectionSettingRepository thresholds(m_database);
    const QString what = tr("a page of the %1 stream").arg(name);
    auto pending = request(requested);
    for (;;) {
        auto response = finish(pending, [&] { return request(requested); });
        if (!response)
            return response.error();
        if (response->status == 404 && response->format) {
            auto body = SyncWire::decode(response->body, *response->format);
            if (body
                && body->value(QLatin1String("error")).toMap().value(QLatin1String("code")).toString()
                    == QLatin1String("unknown_stream")) {
                report.notes << tr("The central service does not offer the stream %1.").arg(name);
                return {};
            }
        }
        if (response->status != 200)
            return serverError(*response, what);
        if (!response->format)
            return Error(Error::Code::Protocol,
                         tr("The central service answered %1 with a body that is neither JSON nor CBOR.").arg(what));
        auto page = SyncWire::decodePage(response->body, *response->format, name, false, stream.maxPageItems);
        if (!page)
            return Error(
                Error::Code::Protocol,
                tr("The central service sent an invalid page of the %1 stream: %2").arg(name, page.error().message()));
        const qint64 count = qint64(page->items.size());
        if (page->more && (page->cursor == requested || count == 0))
            return Error(Error::Code::Protocol,
                         tr("The central service's %1 stream does not advance (the same cursor again, or an empty page "
                            "with more to come).")
                             .arg(name));
        if (page->more) {
            requested = page->cursor;
            pending = request(requested); // fetched while this page is written
        }
        if (count > 0 || page->cursor != *stored) {
            auto transaction = Transaction::begin(m_database);
            if (!transaction)
                return transaction.error();
            Status applied = [&]() -> Status {
                switch (stream.kind) {
                case SyncCatalogue::StreamKind::Items: {
                    auto result = items.apply(stream, page->items);
                    if (!result)
                        return result.error();
                    if (result->unknownTypes > 0)
                        report.notes << tr("%1 items of unknown types in the %2 stream were skipped.")
                                            .arg(result->unknownTypes)
                                            .arg(name);
                    return {};
                }
                case SyncCatalogue::StreamKind::Records: {
                    auto result = records.apply(page->items);
                    return result ? Status() : Status(result.error());
                }
                case SyncCatalogue::StreamKind::AccessEvents:
                    return {}; // pullEvents
                case SyncCatalogue::StreamKind::FindingStatus:
                    return applyFindingStatus(findings, stream, page->items);
                case SyncCatalogue::StreamKind::DetectionSettings:
                    return applyDetectionSettings(thresholds, page->items);
                }
                return {};
            }();
            if (applied)
                applied = state.setCursor(name, page->cursor, now());
            if (!applied)
                return applied.error().code() == Error::Code::Protocol
                    ? Error(Error::Code::Protocol,
                            tr("The central service sent an invalid page of the %1 stream: %2")
                                .arg(name, applied.error().message()))
                    : applied.error();
            CrashPoint::reached("sync.page-written");
            if (auto status = transaction->commit(); !status)
                return status;
            CrashPoint::reached("sync.page-committed");
            *stored = page->cursor;
            report.pulled[name] += count;
            if (m_options.committed)
                m_options.committed({ name });
            if (m_options.progress)
                m_options.progress(name, report.pulled[name]);
        }
        if (!page->more)
            break;
        if (m_client.isCancelled())
            return Error(Error::Code::Cancelled, tr("Sync was stopped."));
    }
    report.streamMs[name] += timer.elapsed();
    return {};
}

Status SyncEngine::pullEvents(Report& report, const SyncCatalogue::Stream& stream, QString requested,
                              const std::function<std::shared_ptr<SyncHttpClient::Pending>(const QString&)>& request)
{
    const QString name = latin(stream.name);
    QElapsedTimer timer;
    timer.start();
    if (!m_ingest) {
        // Fresh per run, after the reference streams: the detections read agents, shifts and training anew.
        m_ingest = std::make_unique<AccessEventIngest>(m_database, DetectionEngine::Options());
    }
    // Events are written in groups of pages — one AccessEventIngest call and one transaction per group, because ingest
    // costs per call and per commit (rollups, dirty pages) fall with size: 20 000 events at a time ingest at ~120 000
    // events/s, 100 000 at ~190 000 (docs/performance.md) — and a group is written on a second thread while the next
    // one is fetched and decoded here: the connection is the writer's alone until it is joined.
    struct Written
    {
        Status status;
        qint64 events = 0;
    };
    std::future<Written> writing;
    auto join = [&]() -> Status {
        if (!writing.valid())
            return {};
        Written done = writing.get();
        if (!done.status)
            return done.status;
        report.pulled[name] += done.events;
        report.eventsPulled += done.events;
        if (m_options.committed)
            m_options.committed({ name });
        if (m_options.progress)
            m_options.progress(name, report.pulled[name]);
        return {};
    };
    // Every way out of this function waits for the writer first.
    struct Joiner
    {
        std::future<Written>& future;
        ~Joiner()
        {
            if (future.valid())
                future.wait();
        }
    } joiner { writing };
    auto write = [this, name](std::vector<AccessEvent> events, QString cursor) -> Written {
        Written done;
        done.events = qint64(events.size());
        done.status = [&]() -> Status {
            auto transaction = Transaction::begin(m_database);
            if (!transaction)
                return transaction.error();
            if (auto ingested = m_ingest->ingest(events); !ingested)
                return ingested.error().code() == Error::Code::InvalidArgument
                    ? Error(Error::Code::Protocol,
                            tr("The central service sent an invalid page of the %1 stream: %2")
                                .arg(name, ingested.error().message()))
                    : ingested.error();
            if (auto status = SyncState(m_database).setCursor(name, cursor, now()); !status)
                return status;
            CrashPoint::reached("sync.page-written");
            if (auto status = transaction->commit(); !status)
                return status;
            CrashPoint::reached("sync.page-committed");
            return {};
        }();
        return done;
    };
    // A failure here ends the stream once the group being written is in (or has failed: its error comes first).
    auto fail = [&](const Error& error) -> Status {
        if (auto status = join(); !status)
            return status;
        return error;
    };

    const QString what = tr("a page of the %1 stream").arg(name);
    std::vector<AccessEvent> group;
    auto pending = request(requested);
    for (;;) {
        auto response = finish(pending, [&] { return request(requested); });
        if (!response)
            return fail(response.error());
        if (response->status != 200)
            return fail(serverError(*response, what));
        if (!response->format)
            return fail(
                Error(Error::Code::Protocol,
                      tr("The central service answered %1 with a body that is neither JSON nor CBOR.").arg(what)));
        auto page = SyncWire::decodePage(response->body, *response->format, name, true, stream.maxPageItems);
        if (!page)
            return fail(Error(
                Error::Code::Protocol,
                tr("The central service sent an invalid page of the %1 stream: %2").arg(name, page.error().message())));
        if (page->more && (page->cursor == requested || page->events.empty()))
            return fail(Error(Error::Code::Protocol,
                              tr("The central service's %1 stream does not advance (the same cursor again, or an empty "
                                 "page with more to come).")
                                  .arg(name)));
        if (page->more) {
            requested = page->cursor;
            pending = request(requested); // fetched while this page is decoded and written
        }
        if (group.empty())
            group = std::move(page->events);
        else
            group.insert(group.end(), page->events.begin(), page->events.end());
        const bool full = qint64(group.size()) >= m_options.groupEvents;
        if (!page->more || full || m_client.isCancelled()) {
            if (auto status = join(); !status)
                return status;
            if (!group.empty())
                writing = std::async(std::launch::async, write, std::move(group), page->cursor);
            group = {};
        }
        if (!page->more)
            break;
        if (m_client.isCancelled())
            return fail(Error(Error::Code::Cancelled, tr("Sync was stopped.")));
    }
    if (auto status = join(); !status)
        return status;
    report.eventsMs += timer.elapsed();
    report.streamMs[name] += timer.elapsed();
    return {};
}

Status SyncEngine::applyFindingStatus(FindingRepository& findings, const SyncCatalogue::Stream& stream,
                                      const QCborArray& items)
{
    const SyncCatalogue::ItemType& type = stream.types.front();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborMap item = items.at(i).toMap();
        for (const SyncCatalogue::Field& field : type.fields) {
            if (QString problem = SyncItemWriter::checkValue(field, item.value(QLatin1String(field.name)));
                !problem.isEmpty())
                return Error(Error::Code::Protocol, tr("%1: %2").arg(SyncItemWriter::describe(item, int(i)), problem));
        }
        FindingRepository::ServerStatus server;
        server.dedupeKey = item.value(QLatin1String("dedupe_key")).toString();
        server.status = FindingStatus(item.value(QLatin1String("status")).toInteger());
        server.reason = item.value(QLatin1String("reason")).toString();
        server.by = item.value(QLatin1String("by")).toString();
        server.at = item.value(QLatin1String("at")).toInteger();
        server.version = item.value(QLatin1String("version")).toInteger();
        server.escalatedTo = item.value(QLatin1String("to")).toString();
        auto outcome = findings.applyServerStatus(server);
        if (!outcome)
            return outcome.error();
    }
    return {};
}

Status SyncEngine::applyDetectionSettings(DetectionSettingRepository& thresholds, const QCborArray& items)
{
    for (const QCborValue& value : items) {
        const QCborMap item = value.toMap();
        const QCborValue version = item.value(QLatin1String("version"));
        const QCborValue values = item.value(QLatin1String("values"));
        if (!version.isInteger() || version.toInteger() < 1 || !values.isMap())
            return Error(Error::Code::Protocol, tr("The detection settings need a 'version' and 'values'."));
        std::vector<std::pair<QString, QString>> known;
        const QCborMap map = values.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!it.key().isString() || !it.value().isInteger())
                return Error(Error::Code::Protocol, tr("Every detection setting must be a whole number."));
            for (const DetectionSettings::Bounds& b : DetectionSettings::bounds()) {
                if (it.key().toString() == QLatin1String(b.key))
                    known.emplace_back(it.key().toString(), QString::number(it.value().toInteger()));
            }
        }
        // Settings this console does not know are left alone; the ones it knows must be within their bounds.
        if (auto checked = DetectionSettings::fromValues(known); !checked)
            return Error(Error::Code::Protocol, checked.error().message());
        auto held = thresholds.hasQueuedChange();
        if (!held)
            return held.error();
        auto have = thresholds.serverVersion();
        if (!have)
            return have.error();
        if (*held || version.toInteger() <= *have)
            continue; // this console's own change decides first (a conflict if need be)
        auto written = thresholds.applyServerSettings(known, version.toInteger());
        if (!written)
            return written.error();
    }
    return {};
}

} // namespace custodian
