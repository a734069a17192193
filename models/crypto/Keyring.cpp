#include "crypto/Keyring.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <cerrno>
#include <functional>

namespace custodian {

namespace {
constexpr char Magic[] = "CUSTKEYR";
constexpr qsizetype MagicSize = 8;
constexpr std::uint16_t FormatVersion = 1;
constexpr qsizetype StoreSaltSize = 16;
constexpr std::uint8_t RoleCurrent = 1;
constexpr std::uint8_t RolePending = 2;
constexpr qsizetype MaxKeyringSize = 64 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Keyring", text);
}

Error damaged(const QString& what)
{
    return Error(Error::Code::KeyringDamaged, tr("The keyring is damaged: %1. Nothing was changed.").arg(what));
}

// Bounds-checked big-endian reader over the keyring bytes.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    bool take(qsizetype size, QByteArrayView& out)
    {
        if (size < 0 || m_position + size > m_bytes.size())
            return false;
        out = m_bytes.sliced(m_position, size);
        m_position += size;
        return true;
    }
    bool u8(std::uint8_t& out)
    {
        QByteArrayView v;
        if (!take(1, v))
            return false;
        out = std::uint8_t(v[0]);
        return true;
    }
    bool u16(std::uint16_t& out)
    {
        QByteArrayView v;
        if (!take(2, v))
            return false;
        out = qFromBigEndian<std::uint16_t>(v.data());
        return true;
    }
    bool u32(std::uint32_t& out)
    {
        QByteArrayView v;
        if (!take(4, v))
            return false;
        out = qFromBigEndian<std::uint32_t>(v.data());
        return true;
    }
    [[nodiscard]] bool atEnd() const { return m_position == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};

void appendU16(QByteArray& out, std::uint16_t value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void appendU32(QByteArray& out, std::uint32_t value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}
} // namespace

QByteArray Keyring::binding(std::uint32_t generation) const
{
    QByteArray out(Magic, MagicSize);
    appendU16(out, FormatVersion);
    out.append(m_storeSalt);
    appendU32(out, generation);
    return out;
}

Result<Keyring> Keyring::create(const SecureBuffer& dek, const QByteArray& storeSalt, QByteArrayView passphrase,
                                QByteArrayView recoveryCode, const Scrypt::Parameters& parameters)
{
    auto kek = KeySlot::deriveKek(passphrase, parameters);
    if (!kek)
        return kek.error();
    return create(dek, storeSalt, *kek, recoveryCode);
}

Result<Keyring> Keyring::create(const SecureBuffer& dek, const QByteArray& storeSalt, const KeySlot::PassphraseKek& kek,
                                QByteArrayView recoveryCode)
{
    if (storeSalt.size() != StoreSaltSize)
        return Error(Error::Code::InvalidArgument, tr("store salt must be 16 bytes"));
    Keyring keyring;
    keyring.m_storeSalt = storeSalt;
    keyring.m_current.generation = 1;
    const QByteArray binding = keyring.binding(1);
    auto passphraseSlot = KeySlot::wrapWithKek(dek, kek, binding);
    if (!passphraseSlot)
        return passphraseSlot.error();
    auto recoverySlot = KeySlot::wrapForRecovery(dek, recoveryCode, binding);
    if (!recoverySlot)
        return recoverySlot.error();
    keyring.m_current.slots = { std::move(passphraseSlot).value(), std::move(recoverySlot).value() };
    return keyring;
}

Result<Keyring> Keyring::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error(Error::Code::KeyringMissing,
                     tr("No keyring found at %1. A Custodian store needs its keyring file beside it; if this is a "
                        "store, restore the keyring from a backup.")
                         .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read the keyring %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxKeyringSize)
        return damaged(tr("it is larger than any keyring (%1 bytes)").arg(file.size()));
    return parse(file.readAll());
}

