#include "central/ServerTlsContext.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace custodian {

namespace {
// The reason OpenSSL gives for the last failure, for a message that names the problem.
QString openSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return ServerTlsContext::tr("no reason given");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error failed(const QString& what)
{
    return Error(Error::Code::Crypto, ServerTlsContext::tr("Cannot set up TLS: %1 (%2).").arg(what, openSslReason()));
}

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509* certificate) const { X509_free(certificate); }
};
} // namespace

Result<std::shared_ptr<boost::asio::ssl::context>> ServerTlsContext::make(const QByteArray& certificateChainPem,
                                                                          const QByteArray& privateKeyPem,
                                                                          const QByteArray& clientCaPem)
{
    namespace ssl = boost::asio::ssl;
    ERR_clear_error();
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    SSL_CTX* native = context->native_handle();
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1)
        return failed(tr("minimum protocol version"));
    // Security level 2: at least 112-bit keys, no SHA-1 in signatures; set here rather than left to openssl.cnf.
    SSL_CTX_set_security_level(native, 2);
    SSL_CTX_set_options(native,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE
                            | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
    if (SSL_CTX_set_cipher_list(native, Tls12Ciphers) != 1)
        return failed(tr("TLS 1.2 cipher list"));
    if (SSL_CTX_set_ciphersuites(native, Tls13Suites) != 1)
        return failed(tr("TLS 1.3 cipher suites"));
    if (SSL_CTX_set1_groups_list(native, Groups) != 1)
        return failed(tr("key exchange groups"));
    // Resumed sessions (and mutual TLS with session caching) need a context id.
    static constexpr unsigned char sessionContext[] = "custodian-central";
    if (SSL_CTX_set_session_id_context(native, sessionContext, sizeof sessionContext - 1) != 1)
        return failed(tr("session context"));

    boost::system::error_code error;
    context->use_certificate_chain(
        boost::asio::buffer(certificateChainPem.constData(), size_t(certificateChainPem.size())), error);
    if (error)
        return failed(tr("the server certificate"));
    context->use_private_key(boost::asio::buffer(privateKeyPem.constData(), size_t(privateKeyPem.size())),
                             ssl::context::pem, error);
    if (error)
        return failed(tr("the private key"));
    if (SSL_CTX_check_private_key(native) != 1)
        return failed(tr("the private key does not belong to the certificate"));

    if (!clientCaPem.isEmpty()) {
        context->add_certificate_authority(boost::asio::buffer(clientCaPem.constData(), size_t(clientCaPem.size())),
                                           error);
        if (error)
            return failed(tr("the client CA"));
        // Name the accepted CAs in the CertificateRequest, so that a client holding several certificates picks right.
        std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(clientCaPem.constData(), int(clientCaPem.size())));
        if (!bio)
            return failed(tr("the client CA"));
        while (std::unique_ptr<X509, X509Free> authority { PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) }) {
            if (SSL_CTX_add_client_CA(native, authority.get()) != 1)
                return failed(tr("the client CA's name"));
        }
        ERR_clear_error(); // the end of the PEM data
        context->set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    } else {
        context->set_verify_mode(ssl::verify_none);
    }
    return context;
}

} // namespace custodian
