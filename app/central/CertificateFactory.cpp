#include "central/CertificateFactory.h"

#include "domain/Clock.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace custodian {

namespace {
struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

Error failed(const char* what)
{
    return Error(Error::Code::Crypto,
                 CertificateFactory::tr("Cannot make the certificate: %1 failed.").arg(QLatin1String(what)));
}

QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Result<QByteArray> keyPem(EVP_PKEY* key)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed("PEM_write_bio_PrivateKey");
    return drain(bio.get());
}

Result<QByteArray> certificatePem(X509* certificate)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return failed("PEM_write_bio_X509");
    return drain(bio.get());
}

Owned<EVP_PKEY> newKey()
{
    return Owned<EVP_PKEY>(EVP_EC_gen("P-256"));
}

Status addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1)
        return failed("X509_add_ext");
    return {};
}

Result<Owned<X509>> newCertificate(const QString& commonName, EVP_PKEY* key, QDateTime notBefore, QDateTime notAfter)
{
    Owned<X509> certificate(X509_new());
    if (!certificate)
        return failed("X509_new");
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("RAND_bytes");
    serial[0] &= 0x7f; // positive
    BIGNUM* number = BN_bin2bn(serial, sizeof serial, nullptr);
    ASN1_INTEGER* asn1 = BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    if (!asn1)
        return failed("BN_to_ASN1_INTEGER");
    if (!notBefore.isValid())
        notBefore = Clock::nowUtc().addSecs(-3600);
    if (!notAfter.isValid())
        notAfter = notBefore.addDays(825);
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch())))
        return failed("ASN1_TIME_set");
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Custodian"), -1, -1,
                               0);
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0)
        != 1)
        return failed("X509_NAME_add_entry_by_txt");
    if (X509_set_pubkey(certificate.get(), key) != 1)
        return failed("X509_set_pubkey");
    return certificate;
}

Result<std::pair<Owned<X509>, Owned<EVP_PKEY>>> load(const CertificateFactory::Issued& issued)
{
    Owned<BIO> certificateBio(BIO_new_mem_buf(issued.certificatePem.constData(), int(issued.certificatePem.size())));
    Owned<X509> certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    Owned<BIO> keyBio(BIO_new_mem_buf(issued.privateKeyPem.constData(), int(issued.privateKeyPem.size())));
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!certificate || !key)
        return Error(Error::Code::InvalidArgument,
                     CertificateFactory::tr("The certificate authority's certificate or key is not PEM."));
    return std::pair { std::move(certificate), std::move(key) };
}
} // namespace

Result<CertificateFactory::Issued> CertificateFactory::makeAuthority(const QString& commonName, QDateTime notBefore,
                                                                     QDateTime notAfter)
{
    Owned<EVP_PKEY> key = newKey();
    if (!key)
        return failed("EVP_EC_gen");
    if (!notAfter.isValid())
        notAfter = (notBefore.isValid() ? notBefore : Clock::nowUtc()).addDays(3650);
    auto certificate = newCertificate(commonName, key.get(), notBefore, notAfter);
    if (!certificate)
        return certificate.error();
    X509* x = certificate->get();
    if (X509_set_issuer_name(x, X509_get_subject_name(x)) != 1)
        return failed("X509_set_issuer_name");
    for (const auto& [nid, value] : { std::pair { NID_basic_constraints, QByteArray("critical,CA:TRUE,pathlen:0") },
                                      std::pair { NID_key_usage, QByteArray("critical,keyCertSign,cRLSign") },
                                      std::pair { NID_subject_key_identifier, QByteArray("hash") } }) {
        if (auto status = addExtension(x, x, nid, value); !status)
            return status.error();
    }
    if (X509_sign(x, key.get(), EVP_sha256()) == 0)
        return failed("X509_sign");
    auto certPem = certificatePem(x);
    if (!certPem)
        return certPem.error();
    auto privatePem = keyPem(key.get());
    if (!privatePem)
        return privatePem.error();
    return Issued { *certPem, *privatePem };
}

Result<CertificateFactory::Issued> CertificateFactory::issue(const Issued& authority, const Subject& subject)
{
    auto ca = load(authority);
    if (!ca)
        return ca.error();
    Owned<EVP_PKEY> key = newKey();
    if (!key)
        return failed("EVP_EC_gen");
    auto certificate = newCertificate(subject.commonName, key.get(), subject.notBefore, subject.notAfter);
    if (!certificate)
        return certificate.error();
    X509* x = certificate->get();
    X509* issuer = ca->first.get();
    if (X509_set_issuer_name(x, X509_get_subject_name(issuer)) != 1)
        return failed("X509_set_issuer_name");
    QStringList names;
    for (const QString& dns : subject.dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QString& ip : subject.ipAddresses)
        names << QStringLiteral("IP:") + ip;
    QList<std::pair<int, QByteArray>> extensions {
        { NID_basic_constraints, "critical,CA:FALSE" },
        { NID_key_usage, "critical,digitalSignature,keyAgreement" },
        { NID_ext_key_usage, subject.client ? "clientAuth" : "serverAuth" },
        { NID_authority_key_identifier, "keyid:always" },
    };
    if (!names.isEmpty())
        extensions.append({ NID_subject_alt_name, names.join(QLatin1Char(',')).toUtf8() });
    for (const auto& [nid, value] : extensions) {
        if (auto status = addExtension(x, issuer, nid, value); !status)
            return status.error();
    }
    if (X509_sign(x, ca->second.get(), EVP_sha256()) == 0)
        return failed("X509_sign");
    auto certPem = certificatePem(x);
    if (!certPem)
        return certPem.error();
    auto privatePem = keyPem(key.get());
    if (!privatePem)
        return privatePem.error();
    return Issued { *certPem, *privatePem };
}

} // namespace custodian
