#include "crypto/AesGcm.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace custodian {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

Error cryptoError()
{
    return Error(Error::Code::Crypto, QCoreApplication::translate("AesGcm", "AES-256-GCM failed in OpenSSL"));
}
} // namespace

Result<QByteArray> AesGcm::seal(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView plaintext,
                                QByteArrayView associatedData)
{
    if (key.size() != KeySize || nonce.size() != NonceSize)
        return Error(Error::Code::InvalidArgument, QCoreApplication::translate("AesGcm", "wrong key or nonce size"));
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    QByteArray out(plaintext.size() + TagSize, Qt::Uninitialized);
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1)
        return cryptoError();
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1)
        return cryptoError();
    int written = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(context.get(), outBytes, &written, bytes(plaintext), int(plaintext.size())) != 1)
        return cryptoError();
    if (EVP_EncryptFinal_ex(context.get(), outBytes + written, &length) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), outBytes + plaintext.size()) != 1)
        return cryptoError();
    return out;
}

Result<SecureBuffer> AesGcm::open(const SecureBuffer& key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                  QByteArrayView associatedData)
{
    if (key.size() != KeySize || nonce.size() != NonceSize || ciphertextAndTag.size() < TagSize)
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("AesGcm", "wrong key, nonce or message size"));
    const qsizetype cipherSize = ciphertextAndTag.size() - TagSize;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    SecureBuffer out { std::size_t(cipherSize) };
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1)
        return cryptoError();
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1)
        return cryptoError();
    if (cipherSize > 0
        && EVP_DecryptUpdate(context.get(), out.data(), &length, bytes(ciphertextAndTag), int(cipherSize)) != 1)
        return cryptoError();
    QByteArray tag = ciphertextAndTag.sliced(cipherSize).toByteArray();
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) != 1)
        return cryptoError();
    if (EVP_DecryptFinal_ex(context.get(), out.data() + cipherSize, &length) != 1)
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("AesGcm", "authentication failed: wrong key or altered data"));
    return out;
}

} // namespace custodian
