#pragma once

#include "central/CentralService.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>

namespace custodian {

// The HTTP side of custodian-central (docs/sync-api.md): routes the contract's requests to CentralService after
// checking what every request must carry — a known bearer token, a console id, a body within the size limit in a
// format it can read — and answers in the format the console asked for (CBOR when its Accept header names
// application/cbor, else JSON), errors included ({"error": {"code", "message"}}). Each supervisor's requests pass a
// token bucket; beyond it the answer is 429 with Retry-After. TLS comes from QAbstractHttpServer::sslSetup.
class CentralHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 maxRequestBytes = 4 * 1024 * 1024;
        double requestsPerSecond = 200; // per supervisor; 0: no limit
        double burst = 400;
        bool logRequests = false;
    };

    CentralHttpServer(CentralService& service, Options options, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

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
