#pragma once

#include "central/CentralRequest.h"
#include "central/CentralResponse.h"
#include "central/ConnectionBudget.h"
#include "central/TransportLimits.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace custodian {

// One TLS connection to custodian-central, on the transport's I/O thread (Boost.Beast over Boost.Asio's OpenSSL
// stream): the TLS handshake, then requests one after the other — each head read within the header timeout from its
// first byte and refused by its Content-Length before its body is read, each body counted as it arrives (chunked
// too) and held only up to the limit, then handed to the service's thread and its answer written back. Limits and
// timeouts end a request with an answer of their own (408, 413, 429, 431, 503) and the connection with it: the rest of
// what the client sends is read and dropped for a moment (so that the answer is not lost to a reset), then the
// connection closes. An idle connection is closed without a word.
class CentralConnection : public std::enable_shared_from_this<CentralConnection>
{
    Q_DECLARE_TR_FUNCTIONS(CentralConnection)
public:
    using Answer = std::function<void(CentralResponse)>;
    // What all connections share; owned by CentralTransport and outliving every connection.
    struct Shared
    {
        boost::asio::ssl::context& tls;
        ConnectionBudget& budget;
        const TransportLimits& limits;
        // Hands a request to the service's thread; `answer` is called there, once, with the response.
        std::function<void(CentralRequest, Answer)> dispatch;
    };

    CentralConnection(boost::asio::ip::tcp::socket socket, Shared& shared, std::string budgetKey,
                      ConnectionBudget::Admission admission);
    ~CentralConnection();
    CentralConnection(const CentralConnection&) = delete;
    CentralConnection& operator=(const CentralConnection&) = delete;

    void start();

    // The key a remote address is counted by: the IPv4 address (also when mapped into IPv6), or the IPv6 /64.
    [[nodiscard]] static std::string budgetKey(const boost::asio::ip::address& address);

private:
    enum class Phase { Handshake, Idle, Head, Body, Dispatch, Write, Closing, Closed };
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using Response = boost::beast::http::response<boost::beast::http::string_body>;
    using Serializer = boost::beast::http::response_serializer<boost::beast::http::string_body>;

    void arm(std::chrono::milliseconds timeout, Phase phase);
    void disarm(Phase phase);
    void onDeadline();

    void onHandshake(const boost::system::error_code& error);
    void awaitRequest();
    void onFirstBytes(const boost::system::error_code& error, std::size_t bytes);
    void readHead();
    void onHead(const boost::system::error_code& error);
    void readBody();
    void onBody(const boost::system::error_code& error);
    void dispatch();
    void respond(CentralResponse response);
    void writeSome();
    void onWritten(const boost::system::error_code& error);
    void refuse(int status, const char* code, const QString& message, const QByteArray& retryAfter = {});
    void refuseBadRequest(const boost::system::error_code& error);
    void linger();
    void drain();
    void shutdownGracefully();
    void close();
    void releaseBody();
    void log(int status, const char* note) const;

    boost::asio::ssl::stream<boost::asio::ip::tcp::socket> m_stream;
    boost::asio::steady_timer m_timer;
    Shared& m_shared;
    const std::string m_budgetKey;
    const ConnectionBudget::Admission m_admission;
    QString m_remoteAddress;
    Phase m_phase = Phase::Handshake;
    unsigned m_deadlineGeneration = 0;
    bool m_timedOut = false;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    qint64 m_reservedBody = 0;
    bool m_keepAlive = false;
    bool m_head = false;
    QByteArray m_accept;
    QByteArray m_method = QByteArrayLiteral("-");
    QByteArray m_path = QByteArrayLiteral("-");
    QElapsedTimer m_requestTimer;
    std::optional<Response> m_response;
    std::optional<Serializer> m_serializer;
    bool m_closeAfterWrite = false;
    std::unique_ptr<char[]> m_drainBuffer;
};

} // namespace custodian
