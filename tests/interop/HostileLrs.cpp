#include "HostileLrs.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <memory>

namespace custodian::test {

HostileLrs::HostileLrs(Script script)
    : m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileLrs::accept);
}

bool HostileLrs::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HostileLrs::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(m_server.serverPort());
}

QByteArray HostileLrs::response(int status, const QByteArray& body, bool versionHeader)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\n";
    if (versionHeader)
        head += "X-Experience-API-Version: 1.0.3\r\nX-Experience-API-Consistent-Through: 2026-04-01T00:00:00.000Z\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return head + body;
}

void HostileLrs::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            const int index = int(m_requests.size());
            m_requests.append(head);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            socket->write(m_script(requestLine.value(1), index));
            socket->disconnectFromHost();
        });
    }
}

} // namespace custodian::test
