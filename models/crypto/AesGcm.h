#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace custodian {

// AES-256-GCM with a 96-bit nonce and a 128-bit tag appended to the ciphertext.
class AesGcm
{
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;

    [[nodiscard]] static Result<QByteArray> seal(const SecureBuffer& key, QByteArrayView nonce,
                                                 QByteArrayView plaintext, QByteArrayView associatedData);
    // A failed tag is reported as Code::InvalidArgument: only the caller knows whether that means a wrong
    // passphrase or an altered keyring, and it names the problem accordingly.
    [[nodiscard]] static Result<SecureBuffer> open(const SecureBuffer& key, QByteArrayView nonce,
                                                   QByteArrayView ciphertextAndTag, QByteArrayView associatedData);
};

} // namespace custodian
