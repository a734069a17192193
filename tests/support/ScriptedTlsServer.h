#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

class QSslServer;
class QSslSocket;

namespace custodian::test {

// A real TLS server on 127.0.0.1 that answers each HTTP request with whatever the test scripts — a malformed
// body, a body cut short, a stall in the middle, a status with Retry-After — for the sync engine's handling of a
// hostile or broken central service. It runs in the test's thread: drive the client (a custodian-cli child) without
// blocking the event loop (CliRunner::runAsync).
class ScriptedTlsServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray& name) const;
    };

    struct Response
    {
        QByteArray raw; // status line, headers and (part of) the body, written as they are
        enum class Then { KeepAlive, Close, Stall } then = Then::KeepAlive;
    };

    // A well-formed answer: status, content type and body, Content-Length set, plus extra header lines.
    static Response http(int status, const QByteArray& contentType, const QByteArray& body,
                         const QList<QByteArray>& extraHeaders = {});

    using Handler = std::function<Response(const Request& request)>;

    explicit ScriptedTlsServer(QObject* parent = nullptr);
    ~ScriptedTlsServer() override;

    // Certificate and key in PEM; returns the port, 0 on failure.
    quint16 listen(const QByteArray& certificatePem, const QByteArray& keyPem, Handler handler);
    [[nodiscard]] QString url() const;
    [[nodiscard]] int requests() const { return m_requests; }

private:
    void accept();
    void readFrom(QSslSocket* socket);

    std::unique_ptr<QSslServer> m_server;
    Handler m_handler;
    int m_requests = 0;
    quint16 m_port = 0;
};

} // namespace custodian::test
