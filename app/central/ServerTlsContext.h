#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <boost/asio/ssl/context.hpp>

#include <memory>

namespace custodian {

// custodian-central's TLS settings, in one place (docs/security-notes.md "Central service transport"): TLS 1.2 and
// 1.3 only; under TLS 1.2 only ECDHE key exchange with AEAD suites (AES-GCM, ChaCha20-Poly1305) — no RSA key
// exchange, no CBC, no SHA-1 MAC, no PSK, no static or finite-field DH; OpenSSL security level 2 (no SHA-1
// signatures, keys of at least 112-bit strength); no compression, no renegotiation. With a client CA, a client
// certificate issued by it is required (mutual TLS), and the CA's name is announced in the CertificateRequest.
class ServerTlsContext
{
    Q_DECLARE_TR_FUNCTIONS(ServerTlsContext)

public:
    // The TLS 1.2 cipher list and the TLS 1.3 suites, in OpenSSL's syntax.
    static constexpr char Tls12Ciphers[]
        = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
          "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
    static constexpr char Tls13Suites[] = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
    static constexpr char Groups[] = "X25519:P-256:P-384";

    // `certificateChainPem`: the server certificate first, then intermediates; `clientCaPem` empty: no client
    // certificate asked for.
    [[nodiscard]] static Result<std::shared_ptr<boost::asio::ssl::context>>
    make(const QByteArray& certificateChainPem, const QByteArray& privateKeyPem, const QByteArray& clientCaPem);
};

} // namespace custodian
