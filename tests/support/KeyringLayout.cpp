#include "support/KeyringLayout.h"

#include "crypto/Digest.h"

#include <QtEndian>

#include <cstdint>

namespace custodian::test {

KeyringLayout KeyringLayout::of(const QByteArray& bytes)
{
    KeyringLayout layout;
    layout.size = bytes.size();
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
    return layout;
}

QByteArray KeyringLayout::binding(const QByteArray& bytes, const Key& key)
{
    return bytes.left(KeyCountOffset) + bytes.mid(key.generationOffset, 4);
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

} // namespace custodian::test
