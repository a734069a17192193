#include "support/RawHttpsClient.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>

namespace custodian::test {

QByteArray RawHttpsClient::Answer::header(const QByteArray& name) const
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttpsClient::RawHttpsClient(const QString& caFile, const QHostAddress& from)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    // Any 127.x.y.z is this machine: binding the source address makes the service see another client.
    (void)m_socket.bind(from, 0);
}

bool RawHttpsClient::connect(quint16 port, int timeoutMs)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!m_socket.waitForEncrypted(timeoutMs))
        return false;
    // Without an event loop the last handshake message waits in the socket's buffer until the next blocking call:
    // send it now, so that the server's handshake is done too.
    m_socket.flush();
    return isOpen();
}

bool RawHttpsClient::connectPlain(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawHttpsClient::write(const QByteArray& bytes, qint64 backlog, int timeoutMs)
{
    if (!isOpen())
        return false;
    m_socket.write(bytes);
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite() > backlog) {
        if (!isOpen() || deadline.hasExpired())
            return false;
        m_socket.waitForBytesWritten(int(std::min<qint64>(100, deadline.remainingTime())));
        take();
    }
    return isOpen();
}

void RawHttpsClient::take()
{
    m_received += m_socket.readAll();
}

bool RawHttpsClient::answerStarted()
{
    m_socket.waitForReadyRead(0);
    take();
    return !m_received.isEmpty();
}

RawHttpsClient::Answer RawHttpsClient::readAnswer(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline(timeoutMs);
    Answer answer;
    for (;;) {
        take();
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end >= 0) {
            answer.head = m_received.left(end);
            const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf('\r')).split(' ');
            const qsizetype length = answer.header("Content-Length").toLongLong();
            if (m_received.size() >= end + 4 + length) {
                answer.status = statusLine.size() >= 2 ? statusLine[1].toInt() : -1;
                answer.body = m_received.mid(end + 4, length);
                m_received.remove(0, end + 4 + length);
                break;
            }
        }
        if (deadline.hasExpired() || m_socket.state() == QAbstractSocket::UnconnectedState)
            break;
        m_socket.waitForReadyRead(int(std::min<qint64>(100, deadline.remainingTime())));
    }
    answer.elapsedMs = timer.elapsed();
    return answer;
}

bool RawHttpsClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        // Look at least once, also with no time to wait: the socket learns of a close only when it reads.
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForReadyRead(int(std::min<qint64>(100, deadline.remainingTime())));
        take();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        if (deadline.hasExpired())
            return false;
    }
}

QByteArray RawHttpsClient::request(const QByteArray& method, const QByteArray& target, const QList<QByteArray>& headers,
                                   const QByteArray& body)
{
    QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& header : headers)
        text += header + "\r\n";
    if (!body.isEmpty())
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

} // namespace custodian::test
