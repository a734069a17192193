#include "support/KeyringLayout.h"

#include "crypto/Digest.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureRandom.h"

#include <QtEndian>

#include <cstdint>

namespace custodian::test {

namespace {
constexpr qsizetype SaltSize = 16;
constexpr qsizetype KeySize = 32;

QByteArray u16(std::uint16_t value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 2);
}
} // namespace

KeyringLayout KeyringLayout::of(const QByteArray& bytes)
{
    KeyringLayout layout;
    layout.size = bytes.size();
    layout.version = qFromBigEndian<std::uint16_t>(bytes.constData() + VersionOffset);
    qsizetype at = KeyCountOffset;
    const int keyCount = std::uint8_t(bytes[at++]);
    for (int k = 0; k < keyCount; ++k) {
        Key key;
        key.roleOffset = at++;
        key.generationOffset = at;
        at += 4;
        key.slotCountOffset = at++;
        const int slotCount = std::uint8_t(bytes[key.slotCountOffset]);
        for (int s = 0; s < slotCount; ++s) {
            Slot slot;
            slot.headerSizeOffset = at;
            slot.headerSize = qFromBigEndian<std::uint16_t>(bytes.constData() + at);
            at += 2;
            slot.headerOffset = at;
            at += slot.headerSize;
            slot.sealedSizeOffset = at;
            slot.sealedSize = qFromBigEndian<std::uint16_t>(bytes.constData() + at);
            at += 2;
            slot.sealedOffset = at;
            at += slot.sealedSize;
            slot.checksumOffset = at;
            at += 32;
            key.slots.append(slot);
        }
        layout.keys.append(key);
    }
    if (layout.version >= 2)
        layout.macOffset = at;
    return layout;
}

QByteArray KeyringLayout::binding(const QByteArray& bytes, const Key& key)
{
    // The slots' associated data names binding format 1 in every keyring format (format 2 only added the MAC).
    return bytes.left(VersionOffset) + u16(1) + bytes.mid(StoreSaltOffset, SaltSize)
        + bytes.mid(key.generationOffset, 4);
}

namespace {
QByteArray checksumOf(const QByteArray& bytes, const KeyringLayout::Key& key, const KeyringLayout::Slot& slot,
                      KeyringLayout::ChecksumScope scope)
{
    QByteArray covered;
    if (scope == KeyringLayout::ChecksumScope::BindingAndSlot)
        covered = KeyringLayout::binding(bytes, key);
    covered += bytes.mid(slot.headerOffset, slot.headerSize);
    covered += bytes.mid(slot.sealedOffset, slot.sealedSize);
    return Digest::sha256(covered);
}
} // namespace

KeyringLayout::ChecksumScope KeyringLayout::checksumScope(const QByteArray& wellFormed)
{
    const KeyringLayout layout = of(wellFormed);
    if (layout.keys.isEmpty() || layout.keys[0].slots.isEmpty())
        return ChecksumScope::Unknown;
    const Key& key = layout.keys[0];
    const Slot& slot = key.slots[0];
    const QByteArray stored = wellFormed.mid(slot.checksumOffset, 32);
    for (const ChecksumScope scope : { ChecksumScope::Slot, ChecksumScope::BindingAndSlot })
        if (checksumOf(wellFormed, key, slot, scope) == stored)
            return scope;
    return ChecksumScope::Unknown;
}

void KeyringLayout::recomputeChecksum(QByteArray& bytes, const Key& key, const Slot& slot, ChecksumScope scope)
{
    bytes.replace(slot.checksumOffset, 32, checksumOf(bytes, key, slot, scope));
}

