#include "sync/TlsPolicy.h"

#include "crypto/Digest.h"
#include "crypto/KeyPairCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

namespace custodian {

namespace {
Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidArgument, message);
}

QSslKey readKey(QByteArrayView pem)
{
    const QByteArray bytes = pem.toByteArray();
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        QSslKey key(bytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}
} // namespace

QByteArray TlsPolicy::spkiSha256(const QSslCertificate& certificate)
{
    return Digest::sha256(certificate.publicKey().toDer()).toBase64();
}

QByteArray TlsPolicy::parsePin(const QString& pin)
{
    QString text = pin.trimmed();
    if (text.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        text = text.mid(7);
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (hex.match(text).hasMatch())
        return QByteArray::fromHex(text.toLatin1());
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32 && text.size() == 44)
        return decoded.decoded;
    return {};
}

Result<TlsPolicy> TlsPolicy::fromSettings(const SyncSettings& settings)
{
    TlsPolicy policy;
    const QUrl url(settings.serverUrl.trimmed(), QUrl::StrictMode);
    if (settings.serverUrl.trimmed().isEmpty())
        return Error(Error::Code::NotConfigured, tr("No central service is configured (server URL)."));
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return invalid(tr("The server URL must be https://HOST[:PORT] (got '%1'); plain http is never used.")
                           .arg(settings.serverUrl.left(200)));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid(tr("The server URL must not carry a user name, password, query or fragment."));
    policy.m_serverUrl = url.adjusted(QUrl::StripTrailingSlash);

    if (settings.token.isEmpty())
        return Error(Error::Code::NotConfigured, tr("No token for the central service is set."));
    if (settings.token.size() > 512)
        return invalid(tr("The token is longer than 512 characters."));
    for (std::size_t i = 0; i < settings.token.size(); ++i) {
        const unsigned char c = settings.token.data()[i];
        if (c < 0x21 || c > 0x7e)
            return invalid(tr("The token may only contain printable ASCII characters without spaces."));
    }
    if (settings.intervalSeconds < SyncSettings::MinIntervalSeconds
        || settings.intervalSeconds > SyncSettings::MaxIntervalSeconds)
        return invalid(tr("Sync must run every %1 to %2 seconds (got %3).")
                           .arg(SyncSettings::MinIntervalSeconds)
                           .arg(SyncSettings::MaxIntervalSeconds)
                           .arg(settings.intervalSeconds));
    if (settings.timeoutSeconds < SyncSettings::MinTimeoutSeconds
        || settings.timeoutSeconds > SyncSettings::MaxTimeoutSeconds)
        return invalid(tr("The transfer timeout must be %1 to %2 seconds (got %3).")
                           .arg(SyncSettings::MinTimeoutSeconds)
                           .arg(SyncSettings::MaxTimeoutSeconds)
                           .arg(settings.timeoutSeconds));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QByteArray identity = policy.m_serverUrl.toString().toUtf8();
    if (!settings.caPem.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(settings.caPem, QSsl::Pem);
        if (authorities.isEmpty())
            return invalid(tr("The CA file holds no PEM certificate."));
        configuration.setCaCertificates(authorities);
        policy.m_authorities = authorities;
        identity += "|ca:" + Digest::sha256(settings.caPem).toHex();
    } else {
        identity += "|ca:system";
    }
    for (const QString& pin : settings.pins) {
        const QByteArray hash = parsePin(pin);
        if (hash.isEmpty())
            return invalid(
                tr("The pin '%1' is not a SHA-256 in base64 (44 characters) or hex (64 digits).").arg(pin.left(80)));
        policy.m_pins << hash;
        identity += "|pin:" + hash.toHex();
    }
    if (!settings.clientCertificatePem.isEmpty() || !settings.clientKeyPem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(settings.clientCertificatePem, QSsl::Pem);
        if (chain.isEmpty())
            return invalid(tr("A client key is set, but the client certificate is missing or not PEM."));
        const QSslKey key = readKey(settings.clientKeyPem.view());
        if (key.isNull())
            return invalid(tr("The client certificate's private key is missing, encrypted or not PEM (EC or RSA)."));
        if (!KeyPairCheck::matches(settings.clientCertificatePem, settings.clientKeyPem.view()))
            return invalid(tr("The client key does not belong to the client certificate."));
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        identity += "|client:" + Digest::sha256(settings.clientCertificatePem).toHex();
    }
    policy.m_configuration = configuration;
    policy.m_identity = identity;
    return policy;
}

bool TlsPolicy::pinsMatch(const QList<QSslCertificate>& chain) const
{
    if (m_pins.isEmpty())
        return true;
    for (const QSslCertificate& certificate : chain) {
        const QByteArray hash = Digest::sha256(certificate.publicKey().toDer());
        if (m_pins.contains(hash))
            return true;
    }
    return false;
}

} // namespace custodian
