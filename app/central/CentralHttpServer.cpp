#include "central/CentralHttpServer.h"

#include "central/CentralEvidenceUploads.h"
#include "domain/Clock.h"
#include "sync/SyncWire.h"

#include <QDateTime>
#include <QUrlQuery>

#include <cmath>
#include <cstdio>

namespace custodian {

namespace {
using Method = CentralRequest::Method;

// CBOR when the console's Accept header lists application/cbor with a non-zero quality, else JSON.
SyncWire::Format negotiated(const QByteArray& accept)
{
    for (const QByteArray& range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        if (parts.front().trimmed().toLower() != "application/cbor")
            continue;
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed();
            if (parameter.startsWith("q="))
                quality = parameter.mid(2).toDouble();
        }
        if (quality > 0)
            return SyncWire::Format::Cbor;
    }
    return SyncWire::Format::Json;
}

// What a log line may show of a client's path (decoded, so it could hold a line break): at most 80 printable ASCII
// characters.
QByteArray printable(const QString& path)
{
    QByteArray text = path.left(80).toUtf8();
    for (char& c : text) {
        if (c < 0x21 || c > 0x7e)
            c = '?';
    }
    return text;
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}
} // namespace

CentralHttpServer::CentralHttpServer(CentralService& service, Options options)
    : m_service(service)
    , m_options(options)
{
    m_clock.start();
}

int CentralHttpServer::admit(QHash<QString, Bucket>& buckets, const QString& who, double rate, double burst)
{
    if (rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = buckets.find(who);
    if (it == buckets.end())
        it = buckets.insert(who, Bucket { burst, now });
    Bucket& bucket = it.value();
    bucket.tokens = std::min(burst, bucket.tokens + double(now - bucket.updatedMs) * rate / 1000.0);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / rate)));
}

CentralResponse CentralHttpServer::refusal(int status, const QString& code, const QString& message,
                                           const QByteArray& accept, const QByteArray& retryAfter)
{
    const SyncWire::Format format = negotiated(accept);
    CentralResponse response;
    response.status = status;
    response.contentType = SyncWire::contentType(format);
    response.body = SyncWire::encode(CentralService::error(status, code, message).body, format);
    if (!retryAfter.isEmpty())
        response.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    response.close = true;
    return response;
}

