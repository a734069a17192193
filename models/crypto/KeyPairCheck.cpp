#include "crypto/KeyPairCheck.h"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace custodian {

bool KeyPairCheck::matches(const QByteArray& certificatePem, QByteArrayView keyPem)
{
    BIO* certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509* certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    BIO_free(certificateBio);
    BIO* keyBio = BIO_new_mem_buf(keyPem.data(), int(keyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    BIO_free(keyBio);
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    return matches;
}

} // namespace custodian
