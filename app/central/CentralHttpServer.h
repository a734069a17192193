#pragma once

#include "central/CentralRequest.h"
#include "central/CentralResponse.h"
#include "central/CentralService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

namespace custodian {

// The HTTP semantics of custodian-central (docs/sync-api.md), independent of the transport that reads requests and
// writes answers (CentralTransport): routes the contract's requests to CentralService after checking what every
// request must carry — a known bearer token, a console id, a body within the size limit in a format it can read —
// and answers in the format the console asked for (CBOR when its Accept header names application/cbor, else JSON),
// errors included ({"error": {"code", "message"}}). Each supervisor's requests pass a token bucket; beyond it the
// answer is 429 with Retry-After. handle() runs on the thread that owns the service, one request at a time.
class CentralHttpServer
{
    Q_DECLARE_TR_FUNCTIONS(CentralHttpServer)
public:
    struct Options
    {
        qint64 maxRequestBytes = 4 * 1024 * 1024;
        double requestsPerSecond = 200; // per supervisor; 0: no limit
        double burst = 400;
        bool logRequests = false;
    };

    CentralHttpServer(CentralService& service, Options options);

    [[nodiscard]] CentralResponse handle(const CentralRequest& request);

    // An error answer in the contract's shape and in the format `accept` asks for, marked to close the connection: what
    // the transport answers on its own when a limit or a timeout ends a request. Pure: callable from any thread.
    [[nodiscard]] static CentralResponse refusal(int status, const QString& code, const QString& message,
                                                 const QByteArray& accept = {}, const QByteArray& retryAfter = {});

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    // Seconds until the next request is allowed, 0 when it is allowed now (and counted).
    [[nodiscard]] int admit(QHash<QString, Bucket>& buckets, const QString& who, double rate, double burst);

    CentralService& m_service;
    Options m_options;
    QHash<QString, Bucket> m_supervisorBuckets;
    QHash<QString, Bucket> m_failedAuthBuckets; // per remote address: guessing tokens is slowed down
    QElapsedTimer m_clock;
};

} // namespace custodian
