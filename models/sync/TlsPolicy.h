#pragma once

#include "domain/Result.h"
#include "store/SyncSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

namespace custodian {

// Whom the console trusts when it talks to its central service, built from SyncSettings exactly as security.md
// "Transport" says: TLS 1.2 or later; the configured CA and nothing else (the system's CAs only when none is
// configured); optional SPKI SHA-256 pins, any of which the server's chain must contain; an optional client
// certificate and key for mutual TLS. Certificate errors are never ignored (SyncHttpClient). The identity of a policy
// tells apart configurations that need their own network manager (Qt 6.4 reuses cached TLS connections whatever a
// later request's configuration says).
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    // Checks every setting, naming the one that is wrong: an https URL with a host, a PEM CA, pins as base64 or hex
    // SHA-256, a client certificate with its matching key, a token of printable characters, times in range.
    [[nodiscard]] static Result<TlsPolicy> fromSettings(const SyncSettings& settings);

    [[nodiscard]] const QUrl& serverUrl() const { return m_serverUrl; }
    [[nodiscard]] const QSslConfiguration& configuration() const { return m_configuration; }
    // The configured CAs; empty when the system's are trusted.
    [[nodiscard]] const QList<QSslCertificate>& authorities() const { return m_authorities; }
    [[nodiscard]] bool hasPins() const { return !m_pins.isEmpty(); }
    // Whether any certificate of the chain has a pinned public key (always true without pins).
    [[nodiscard]] bool pinsMatch(const QList<QSslCertificate>& chain) const;
    [[nodiscard]] const QByteArray& identity() const { return m_identity; }

    // SHA-256 of a certificate's DER SubjectPublicKeyInfo, base64: what `openssl x509 -pubkey | openssl pkey -pubin
    // -outform der | openssl dgst -sha256 -binary | base64` prints, and what a pin is.
    [[nodiscard]] static QByteArray spkiSha256(const QSslCertificate& certificate);
    // A pin as typed (base64, "sha256/" + base64, or 64 hex digits) → the 32 bytes; empty when it is none of these.
    [[nodiscard]] static QByteArray parsePin(const QString& pin);

private:
    QUrl m_serverUrl;
    QSslConfiguration m_configuration;
    QList<QSslCertificate> m_authorities;
    QList<QByteArray> m_pins; // raw 32-byte hashes
    QByteArray m_identity;
};

} // namespace custodian
