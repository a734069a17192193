#pragma once

#include "sync/SyncHttpClient.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace custodian::test {

class CentralProcess;

// Hand-made requests to the real custodian-central, as a modified console or an attacker holding a real token would
// send them: any change body, any "at", any console id, through the console's own HTTPS client (SyncHttpClient, the
// service's demo CA trusted), so that a test sees exactly what the service answers.
class CentralClient
{
public:
    struct Answer
    {
        int status = 0; // 0: no answer (see error)
        QCborMap body;
        QString error;
        [[nodiscard]] QString code() const; // the error body's code
        [[nodiscard]] QString describe() const; // for failure messages
    };

    // `tokenFile`: a token `custodian-central` issued. The console id (a store id) and key (its identity, 64 hex
    // digits) name the console the requests claim to come from; an empty key is derived from the console id.
    CentralClient(const CentralProcess& central, const QString& tokenFile,
                  const QString& consoleId = QStringLiteral("hand-made-console"), const QString& consoleKey = {});

    [[nodiscard]] Answer get(const QString& path);
    [[nodiscard]] Answer put(const QString& path, const QCborMap& body);
    [[nodiscard]] Answer post(const QString& path, const QCborMap& body);
    // PUT of raw bytes (an evidence chunk) with headers of its own.
    [[nodiscard]] Answer putBytes(const QString& path, const QByteArray& body, const SyncHttpClient::Headers& headers);
    // PUT /api/v1/changes/<a new key> with this change.
    [[nodiscard]] Answer change(const QString& kind, const QString& entity, const QCborValue& baseVersion,
                                const QCborMap& payload);

private:
    [[nodiscard]] Answer finish(const std::shared_ptr<SyncHttpClient::Pending>& pending);

    SyncHttpClient m_client;
    QString m_setupError;
};

} // namespace custodian::test
