#include "crypto/Scrypt.h"

#include <QCoreApplication>

#include <atomic>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace custodian {

namespace {
std::atomic<std::uint64_t> derivationCount { 0 };
} // namespace

std::uint64_t Scrypt::derivations()
{
    return derivationCount.load();
}

bool Scrypt::Parameters::isSane() const
{
    // Upper bounds keep a tampered keyring header from asking for more than 2 GiB or minutes of work
    // before authentication fails. Our own slots use defaults() (OWASP: N >= 2^17 with r = 8).
    return log2N >= 1 && log2N <= 22 && r >= 1 && r <= 32 && p >= 1 && p <= 16 && memoryBytes() * p <= (2ull << 30);
}

Scrypt::Parameters Scrypt::defaults()
{
    return {};
}

Result<SecureBuffer> Scrypt::derive(QByteArrayView secret, QByteArrayView salt, const Parameters& parameters,
                                    std::size_t length)
{
    if (!parameters.isSane())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("Scrypt", "scrypt parameters out of range"));

    derivationCount.fetch_add(1);
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        return Error(Error::Code::Crypto, QCoreApplication::translate("Scrypt", "OpenSSL has no scrypt"));
    EVP_KDF_CTX* context = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!context)
        return Error(Error::Code::Crypto, QCoreApplication::translate("Scrypt", "cannot create scrypt context"));

    std::uint64_t n = 1ull << parameters.log2N;
    std::uint32_t r = parameters.r;
    std::uint32_t p = parameters.p;
    std::uint64_t maxMemory = parameters.memoryBytes() + (64ull << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(secret.data()),
                                          std::size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(length);
    int ok = EVP_KDF_derive(context, out.data(), length, params);
    EVP_KDF_CTX_free(context);
    if (ok != 1)
        return Error(Error::Code::Crypto,
                     QCoreApplication::translate("Scrypt", "scrypt failed (not enough memory for its parameters?)"));
    return out;
}

} // namespace custodian
