#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace custodian {

// How this console reaches its central service (security.md "Transport"): the server, whom to trust (a CA of its
// own, else the system's; optional SPKI SHA-256 pins), an optional client certificate for mutual TLS, the bearer
// token, and the schedule. All of it lives inside the encrypted store — the token and the client key among the
// store's secrets — never in a settings file. Checked by TlsPolicy::check before it is saved or used.
struct SyncSettings
{
    static constexpr int DefaultIntervalSeconds = 60;
    static constexpr int MinIntervalSeconds = 5;
    static constexpr int MaxIntervalSeconds = 86'400;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

    QString serverUrl; // https://host[:port] — the API is under /api/v1/
    QByteArray caPem; // empty: the system's CAs
    QStringList pins; // base64 SHA-256 of a certificate's SubjectPublicKeyInfo, any of which must match
    QByteArray clientCertificatePem; // empty: no client certificate
    SecureBuffer clientKeyPem;
    SecureBuffer token;
    int intervalSeconds = DefaultIntervalSeconds;
    int timeoutSeconds = DefaultTimeoutSeconds;

    [[nodiscard]] bool isConfigured() const { return !serverUrl.isEmpty() && !token.isEmpty(); }
    [[nodiscard]] SyncSettings clone() const;
};

} // namespace custodian
