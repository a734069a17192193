#include "crypto/Digest.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <stdexcept>

namespace custodian {

QByteArray Digest::sha256(QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
                   EVP_sha256(), nullptr)
        != 1)
        throw std::runtime_error("SHA-256 failed");
    return out;
}

SecureBuffer Digest::sha256Key(const SecureBuffer& key)
{
    SecureBuffer out(Sha256Size);
    unsigned int length = 0;
    if (EVP_Digest(key.data(), key.size(), out.data(), &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return out;
}

QByteArray Digest::hmacSha256(const SecureBuffer& key, QByteArrayView data)
{
    QByteArray out(Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
              std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length))
        throw std::runtime_error("HMAC-SHA256 failed");
    return out;
}

SecureBuffer Digest::hkdfSha256(const SecureBuffer& inputKey, QByteArrayView salt, QByteArrayView info,
                                std::size_t length)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* context = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!context)
        throw std::runtime_error("HKDF unavailable");
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(inputKey.data()),
                                          inputKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                          std::size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(length);
    const int ok = EVP_KDF_derive(context, out.data(), length, params);
    EVP_KDF_CTX_free(context);
    if (ok != 1)
        throw std::runtime_error("HKDF failed");
    return out;
}

} // namespace custodian
