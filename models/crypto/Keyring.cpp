#include "crypto/Keyring.h"

#include "crypto/Digest.h"
#include "crypto/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace custodian {

namespace {
constexpr char Magic[] = "CUSTKEYR";
constexpr qsizetype MagicSize = 8;
// The slots' associated data starts with "CUSTKEYR | 0x0001 | store salt | generation" in every format: format 2 only
// added the MAC, so format-1 slots carry over unchanged and a recovery-code unlock can upgrade a keyring too.
constexpr std::uint16_t BindingVersion = 1;
constexpr std::uint16_t OldestFormat = 1;
constexpr qsizetype StoreSaltSize = 16;
constexpr qsizetype MacSize = 32;
constexpr std::uint8_t RoleCurrent = 1;
constexpr std::uint8_t RolePending = 2;
constexpr char MacInfo[] = "custodian keyring mac v2";

Error damaged(const QString& what)
{
    return Error(Error::Code::KeyringDamaged,
                 Keyring::tr("The keyring is damaged: %1. Nothing was changed.").arg(what));
}

QString whatToDo()
{
    return Keyring::tr(
        "It was not used and was not changed. Put back the store's keyring from a backup, or have the holder of "
        "the recovery code rebuild it from the slot that code opens: custodian-cli recover --store STORE "
        "--rebuild-keyring.");
}

Error altered(const QString& what)
{
    return Error(Error::Code::KeyringTampered,
                 Keyring::tr("The keyring has been altered: %1. %2").arg(what, whatToDo()));
}

QString fileKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return Keyring::tr("a directory");
    if (S_ISCHR(mode))
        return Keyring::tr("a character device");
    if (S_ISBLK(mode))
        return Keyring::tr("a block device");
    if (S_ISFIFO(mode))
        return Keyring::tr("a FIFO");
    if (S_ISSOCK(mode))
        return Keyring::tr("a socket");
    return Keyring::tr("not a regular file");
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

// The one slot of `kind` a trusted key holds (trustProblem() guarantees there is exactly one).
const KeySlot* slotOf(const Keyring::WrappedKey& key, KeySlot::Kind kind)
{
    for (const KeySlot& slot : key.slots)
        if (slot.kind() == kind)
            return &slot;
    return nullptr;
}

bool sameDerivation(const KeySlot& a, const KeySlot& b)
{
    return a.salt() == b.salt() && a.parameters().log2N == b.parameters().log2N && a.parameters().r == b.parameters().r
        && a.parameters().p == b.parameters().p;
}
} // namespace

QString Keyring::canonicalStorePath(const QString& storePath)
{
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    return directory.isEmpty() ? info.absoluteFilePath() : directory + QLatin1Char('/') + info.fileName();
}

QString Keyring::pathFor(const QString& storePath)
{
    return canonicalStorePath(storePath) + QStringLiteral(".keyring");
}

QByteArray Keyring::binding(std::uint32_t generation) const
{
    QByteArray out(Magic, MagicSize);
    appendU16(out, BindingVersion);
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
                                QByteArrayView recoveryCode, std::uint32_t generation)
{
    if (storeSalt.size() != StoreSaltSize)
        return Error(Error::Code::InvalidArgument, tr("store salt must be 16 bytes"));
    Keyring keyring;
    keyring.m_storeSalt = storeSalt;
    keyring.m_current.generation = generation;
    const QByteArray binding = keyring.binding(generation);
    auto passphraseSlot = KeySlot::wrapWithKek(dek, kek, binding);
    if (!passphraseSlot)
        return passphraseSlot.error();
    auto recoverySlot = KeySlot::wrapForRecovery(dek, recoveryCode, binding);
    if (!recoverySlot)
        return recoverySlot.error();
    keyring.m_current.slots = { std::move(passphraseSlot).value(), std::move(recoverySlot).value() };
    keyring.authenticate(dek);
    return keyring;
}

