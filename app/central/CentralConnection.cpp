#include "central/CentralConnection.h"

#include "central/CentralHttpServer.h"
#include "domain/Clock.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace custodian {

namespace {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;
using tcp = net::ip::tcp;

constexpr std::size_t ReadChunkBytes = 16 * 1024;
constexpr std::size_t DrainBufferBytes = 16 * 1024;
constexpr std::chrono::milliseconds RefusalHandshakeTimeout { 5'000 };

CentralRequest::Method methodOf(http::verb verb)
{
    switch (verb) {
    case http::verb::get:
        return CentralRequest::Method::Get;
    case http::verb::put:
        return CentralRequest::Method::Put;
    case http::verb::post:
        return CentralRequest::Method::Post;
    case http::verb::delete_:
        return CentralRequest::Method::Delete;
    case http::verb::head:
        return CentralRequest::Method::Head;
    default:
        return CentralRequest::Method::Other;
    }
}

QByteArray bytes(beast::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// What a log line may show of a client's text: printable ASCII only, at most 80 characters.
QByteArray printable(QByteArray text)
{
    text.truncate(80);
    for (char& c : text) {
        if (c < 0x21 || c > 0x7e)
            c = '?';
    }
    return text;
}

int seconds(std::chrono::milliseconds timeout)
{
    return int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
}

// Large enough for a head at the limit plus what arrives with it; the body goes into the parser, not this buffer.
std::size_t bufferLimit(const TransportLimits& limits)
{
    return std::size_t(std::max<qint64>(2 * limits.maxHeaderBytes, 64 * 1024));
}

bool isHttpError(const error_code& error)
{
    return error.category() == http::make_error_code(http::error::bad_target).category();
}
} // namespace

CentralConnection::CentralConnection(tcp::socket socket, Shared& shared, std::string budgetKey,
                                     ConnectionBudget::Admission admission)
    : m_stream(std::move(socket), shared.tls)
    , m_timer(m_stream.get_executor())
    , m_shared(shared)
    , m_budgetKey(std::move(budgetKey))
    , m_admission(admission)
    , m_remoteAddress(QString::fromStdString(m_budgetKey))
    , m_buffer(bufferLimit(shared.limits))
{
}

CentralConnection::~CentralConnection()
{
    releaseBody();
    m_shared.budget.leave(m_budgetKey, m_admission);
}

std::string CentralConnection::budgetKey(const net::ip::address& address)
{
    if (!address.is_v6())
        return address.to_string();
    const net::ip::address_v6 v6 = address.to_v6();
    if (v6.is_v4_mapped())
        return net::ip::make_address_v4(net::ip::v4_mapped, v6).to_string();
    // One host usually holds a whole /64: counting single IPv6 addresses would not limit anyone.
    net::ip::address_v6::bytes_type prefix = v6.to_bytes();
    std::fill(prefix.begin() + 8, prefix.end(), 0);
    return net::ip::address_v6(prefix).to_string() + "/64";
}

void CentralConnection::start()
{
    const bool refusing = m_admission != ConnectionBudget::Admission::Admitted;
    arm(refusing ? std::min(RefusalHandshakeTimeout, m_shared.limits.headerTimeout) : m_shared.limits.headerTimeout,
        Phase::Handshake);
    m_stream.async_handshake(net::ssl::stream_base::server,
                             [self = shared_from_this()](const error_code& error) { self->onHandshake(error); });
}

void CentralConnection::arm(std::chrono::milliseconds timeout, Phase phase)
{
    m_phase = phase;
    const unsigned generation = ++m_deadlineGeneration;
    m_timer.expires_after(timeout);
    m_timer.async_wait([self = shared_from_this(), generation](const error_code& error) {
        if (!error && generation == self->m_deadlineGeneration && self->m_phase != Phase::Closed)
            self->onDeadline();
    });
}

void CentralConnection::disarm(Phase phase)
{
    m_phase = phase;
    ++m_deadlineGeneration;
    m_timer.cancel();
}

void CentralConnection::onDeadline()
{
    if (m_phase == Phase::Head || m_phase == Phase::Body) {
        // Stop the read; its handler answers 408 on the same connection.
        m_timedOut = true;
        error_code ignored;
        m_stream.next_layer().cancel(ignored);
        return;
    }
    close();
}

void CentralConnection::onHandshake(const error_code& error)
{
    if (m_phase == Phase::Closed)
        return;
    if (error)
        return close();
    switch (m_admission) {
    case ConnectionBudget::Admission::AddressFull:
        return refuse(429, "too_many_connections",
                      tr("This address holds %n connection(s) to the service already, the most it may; close some "
                         "or try again later.",
                         nullptr, m_shared.limits.maxConnectionsPerAddress),
                      QByteArrayLiteral("5"));
    case ConnectionBudget::Admission::ServiceFull:
        return refuse(503, "busy", tr("The service holds as many connections as it may; try again shortly."),
                      QByteArrayLiteral("2"));
    default:
        return awaitRequest();
    }
}

void CentralConnection::awaitRequest()
{
    m_parser.emplace();
    m_parser->header_limit(std::uint32_t(m_shared.limits.maxHeaderBytes));
    m_parser->body_limit(std::uint64_t(m_shared.limits.maxBodyBytes));
    m_timedOut = false;
    m_keepAlive = false;
    m_head = false;
    m_accept.clear();
    m_method = QByteArrayLiteral("-");
    m_path = QByteArrayLiteral("-");
    if (m_buffer.size() > 0) // the next request arrived with the last one
        return readHead();
    // Nothing counts against the head's time until its first byte: that wait is the idle timeout.
    arm(m_shared.limits.idleTimeout, Phase::Idle);
    m_stream.async_read_some(
        m_buffer.prepare(ReadChunkBytes),
        [self = shared_from_this()](const error_code& error, std::size_t bytes) { self->onFirstBytes(error, bytes); });
}

void CentralConnection::onFirstBytes(const error_code& error, std::size_t bytes)
{
    if (m_phase == Phase::Closed)
        return;
    if (error)
        return close(); // the client closed, or the idle timeout did
    m_buffer.commit(bytes);
    readHead();
}

void CentralConnection::readHead()
{
    m_requestTimer.start();
    arm(m_shared.limits.headerTimeout, Phase::Head);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](const error_code& error, std::size_t) { self->onHead(error); });
}

