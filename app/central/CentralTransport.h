#pragma once

#include "central/TransportLimits.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace custodian {

class CentralHttpServer;

// custodian-central's HTTPS transport: Boost.Beast over Boost.Asio's OpenSSL streams on an I/O thread of its own,
// so that limits hold before anything is buffered (TransportLimits: body size by Content-Length and by counted
// chunks, connections per address and in total, idle, head and body timeouts). Each complete request is handed to
// the thread this object lives on, where CentralHttpServer decides it — one at a time, beside the service's store
// and timers — and the answer goes back to the I/O thread to be written. TLS settings: ServerTlsContext.
class CentralTransport : public QObject
{
    Q_OBJECT
public:
    struct Tls
    {
        QByteArray certificateChainPem;
        QByteArray privateKeyPem;
        QByteArray clientCaPem; // empty: no client certificate asked for
    };

    CentralTransport(CentralHttpServer& server, TransportLimits limits, QObject* parent = nullptr);
    ~CentralTransport() override;
    Q_DISABLE_COPY(CentralTransport)

    // Sets up TLS; before listen().
    [[nodiscard]] Status setTls(const Tls& tls);
    // Listens on `address` (port 0: one the kernel picks) and starts serving; returns the port.
    [[nodiscard]] Result<quint16> listen(const QHostAddress& address, quint16 port);

private:
    struct Private;
    CentralHttpServer& m_server;
    std::unique_ptr<Private> d;
};

} // namespace custodian
