#include "central/CentralTransport.h"

#include "central/CentralConnection.h"
#include "central/CentralHttpServer.h"
#include "central/ConnectionBudget.h"
#include "central/ServerTlsContext.h"
#include "domain/Clock.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QCoreApplication>
#include <QDateTime>

#include <sys/resource.h>

#include <cstdio>
#include <thread>

namespace custodian {

namespace {
namespace net = boost::asio;
using boost::system::error_code;
using tcp = net::ip::tcp;

// Descriptors the service needs beside its connections: the store, its journal, the listening socket, the thread's
// wake-ups, stdio.
constexpr int ReservedDescriptors = 64;
constexpr std::chrono::milliseconds AcceptPause { 100 };

// Every counted connection and every refusal holds a descriptor: make sure the process may open that many, raising
// its soft limit towards the hard one when needed, so that a full service refuses by its own rules and not by EMFILE.
Status ensureDescriptors(const TransportLimits& limits)
{
    const rlim_t needed = rlim_t(limits.maxConnections) + rlim_t(limits.maxRefusing) + ReservedDescriptors;
    rlimit current {};
    if (::getrlimit(RLIMIT_NOFILE, &current) != 0)
        return {};
    if (current.rlim_cur != RLIM_INFINITY && current.rlim_cur < needed) {
        rlimit raised = current;
        raised.rlim_cur = current.rlim_max == RLIM_INFINITY ? needed : std::min(needed, current.rlim_max);
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            current = raised;
    }
    if (current.rlim_cur != RLIM_INFINITY && current.rlim_cur < needed)
        return Error(Error::Code::InvalidArgument,
                     CentralTransport::tr(
                         "--max-connections %1 needs %2 open files, but this process may open only %3 (ulimit -n).")
                         .arg(limits.maxConnections)
                         .arg(qulonglong(needed))
                         .arg(qulonglong(current.rlim_cur)));
    return {};
}
} // namespace

struct CentralTransport::Private
{
    Private(CentralTransport& transport, TransportLimits transportLimits)
        : limits(transportLimits)
        , budget(limits)
        , q(transport)
    {
    }

    void accept();
    void onAccepted(const error_code& error, tcp::socket socket);

    // Declared in the order they may be destroyed in reverse: connections (held by the I/O context's handlers) need
    // the budget, the TLS context and the shared state until the context is gone.
    TransportLimits limits;
    ConnectionBudget budget;
    std::shared_ptr<net::ssl::context> tls;
    std::unique_ptr<CentralConnection::Shared> shared;
    CentralTransport& q;
    net::io_context io { 1 };
    tcp::acceptor acceptor { io };
    net::steady_timer acceptPause { io };
    net::executor_work_guard<net::io_context::executor_type> work { io.get_executor() };
    std::thread thread;
};

void CentralTransport::Private::accept()
{
    acceptor.async_accept(
        [this](const error_code& error, tcp::socket socket) { onAccepted(error, std::move(socket)); });
}

void CentralTransport::Private::onAccepted(const error_code& error, tcp::socket socket)
{
    if (error == net::error::operation_aborted)
        return;
    if (error) {
        // Out of descriptors or memory for a moment: wait instead of spinning on a listening socket that stays ready.
        acceptPause.expires_after(AcceptPause);
        acceptPause.async_wait([this](const error_code& waited) {
            if (!waited)
                accept();
        });
        return;
    }
    error_code ignored;
    const tcp::endpoint remote = socket.remote_endpoint(ignored);
    std::string key = CentralConnection::budgetKey(remote.address());
    const ConnectionBudget::Admission admission = budget.admit(key);
    if (admission == ConnectionBudget::Admission::Dropped) {
        socket.close(ignored);
        if (limits.logRequests)
            std::fprintf(stderr, "%s - - - - bytes 0.0 ms - refused: dropped unanswered (too many being turned away)\n",
                         qPrintable(Clock::nowUtc().toString(Qt::ISODateWithMs)));
    } else {
        // An answer goes out in one write: do not let Nagle hold it back behind the handshake's last record.
        socket.set_option(tcp::no_delay(true), ignored);
        std::make_shared<CentralConnection>(std::move(socket), *shared, std::move(key), admission)->start();
    }
    accept();
}

CentralTransport::CentralTransport(CentralHttpServer& server, TransportLimits limits, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , d(std::make_unique<Private>(*this, limits))
{
}

CentralTransport::~CentralTransport()
{
    d->io.stop();
    if (d->thread.joinable())
        d->thread.join();
    // Requests still queued for this thread hold their connections: let them go while the budget and the I/O
    // context they refer to still exist.
    QCoreApplication::removePostedEvents(this);
    d.reset();
}

Status CentralTransport::setTls(const Tls& tls)
{
    auto context = ServerTlsContext::make(tls.certificateChainPem, tls.privateKeyPem, tls.clientCaPem);
    if (!context)
        return context.error();
    d->tls = std::move(context).value();
    return {};
}

Result<quint16> CentralTransport::listen(const QHostAddress& address, quint16 port)
{
    if (!d->tls)
        return Error(Error::Code::InvalidArgument, tr("TLS is not set up; the service never serves plain HTTP."));
    if (auto descriptors = ensureDescriptors(d->limits); !descriptors)
        return descriptors.error();
    error_code error;
    const net::ip::address ip = net::ip::make_address(address.toString().toStdString(), error);
    if (error)
        return Error(Error::Code::InvalidArgument, tr("%1 is not an IP address.").arg(address.toString()));
    const tcp::endpoint endpoint(ip, port);
    auto failed = [&] {
        return Error(Error::Code::Io,
                     tr("Cannot listen on %1 port %2 (%3).")
                         .arg(address.toString())
                         .arg(port)
                         .arg(QString::fromStdString(error.message())));
    };
    if (d->acceptor.open(endpoint.protocol(), error); error)
        return failed();
    // As QTcpServer did: a restarted service gets its port back while old connections linger in TIME_WAIT.
    if (d->acceptor.set_option(tcp::acceptor::reuse_address(true), error); error)
        return failed();
    if (d->acceptor.bind(endpoint, error); error)
        return failed();
    if (d->acceptor.listen(net::socket_base::max_listen_connections, error); error)
        return failed();
    const quint16 listening = d->acceptor.local_endpoint(error).port();
    if (error)
        return failed();

    d->shared = std::make_unique<CentralConnection::Shared>(CentralConnection::Shared {
        *d->tls, d->budget, d->limits, [this](CentralRequest request, CentralConnection::Answer answer) {
            // From the I/O thread to this object's thread, where the service lives; the answer goes back by itself.
            auto held = std::make_shared<CentralRequest>(std::move(request));
            QMetaObject::invokeMethod(
                this, [this, held, answer = std::move(answer)]() { answer(m_server.handle(*held)); },
                Qt::QueuedConnection);
        } });
    d->accept();
    d->thread = std::thread([this] { d->io.run(); });
    return listening;
}

} // namespace custodian