void CentralConnection::onHead(const error_code& error)
{
    if (m_phase == Phase::Closed)
        return;
    // The request line is parsed first: a refusal of a head can name its method and path.
    const auto& request = m_parser->get();
    if (!request.method_string().empty()) {
        m_method = printable(bytes(request.method_string()));
        const beast::string_view target = request.target();
        m_path = printable(bytes(target.substr(0, target.find('?'))));
    }
    if (m_timedOut)
        return refuse(408, "request_timeout",
                      tr("The request's head did not arrive within %n second(s).", nullptr,
                         seconds(m_shared.limits.headerTimeout)));
    if (error == http::error::header_limit)
        return refuse(
            431, "header_too_large",
            tr("The request's line and headers are larger than %1 bytes.").arg(m_shared.limits.maxHeaderBytes));
    if (error == http::error::body_limit) // a Content-Length over the limit, seen before any of the body
        return refuse(413, "too_large",
                      tr("The request body is larger than %1 bytes.").arg(m_shared.limits.maxBodyBytes));
    if (error)
        return refuseBadRequest(error);

    m_accept = bytes(request[http::field::accept]);
    m_keepAlive = request.keep_alive();
    m_head = request.method() == http::verb::head;
    if (request.count(http::field::transfer_encoding) > 0 && !m_parser->chunked())
        return refuse(400, "bad_request", tr("A request body must come with a Content-Length or chunked."));
    if (m_parser->is_done())
        return dispatch();

    // Hold the body's bytes (a chunked body may use the whole limit) only if the service can hold them now.
    const qint64 needed
        = m_parser->chunked() ? m_shared.limits.maxBodyBytes : qint64(m_parser->content_length().value_or(0));
    if (!m_shared.budget.reserveBody(needed))
        return refuse(503, "busy", tr("The service is receiving as many requests as it may; try again shortly."),
                      QByteArrayLiteral("1"));
    m_reservedBody = needed;
    if (!beast::iequals(request[http::field::expect], "100-continue"))
        return readBody();
    auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, request.version());
    arm(m_shared.limits.bodyTimeout, Phase::Write);
    http::async_write(m_stream, *interim, [self = shared_from_this(), interim](const error_code& written, std::size_t) {
        if (self->m_phase == Phase::Closed)
            return;
        if (written)
            return self->close();
        self->readBody();
    });
}

void CentralConnection::readBody()
{
    arm(m_shared.limits.bodyTimeout, Phase::Body); // re-armed after each read: a pause, not the whole body
    http::async_read_some(m_stream, m_buffer, *m_parser,
                          [self = shared_from_this()](const error_code& error, std::size_t) { self->onBody(error); });
}

void CentralConnection::onBody(const error_code& error)
{
    if (m_phase == Phase::Closed)
        return;
    if (m_timedOut)
        return refuse(
            408, "request_timeout",
            tr("The request's body stalled for %n second(s).", nullptr, seconds(m_shared.limits.bodyTimeout)));
    if (error == http::error::body_limit) // chunks passed the limit: counted as they arrived
        return refuse(413, "too_large",
                      tr("The request body is larger than %1 bytes.").arg(m_shared.limits.maxBodyBytes));
    if (error)
        return refuseBadRequest(error);
    if (!m_parser->is_done())
        return readBody();
    dispatch();
}

void CentralConnection::dispatch()
{
    disarm(Phase::Dispatch); // deciding takes what it takes; the service's thread does one request at a time
    auto& message = m_parser->get();
    const beast::string_view target = message.target();
    QUrl url = QUrl::fromEncoded(bytes(target), QUrl::TolerantMode);
    if (!url.isValid() || !target.starts_with('/'))
        return refuse(400, "bad_request", tr("The request's target is not a path."));
    CentralRequest::Headers headers;
    for (const auto& field : message)
        headers.append({ bytes(field.name_string()), bytes(field.value()) });
    CentralRequest request(methodOf(message.method()), std::move(url), std::move(headers),
                           QByteArray(message.body().data(), qsizetype(message.body().size())), m_remoteAddress);
    m_parser.reset(); // the body now lives in the request; its reservation ends with the answer
    m_shared.dispatch(
        std::move(request),
        [self = shared_from_this(), executor = m_stream.get_executor()](CentralResponse response) mutable {
            // Called on the service's thread: hand the answer (and the connection) back to the I/O thread.
            net::post(executor, [connection = std::move(self), answer = std::move(response)]() mutable {
                connection->respond(std::move(answer));
            });
        });
}