Result<QByteArray> Keyring::readFile(const QString& path)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer. fstat on the descriptor, not the name, so that what is
    // checked is what is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return Error(Error::Code::KeyringMissing,
                         tr("No keyring found at %1. A Custodian store needs its keyring file beside it; if this is a "
                            "store, restore the keyring from a backup.")
                             .arg(path));
        if (error == ENXIO)
            return Error(Error::Code::KeyringDamaged,
                         tr("The keyring %1 is not a regular file (%2): Custodian reads a keyring only from a regular "
                            "file. Nothing was read.")
                             .arg(path, tr("a socket")));
        return Error(Error::Code::Io,
                     tr("Cannot read the keyring %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString kind = fileKind(status.st_mode);
        ::close(fd);
        return Error(Error::Code::KeyringDamaged,
                     tr("The keyring %1 is not a regular file (%2): Custodian reads a keyring only from a regular "
                        "file. Nothing was read.")
                         .arg(path, kind));
    }
    // One byte more than the limit tells a file at the limit from a bigger one without reading the rest.
    QByteArray bytes(MaxFileSize + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + filled, std::size_t(bytes.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return Error(Error::Code::Io,
                         tr("Cannot read the keyring %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
        }
        if (n == 0)
            break;
        filled += n;
    }
    ::close(fd);
    if (filled > MaxFileSize)
        return Error(
            Error::Code::KeyringDamaged,
            tr("The keyring %1 is larger than any keyring (more than %2 bytes): it is not a Custodian keyring. "
               "Nothing beyond that was read and nothing was changed.")
                .arg(path)
                .arg(MaxFileSize));
    bytes.truncate(filled);
    return bytes;
}

Result<Keyring> Keyring::load(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
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
    if (version < OldestFormat || version > Format)
        return damaged(tr("format version %1 is not supported by this version of Custodian").arg(version));
    Keyring keyring;
    keyring.m_version = version;
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
        // Up to 8 slots parse (format 1 allowed that many), so that an added slot is reported as such by
        // trustProblem() and a rebuild can still find the slot the recovery code opens.
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
    if (version >= 2) {
        QByteArrayView mac;
        if (!reader.take(MacSize, mac))
            return damaged(tr("it is cut short"));
        keyring.m_mac = mac.toByteArray();
    }
    if (!reader.atEnd())
        return damaged(tr("it has trailing bytes"));
    return keyring;
}

QByteArray Keyring::body() const
{
    QByteArray out(Magic, MagicSize);
    appendU16(out, m_version);
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

QByteArray Keyring::serialize() const
{
    return m_version >= 2 ? body() + m_mac : body();
}

QByteArray Keyring::macFor(const SecureBuffer& currentDek) const
{
    // A key of its own for the MAC (never the DEK itself), bound to this store.
    const SecureBuffer key = Digest::hkdfSha256(currentDek, m_storeSalt, MacInfo, 32);
    return Digest::hmacSha256(key, body());
}

void Keyring::authenticate(const SecureBuffer& currentDek)
{
    m_version = Format;
    m_mac = macFor(currentDek);
}

bool Keyring::authenticates(const SecureBuffer& currentDek) const
{
    if (m_version < 2)
        return true; // format 1 has no MAC: the store decides whether it may be upgraded (Store::openWith)
    const QByteArray expected = macFor(currentDek);
    return m_mac.size() == expected.size() && CRYPTO_memcmp(m_mac.constData(), expected.constData(), MacSize) == 0;
}

Status Keyring::save(const QString& path) const
{
    if (m_version != Format || m_mac.size() != MacSize)
        return Error(Error::Code::InvalidArgument,
                     tr("Refusing to write a keyring that is not authenticated (format %1). Nothing was changed.")
                         .arg(m_version));
    // Atomically replaced (a synced temporary file renamed over it), 0600, and never through a symbolic link: the rules
    // of every file Custodian writes (OutputFile).
    if (auto written = OutputFile::write(path, serialize(), OutputFile::Existing::Replace); !written) {
        const Error& error = written.error();
        if (error.code() == Error::Code::DiskFull)
            return Error(Error::Code::DiskFull,
                         tr("The disk is full: the keyring %1 could not be written. Nothing was changed.").arg(path));
        return Error(
            error.code() == Error::Code::Io ? Error::Code::Io : Error::Code::NotWritable,
            tr("Cannot write the keyring beside the store (%1): %2 Nothing was changed.").arg(path, error.message()));
    }
    return {};
}

std::optional<Error> Keyring::trustProblem() const
{
    auto check = [this](const WrappedKey& key) -> std::optional<Error> {
        int passphraseSlots = 0;
        int recoverySlots = 0;
        for (const KeySlot& slot : key.slots)
            (slot.kind() == KeySlot::Kind::Passphrase ? passphraseSlots : recoverySlots) += 1;
        if (passphraseSlots == 1 && recoverySlots == 1)
            return std::nullopt;
        const QString counts
            = tr("a key holds %1 passphrase slot(s) and %2 recovery slot(s), but Custodian only ever writes one of "
                 "each, so a slot was added or removed by someone else — a recovery slot sealed to their own key "
                 "would receive every future data key")
                  .arg(passphraseSlots)
                  .arg(recoverySlots);
        if (m_version < 2)
            return Error(Error::Code::KeyringTampered,
                         tr("The keyring (format 1, written by an earlier Custodian) cannot be trusted: %1. %2")
                             .arg(counts, whatToDo()));
        return altered(counts);
    };
    if (auto problem = check(m_current))
        return problem;
    if (m_pending) {
        if (auto problem = check(*m_pending))
            return problem;
        if (m_pending->generation != m_current.generation + 1)
            return altered(tr("its pending key has generation %1 beside current generation %2")
                               .arg(m_pending->generation)
                               .arg(m_current.generation));
    }
    return std::nullopt;
}

Result<Keyring::UnlockedKeys>
Keyring::unlock(const std::function<Result<SecureBuffer>(const KeySlot&, QByteArrayView)>& tryKey,
                KeySlot::Kind kind) const
{
    if (auto problem = trustProblem())
        return *problem;
    const KeySlot* currentSlot = slotOf(m_current, kind);
    const KeySlot* pendingSlot = m_pending ? slotOf(*m_pending, kind) : nullptr;
    if (!currentSlot || (m_pending && !pendingSlot))
        return Error(Error::Code::KeyringDamaged, tr("The keyring has no slot of the needed kind."));
    UnlockedKeys keys;
    auto current = tryKey(*currentSlot, binding(m_current.generation));
    if (!current)
        return current.error();
    // The secret was right; now every slot, public key and the pending key must be the ones the holder of this key
    // wrote. Checked before anything uses the key, so an altered keyring is never resealed or rewritten.
    if (!authenticates(*current))
        return altered(tr("a key slot or key was added, removed or replaced since Custodian last wrote it (its "
                          "authentication code does not match)"));
    keys.current = std::move(current).value();
    keys.currentGeneration = m_current.generation;
    if (m_pending && pendingSlot) {
        auto pending = tryKey(*pendingSlot, binding(m_pending->generation));
        if (!pending) {
            if (pending.error().code() == Error::Code::Crypto)
                return pending.error();
            // Custodian wraps a pending key for the same passphrase and recovery code as the current one.
            return altered(tr("its pending key does not open with the secret that opens its current key"));
        }
        keys.pending = std::move(pending).value();
        keys.pendingGeneration = m_pending->generation;
    }
    return keys;
}

Result<Keyring::UnlockedKeys> Keyring::unlockWithPassphrase(QByteArrayView passphrase) const
{
    if (auto problem = trustProblem())
        return *problem;
    // The work this unlock would do, before doing any of it: a pending key wrapped under the same KEK costs nothing
    // more.
    const KeySlot* currentSlot = slotOf(m_current, KeySlot::Kind::Passphrase);
    const KeySlot* pendingSlot = m_pending ? slotOf(*m_pending, KeySlot::Kind::Passphrase) : nullptr;
    if (!currentSlot || (m_pending && !pendingSlot))
        return Error(Error::Code::KeyringDamaged, tr("The keyring has no passphrase slot."));
    std::uint64_t cost = currentSlot->parameters().cost();
    if (pendingSlot && !sameDerivation(*pendingSlot, *currentSlot))
        cost += pendingSlot->parameters().cost();
    if (cost > Scrypt::MaxUnlockCost)
        return Error(Error::Code::KeyringTampered,
                     tr("The keyring asks for more key-derivation work than Custodian ever sets (scrypt N·r·p of %1 "
                        "for this unlock; the limit is %2): it was altered or not written by Custodian. Nothing was "
                        "derived and nothing was changed.")
                         .arg(cost)
                         .arg(Scrypt::MaxUnlockCost));
    KeySlot::PassphraseKek kek;
    auto keys = unlock(
        [&](const KeySlot& slot, QByteArrayView binding) {
            // A pending key is wrapped under the same KEK (same salt) as the current one: derive once.
            if (!kek.kek.isEmpty() && sameDerivation(slot, *currentSlot))
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

Result<std::vector<Keyring::RecoveredKey>> Keyring::recoverKeys(QByteArrayView recoveryCode) const
{
    std::vector<RecoveredKey> found;
    std::optional<Error> failure;
    auto tryKey = [&](const WrappedKey& key) {
        for (const KeySlot& slot : key.slots) {
            if (slot.kind() != KeySlot::Kind::Recovery)
                continue;
            auto dek = slot.unwrapWithRecoveryCode(recoveryCode, binding(key.generation));
            if (dek) {
                found.push_back({ key.generation, std::move(dek).value() });
                return;
            }
            // A slot for this very code whose seal does not open says more than "wrong code" from another slot.
            if (!failure || dek.error().code() != Error::Code::WrongRecoveryCode)
                failure = dek.error();
        }
    };
    tryKey(m_current);
    if (m_pending)
        tryKey(*m_pending);
    if (found.empty())
        return failure ? *failure : Error(Error::Code::WrongRecoveryCode, tr("The recovery code is wrong."));
    return found;
}

Status Keyring::changePassphrase(const UnlockedKeys& keys, const KeySlot::PassphraseKek& newKek)
{
    if (m_pending && keys.pending.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The pending key is not open: cannot re-wrap it."));
    auto rewrap = [&](WrappedKey& key, const SecureBuffer& dek) -> Status {
        QList<KeySlot> slots;
        auto slot = KeySlot::wrapWithKek(dek, newKek, binding(key.generation));
        if (!slot)
            return slot.error();
        slots.append(std::move(slot).value());
        for (const KeySlot& existing : key.slots)
            if (existing.kind() != KeySlot::Kind::Passphrase)
                slots.append(existing);
        key.slots = slots;
        return {};
    };
    WrappedKey current = m_current;
    std::optional<WrappedKey> pending = m_pending;
    if (auto status = rewrap(current, keys.current); !status)
        return status;
    if (pending) {
        if (auto status = rewrap(*pending, keys.pending); !status)
            return status;
    }
    m_current = std::move(current);
    m_pending = std::move(pending);
    authenticate(keys.current);
    return {};
}

Status Keyring::addPending(const UnlockedKeys& keys, const SecureBuffer& nextDek)
{
    const KeySlot* recoverySlot = slotOf(m_current, KeySlot::Kind::Recovery);
    if (!recoverySlot || keys.kek.kek.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A pending key needs the passphrase KEK and a recovery slot."));
    WrappedKey pending;
    pending.generation = m_current.generation + 1;
    const QByteArray pendingBinding = binding(pending.generation);
    auto passphraseSlot = KeySlot::wrapWithKek(nextDek, keys.kek, pendingBinding);
    if (!passphraseSlot)
        return passphraseSlot.error();
    // Sealed to the one recovery slot the MAC vouched for at unlock: no slot planted since is ever sealed to.
    auto sealedForRecovery = KeySlot::resealForRecovery(nextDek, *recoverySlot, pendingBinding);
    if (!sealedForRecovery)
        return sealedForRecovery.error();
    pending.slots = { std::move(passphraseSlot).value(), std::move(sealedForRecovery).value() };
    m_pending = std::move(pending);
    authenticate(keys.current);
    return {};
}

void Keyring::promotePending(const SecureBuffer& pendingDek)
{
    if (m_pending) {
        m_current = std::move(*m_pending);
        m_pending.reset();
        authenticate(pendingDek);
    }
}

void Keyring::dropPending(const SecureBuffer& currentDek)
{
    if (m_pending) {
        m_pending.reset();
        authenticate(currentDek);
    }
}

void Keyring::upgrade(const SecureBuffer& currentDek)
{
    authenticate(currentDek);
}

} // namespace custodian
