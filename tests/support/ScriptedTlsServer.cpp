#include "support/ScriptedTlsServer.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace custodian::test {

QByteArray ScriptedTlsServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedTlsServer::Response ScriptedTlsServer::http(int status, const QByteArray& contentType, const QByteArray& body,
                                                    const QList<QByteArray>& extraHeaders)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    raw += "Content-Type: " + contentType + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray& line : extraHeaders)
        raw += line + "\r\n";
    raw += "\r\n" + body;
    return Response { raw, Response::Then::KeepAlive };
}

ScriptedTlsServer::ScriptedTlsServer(QObject* parent)
    : QObject(parent)
{
}

ScriptedTlsServer::~ScriptedTlsServer() = default;

quint16 ScriptedTlsServer::listen(const QByteArray& certificatePem, const QByteArray& keyPem, Handler handler)
{
    m_handler = std::move(handler);
    m_server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QSslCertificate::fromData(certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->setSslConfiguration(configuration);
    connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this, &ScriptedTlsServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    m_port = m_server->serverPort();
    return m_port;
}

QString ScriptedTlsServer::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

void ScriptedTlsServer::accept()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket);
    }
}

void ScriptedTlsServer::readFrom(QSslSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.front().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            request.headers.append({ lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
            if (lines[i].left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = lines[i].mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        ++m_requests;
        const Response response = m_handler(request);
        socket->write(response.raw);
        socket->flush();
        if (response.then == Response::Then::Close) {
            socket->disconnectFromHost();
            break;
        }
        if (response.then == Response::Then::Stall) {
            disconnect(socket, &QSslSocket::readyRead, this, nullptr); // says nothing more, keeps the connection
            break;
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace custodian::test