void CentralConnection::respond(CentralResponse response)
{
    if (m_phase == Phase::Closed)
        return;
    releaseBody();
    m_closeAfterWrite = response.close;
    m_response.emplace(static_cast<http::status>(response.status), 11);
    if (!response.contentType.isEmpty())
        m_response->set(http::field::content_type,
                        beast::string_view(response.contentType.constData(), std::size_t(response.contentType.size())));
    for (const auto& [name, value] : response.headers)
        m_response->insert(beast::string_view(name.constData(), std::size_t(name.size())),
                           beast::string_view(value.constData(), std::size_t(value.size())));
    if (!m_head)
        m_response->body().assign(response.body.constData(), std::size_t(response.body.size()));
    else
        m_keepAlive = false; // a HEAD answer has no body here: ending the connection keeps the framing right
    m_response->keep_alive(m_keepAlive && !m_closeAfterWrite);
    m_response->prepare_payload();
    m_serializer.emplace(*m_response);
    arm(m_shared.limits.bodyTimeout, Phase::Write);
    writeSome();
}

void CentralConnection::writeSome()
{
    http::async_write_some(m_stream, *m_serializer, [self = shared_from_this()](const error_code& error, std::size_t) {
        self->onWritten(error);
    });
}

void CentralConnection::onWritten(const error_code& error)
{
    if (m_phase == Phase::Closed)
        return;
    if (error)
        return close();
    if (!m_serializer->is_done()) {
        arm(m_shared.limits.bodyTimeout, Phase::Write); // a client that stops reading is dropped, a slow one is not
        return writeSome();
    }
    m_serializer.reset();
    m_response.reset();
    if (m_closeAfterWrite)
        return linger();
    if (!m_keepAlive)
        return shutdownGracefully();
    awaitRequest();
}

void CentralConnection::refuse(int status, const char* code, const QString& message, const QByteArray& retryAfter)
{
    log(status, code);
    m_parser.reset();
    releaseBody();
    m_head = false;
    respond(CentralHttpServer::refusal(status, QString::fromLatin1(code), message, m_accept, retryAfter));
}

void CentralConnection::refuseBadRequest(const error_code& error)
{
    // Malformed HTTP gets an answer; a connection that closed or failed at the TLS layer does not.
    if (!isHttpError(error) || error == http::error::end_of_stream || error == http::error::partial_message)
        return close();
    refuse(400, "bad_request", tr("The request is not well-formed HTTP/1.1."));
}

void CentralConnection::linger()
{
    // The answer is written; end our side, then read and drop (undecrypted) whatever the client still sends for a
    // moment, so that its unread bytes do not turn our close into a reset that destroys the answer before it is read.
    error_code ignored;
    m_stream.next_layer().shutdown(tcp::socket::shutdown_send, ignored);
    m_drainBuffer = std::make_unique<char[]>(DrainBufferBytes);
    arm(m_shared.limits.lingerTime, Phase::Closing);
    drain();
}

void CentralConnection::drain()
{
    m_stream.next_layer().async_read_some(net::buffer(m_drainBuffer.get(), DrainBufferBytes),
                                          [self = shared_from_this()](const error_code& error, std::size_t) {
                                              if (self->m_phase == Phase::Closed)
                                                  return;
                                              if (error)
                                                  return self->close();
                                              self->drain();
                                          });
}

void CentralConnection::shutdownGracefully()
{
    arm(m_shared.limits.lingerTime, Phase::Closing);
    m_stream.async_shutdown([self = shared_from_this()](const error_code&) { self->close(); });
}

void CentralConnection::close()
{
    if (m_phase == Phase::Closed)
        return;
    disarm(Phase::Closed);
    error_code ignored;
    m_stream.next_layer().close(ignored);
}

void CentralConnection::releaseBody()
{
    if (m_reservedBody > 0)
        m_shared.budget.releaseBody(m_reservedBody);
    m_reservedBody = 0;
}

void CentralConnection::log(int status, const char* note) const
{
    if (!m_shared.limits.logRequests)
        return;
    // As CentralHttpServer logs a request, with the reason of the refusal; never a header value, query or body.
    const double elapsedMs = m_requestTimer.isValid() ? double(m_requestTimer.nsecsElapsed()) / 1e6 : 0.0;
    std::fprintf(stderr, "%s %s %s %d - bytes %.1f ms - refused: %s\n",
                 qPrintable(Clock::nowUtc().toString(Qt::ISODateWithMs)), m_method.constData(), m_path.constData(),
                 status, elapsedMs, note);
}

} // namespace custodian
