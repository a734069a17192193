#pragma once

#include <QtGlobal>

#include <chrono>

namespace custodian {

// What custodian-central's transport allows a client, so that no client — and no crowd of clients — can make it hold
// unbounded memory, connections or time (docs/sync-api.md section 8, docs/deployment.md). The defaults are the
// `serve` options' defaults.
struct TransportLimits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024; // one request body; more is refused (413) before it is read
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers (431)
    qint64 maxBufferedBytes = 64 * 1024 * 1024; // request bodies held at once, all connections together (503)
    int maxConnections = 256; // in total (503 beyond)
    int maxConnectionsPerAddress = 32; // per IPv4 address or IPv6 /64 (429 beyond)
    // Connections being turned away at once (a TLS handshake and a 429/503 each); beyond these, a connection is closed
    // unanswered, so that a flood costs the service a bounded amount.
    int maxRefusing = 64;
    std::chrono::milliseconds idleTimeout { 60'000 }; // no request started on an open connection: closed
    std::chrono::milliseconds headerTimeout { 10'000 }; // TLS handshake; a request head from its first byte (408)
    std::chrono::milliseconds bodyTimeout { 30'000 }; // longest pause while a body arrives (408) or an answer leaves
    std::chrono::milliseconds lingerTime { 2'000 }; // after a refusal: what the client still sends is read and dropped
    bool logRequests = false; // one line per refusal on stderr (never a token, query or body)
};

} // namespace custodian
