#include "crypto/KeySlot.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureRandom.h"

#include <QCoreApplication>
#include <QtEndian>

namespace custodian {

namespace {
constexpr std::uint8_t KdfScrypt = 1;
constexpr std::uint8_t KdfHkdfX25519 = 2;
constexpr qsizetype SaltSize = 16;
constexpr qsizetype SealedDekSize = 32 + AesGcm::TagSize;

void appendU32(QByteArray& out, std::uint32_t value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

Error damaged(const QString& what)
{
    return Error(Error::Code::KeyringDamaged, KeySlot::tr("The keyring is damaged: %1.").arg(what));
}

Result<SecureBuffer> recoveryPrivateKey(QByteArrayView typedCode, QByteArrayView salt)
{
    auto canonical = RecoveryCode::normalise(typedCode);
    if (!canonical)
        return canonical.error();
    // 125 random bits need no slow KDF; HKDF binds the key to this slot's salt.
    return Digest::hkdfSha256(*canonical, salt, "custodian recovery key v1", 32);
}
} // namespace

QByteArray KeySlot::checksum(QByteArrayView binding) const
{
    return Digest::sha256(QByteArray(binding.toByteArray() + m_header + m_sealed));
}

Result<KeySlot::PassphraseKek> KeySlot::deriveKek(QByteArrayView passphrase, const Scrypt::Parameters& parameters)
{
    PassphraseKek result;
    result.salt = SecureRandom::bytes(SaltSize);
    result.parameters = parameters;
    auto kek = Scrypt::derive(passphrase, result.salt, parameters, AesGcm::KeySize);
    if (!kek)
        return kek.error();
    result.kek = std::move(kek).value();
    return result;
}

Result<KeySlot> KeySlot::wrapWithKek(const SecureBuffer& dek, const PassphraseKek& kek, QByteArrayView binding)
{
    KeySlot slot;
    slot.m_kind = Kind::Passphrase;
    slot.m_parameters = kek.parameters;
    slot.m_salt = kek.salt;
    slot.m_nonce = SecureRandom::bytes(AesGcm::NonceSize);
    slot.m_header.append(char(Kind::Passphrase));
    slot.m_header.append(char(KdfScrypt));
    slot.m_header.append(char(kek.parameters.log2N));
    appendU32(slot.m_header, kek.parameters.r);
    appendU32(slot.m_header, kek.parameters.p);
    slot.m_header.append(slot.m_salt);
    slot.m_header.append(slot.m_nonce);
    auto sealed = AesGcm::seal(kek.kek, slot.m_nonce, dek.view(), QByteArray(binding.toByteArray() + slot.m_header));
    if (!sealed)
        return sealed.error();
    slot.m_sealed = std::move(sealed).value();
    return slot;
}

Result<KeySlot> KeySlot::wrapForRecovery(const SecureBuffer& dek, QByteArrayView recoveryCode, QByteArrayView binding)
{
    KeySlot slot;
    slot.m_salt = SecureRandom::bytes(SaltSize);
    auto privateKey = recoveryPrivateKey(recoveryCode, slot.m_salt);
    if (!privateKey)
        return privateKey.error();
    auto publicKey = SealedBox::publicKeyFor(*privateKey);
    if (!publicKey)
        return publicKey.error();
    slot.m_recipientPublicKey = *publicKey;
    return resealForRecovery(dek, slot, binding);
}

Result<KeySlot> KeySlot::resealForRecovery(const SecureBuffer& dek, const KeySlot& recoverySlot, QByteArrayView binding)
{
    // The ephemeral key and nonce are part of the header, which is the associated data of the seal — so the
    // header is built from a first seal's outputs and the seal is then made again over the final header.
    // X25519 ephemeral keys are fresh per seal, so this costs two seals and changes nothing else.
    KeySlot slot;
    slot.m_kind = Kind::Recovery;
    slot.m_salt = recoverySlot.m_salt;
    slot.m_recipientPublicKey = recoverySlot.m_recipientPublicKey;
    // Header without the per-seal parts is what we authenticate; per-seal parts are checked by GCM itself
    // (the ephemeral key enters the KDF; the nonce is the IV).
    slot.m_header.append(char(Kind::Recovery));
    slot.m_header.append(char(KdfHkdfX25519));
    slot.m_header.append(slot.m_salt);
    slot.m_header.append(slot.m_recipientPublicKey);
    auto sealed = SealedBox::seal(slot.m_recipientPublicKey, dek, QByteArray(binding.toByteArray() + slot.m_header));
    if (!sealed)
        return sealed.error();
    slot.m_ephemeralPublicKey = sealed->ephemeralPublicKey;
    slot.m_nonce = sealed->nonce;
    slot.m_header.append(slot.m_ephemeralPublicKey);
    slot.m_header.append(slot.m_nonce);
    slot.m_sealed = sealed->ciphertext;
    return slot;
}

Result<KeySlot> KeySlot::parse(QByteArrayView header, QByteArrayView sealed, QByteArrayView checksum,
                               QByteArrayView binding)
{
    KeySlot slot;
    slot.m_header = header.toByteArray();
    slot.m_sealed = sealed.toByteArray();
    if (checksum.size() != qsizetype(Digest::Sha256Size))
        return damaged(tr("a key slot is cut short"));
    if (slot.checksum(binding) != checksum)
        return Error(Error::Code::KeyringTampered,
                     tr("The keyring has been altered: a key slot does not match its checksum. Restore the keyring "
                        "from a backup; nothing was changed."));
    if (header.size() < 2)
        return damaged(tr("a key slot header is cut short"));
    const auto kind = static_cast<std::uint8_t>(header[0]);
    const auto kdf = static_cast<std::uint8_t>(header[1]);
    if (kind == std::uint8_t(Kind::Passphrase) && kdf == KdfScrypt) {
        if (header.size() != 2 + 1 + 4 + 4 + SaltSize + AesGcm::NonceSize || sealed.size() != SealedDekSize)
            return damaged(tr("a passphrase slot has the wrong size"));
        slot.m_kind = Kind::Passphrase;
        slot.m_parameters.log2N = std::uint8_t(header[2]);
        slot.m_parameters.r = qFromBigEndian<std::uint32_t>(header.data() + 3);
        slot.m_parameters.p = qFromBigEndian<std::uint32_t>(header.data() + 7);
        slot.m_salt = header.sliced(11, SaltSize).toByteArray();
        slot.m_nonce = header.sliced(11 + SaltSize, AesGcm::NonceSize).toByteArray();
        if (!slot.m_parameters.isSane())
            return Error(Error::Code::KeyringTampered,
                         tr("The keyring has been altered: its key-derivation parameters are out of range."));
        return slot;
    }
    if (kind == std::uint8_t(Kind::Recovery) && kdf == KdfHkdfX25519) {
        const qsizetype keySize = SealedBox::PublicKeySize;
        if (header.size() != 2 + SaltSize + keySize + keySize + AesGcm::NonceSize || sealed.size() != SealedDekSize)
            return damaged(tr("a recovery slot has the wrong size"));
        slot.m_kind = Kind::Recovery;
        slot.m_salt = header.sliced(2, SaltSize).toByteArray();
        slot.m_recipientPublicKey = header.sliced(2 + SaltSize, keySize).toByteArray();
        slot.m_ephemeralPublicKey = header.sliced(2 + SaltSize + keySize, keySize).toByteArray();
        slot.m_nonce = header.sliced(2 + SaltSize + 2 * keySize, AesGcm::NonceSize).toByteArray();
        return slot;
    }
    return damaged(tr("a key slot of unknown kind %1/%2").arg(kind).arg(kdf));
}

Result<SecureBuffer> KeySlot::unwrapWithPassphrase(QByteArrayView passphrase, QByteArrayView binding,
                                                   PassphraseKek* kekOut) const
{
    if (m_kind != Kind::Passphrase)
        return Error(Error::Code::InvalidArgument, tr("not a passphrase slot"));
    auto kek = Scrypt::derive(passphrase, m_salt, m_parameters, AesGcm::KeySize);
    if (!kek)
        return kek.error();
    PassphraseKek derived { std::move(kek).value(), m_salt, m_parameters };
    auto dek = unwrapWithKek(derived, binding);
    if (dek && kekOut)
        *kekOut = std::move(derived);
    return dek;
}

Result<SecureBuffer> KeySlot::unwrapWithKek(const PassphraseKek& kek, QByteArrayView binding) const
{
    auto dek = AesGcm::open(kek.kek, m_nonce, m_sealed, QByteArray(binding.toByteArray() + m_header));
    // Only a failed tag means a wrong passphrase (the checksum already ruled out an altered slot); an OpenSSL
    // failure keeps its own message.
    if (!dek && dek.error().code() == Error::Code::InvalidArgument)
        return Error(Error::Code::WrongPassphrase, tr("The passphrase is wrong."));
    return dek;
}

Result<SecureBuffer> KeySlot::unwrapWithRecoveryCode(QByteArrayView recoveryCode, QByteArrayView binding) const
{
    if (m_kind != Kind::Recovery)
        return Error(Error::Code::InvalidArgument, tr("not a recovery slot"));
    auto privateKey = recoveryPrivateKey(recoveryCode, m_salt);
    if (!privateKey)
        return privateKey.error();
    // A wrong code derives another key pair: tell that apart from a slot whose seal was altered.
    auto publicKey = SealedBox::publicKeyFor(*privateKey);
    if (!publicKey)
        return publicKey.error();
    if (*publicKey != m_recipientPublicKey)
        return Error(Error::Code::WrongRecoveryCode, tr("The recovery code is wrong."));
    // The header's per-seal tail (ephemeral key, nonce) is excluded from the associated data; see reseal.
    const QByteArray fixedHeader = m_header.left(2 + m_salt.size() + m_recipientPublicKey.size());
    auto dek = SealedBox::open(*privateKey, { m_ephemeralPublicKey, m_nonce, m_sealed },
                               QByteArray(binding.toByteArray() + fixedHeader));
    if (!dek && dek.error().code() == Error::Code::InvalidArgument)
        return Error(Error::Code::KeyringTampered,
                     tr("The keyring has been altered: the recovery code is right but its sealed key does not "
                        "open. Restore the keyring from a backup; nothing was changed."));
    return dek;
}

} // namespace custodian