QByteArray KeyringLayout::plantRecoverySlot(const QByteArray& original, int keyIndex, QByteArrayView attackerPublicKey,
                                            bool replace)
{
    const ChecksumScope scope = checksumScope(original);
    QByteArray header;
    header.append(char(RecoveryKind)); // kind: recovery
    header.append(char(2)); // KDF: HKDF -> X25519
    header.append(SecureRandom::bytes(SaltSize));
    header.append(attackerPublicKey.toByteArray());
    header.append(SecureRandom::bytes(KeySize)); // ephemeral public key
    header.append(SecureRandom::bytes(12)); // nonce
    const QByteArray sealed = SecureRandom::bytes(32 + 16);
    const QByteArray slotBytes = u16(std::uint16_t(header.size())) + header + u16(std::uint16_t(sealed.size())) + sealed
        + QByteArray(32, '\0');

    QByteArray bytes = original;
    const Key key = of(bytes).keys.at(keyIndex);
    if (replace) {
        for (const Slot& slot : key.slots) {
            if (std::uint8_t(bytes[slot.headerOffset]) == RecoveryKind) {
                bytes.replace(slot.headerSizeOffset, slot.end() - slot.headerSizeOffset, slotBytes);
                break;
            }
        }
    } else {
        bytes.insert(key.slots.last().end(), slotBytes);
        bytes[key.slotCountOffset] = char(std::uint8_t(bytes[key.slotCountOffset]) + 1);
    }
    const Key planted = of(bytes).keys.at(keyIndex);
    for (const Slot& slot : planted.slots)
        if (bytes.mid(slot.headerOffset, slot.headerSize) == header)
            recomputeChecksum(bytes, planted, slot, scope);
    return bytes;
}

QByteArray KeyringLayout::addExpensivePassphraseSlots(const QByteArray& original, int count, int log2N)
{
    const ChecksumScope scope = checksumScope(original);
    QByteArray bytes = original;
    const Key key = of(bytes).keys.at(0);
    const Slot& passphrase = key.slots.at(0);
    QByteArray added;
    for (int i = 0; i < count; ++i) {
        QByteArray slotBytes = bytes.mid(passphrase.headerSizeOffset, passphrase.end() - passphrase.headerSizeOffset);
        const qsizetype header = passphrase.headerOffset - passphrase.headerSizeOffset;
        slotBytes[header + 2] = char(log2N); // kind, KDF, log2 N, r, p, salt, nonce
        slotBytes.replace(header + 11, SaltSize, SecureRandom::bytes(SaltSize)); // a derivation of its own
        added += slotBytes;
    }
    bytes.insert(passphrase.headerSizeOffset, added);
    bytes[key.slotCountOffset] = char(std::uint8_t(bytes[key.slotCountOffset]) + count);
    const Key grown = of(bytes).keys.at(0);
    for (int i = 0; i < count; ++i)
        recomputeChecksum(bytes, grown, grown.slots.at(i), scope);
    return bytes;
}

QByteArray KeyringLayout::asFormat1(const QByteArray& bytes)
{
    const KeyringLayout layout = of(bytes);
    QByteArray out = layout.macOffset >= 0 ? bytes.left(layout.macOffset) : bytes;
    out.replace(VersionOffset, 2, u16(1));
    return out;
}

QList<QByteArray> KeyringLayout::keysOpenedBy(const QByteArray& bytes, const SecureBuffer& attackerPrivateKey)
{
    QList<QByteArray> opened;
    auto publicKey = SealedBox::publicKeyFor(attackerPrivateKey);
    if (!publicKey)
        return opened;
    const KeyringLayout layout = of(bytes);
    for (const Key& key : layout.keys) {
        for (const Slot& slot : key.slots) {
            const QByteArray header = bytes.mid(slot.headerOffset, slot.headerSize);
            if (header.size() != 2 + SaltSize + 2 * KeySize + 12 || std::uint8_t(header[0]) != RecoveryKind
                || header.mid(2 + SaltSize, KeySize) != *publicKey)
                continue;
            const SealedBox::Sealed sealed { header.mid(2 + SaltSize + KeySize, KeySize),
                                             header.mid(2 + SaltSize + 2 * KeySize, 12),
                                             bytes.mid(slot.sealedOffset, slot.sealedSize) };
            const QByteArray associatedData = binding(bytes, key) + header.left(2 + SaltSize + KeySize);
            auto dek = SealedBox::open(attackerPrivateKey, sealed, associatedData);
            if (dek)
                opened.append(dek->view().toByteArray());
        }
    }
    return opened;
}

} // namespace custodian::test