Result<Keyring> Keyring::parse(QByteArrayView bytes)
{
    Reader reader(bytes);
    QByteArrayView magic;
    std::uint16_t version = 0;
    if (!reader.take(MagicSize, magic) || magic != QByteArrayView(Magic, MagicSize))
        return damaged(tr("it is not a Custodian keyring file"));
    if (!reader.u16(version))
        return damaged(tr("it is cut short"));
    if (version != FormatVersion)
        return damaged(tr("format version %1 is not supported by this version of Custodian").arg(version));
    Keyring keyring;
    QByteArrayView salt;
    std::uint8_t keyCount = 0;
    if (!reader.take(StoreSaltSize, salt) || !reader.u8(keyCount))
        return damaged(tr("it is cut short"));
    keyring.m_storeSalt = salt.toByteArray();
    if (keyCount < 1 || keyCount > 2)
        return damaged(tr("it holds %1 keys").arg(keyCount));
    bool haveCurrent = false;
    for (int k = 0; k < keyCount; ++k) {
        std::uint8_t role = 0;
        std::uint8_t slotCount = 0;
        WrappedKey key;
        if (!reader.u8(role) || !reader.u32(key.generation) || !reader.u8(slotCount))
            return damaged(tr("it is cut short"));
        if (slotCount < 1 || slotCount > 8)
            return damaged(tr("a key has %1 slots").arg(slotCount));
        for (int s = 0; s < slotCount; ++s) {
            std::uint16_t headerSize = 0;
            std::uint16_t sealedSize = 0;
            QByteArrayView header;
            QByteArrayView sealed;
            QByteArrayView checksum;
            if (!reader.u16(headerSize) || !reader.take(headerSize, header) || !reader.u16(sealedSize)
                || !reader.take(sealedSize, sealed) || !reader.take(32, checksum))
                return damaged(tr("it is cut short"));
            auto slot = KeySlot::parse(header, sealed, checksum, keyring.binding(key.generation));
            if (!slot)
                return slot.error();
            key.slots.append(std::move(slot).value());
        }
        if (role == RoleCurrent && !haveCurrent) {
            keyring.m_current = std::move(key);
            haveCurrent = true;
        } else if (role == RolePending && !keyring.m_pending) {
            keyring.m_pending = std::move(key);
        } else {
            return damaged(tr("it has an unexpected key role %1").arg(role));
        }
    }
    if (!haveCurrent)
        return damaged(tr("it has no current key"));
    if (!reader.atEnd())
        return damaged(tr("it has trailing bytes"));
    return keyring;
}

QByteArray Keyring::serialize() const
{
    QByteArray out(Magic, MagicSize);
    appendU16(out, FormatVersion);
    out.append(m_storeSalt);
    out.append(char(m_pending ? 2 : 1));
    auto writeKey = [this, &out](std::uint8_t role, const WrappedKey& key) {
        out.append(char(role));
        appendU32(out, key.generation);
        out.append(char(key.slots.size()));
        for (const KeySlot& slot : key.slots) {
            appendU16(out, std::uint16_t(slot.header().size()));
            out.append(slot.header());
            appendU16(out, std::uint16_t(slot.sealed().size()));
            out.append(slot.sealed());
            out.append(slot.checksum(binding(key.generation)));
        }
    };
    writeKey(RoleCurrent, m_current);
    if (m_pending)
        writeKey(RolePending, *m_pending);
    return out;
}

Status Keyring::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(errno == ENOSPC ? Error::Code::DiskFull : Error::Code::NotWritable,
                     tr("Cannot write the keyring beside the store (%1): %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError || errno == ENOSPC;
        file.cancelWriting();
        return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                     full ? tr("The disk is full: the keyring %1 could not be written. Nothing was changed.").arg(path)
                          : tr("Cannot write the keyring %1: %2. Nothing was changed.").arg(path, file.errorString()));
    }
    return {};
}

