#pragma once

#include "crypto/Scrypt.h"
#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace custodian {

// One way into a wrapped data key, like a LUKS key slot. Two kinds:
//  - Passphrase: KEK = scrypt(passphrase, salt, N, r, p); DEK sealed with AES-256-GCM under the KEK.
//  - Recovery:   private key = HKDF(recovery code, salt); DEK sealed to its X25519 public key (SealedBox).
// The slot header (kind, KDF and parameters, salt, nonce, public keys) is the associated data of the seal,
// together with the keyring's binding prefix (format, store salt, key generation): altering any of it makes
// unwrapping fail. A SHA-256 checksum over binding, header and seal tells an altered slot from a wrong secret —
// the binding must be covered too, or an altered key generation would read as a wrong passphrase. The checksum is
// unkeyed: that a slot belongs in its keyring at all is the keyring MAC's job (Keyring).
class KeySlot
{
    Q_DECLARE_TR_FUNCTIONS(KeySlot)

public:
    enum class Kind : std::uint8_t { Passphrase = 1, Recovery = 2 };

    // The KEK of a passphrase slot, kept after unlock so that a key rotation can add a slot for the new
    // key without asking for the passphrase again (no second second-long scrypt).
    struct PassphraseKek
    {
        SecureBuffer kek;
        QByteArray salt;
        Scrypt::Parameters parameters;
    };

    [[nodiscard]] static Result<PassphraseKek> deriveKek(QByteArrayView passphrase,
                                                         const Scrypt::Parameters& parameters);
    [[nodiscard]] static Result<KeySlot> wrapWithKek(const SecureBuffer& dek, const PassphraseKek& kek,
                                                     QByteArrayView binding);
    [[nodiscard]] static Result<KeySlot> wrapForRecovery(const SecureBuffer& dek, QByteArrayView recoveryCode,
                                                         QByteArrayView binding);
    // Seals for an existing recovery slot's public key: no recovery code needed.
    [[nodiscard]] static Result<KeySlot> resealForRecovery(const SecureBuffer& dek, const KeySlot& recoverySlot,
                                                           QByteArrayView binding);

    // Parses "header | sealed | checksum". KeyringDamaged for malformed, KeyringTampered for a bad checksum.
    [[nodiscard]] static Result<KeySlot> parse(QByteArrayView header, QByteArrayView sealed, QByteArrayView checksum,
                                               QByteArrayView binding);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QByteArray& header() const { return m_header; }
    [[nodiscard]] const QByteArray& sealed() const { return m_sealed; }
    [[nodiscard]] QByteArray checksum(QByteArrayView binding) const;
    [[nodiscard]] const QByteArray& salt() const { return m_salt; }
    // The scrypt parameters of a passphrase slot (what unwrapping it will cost).
    [[nodiscard]] const Scrypt::Parameters& parameters() const { return m_parameters; }
    // A recovery slot's X25519 public key (empty for a passphrase slot), to which future keys are sealed as well: what
    // every copy of a store shares and no passphrase change or key rotation alters — the console's identity towards
    // the central service derives from it.
    [[nodiscard]] const QByteArray& recipientPublicKey() const { return m_recipientPublicKey; }

    // Unwrap attempts. A failed tag is WrongPassphrase / WrongRecoveryCode: the checksum already ruled out
    // an altered slot.
    [[nodiscard]] Result<SecureBuffer> unwrapWithPassphrase(QByteArrayView passphrase, QByteArrayView binding,
                                                            PassphraseKek* kekOut = nullptr) const;
    [[nodiscard]] Result<SecureBuffer> unwrapWithKek(const PassphraseKek& kek, QByteArrayView binding) const;
    [[nodiscard]] Result<SecureBuffer> unwrapWithRecoveryCode(QByteArrayView recoveryCode,
                                                              QByteArrayView binding) const;

private:
    KeySlot() = default;

    Kind m_kind = Kind::Passphrase;
    QByteArray m_header;
    QByteArray m_sealed;
    // Parsed from the header.
    Scrypt::Parameters m_parameters;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_recipientPublicKey;
    QByteArray m_ephemeralPublicKey;
};

} // namespace custodian
