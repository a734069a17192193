#pragma once

#include <QByteArray>
#include <QList>

namespace custodian::test {

// Where each field of a serialized keyring lives (format: Keyring::serialize), walked from the bytes so that
// tamper tests follow the real layout instead of hard-coding offsets.
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

    QList<Key> keys;
    qsizetype size = 0;

    // What a slot checksum covers: the slot alone (SHA-256 of header | sealed), or the keyring's binding prefix
    // too (magic | version | store salt | key generation, then header | sealed). Detected from a well-formed
    // keyring, so that tamper tests follow the build under test.
    enum class ChecksumScope { Slot, BindingAndSlot, Unknown };

    // Expects a well-formed keyring (the one under test before it is altered).
    static KeyringLayout of(const QByteArray& bytes);
    static ChecksumScope checksumScope(const QByteArray& wellFormed);
    // The associated-data prefix of a key's slots, read from the bytes.
    static QByteArray binding(const QByteArray& bytes, const Key& key);
    // Rewrites a slot's checksum after its header or sealed key was edited, so that only the AEAD can notice.
    static void recomputeChecksum(QByteArray& bytes, const Key& key, const Slot& slot, ChecksumScope scope);
};

} // namespace custodian::test
