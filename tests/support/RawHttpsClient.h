#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QString>

namespace custodian::test {

// A deliberately low-level client for the transport tests, as an attacker or a broken client would be: a QSslSocket
// used with its blocking calls that trusts one CA, connects from a chosen loopback address (127.0.0.2 is "another
// address"), writes exactly the bytes it is given (half a head, a body that never ends) or stays silent, and reads
// the status line of an answer or notices that the server closed the connection.
class RawHttpsClient
{
public:
    struct Answer
    {
        int status = 0; // 0: no complete answer head arrived
        QByteArray head;
        QByteArray body;
        qint64 elapsedMs = 0; // from the call of readAnswer()
        [[nodiscard]] QByteArray header(const QByteArray& name) const;
    };

    explicit RawHttpsClient(const QString& caFile, const QHostAddress& from = QHostAddress(QHostAddress::LocalHost));
    RawHttpsClient(const RawHttpsClient&) = delete;
    RawHttpsClient& operator=(const RawHttpsClient&) = delete;

    // TCP connect to 127.0.0.1:`port` and the TLS handshake.
    [[nodiscard]] bool connect(quint16 port, int timeoutMs = 10'000);
    // TCP only: a client that never starts TLS.
    [[nodiscard]] bool connectPlain(quint16 port, int timeoutMs = 10'000);
    // Queues `bytes` and waits until at most `backlog` bytes are still to be sent; false when the connection failed.
    [[nodiscard]] bool write(const QByteArray& bytes, qint64 backlog = 0, int timeoutMs = 10'000);
    // True once bytes of an answer are here (without waiting).
    [[nodiscard]] bool answerStarted();
    // Reads until an answer's head (and the body its Content-Length names) is complete, the server closes, or the time
    // runs out.
    [[nodiscard]] Answer readAnswer(int timeoutMs);
    // Waits until the server closes the connection; false when it is still open after `timeoutMs`. Received bytes are
    // kept (receivedBytes()).
    [[nodiscard]] bool waitForClose(int timeoutMs);
    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] qint64 receivedBytes() const { return m_received.size(); }
    [[nodiscard]] QString errorString() const { return m_socket.errorString(); }
    void abort() { m_socket.abort(); }

    // A whole request with Host, optional extra header lines ("Name: value"), and Content-Length when there is a body.
    [[nodiscard]] static QByteArray request(const QByteArray& method, const QByteArray& target,
                                            const QList<QByteArray>& headers = {}, const QByteArray& body = {});

private:
    void take();

    QSslSocket m_socket;
    QByteArray m_received;
};

} // namespace custodian::test