CentralResponse CentralHttpServer::handle(const CentralRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    const SyncWire::Format format = negotiated(request.value("Accept"));
    const QString path = request.url().path();
    QString who;
    QByteArray retryAfter;
    QByteArray body;
    int status = 200;
    bool replayed = false;

    auto answer = [&](const CentralService::Reply& reply) {
        status = reply.status;
        body = SyncWire::encode(reply.body, format);
        replayed = reply.replayed;
        if (reply.retryAfterSeconds)
            retryAfter = QByteArray::number(*reply.retryAfterSeconds);
    };
    auto refuse = [&](int code, const char* errorCode, const QString& message) {
        answer(CentralService::error(code, QString::fromLatin1(errorCode), message));
    };

    [&] {
        if (path == QLatin1String("/api/v1/health")) {
            if (request.method() != Method::Get)
                return refuse(405, "method_not_allowed", tr("Use GET."));
            QCborMap health;
            health.insert(QLatin1String("status"), QLatin1String("ok"));
            return answer(CentralService::Reply { 200, health, false });
        }
        if (!path.startsWith(QLatin1String("/api/v1/")))
            return refuse(404, "not_found", tr("There is no such resource."));

        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer ") || authorization.size() > 512) {
            return refuse(401, "unauthorized", tr("The request carries no bearer token."));
        }
        auto authentication = m_service.authenticate(authorization.mid(7).trimmed());
        if (!authentication)
            return refuse(500, "internal", tr("The central service could not check the token."));
        if (!authentication->supervisor) {
            if (int wait = admit(m_failedAuthBuckets, request.remoteAddress(), 1.0, 10.0); wait > 0) {
                retryAfter = QByteArray::number(wait);
                return refuse(429, "too_many_requests", tr("Too many requests with unknown tokens; wait."));
            }
            // An expired or revoked token is told so; an unknown one is not told more.
            return refuse(401, "unauthorized",
                          authentication->unknown ? tr("The token is not known to this service (mistyped, or from "
                                                       "another service).")
                                                  : authentication->refusal);
        }
        const CentralRepository::Supervisor& by = *authentication->supervisor;
        who = by.username;
        if (int wait = admit(m_supervisorBuckets, by.username, m_options.requestsPerSecond, m_options.burst);
            wait > 0) {
            retryAfter = QByteArray::number(wait);
            return refuse(429, "too_many_requests", tr("Too many requests; try again in %n second(s).", nullptr, wait));
        }
        const QString consoleId = QString::fromUtf8(request.value("X-Custodian-Console"));
        if (!CentralService::isValidConsoleId(consoleId))
            return refuse(400, "bad_console", tr("The request must name its console (X-Custodian-Console)."));
        // The console's identity, bound to the token's supervisor (CentralConsoles); the store id is its label.
        const QString consoleKey = QString::fromLatin1(request.value("X-Custodian-Console-Key"));
        if (auto refusal = m_service.admitConsole(by, consoleId, consoleKey))
            return answer(*refusal);
        if (request.body().size() > m_options.maxRequestBytes)
            return refuse(413, "too_large",
                          tr("The request body is larger than %1 bytes.").arg(m_options.maxRequestBytes));

        auto readBody = [&](QCborMap& into) -> bool {
            const auto bodyFormat = SyncWire::formatOf(request.value("Content-Type"));
            if (!bodyFormat) {
                refuse(415, "unsupported_media_type", tr("Send application/json or application/cbor."));
                return false;
            }
            auto decoded = SyncWire::decode(request.body(), *bodyFormat);
            if (!decoded) {
                refuse(400, "malformed", decoded.error().message());
                return false;
            }
            into = std::move(decoded).value();
            return true;
        };

        if (path == QLatin1String("/api/v1/session")) {
            if (request.method() != Method::Get)
                return refuse(405, "method_not_allowed", tr("Use GET."));
            return answer(m_service.session(by, consoleId, consoleKey));
        }
        if (path.startsWith(QLatin1String("/api/v1/streams/"))) {
            if (request.method() != Method::Get)
                return refuse(405, "method_not_allowed", tr("Use GET."));
            const QString stream = path.mid(int(qstrlen("/api/v1/streams/")));
            const QUrlQuery query(request.url());
            const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
            bool limitOk = true;
            const QString limitText = query.queryItemValue(QStringLiteral("limit"));
            const int limit = limitText.isEmpty() ? 0 : limitText.toInt(&limitOk);
            if (!limitOk || limit < 0)
                return refuse(400, "bad_limit", tr("'limit' must be a positive whole number."));
            CentralRepository::Page page;
            CentralService::Reply reply = m_service.pull(stream, cursor, limit, &page);
            if (reply.status != 200)
                return answer(reply);
            const SyncCatalogue::Stream* declared = SyncCatalogue::stream(stream);
            body = declared->kind == SyncCatalogue::StreamKind::AccessEvents
                ? SyncWire::encodeEventsPage(format, stream, page.cursor, page.more, page.events)
                : SyncWire::encodeItemsPage(format, stream, page.cursor, page.more, page.items);
            status = 200;
            return;
        }
        if (path.startsWith(QLatin1String("/api/v1/changes/"))) {
            if (request.method() != Method::Put)
                return refuse(405, "method_not_allowed", tr("Use PUT."));
            QCborMap change;
            if (!readBody(change))
                return;
            return answer(m_service.applyChange(by, consoleKey, path.mid(int(qstrlen("/api/v1/changes/"))), change));
        }
        if (path.startsWith(QLatin1String("/api/v1/records/"))) {
            // The online reveal and look-up of customer records (card numbers never travel in the records stream).
            if (request.method() != Method::Post)
                return refuse(405, "method_not_allowed", tr("Use POST."));
            QCborMap asked;
            if (!readBody(asked))
                return;
            return answer(m_service.recordRequest(by, consoleId, path.mid(int(qstrlen("/api/v1/records/"))), asked));
        }
        if (path.startsWith(QLatin1String("/api/v1/evidence/"))) {
            // Evidence uploads (section 12): the declaration and state at evidence/<key>, chunks at
            // evidence/<key>/chunks/<seq> as raw bytes.
            const QStringList parts = path.mid(int(qstrlen("/api/v1/evidence/"))).split(QLatin1Char('/'));
            CentralEvidenceUploads uploads(m_service.repository());
            if (parts.size() == 1) {
                if (request.method() == Method::Get)
                    return answer(uploads.state(consoleKey, parts[0]));
                if (request.method() != Method::Put)
                    return refuse(405, "method_not_allowed", tr("Use PUT or GET."));
                QCborMap declaration;
                if (!readBody(declaration))
                    return;
                return answer(uploads.declare(by, consoleKey, parts[0], declaration));
            }
            if (parts.size() == 3 && parts[1] == QLatin1String("chunks")) {
                if (request.method() != Method::Put)
                    return refuse(405, "method_not_allowed", tr("Use PUT."));
                const QByteArray type = request.value("Content-Type").split(';').front().trimmed().toLower();
                if (type != "application/octet-stream")
                    return refuse(415, "unsupported_media_type", tr("Send a chunk as application/octet-stream."));
                return answer(uploads.chunk(by, consoleKey, parts[0], parts[2],
                                            request.value(CentralEvidenceUploads::ChunkHashHeader), request.body()));
            }
            return refuse(404, "not_found", tr("There is no such resource."));
        }
        if (path == QLatin1String("/api/v1/audit")) {
            if (request.method() != Method::Post)
                return refuse(405, "method_not_allowed", tr("Use POST."));
            QCborMap push;
            if (!readBody(push))
                return;
            return answer(m_service.appendAudit(by, consoleKey, push));
        }
        return refuse(404, "not_found", tr("There is no such resource."));
    }();

    CentralResponse response;
    response.status = status;
    response.contentType = SyncWire::contentType(format);
    response.body = body;
    if (!retryAfter.isEmpty())
        response.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
    if (status == 401)
        response.headers.append(
            { QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"custodian\"") });
    if (replayed)
        response.headers.append({ QByteArrayLiteral("Idempotency-Replayed"), QByteArrayLiteral("true") });
    response.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    if (m_options.logRequests) {
        // Never the token, the query (cursors) or a body: method, path, status, size, time and who.
        std::fprintf(stderr, "%s %s %s %d %lld bytes %.1f ms %s\n",
                     qPrintable(Clock::nowUtc().toString(Qt::ISODateWithMs)), qPrintable(methodName(request.method())),
                     printable(path).constData(), status, static_cast<long long>(body.size()),
                     double(timer.nsecsElapsed()) / 1e6, qPrintable(who.isEmpty() ? QStringLiteral("-") : who));
    }
    return response;
}

} // namespace custodian
