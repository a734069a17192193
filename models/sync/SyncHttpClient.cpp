#include "sync/SyncHttpClient.h"

#include "sync/ClientCertificateProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace custodian {

// One request in flight: its reply, the body as it arrives, and what went wrong on the way.
class SyncHttpClient::Pending
{
public:
    enum class Abort { None, Cancelled, TooLarge, PinMismatch };

    ~Pending()
    {
        if (reply)
            reply->deleteLater();
    }

    QPointer<QNetworkReply> reply; // owned: deleted with the Pending, so that wait() can still read it
    QByteArray body;
    bool finished = false;
    Abort aborted = Abort::None;
    QStringList sslErrors;
    QByteArray serverKey; // SPKI SHA-256 of the server's certificate, for a pin mismatch message
    QString host;
};

SyncHttpClient::SyncHttpClient(QObject* parent)
    : QObject(parent)
{
}

SyncHttpClient::~SyncHttpClient()
{
    abortAll();
}

Status SyncHttpClient::configure(const SyncSettings& settings, const QString& consoleId, const QString& consoleKey)
{
    auto policy = TlsPolicy::fromSettings(settings);
    if (!policy)
        return policy.error();
    if (!m_manager || policy->identity() != m_policyIdentity) {
        // A new trust policy: connections of the old one must not be reused.
        if (m_manager) {
            abortAll();
            m_manager->clearConnectionCache();
            m_manager->deleteLater();
        }
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_manager->setStrictTransportSecurityEnabled(false);
        m_policyIdentity = policy->identity();
    }
    m_policy = std::make_unique<TlsPolicy>(std::move(policy).value());
    m_authorization = QByteArrayLiteral("Bearer ") + settings.token.view().toByteArray();
    m_consoleId = consoleId.toUtf8();
    m_consoleKey = consoleKey.toLatin1();
    m_timeoutMs = settings.timeoutSeconds * 1000;
    return {};
}

std::shared_ptr<SyncHttpClient::Pending> SyncHttpClient::get(const QString& path, const QUrlQuery& query)
{
    return send("GET", path, query, {}, std::nullopt);
}

std::shared_ptr<SyncHttpClient::Pending> SyncHttpClient::put(const QString& path, const QByteArray& body,
                                                             SyncWire::Format format)
{
    return send("PUT", path, {}, body, format);
}

std::shared_ptr<SyncHttpClient::Pending> SyncHttpClient::post(const QString& path, const QByteArray& body,
                                                              SyncWire::Format format)
{
    return send("POST", path, {}, body, format);
}

std::shared_ptr<SyncHttpClient::Pending> SyncHttpClient::putBytes(const QString& path, const QByteArray& body,
                                                                  const Headers& headers)
{
    Headers all = headers;
    all.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream") });
    return send("PUT", path, {}, body, std::nullopt, all);
}

