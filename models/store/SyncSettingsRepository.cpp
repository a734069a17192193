#include "store/SyncSettingsRepository.h"

#include "crypto/Digest.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

namespace {
constexpr char ServerKey[] = "sync.server_url";
constexpr char CaKey[] = "sync.ca_pem";
constexpr char PinsKey[] = "sync.pins";
constexpr char ClientCertificateKey[] = "sync.client_cert_pem";
constexpr char IntervalKey[] = "sync.interval_seconds";
constexpr char TimeoutKey[] = "sync.timeout_seconds";
constexpr char TokenSecret[] = "sync_token";
constexpr char ClientKeySecret[] = "sync_client_key";

Result<QString> setting(Database& database, const char* key)
{
    auto statement = database.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status putSetting(Database& database, const char* key, const QString& value)
{
    auto statement = database.prepare(
        value.isEmpty() ? QStringLiteral("DELETE FROM setting WHERE key = ?")
                        : QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    if (!value.isEmpty())
        statement->bind(2, value);
    return statement->run();
}

Status putSecret(Database& database, const char* name, const SecureBuffer& value)
{
    auto statement = database.prepare(
        value.isEmpty() ? QStringLiteral("DELETE FROM store_secret WHERE name = ?")
                        : QStringLiteral("INSERT OR REPLACE INTO store_secret (name, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(name));
    if (!value.isEmpty())
        statement->bindBlob(2, value.view());
    return statement->run();
}

Result<SecureBuffer> optionalSecret(Database& database, const char* name)
{
    auto secret = Store::secret(database, QString::fromLatin1(name));
    if (!secret && secret.error().code() == Error::Code::NotFound)
        return SecureBuffer();
    return secret;
}

int number(const QString& text, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

// Identifies a certificate in the audit without repeating it: the first 16 hex digits of the PEM's SHA-256.
QString fingerprint(const QByteArray& pem)
{
    return pem.isEmpty() ? QString() : QString::fromLatin1(Digest::sha256(pem).toHex().left(16));
}
} // namespace

SyncSettingsRepository::SyncSettingsRepository(Database& database)
    : m_database(database)
{
}

Result<SyncSettings> SyncSettingsRepository::load()
{
    SyncSettings settings;
    auto server = setting(m_database, ServerKey);
    auto ca = setting(m_database, CaKey);
    auto pins = setting(m_database, PinsKey);
    auto certificate = setting(m_database, ClientCertificateKey);
    auto interval = setting(m_database, IntervalKey);
    auto timeout = setting(m_database, TimeoutKey);
    for (const auto* result : { &server, &ca, &pins, &certificate, &interval, &timeout }) {
        if (!*result)
            return result->error();
    }
    auto token = optionalSecret(m_database, TokenSecret);
    if (!token)
        return token.error();
    auto clientKey = optionalSecret(m_database, ClientKeySecret);
    if (!clientKey)
        return clientKey.error();
    settings.serverUrl = *server;
    settings.caPem = ca->toLatin1();
    settings.pins = pins->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    settings.clientCertificatePem = certificate->toLatin1();
    settings.intervalSeconds = number(*interval, SyncSettings::DefaultIntervalSeconds, SyncSettings::MinIntervalSeconds,
                                      SyncSettings::MaxIntervalSeconds);
    settings.timeoutSeconds = number(*timeout, SyncSettings::DefaultTimeoutSeconds, SyncSettings::MinTimeoutSeconds,
                                     SyncSettings::MaxTimeoutSeconds);
    settings.token = std::move(token).value();
    settings.clientKeyPem = std::move(clientKey).value();
    return settings;
}

Result<QStringList> SyncSettingsRepository::save(const SyncSettings& settings, const QString& actor)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto current = load();
    if (!current)
        return current.error();
    QStringList changed;
    QJsonObject detail;
    auto text = [&](const char* key, const char* field, const QString& before, const QString& after) -> Status {
        if (before == after)
            return {};
        changed << QString::fromLatin1(field);
        return putSetting(m_database, key, after);
    };
    if (auto status = text(ServerKey, "server_url", current->serverUrl, settings.serverUrl); !status)
        return status.error();
    if (auto status = text(CaKey, "ca", QString::fromLatin1(current->caPem), QString::fromLatin1(settings.caPem));
        !status)
        return status.error();
    if (auto status
        = text(PinsKey, "pins", current->pins.join(QLatin1Char('\n')), settings.pins.join(QLatin1Char('\n')));
        !status)
        return status.error();
    if (auto status
        = text(ClientCertificateKey, "client_certificate", QString::fromLatin1(current->clientCertificatePem),
               QString::fromLatin1(settings.clientCertificatePem));
        !status)
        return status.error();
    if (auto status = text(IntervalKey, "interval_seconds", QString::number(current->intervalSeconds),
                           QString::number(settings.intervalSeconds));
        !status)
        return status.error();
    if (auto status = text(TimeoutKey, "timeout_seconds", QString::number(current->timeoutSeconds),
                           QString::number(settings.timeoutSeconds));
        !status)
        return status.error();
    if (!current->token.equals(settings.token)) {
        changed << QStringLiteral("token");
        if (auto status = putSecret(m_database, TokenSecret, settings.token); !status)
            return status.error();
    }
    if (!current->clientKeyPem.equals(settings.clientKeyPem)) {
        changed << QStringLiteral("client_key");
        if (auto status = putSecret(m_database, ClientKeySecret, settings.clientKeyPem); !status)
            return status.error();
    }
    if (changed.isEmpty())
        return changed;
    detail.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    detail.insert(QStringLiteral("server_url"), settings.serverUrl);
    if (!settings.caPem.isEmpty())
        detail.insert(QStringLiteral("ca_sha256"), fingerprint(settings.caPem));
    if (!settings.clientCertificatePem.isEmpty())
        detail.insert(QStringLiteral("client_certificate_sha256"), fingerprint(settings.clientCertificatePem));
    detail.insert(QStringLiteral("pins"), settings.pins.size());
    detail.insert(QStringLiteral("token_set"), !settings.token.isEmpty());
    if (auto seq = ConsoleAudit::append(m_database,
                                        { actor, QStringLiteral("sync.settings"), QString(),
                                          QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
        !seq)
        return seq.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return changed;
}

} // namespace custodian
