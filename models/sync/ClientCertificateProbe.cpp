#include "sync/ClientCertificateProbe.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/socket.h>
#include <sys/time.h>

namespace custodian {

namespace {
struct SslContextFree
{
    void operator()(SSL_CTX* context) const { SSL_CTX_free(context); }
};
struct SslFree
{
    void operator()(SSL* ssl) const { SSL_free(ssl); }
};

// Called by OpenSSL when the server sends a CertificateRequest: note it, and offer no certificate.
int onCertificateRequest(SSL* ssl, X509** /*certificate*/, EVP_PKEY** /*key*/)
{
    *static_cast<bool*>(SSL_get_app_data(ssl)) = true;
    return 0;
}

// OpenSSL's reason, or when it has none (a system call failed) the SSL error code and errno.
QString failureText(int sslError)
{
    const int saved = errno;
    if (ERR_peek_error() != 0) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof text);
        ERR_clear_error();
        return QString::fromLatin1(text);
    }
    return QStringLiteral("SSL error %1: %2").arg(sslError).arg(QString::fromLocal8Bit(std::strerror(saved)));
}

QString lastError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

bool addAuthority(X509_STORE* store, const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &data, der.size());
    if (!x509)
        return false;
    const bool added = X509_STORE_add_cert(store, x509) == 1;
    X509_free(x509);
    return added;
}
} // namespace

ClientCertificateProbe::Outcome ClientCertificateProbe::probe(const QString& host, quint16 port,
                                                              const QList<QSslCertificate>& authorities, int timeoutMs)
{
    Outcome outcome;
    std::unique_ptr<SSL_CTX, SslContextFree> context(SSL_CTX_new(TLS_client_method()));
    if (!context) {
        outcome.failure = lastError();
        return outcome;
    }
    SSL_CTX_set_min_proto_version(context.get(), TLS1_2_VERSION);
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, nullptr);
    if (authorities.isEmpty()) {
        SSL_CTX_set_default_verify_paths(context.get());
    } else {
        for (const QSslCertificate& authority : authorities)
            addAuthority(SSL_CTX_get_cert_store(context.get()), authority);
    }
    SSL_CTX_set_client_cert_cb(context.get(), &onCertificateRequest);

    const QByteArray address = (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol
                                    ? QByteArrayLiteral("[") + host.toUtf8() + QByteArrayLiteral("]")
                                    : host.toUtf8())
        + ':' + QByteArray::number(port);
    BIO* connection = BIO_new_connect(address.constData());
    if (!connection) {
        outcome.failure = lastError();
        return outcome;
    }
    BIO_set_nbio(connection, 1);
    if (BIO_do_connect_retry(connection, qMax(1, timeoutMs / 1000), 0) <= 0) {
        outcome.failure = failureText(-1);
        BIO_free_all(connection);
        return outcome;
    }
    // The handshake blocks, bounded by socket timeouts. The connect BIO leaves its socket non-blocking whatever its
    // own flag says afterwards: without this, a server slower than the first read (a loaded machine) looked like a
    // failed handshake (SSL_ERROR_WANT_READ, EAGAIN).
    BIO_set_nbio(connection, 0);
    const int descriptor = int(BIO_get_fd(connection, nullptr));
    BIO_socket_nbio(descriptor, 0);
    timeval timeout { timeoutMs / 1000, (timeoutMs % 1000) * 1000 };
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);

    std::unique_ptr<SSL, SslFree> ssl(SSL_new(context.get()));
    SSL_set_bio(ssl.get(), connection, connection); // owned by the SSL from here on
    SSL_set_app_data(ssl.get(), &outcome.certificateRequested);
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull()) {
        SSL_set_tlsext_host_name(ssl.get(), name.constData());
        SSL_set1_host(ssl.get(), name.constData());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl.get()), name.constData());
    }
    if (SSL_connect(ssl.get()) == 1) {
        outcome.verified = SSL_get_verify_result(ssl.get()) == X509_V_OK;
    } else {
        // A TLS 1.2 server that refuses the empty certificate fails the handshake itself; the request was seen.
        outcome.verified = SSL_get_verify_result(ssl.get()) == X509_V_OK && SSL_get0_peer_certificate(ssl.get());
        outcome.failure = failureText(SSL_get_error(ssl.get(), -1));
    }
    return outcome;
}

} // namespace custodian
