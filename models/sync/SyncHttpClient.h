#pragma once

#include "domain/Result.h"
#include "sync/SyncWire.h"
#include "sync/TlsPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace custodian {

// The console's HTTPS client for the sync API, used from one thread (the sync worker's) in a blocking style: start()
// sends a request, wait() runs a local event loop until its answer is complete, so the engine reads like the
// protocol and can keep the next page's request in flight while it writes the current one. Every request carries the
// bearer token, the console id, a transfer timeout and the TLS policy; a policy with a new identity gets a new
// network manager (security.md: Qt 6.4 reuses cached TLS connections regardless of a request's configuration).
//
// Failures become errors that say what happened: certificate problems with Qt's reasons (never ignored), a pin
// mismatch with the key the server showed, a handshake refused for its protocol version or a missing client
// certificate, the server unreachable, a stall beyond the timeout, a body over the size limit or cut short.
class SyncHttpClient : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0;
        std::optional<SyncWire::Format> format; // of the body, from its Content-Type
        QByteArray body;
        std::optional<int> retryAfterSeconds;
    };

    class Pending;

    static constexpr qint64 DefaultMaxResponseBytes = 64 * 1024 * 1024;

    explicit SyncHttpClient(QObject* parent = nullptr);
    ~SyncHttpClient() override;

    // Uses these settings from the next request on. `consoleId` is the store id (a label), `consoleKey` the console's
    // identity (SyncState::consoleKey).
    [[nodiscard]] Status configure(const SyncSettings& settings, const QString& consoleId, const QString& consoleKey);
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // CBOR is asked for first (JSON is always accepted); false asks for JSON only.
    void setPreferCbor(bool prefer) { m_preferCbor = prefer; }

    [[nodiscard]] std::shared_ptr<Pending> get(const QString& path, const QUrlQuery& query = {});
    [[nodiscard]] std::shared_ptr<Pending> put(const QString& path, const QByteArray& body, SyncWire::Format format);
    [[nodiscard]] std::shared_ptr<Pending> post(const QString& path, const QByteArray& body, SyncWire::Format format);
    // A body of raw bytes (an evidence chunk, application/octet-stream) with headers of its own.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    [[nodiscard]] std::shared_ptr<Pending> putBytes(const QString& path, const QByteArray& body,
                                                    const Headers& headers);
    // The answer (any HTTP status) or why there is none. Cancelled when cancel() was called meanwhile.
    [[nodiscard]] Result<Response> wait(const std::shared_ptr<Pending>& pending);
    // Waits without a request (a retry's delay); false when cancelled.
    [[nodiscard]] bool sleep(int milliseconds);

    // From any thread: aborts what is in flight and every wait() and sleep() returns at once; stays cancelled.
    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

private:
    [[nodiscard]] std::shared_ptr<Pending> send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                                                const QByteArray& body, std::optional<SyncWire::Format> format,
                                                const Headers& extraHeaders = {});
    void abortAll();
    // A TLS error naming the client certificate when the server closed the connection over it (TLS 1.3 reports
    // that only after the handshake); nothing when the close has another cause.
    [[nodiscard]] std::optional<Error> diagnoseClosedConnection(const QString& host) const;

    std::unique_ptr<TlsPolicy> m_policy;
    QByteArray m_policyIdentity;
    QNetworkAccessManager* m_manager = nullptr;
    QByteArray m_authorization;
    QByteArray m_consoleId;
    QByteArray m_consoleKey;
    int m_timeoutMs = 30'000;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    bool m_preferCbor = true;
    std::atomic_bool m_cancelled { false };
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace custodian