Result<Keyring::UnlockedKeys>
Keyring::unlock(const std::function<Result<SecureBuffer>(const KeySlot&, QByteArrayView)>& tryKey,
                KeySlot::Kind kind) const
{
    UnlockedKeys keys;
    std::optional<Error> failure;
    auto open = [&](const WrappedKey& key, SecureBuffer& out) -> bool {
        for (const KeySlot& slot : key.slots) {
            if (slot.kind() != kind)
                continue;
            auto dek = tryKey(slot, binding(key.generation));
            if (dek) {
                out = std::move(dek).value();
                return true;
            }
            failure = dek.error();
        }
        return false;
    };
    if (!open(m_current, keys.current)) {
        if (failure)
            return *failure;
        return Error(Error::Code::KeyringDamaged, tr("The keyring has no slot of the needed kind."));
    }
    keys.currentGeneration = m_current.generation;
    if (m_pending && open(*m_pending, keys.pending))
        keys.pendingGeneration = m_pending->generation;
    return keys;
}

Result<Keyring::UnlockedKeys> Keyring::unlockWithPassphrase(QByteArrayView passphrase) const
{
    KeySlot::PassphraseKek kek;
    auto keys = unlock(
        [&](const KeySlot& slot, QByteArrayView binding) {
            // A pending key is wrapped under the same KEK (same salt) as the current one: derive once.
            if (!kek.kek.isEmpty() && slot.salt() == kek.salt)
                return slot.unwrapWithKek(kek, binding);
            return slot.unwrapWithPassphrase(passphrase, binding, &kek);
        },
        KeySlot::Kind::Passphrase);
    if (keys)
        keys->kek = std::move(kek);
    return keys;
}

Result<Keyring::UnlockedKeys> Keyring::unlockWithRecoveryCode(QByteArrayView recoveryCode) const
{
    return unlock(
        [&](const KeySlot& slot, QByteArrayView binding) { return slot.unwrapWithRecoveryCode(recoveryCode, binding); },
        KeySlot::Kind::Recovery);
}

Status Keyring::changePassphrase(const UnlockedKeys& keys, const KeySlot::PassphraseKek& newKek)
{
    const KeySlot::PassphraseKek* kek = &newKek;
    auto rewrap = [&](WrappedKey& key, const SecureBuffer& dek) -> Status {
        QList<KeySlot> slots;
        auto slot = KeySlot::wrapWithKek(dek, *kek, binding(key.generation));
        if (!slot)
            return slot.error();
        slots.append(std::move(slot).value());
        for (const KeySlot& existing : key.slots)
            if (existing.kind() != KeySlot::Kind::Passphrase)
                slots.append(existing);
        key.slots = slots;
        return {};
    };
    if (auto status = rewrap(m_current, keys.current); !status)
        return status;
    if (m_pending) {
        if (keys.pending.isEmpty())
            m_pending.reset(); // a pending key this secret cannot open is of no use to it
        else if (auto status = rewrap(*m_pending, keys.pending); !status)
            return status;
    }
    return {};
}

Status Keyring::addPending(const SecureBuffer& nextDek, const KeySlot::PassphraseKek& kek)
{
    WrappedKey pending;
    pending.generation = m_current.generation + 1;
    const QByteArray pendingBinding = binding(pending.generation);
    auto passphraseSlot = KeySlot::wrapWithKek(nextDek, kek, pendingBinding);
    if (!passphraseSlot)
        return passphraseSlot.error();
    pending.slots.append(std::move(passphraseSlot).value());
    for (const KeySlot& slot : m_current.slots) {
        if (slot.kind() != KeySlot::Kind::Recovery)
            continue;
        auto recoverySlot = KeySlot::resealForRecovery(nextDek, slot, pendingBinding);
        if (!recoverySlot)
            return recoverySlot.error();
        pending.slots.append(std::move(recoverySlot).value());
    }
    m_pending = std::move(pending);
    return {};
}

void Keyring::promotePending()
{
    if (m_pending) {
        m_current = std::move(*m_pending);
        m_pending.reset();
    }
}

void Keyring::dropPending()
{
    m_pending.reset();
}

} // namespace custodian
