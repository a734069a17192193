#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>

namespace custodian::test {

// Where each field of a serialized keyring lives (format: Keyring::serialize), walked from the bytes so that
// tamper tests follow the real layout instead of hard-coding offsets. Reads format 1 (no MAC) and format 2 (a
// 32-byte MAC after the keys), so that the same attacker steps run against either build.
struct KeyringLayout
{
    struct Slot
    {
        qsizetype headerSizeOffset = 0;
        qsizetype headerOffset = 0;
        qsizetype headerSize = 0;
        qsizetype sealedSizeOffset = 0;
        qsizetype sealedOffset = 0;
        qsizetype sealedSize = 0;
        qsizetype checksumOffset = 0; // 32 bytes
        [[nodiscard]] qsizetype end() const { return checksumOffset + 32; }
    };
    struct Key
    {
        qsizetype roleOffset = 0;
        qsizetype generationOffset = 0; // 4 bytes
        qsizetype slotCountOffset = 0;
        QList<Slot> slots;
    };

    static constexpr qsizetype MagicOffset = 0; // 8 bytes
    static constexpr qsizetype VersionOffset = 8; // 2 bytes
    static constexpr qsizetype StoreSaltOffset = 10; // 16 bytes
    static constexpr qsizetype KeyCountOffset = 26;
    static constexpr std::uint8_t RecoveryKind = 2;

    int version = 0;
    QList<Key> keys;
    qsizetype macOffset = -1; // format 2: the 32-byte keyring MAC; -1 in format 1
    qsizetype size = 0;

    // What a slot checksum covers: the slot alone (SHA-256 of header | sealed), or the keyring's binding prefix
    // too (magic | version | store salt | key generation, then header | sealed). Detected from a well-formed
    // keyring, so that tamper tests follow the build under test.
    enum class ChecksumScope { Slot, BindingAndSlot, Unknown };

    // Expects a well-formed keyring (the one under test before it is altered).
    static KeyringLayout of(const QByteArray& bytes);
    static ChecksumScope checksumScope(const QByteArray& wellFormed);
    // The associated-data prefix of a key's slots: "CUSTKEYR", binding format 1, the store salt, the generation.
    static QByteArray binding(const QByteArray& bytes, const Key& key);
    // Rewrites a slot's checksum after its header or sealed key was edited, so that only the AEAD can notice.
    static void recomputeChecksum(QByteArray& bytes, const Key& key, const Slot& slot, ChecksumScope scope);

    // What an attacker who can write the keyring file once does: a recovery slot sealed to their own X25519 public
    // key, well formed (kind, KDF, salt, public key, ephemeral key, nonce; a sealed part of the right size) with its
    // unkeyed checksum recomputed — added to key `keyIndex` (slot count + 1) or replacing its recovery slot. Its
    // sealed part is random: the attacker does not know the data key; they wait for the next one to be sealed to them.
    static QByteArray plantRecoverySlot(const QByteArray& bytes, int keyIndex, QByteArrayView attackerPublicKey,
                                        bool replace);
    // Adds `count` copies of key 0's passphrase slot in front of it, each with its scrypt cost raised to 2^log2N and
    // its checksum recomputed: a keyring that would make an unlock derive again and again.
    static QByteArray addExpensivePassphraseSlots(const QByteArray& bytes, int count, int log2N);
    // The same keyring in format 1: version 1, no MAC (the slots are the same in both formats).
    static QByteArray asFormat1(const QByteArray& bytes);
    // Every data key that `attackerPrivateKey` opens from the recovery slots sealed to its public key.
    static QList<QByteArray> keysOpenedBy(const QByteArray& bytes, const SecureBuffer& attackerPrivateKey);
};

} // namespace custodian::test
