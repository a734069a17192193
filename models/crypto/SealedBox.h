#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>

namespace custodian {

// Public-key sealing with X25519 + HKDF-SHA256 + AES-256-GCM (an ECIES construction). The recovery slot
// uses it so that a data-key rotation can re-seal the new key for the recovery code without knowing the
// code: only the recovery *public* key is kept in the keyring, the private key is derived from the code.
class SealedBox
{
public:
    static constexpr qsizetype PublicKeySize = 32;

    struct Sealed
    {
        QByteArray ephemeralPublicKey; // 32 bytes
        QByteArray nonce; // 12 bytes
        QByteArray ciphertext; // plaintext size + 16-byte tag
    };

    // The X25519 public key for a 32-byte private key (clamped by X25519 itself).
    [[nodiscard]] static Result<QByteArray> publicKeyFor(const SecureBuffer& privateKey);
    [[nodiscard]] static Result<Sealed> seal(QByteArrayView recipientPublicKey, const SecureBuffer& plaintext,
                                             QByteArrayView associatedData);
    [[nodiscard]] static Result<SecureBuffer> open(const SecureBuffer& recipientPrivateKey, const Sealed& sealed,
                                                   QByteArrayView associatedData);
};

} // namespace custodian