std::shared_ptr<SyncHttpClient::Pending> SyncHttpClient::send(const QByteArray& verb, const QString& path,
                                                              const QUrlQuery& query, const QByteArray& body,
                                                              std::optional<SyncWire::Format> format,
                                                              const Headers& extraHeaders)
{
    auto pending = std::make_shared<Pending>();
    if (!m_manager || !m_policy || m_cancelled.load()) {
        pending->finished = true;
        pending->aborted = Pending::Abort::Cancelled;
        return pending;
    }
    QUrl url = m_policy->serverUrl();
    url.setPath(url.path() + QStringLiteral("/api/v1/") + path);
    url.setQuery(query);
    pending->host = url.host();
    QNetworkRequest request(url);
    request.setSslConfiguration(m_policy->configuration());
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("X-Custodian-Console", m_consoleId);
    request.setRawHeader("X-Custodian-Console-Key", m_consoleKey);
    request.setRawHeader("Accept",
                         m_preferCbor ? QByteArrayLiteral("application/cbor, application/json;q=0.5")
                                      : QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", QByteArrayLiteral("custodian-console"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (format)
        request.setHeader(QNetworkRequest::ContentTypeHeader, SyncWire::contentType(*format));
    for (const auto& [name, value] : extraHeaders)
        request.setRawHeader(name, value);
    QNetworkReply* reply
        = body.isNull() && verb == "GET" ? m_manager->get(request) : m_manager->sendCustomRequest(request, verb, body);
    pending->reply = reply;
    m_inFlight.append(reply);
    Pending* raw = pending.get();
    std::weak_ptr<Pending> weak = pending;
    // Certificate errors are collected for the message and never ignored: Qt then fails the handshake.
    connect(reply, &QNetworkReply::sslErrors, this, [weak](const QList<QSslError>& errors) {
        if (auto p = weak.lock()) {
            for (const QSslError& error : errors) {
                if (!p->sslErrors.contains(error.errorString()))
                    p->sslErrors << error.errorString();
            }
        }
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, weak, reply]() {
        auto p = weak.lock();
        if (!p || !m_policy)
            return;
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (!m_policy->pinsMatch(chain)) {
            p->aborted = Pending::Abort::PinMismatch;
            p->serverKey = chain.isEmpty() ? QByteArray() : TlsPolicy::spkiSha256(chain.front());
            reply->abort();
        }
    });
    const qint64 limit = m_maxResponseBytes;
    auto take = [weak, reply, limit]() {
        auto p = weak.lock();
        if (!p)
            return;
        p->body += reply->readAll();
        if (p->body.size() > limit && p->aborted == Pending::Abort::None) {
            p->aborted = Pending::Abort::TooLarge;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [weak, reply, limit]() {
        auto p = weak.lock();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (p && length.isValid() && length.toLongLong() > limit && p->aborted == Pending::Abort::None) {
            p->aborted = Pending::Abort::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, take);
    connect(reply, &QNetworkReply::finished, this, [this, weak, reply, take]() {
        if (auto p = weak.lock()) {
            if (p->aborted == Pending::Abort::None)
                take();
            p->finished = true;
        }
        m_inFlight.removeAll(reply);
    });
    Q_UNUSED(raw)
    return pending;
}

Result<SyncHttpClient::Response> SyncHttpClient::wait(const std::shared_ptr<Pending>& pending)
{
    if (!pending->finished && pending->reply) {
        // Not QEventLoop::exec(): SyncService::stop() cancels and at once tells this thread to quit, and from then on
        // exec() returns without processing anything — the reply would never finish and stop() would wait forever
        // (a console locked during a pull hung). Events are processed here directly; once cancelled, the reply is
        // aborted here, which finishes it, whether or not the abort cancel() posted has run yet.
        QEventLoop loop;
        bool aborted = false;
        while (!pending->finished) {
            if (!aborted && m_cancelled.load() && pending->reply) {
                aborted = true;
                pending->reply->abort();
                continue;
            }
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    if (pending->aborted == Pending::Abort::Cancelled || m_cancelled.load())
        return Error(Error::Code::Cancelled, tr("Sync was stopped."));
    QNetworkReply* reply = pending->reply;
    if (pending->aborted == Pending::Abort::PinMismatch)
        return Error(Error::Code::Tls,
                     tr("The server %1 presented a key that matches none of the pinned keys (its key's SHA-256 is "
                        "%2). Nothing was sent. If the server's certificate was renewed with a new key on purpose, "
                        "update the pins.")
                         .arg(pending->host, QString::fromLatin1(pending->serverKey)));
    if (pending->aborted == Pending::Abort::TooLarge)
        return Error(Error::Code::Protocol,
                     tr("The server's answer is larger than the %1 MiB this console accepts.")
                         .arg(m_maxResponseBytes / (1024 * 1024)));
    if (!pending->sslErrors.isEmpty())
        return Error(Error::Code::Tls,
                     tr("The certificate of %1 is not accepted: %2")
                         .arg(pending->host, pending->sslErrors.join(QStringLiteral("; "))));
    const int status = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    const QNetworkReply::NetworkError error = reply ? reply->error() : QNetworkReply::UnknownNetworkError;
    const QString errorText = reply ? reply->errorString() : QString();
    if (status == 0
        || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
            && error != QNetworkReply::ProtocolFailure)) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return Error(Error::Code::Offline,
                         tr("The central service at %1 refused the connection (not running?).").arg(pending->host));
        case QNetworkReply::HostNotFoundError:
            return Error(Error::Code::Offline, tr("The server name %1 was not found.").arg(pending->host));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return Error(Error::Code::Offline,
                         tr("The central service at %1 did not answer within %2 s (connection or transfer stalled).")
                             .arg(pending->host)
                             .arg(m_timeoutMs / 1000));
        case QNetworkReply::RemoteHostClosedError:
            // A close before any answer may be a server that wants a client certificate; once it has begun to
            // answer, it accepted this console, and the close is just a cut.
            if (status == 0 && pending->body.isEmpty()) {
                if (auto alert = diagnoseClosedConnection(pending->host))
                    return *alert;
            }
            return Error(Error::Code::Offline,
                         tr("The central service at %1 closed the connection before its answer was complete.")
                             .arg(pending->host));
        case QNetworkReply::SslHandshakeFailedError: {
            const QString lower = errorText.toLower();
            QString hint;
            if (lower.contains(QLatin1String("certificate required"))
                || lower.contains(QLatin1String("handshake failure"))
                || lower.contains(QLatin1String("bad certificate")))
                hint = tr(" The server may require a client certificate (mutual TLS): set one in the sync settings.");
            else if (lower.contains(QLatin1String("protocol version"))
                     || lower.contains(QLatin1String("unsupported protocol"))
                     || lower.contains(QLatin1String("wrong version number"))
                     || lower.contains(QLatin1String("no protocols")))
                hint = tr(" The server offers only TLS versions older than 1.2, which this console refuses.");
            return Error(Error::Code::Tls,
                         tr("The TLS handshake with %1 failed: %2.%3").arg(pending->host, errorText, hint));
        }
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
            // Under TLS 1.3 a server checks the client certificate after this side's handshake is done: its refusal
            // (alert 116 "certificate required", or "bad certificate", "unknown ca") arrives as a read error before
            // any answer. Tell it apart as for a plain close.
            if (status == 0 && pending->body.isEmpty() && errorText.contains(QLatin1String(" alert "))) {
                if (auto alert = diagnoseClosedConnection(pending->host))
                    return *alert;
            }
            return Error(Error::Code::Offline, tr("The network is not available: %1").arg(errorText));
        default:
            if (status == 0)
                return Error(Error::Code::Offline, tr("No answer from %1: %2").arg(pending->host, errorText));
            break;
        }
    }
    Response response;
    response.status = status;
    response.body = std::move(pending->body);
    response.format = SyncWire::formatOf(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    if (reply->hasRawHeader("Retry-After")) {
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            response.retryAfterSeconds = seconds;
    }
    // A body cut short of its declared length is a truncated answer, whatever the status says.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != response.body.size())
        return Error(Error::Code::Offline,
                     tr("The answer from %1 was cut short (%2 of %3 bytes).")
                         .arg(pending->host)
                         .arg(response.body.size())
                         .arg(length.toLongLong()));
    return response;
}

bool SyncHttpClient::sleep(int milliseconds)
{
    if (m_cancelled.load())
        return false;
    QEventLoop loop;
    // Precise: a coarse timer may fire 5 % early, and a server's Retry-After is a minimum.
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    QMetaObject::Connection connection = connect(this, &SyncHttpClient::destroyed, &loop, &QEventLoop::quit);
    // cancel() posts abortAll(), which ends this loop through the flag check below.
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &loop, [this, &loop]() {
        if (m_cancelled.load())
            loop.quit();
    });
    poll.start();
    loop.exec();
    disconnect(connection);
    return !m_cancelled.load();
}

void SyncHttpClient::cancel()
{
    m_cancelled.store(true);
    QMetaObject::invokeMethod(this, &SyncHttpClient::abortAll, Qt::QueuedConnection);
}

void SyncHttpClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

std::optional<Error> SyncHttpClient::diagnoseClosedConnection(const QString& host) const
{
    // Only a server that asks for a client certificate explains a close better than "closed the connection"; any
    // other outcome of the probe leaves the original reason standing.
    const QUrl& url = m_policy->serverUrl();
    const auto probed = ClientCertificateProbe::probe(url.host(), quint16(url.port(443)), m_policy->authorities(),
                                                      qMin(m_timeoutMs, 10'000));
    if (!probed.verified || !probed.certificateRequested)
        return std::nullopt;
    if (m_policy->configuration().localCertificate().isNull())
        return Error(Error::Code::Tls,
                     tr("The server %1 requires a client certificate (mutual TLS) and this console has none: it "
                        "closed the connection after the TLS handshake. Set the client certificate and key in the "
                        "sync settings.")
                         .arg(host));
    return Error(Error::Code::Tls,
                 tr("The server %1 asks for a client certificate and closed the connection after this console showed "
                    "its own: it does not accept it. Check that the certificate is issued by a CA the server trusts "
                    "and still valid.")
                     .arg(host));
}

} // namespace custodian
