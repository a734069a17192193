#include "CentralClient.h"

#include "store/SyncSettings.h"
#include "support/CentralProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace custodian::test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QString CentralClient::Answer::code() const
{
    return body.value(QLatin1String("error")).toMap().value(QLatin1String("code")).toString();
}

QString CentralClient::Answer::describe() const
{
    if (status == 0)
        return QStringLiteral("no answer: %1").arg(error);
    return QStringLiteral("HTTP %1 %2")
        .arg(status)
        .arg(QString::fromUtf8(QJsonDocument(body.toJsonObject()).toJson(QJsonDocument::Compact)).left(2000));
}

CentralClient::CentralClient(const CentralProcess& central, const QString& tokenFile, const QString& consoleId,
                             const QString& consoleKey)
{
    SyncSettings settings;
    settings.serverUrl = central.url();
    settings.caPem = readAll(central.tlsFile(QStringLiteral("ca.pem")));
    settings.token = SecureBuffer::copyOf(readAll(tokenFile).trimmed());
    settings.timeoutSeconds = 30;
    const QString key = consoleKey.isEmpty()
        ? QString::fromLatin1(QCryptographicHash::hash(consoleId.toUtf8(), QCryptographicHash::Sha256).toHex())
        : consoleKey;
    if (auto configured = m_client.configure(settings, consoleId, key); !configured)
        m_setupError = configured.error().message();
}

CentralClient::Answer CentralClient::finish(const std::shared_ptr<SyncHttpClient::Pending>& pending)
{
    Answer answer;
    auto response = m_client.wait(pending);
    if (!response) {
        answer.error = response.error().message();
        return answer;
    }
    answer.status = response->status;
    if (response->format) {
        auto decoded = SyncWire::decode(response->body, *response->format);
        if (decoded)
            answer.body = *decoded;
        else
            answer.error = decoded.error().message();
    }
    return answer;
}

CentralClient::Answer CentralClient::get(const QString& path)
{
    if (!m_setupError.isEmpty())
        return Answer { 0, {}, m_setupError };
    return finish(m_client.get(path));
}

CentralClient::Answer CentralClient::put(const QString& path, const QCborMap& body)
{
    if (!m_setupError.isEmpty())
        return Answer { 0, {}, m_setupError };
    return finish(m_client.put(path, SyncWire::encode(body, SyncWire::Format::Cbor), SyncWire::Format::Cbor));
}

CentralClient::Answer CentralClient::putBytes(const QString& path, const QByteArray& body,
                                              const SyncHttpClient::Headers& headers)
{
    if (!m_setupError.isEmpty())
        return Answer { 0, {}, m_setupError };
    return finish(m_client.putBytes(path, body, headers));
}

CentralClient::Answer CentralClient::post(const QString& path, const QCborMap& body)
{
    if (!m_setupError.isEmpty())
        return Answer { 0, {}, m_setupError };
    return finish(m_client.post(path, SyncWire::encode(body, SyncWire::Format::Cbor), SyncWire::Format::Cbor));
}

CentralClient::Answer CentralClient::change(const QString& kind, const QString& entity, const QCborValue& baseVersion,
                                            const QCborMap& payload)
{
    QCborMap body;
    body.insert(QLatin1String("kind"), kind);
    body.insert(QLatin1String("entity"), entity);
    body.insert(QLatin1String("base_version"), baseVersion);
    body.insert(QLatin1String("payload"), payload);
    return put(QStringLiteral("changes/") + QUuid::createUuid().toString(QUuid::WithoutBraces), body);
}

} // namespace custodian::test
