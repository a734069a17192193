#include "store/Store.h"

#include "crypto/Digest.h"
#include "crypto/OutputFile.h"
#include "crypto/PrivateFile.h"
#include "crypto/SecureRandom.h"
#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/CrashPoint.h"
#include "store/SchemaMigrator.h"
#include "store/StoreFile.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <optional>

namespace custodian {

namespace {
Error lockedError()
{
    return Error(Error::Code::InvalidArgument, Store::tr("The store is locked."));
}

Error truncatedError(const QString& path, qint64 pages, qint64 size)
{
    return Error(
        Error::Code::StoreTruncated,
        Store::tr("The store %1 is cut short: it should hold %2 pages but the file has %3. Restore it from a backup.")
            .arg(path)
            .arg(pages)
            .arg(size / StoreFile::PageSize));
}

void removeStoreFiles(const QString& path)
{
    for (const QString& suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

Error keyringMismatch(const QString& keyringPath, const QString& storePath)
{
    return Error(
        Error::Code::KeyringMismatch,
        Store::tr("The keyring %1 belongs to another store: it does not match %2. Put this store's own keyring "
                  "beside it.")
            .arg(keyringPath, storePath));
}

Status setMeta(Database& database, const QString& key, const QString& value)
{
    auto statement = database.prepare(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, key).bind(2, value);
    return statement->run();
}

// Which keyring format this store's keyring was last written in, as the store itself records it (inside the
// encryption, out of reach of whoever can only write the keyring file): 0 when never recorded (a store of an earlier
// Custodian whose keyring is still format 1).
Result<int> recordedKeyringFormat(Database& database)
{
    auto value = database.queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'keyring_format'"));
    if (!value)
        return value.error();
    return value->toInt();
}

Status insertSecret(Database& database, const QString& name, QByteArrayView value)
{
    auto statement = database.prepare(QStringLiteral("INSERT INTO store_secret (name, value) VALUES (?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, name).bindBlob(2, value);
    return statement->run();
}
// Identifies the passphrase slot in effect (its scrypt salt, which is public): a changed passphrase changes it.
QString passphraseSlotId(const Keyring& keyring)
{
    for (const KeySlot& slot : keyring.current().slots)
        if (slot.kind() == KeySlot::Kind::Passphrase)
            return QString::fromLatin1(slot.salt().toHex());
    return {};
}

QString rotationDetail(std::uint32_t generation)
{
    return QStringLiteral("{\"generation\":%1}").arg(generation);
}

Status setPassphraseSlot(Database& database, const QString& slot)
{
    return setMeta(database, QStringLiteral("passphrase_slot"), slot);
}

// A key change that took effect but whose audit entry a crash lost (passwd killed between saving the keyring and
// committing; rekey killed before its entry committed, finished by this unlock) is recorded now, by the system.
Status reconcileAudit(Database& database, const Keyring& keyring, std::uint16_t formatOnDisk,
                      std::uint32_t promotedGeneration)
{
    const QString slot = passphraseSlotId(keyring);
    auto recorded = database.queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'passphrase_slot'"));
    if (!recorded)
        return recorded.error();
    auto format = recordedKeyringFormat(database);
    if (!format)
        return format.error();
    // An upgrade killed between saving the keyring and committing its entry (the keyring's MAC shows that it was
    // written by the holder of the key, so it was this upgrade).
    const bool upgradeMissing = formatOnDisk >= 2 && *format < 2;
    bool rotationMissing = false;
    if (promotedGeneration != 0) {
        auto statement = database.prepare(
            QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'key.rotated' AND detail = ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, rotationDetail(promotedGeneration));
        auto row = statement->step();
        if (!row)
            return row.error();
        rotationMissing = *row && statement->int64(0) == 0;
    }
    const bool passphraseMissing = !recorded->isEmpty() && *recorded != slot;
    if (*recorded == slot && !rotationMissing && !upgradeMissing)
        return {};
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    const QString system = QStringLiteral("system");
    if (passphraseMissing) {
        if (auto seq = ConsoleAudit::append(database,
                                            { system, QStringLiteral("passphrase.changed"), QString(),
                                              QStringLiteral("{\"recorded_at_unlock\":true}") });
            !seq)
            return seq.error();
    }
    if (upgradeMissing) {
        if (auto seq = ConsoleAudit::append(database,
                                            { system, QStringLiteral("keyring.upgraded"), QString(),
                                              QStringLiteral("{\"from\":1,\"to\":2,\"recorded_at_unlock\":true}") });
            !seq)
            return seq.error();
        if (auto status = setMeta(database, QStringLiteral("keyring_format"), QString::number(formatOnDisk)); !status)
            return status;
    }
    if (rotationMissing) {
        if (auto seq = ConsoleAudit::append(
                database, { system, QStringLiteral("key.rotated"), QString(), rotationDetail(promotedGeneration) });
            !seq)
            return seq.error();
    }
    if (auto status = setPassphraseSlot(database, slot); !status)
        return status;
    return transaction->commit();
}
} // namespace

Store::~Store()
{
    lock();
}

Result<Store> Store::create(const QString& path, QByteArrayView passphrase, const SecureBuffer& recoveryCode,
                            const Scrypt::Parameters& parameters)
{
    const QFileInfo info(path);
    if (info.exists() || QFileInfo::exists(Keyring::pathFor(path)))
        return Error(Error::Code::AlreadyExists,
                     tr("%1 already exists; Custodian never overwrites a store or its keyring.").arg(path));
    // A dangling symbolic link "does not exist", but SQLite would create the store where it points: a new store
    // follows the rules of every file Custodian writes (OutputFile), never through a link.
    for (const QString& file : { path, Keyring::pathFor(path) }) {
        if (auto writable = OutputFile::preflight(file, OutputFile::Existing::Refuse);
            !writable && writable.error().code() != Error::Code::NotFound)
            return writable.error();
    }
    if (!info.absoluteDir().exists())
        return Error(Error::Code::NotFound, tr("The directory %1 does not exist.").arg(info.absolutePath()));
    if (passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The passphrase is empty."));
    const QString canonical = Keyring::canonicalStorePath(path);
    auto lock = StoreLock::acquire(canonical, StoreLock::Mode::Exclusive);
    if (!lock)
        return lock.error().prefixed(tr("Cannot create the store %1").arg(path));
    // What this create leaves behind on failure: the store's files and its lock file, nothing else.
    auto removeCreated = [&canonical, &lock]() {
        removeStoreFiles(canonical);
        lock->release();
        QFile::remove(StoreLock::pathFor(canonical));
    };

    SecureBuffer dek = SecureRandom::key(32);
    Status status;
    QByteArray salt;
    {
        auto database = Database::open(canonical, dek, Database::Mode::ReadWriteCreate);
        if (!database) {
            removeCreated();
            return database.error().prefixed(tr("Cannot create the store %1").arg(path));
        }
        auto fail = [&](const Error& error) -> Error {
            database->close();
            removeCreated();
            return error.prefixed(tr("Cannot create the store %1").arg(path));
        };
        if (status = database->configure(); !status)
            return fail(status.error());
        if (auto migrated = SchemaMigrator::migrate(*database); !migrated)
            return fail(migrated.error());
        auto transaction = Transaction::begin(*database);
        if (!transaction)
            return fail(transaction.error());
        const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 now = Clock::nowMs();
        auto meta = database->prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?)"));
        if (!meta)
            return fail(meta.error());
        for (const auto& [key, value] :
             { std::pair { QStringLiteral("store_id"), storeId },
               std::pair { QStringLiteral("created_at"), QString::number(now) },
               std::pair { QStringLiteral("keyring_format"), QString::number(Keyring::Format) },
               std::pair { QStringLiteral("created_by_version"), QStringLiteral(CUSTODIAN_VERSION) } }) {
            meta->reset();
            meta->bind(1, key).bind(2, value);
            if (status = meta->run(); !status)
                return fail(status.error());
        }
        // Store secrets are independent of the data key, so a key rotation leaves tokens and seals valid.
        const SecureBuffer auditKey = Digest::hkdfSha256(dek, storeId.toUtf8(), "custodian console audit v1", 32);
        for (const auto& [name, value] : { std::pair { QStringLiteral("token_key"), SecureRandom::key(32) },
                                           std::pair { QStringLiteral("seal_key"), SecureRandom::key(32) } }) {
            if (status = insertSecret(*database, name, value.view()); !status)
                return fail(status.error());
        }
        if (status = insertSecret(*database, QStringLiteral("audit_k0"), auditKey.view()); !status)
            return fail(status.error());
        if (status = ConsoleAudit::initialise(*database, auditKey.view()); !status)
            return fail(status.error());
        if (auto seq = ConsoleAudit::append(
                *database, { QStringLiteral("system"), QStringLiteral("store.created"), QString(), QString() }, now);
            !seq)
            return fail(seq.error());
        if (status = transaction->commit(); !status)
            return fail(status.error());
        // Move everything into the main file so that its first page — and the salt the keyring binds to — is
        // on disk.
        if (status = database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !status)
            return fail(status.error());
        database->close();
    }
    auto head = StoreFile::inspect(canonical);
    if (!head) {
        removeCreated();
        return head.error();
    }
    salt = *head;
    auto kek = KeySlot::deriveKek(passphrase, parameters);
    if (!kek) {
        removeCreated();
        return kek.error();
    }
    auto keyring = Keyring::create(dek, salt, *kek, recoveryCode.view());
    if (!keyring) {
        removeCreated();
        return keyring.error();
    }
    if (status = keyring->save(Keyring::pathFor(canonical)); !status) {
        removeCreated();
        return status.error();
    }
    // The keys are at hand: no second key derivation to unlock what was just created.
    Keyring::UnlockedKeys keys;
    keys.current = std::move(dek);
    keys.currentGeneration = keyring->current().generation;
    keys.kek = std::move(kek).value();
    lock->makeShared();
    return openWith({ canonical, salt, std::move(keyring).value(), std::move(lock).value() }, std::move(keys));
}

Result<Store::Found> Store::find(const QString& path, const UnlockOptions& options)
{
    // The store first (nothing is created beside a store that is not there), then the lock, then the keyring that the
    // lock keeps a key change from replacing while it is read. The salt never changes with the key.
    auto salt = StoreFile::inspect(path);
    if (!salt)
        return salt.error();
    const QString canonical = Keyring::canonicalStorePath(path);
    auto lock = StoreLock::acquire(canonical, StoreLock::Mode::Shared, options.waitForKeyChangeMs);
    if (!lock)
        return lock.error();
    const QString keyringPath = Keyring::pathFor(canonical);
    auto keyring = Keyring::load(keyringPath);
    if (!keyring)
        return keyring.error();
    if (keyring->storeSalt() != *salt)
        return keyringMismatch(keyringPath, path);
    return Found { canonical, *salt, std::move(keyring).value(), std::move(lock).value() };
}

Result<Store> Store::unlock(const QString& path, QByteArrayView passphrase)
{
    return unlock(path, passphrase, UnlockOptions());
}

Result<Store> Store::unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode)
{
    return unlockWithRecoveryCode(path, recoveryCode, UnlockOptions());
}

Result<Store> Store::unlock(const QString& path, QByteArrayView passphrase, const UnlockOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    auto found = find(path, options);
    if (!found)
        return found.error();
    auto keys = found->keyring.unlockWithPassphrase(passphrase);
    if (!keys)
        return keys.error();
    const qint64 derivationUs = timer.nsecsElapsed() / 1000;
    auto store = openWith(std::move(found).value(), std::move(keys).value());
    if (store)
        store->m_unlockTiming = { derivationUs, timer.nsecsElapsed() / 1000 - derivationUs };
    return store;
}

Result<Store> Store::unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode,
                                            const UnlockOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    auto found = find(path, options);
    if (!found)
        return found.error();
    auto keys = found->keyring.unlockWithRecoveryCode(recoveryCode);
    if (!keys)
        return keys.error();
    const qint64 derivationUs = timer.nsecsElapsed() / 1000;
    auto store = openWith(std::move(found).value(), std::move(keys).value());
    if (store)
        store->m_unlockTiming = { derivationUs, timer.nsecsElapsed() / 1000 - derivationUs };
    return store;
}

Result<Store> Store::openWith(Found found, Keyring::UnlockedKeys keys)
{
    const QString& path = found.path;
    Keyring& keyring = found.keyring;
    const std::uint16_t formatOnDisk = keyring.formatVersion();
    const bool walWasEmpty = StoreFile::walIsEmpty(path);
    auto database = Database::open(path, keys.current, Database::Mode::ReadWrite);
    enum class Repair { None, Promote, Drop };
    Repair repair = Repair::None;
    if (!database && database.error().code() == Error::Code::NotAStore && !keys.pending.isEmpty()) {
        // A key rotation re-encrypted the store but died before it could promote the new key: finish it.
        database = Database::open(path, keys.pending, Database::Mode::ReadWrite);
        if (database)
            repair = Repair::Promote;
    } else if (database && keyring.hasPending()) {
        // A rotation died before re-encrypting (or rolled back): the pending key was never used.
        repair = Repair::Drop;
    }
    if (!database) {
        if (database.error().code() == Error::Code::StoreDamaged && walWasEmpty) {
            // SQLite reports a file shorter than its header declares as corrupt, before any query could compare.
            const qint64 size = QFileInfo(path).size();
            if (const auto declared = StoreFile::declaredPageCount(path, keys.current);
                declared && *declared * StoreFile::PageSize > size)
                return truncatedError(path, *declared, size);
        }
        if (database.error().code() == Error::Code::NotAStore) {
            // The keyring opened and is the store's (same salt), yet the first page does not decrypt. Only if other
            // pages authenticate under the key is the file damaged; otherwise the keyring is from another moment, and
            // restoring the store would be the wrong advice.
            const bool keyIsTheStores = StoreFile::keyAuthenticatesPages(path, keys.current)
                || (!keys.pending.isEmpty() && StoreFile::keyAuthenticatesPages(path, keys.pending));
            if (keyIsTheStores)
                return Error(Error::Code::StoreDamaged,
                             tr("The store %1 is damaged: its key is right (its other pages decrypt), but its first "
                                "page does not. Restore the store from a backup.")
                                 .arg(path));
            return Error(Error::Code::StoreKeyMismatch,
                         tr("The keyring %1 opened, but its key does not open the store %2: not one of its pages "
                            "decrypts with it. The keyring is from another moment than the store — a key change made "
                            "elsewhere (through another path to the store, or on a copy), or a keyring or a store put "
                            "back from a backup without the other — or, less likely, the whole store file is damaged. "
                            "Put the keyring that belongs to this store beside it (look beside other copies of the "
                            "store, and in the backup taken together with it). Nothing was changed.")
                             .arg(Keyring::pathFor(path), path));
        }
        return database.error();
    }
    if (formatOnDisk < Keyring::Format) {
        // A format-1 keyring has no MAC: it may be used (and upgraded) only while the store has never had a newer
        // one. Otherwise it is an older copy put back, or a rewrite by someone who dropped the MAC to plant a slot.
        auto recorded = recordedKeyringFormat(*database);
        if (!recorded)
            return recorded.error();
        if (*recorded >= Keyring::Format)
            return Error(Error::Code::KeyringTampered,
                         tr("The keyring %1 is in the old format 1, but this store's keyring was already upgraded to "
                            "format %2: this keyring is an older copy, or was rewritten by someone else to drop its "
                            "authentication code. It was not used and was not changed. Put back the store's current "
                            "keyring from a backup, or have the holder of the recovery code rebuild it: custodian-cli "
                            "recover --store STORE --rebuild-keyring.")
                             .arg(Keyring::pathFor(path))
                             .arg(*recorded));
    }

    if (walWasEmpty) {
        auto pages = database->queryInt(QStringLiteral("PRAGMA page_count"));
        if (!pages)
            return pages.error();
        const qint64 size = QFileInfo(path).size();
        if (*pages * StoreFile::PageSize > size)
            return truncatedError(path, *pages, size);
    }
    if (auto status = database->configure(); !status)
        return status.error();
    if (auto migrated = SchemaMigrator::migrate(*database); !migrated)
        return migrated.error();

    std::uint32_t promotedGeneration = 0;
    if (repair == Repair::Promote) {
        keys.current = std::move(keys.pending);
        keys.currentGeneration = keys.pendingGeneration;
        keyring.promotePending(keys.current);
        promotedGeneration = keys.currentGeneration;
    } else if (repair == Repair::Drop) {
        keyring.dropPending(keys.current);
    }
    keys.pending.clear();
    keys.pendingGeneration = 0;

    Store store;
    store.m_path = path;
    store.m_keyring = std::move(keyring);
    store.m_keyringFormatOnDisk = formatOnDisk;
    store.m_keys = std::move(keys);
    store.m_lock = std::move(found.lock);
    store.m_database = std::move(database).value();
    // Write what this unlock repaired, and upgrade a format-1 keyring, only with the store to itself: another program
    // that has it open read the keyring as it is. Otherwise the next unlock does it; nothing is lost meanwhile.
    if ((repair != Repair::None || formatOnDisk < Keyring::Format) && store.m_lock.makeExclusive()) {
        // Best effort: if the keyring cannot be written now, the same repair happens at the next unlock.
        if (formatOnDisk < Keyring::Format)
            (void)store.upgradeKeyring();
        else
            (void)store.m_keyring.save(store.keyringPath());
        store.endKeyChange();
    }
    if (auto status
        = reconcileAudit(store.m_database, store.m_keyring, store.m_keyringFormatOnDisk, promotedGeneration);
        !status)
        return status.error();
    return store;
}

Status Store::beginKeyChange()
{
    // Programs that are only unlocking hold the lock for a moment: wait for them, not for a console that keeps the
    // store open.
    constexpr int WaitForOthersMs = 5000;
    if (auto status = m_lock.makeExclusive(WaitForOthersMs); !status)
        return status;
    if (m_keyringFormatOnDisk < Keyring::Format) {
        if (auto status = upgradeKeyring(); !status) {
            endKeyChange();
            return status;
        }
    }
    return {};
}

Status Store::upgradeKeyring()
{
    Keyring upgraded = m_keyring;
    upgraded.upgrade(m_keys.current);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto seq = ConsoleAudit::append(m_database,
                                        { QStringLiteral("system"), QStringLiteral("keyring.upgraded"), QString(),
                                          QStringLiteral("{\"from\":1,\"to\":2}") });
        !seq)
        return seq.error();
    // In the same transaction: from now on this store refuses a format-1 keyring (see openWith).
    if (auto status = setMeta(m_database, QStringLiteral("keyring_format"), QString::number(Keyring::Format)); !status)
        return status;
    CrashPoint::reached("keyring-upgrade.before-keyring");
    if (auto status = upgraded.save(keyringPath()); !status)
        return status; // rolls back: still format 1 on disk and in the store's records
    CrashPoint::reached("keyring-upgrade.keyring-saved");
    m_keyring = std::move(upgraded);
    m_keyringFormatOnDisk = Keyring::Format;
    // If this commit fails, the next unlock records the upgrade (reconcileAudit): the keyring on disk is format 2.
    return transaction->commit();
}

Result<Store> Store::rebuildKeyring(const QString& path, QByteArrayView recoveryCode, QByteArrayView newPassphrase,
                                    const QString& actor, const Scrypt::Parameters& parameters)
{
    if (newPassphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The new passphrase is empty."));
    auto salt = StoreFile::inspect(path);
    if (!salt)
        return salt.error();
    const QString canonical = Keyring::canonicalStorePath(path);
    auto lock = StoreLock::acquire(canonical, StoreLock::Mode::Exclusive);
    if (!lock)
        return lock.error();
    const QString keyringPath = Keyring::pathFor(canonical);
    auto bytes = Keyring::readFile(keyringPath);
    if (!bytes)
        return bytes.error();
    auto old = Keyring::parse(*bytes);
    if (!old)
        return old.error().prefixed(tr("The keyring cannot be rebuilt: the recovery slot cannot be read"));
    if (old->storeSalt() != *salt)
        return keyringMismatch(keyringPath, path);
    // Why it is rebuilt, for the audit entry: a slot too many or too few, a MAC that does not match, or nothing.
    QString reason = QStringLiteral("none");
    if (old->trustProblem())
        reason = QStringLiteral("slot_count");
    else if (auto keys = old->unlockWithRecoveryCode(recoveryCode);
             !keys && keys.error().code() == Error::Code::KeyringTampered)
        reason = QStringLiteral("altered");
    else if (old->formatVersion() < Keyring::Format)
        reason = QStringLiteral("format_1");

    // Only a key that the recovery code opens AND that opens the store is used: a key sealed to the recovery code's
    // public key by someone else (it is public) opens no store but theirs.
    auto candidates = old->recoverKeys(recoveryCode);
    if (!candidates)
        return candidates.error();
    std::optional<Database> database;
    const Keyring::RecoveredKey* chosen = nullptr;
    for (const Keyring::RecoveredKey& candidate : *candidates) {
        auto opened = Database::open(canonical, candidate.dek, Database::Mode::ReadWrite);
        if (opened) {
            database = std::move(opened).value();
            chosen = &candidate;
            break;
        }
        if (opened.error().code() != Error::Code::NotAStore)
            return opened.error();
    }
    if (!chosen)
        return Error(Error::Code::StoreKeyMismatch,
                     tr("The recovery code opens a key in the keyring %1, but that key does not open the store %2: the "
                        "keyring cannot be rebuilt from it. Put back a keyring that belongs to this store. Nothing was "
                        "changed.")
                         .arg(keyringPath, path));
    if (auto status = database->configure(); !status)
        return status.error();
    if (auto migrated = SchemaMigrator::migrate(*database); !migrated)
        return migrated.error();
    auto kek = KeySlot::deriveKek(newPassphrase, parameters);
    if (!kek)
        return kek.error();
    auto rebuilt = Keyring::create(chosen->dek, *salt, *kek, recoveryCode, chosen->generation);
    if (!rebuilt)
        return rebuilt.error();

    // The replaced keyring stays as evidence: mode 0600, never overwritten (a second rebuild in the same second, e.g.
    // after one was killed, gets a name of its own).
    const QString stamp
        = keyringPath + QStringLiteral(".replaced-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString evidence = stamp;
    for (int n = 1; QFileInfo::exists(evidence) && n < 100; ++n)
        evidence = stamp + QLatin1Char('-') + QString::number(n);
    Status committed;
    {
        auto transaction = Transaction::begin(*database);
        if (!transaction)
            return transaction.error();
        const QString detail
            = QStringLiteral("{\"via\":\"recovery_code\",\"generation\":%1,\"previous_format\":%2,\"reason\":\"%3\"}")
                  .arg(chosen->generation)
                  .arg(old->formatVersion())
                  .arg(reason);
        if (auto seq = ConsoleAudit::append(*database, { actor, QStringLiteral("keyring.rebuilt"), QString(), detail });
            !seq)
            return seq.error();
        if (auto status = setPassphraseSlot(*database, QString::fromLatin1(kek->salt.toHex())); !status)
            return status.error();
        if (auto status = setMeta(*database, QStringLiteral("keyring_format"), QString::number(Keyring::Format));
            !status)
            return status.error();
        if (auto status = PrivateFile::write(evidence, *bytes); !status)
            return status.error().prefixed(tr("The keyring was not rebuilt: the old keyring could not be kept"));
        CrashPoint::reached("rebuild.before-keyring");
        if (auto status = rebuilt->save(keyringPath); !status)
            return status.error();
        // Killed from here until the commit: the new keyring is in force and the next unlock records the passphrase
        // change it made (reconcileAudit).
        CrashPoint::reached("rebuild.keyring-saved");
        committed = transaction->commit();
    }

    Store store;
    store.m_path = canonical;
    store.m_keyring = std::move(rebuilt).value();
    store.m_keyringFormatOnDisk = Keyring::Format;
    store.m_keys.current = SecureBuffer::copyOf(chosen->dek.view());
    store.m_keys.currentGeneration = chosen->generation;
    store.m_keys.kek = std::move(kek).value();
    store.m_lock = std::move(lock).value();
    store.m_lock.makeShared();
    store.m_database = std::move(*database);
    if (!committed)
        return committed.error().prefixed(tr("The keyring WAS rebuilt (the old one is kept as %1), but its audit "
                                             "entry could not be written")
                                              .arg(evidence));
    return store;
}

Result<Database> Store::openConnection(Database::Mode mode) const
{
    if (!isOpen())
        return lockedError();
    auto database = Database::open(m_path, m_keys.current, mode);
    if (!database)
        return database;
    if (mode != Database::Mode::ReadOnly) {
        if (auto status = database->configure(); !status)
            return status.error();
    }
    return database;
}

Result<SecureBuffer> Store::secret(const QString& name)
{
    if (!isOpen())
        return lockedError();
    return secret(m_database, name);
}

Result<SecureBuffer> Store::secret(Database& database, const QString& name)
{
    auto statement = database.prepare(QStringLiteral("SELECT value FROM store_secret WHERE name = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, name);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("The store has no secret named %1.").arg(name));
    return SecureBuffer::copyOf(statement->blobView(0));
}

Status Store::changePassphrase(QByteArrayView newPassphrase, const QString& actor, const Scrypt::Parameters& parameters,
                               const QString& detail)
{
    if (!isOpen())
        return lockedError(); // the keys are wiped: re-wrapping now would wrap an empty key
    if (newPassphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The new passphrase is empty."));
    // The store to itself for the change: no other program reads this keyring while it is replaced.
    if (auto status = beginKeyChange(); !status)
        return status;
    struct EndKeyChange
    {
        Store* store;
        ~EndKeyChange() { store->endKeyChange(); }
    } endKeyChange { this };
    auto kek = KeySlot::deriveKek(newPassphrase, parameters);
    if (!kek)
        return kek.error();
    Keyring changed = m_keyring;
    if (auto status = changed.changePassphrase(m_keys, *kek); !status)
        return status;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto seq = ConsoleAudit::append(m_database, { actor, QStringLiteral("passphrase.changed"), QString(), detail });
        !seq)
        return seq.error();
    // In the same transaction: which slot this entry is about, so that an unlock after a crash between saving the
    // keyring and committing can tell the change took effect unaudited (reconcileAudit).
    if (auto status = setPassphraseSlot(m_database, QString::fromLatin1(kek->salt.toHex())); !status)
        return status;
    CrashPoint::reached("passwd.before-keyring");
    if (auto status = changed.save(keyringPath()); !status)
        return status; // the transaction rolls back: no audit entry for a change that did not happen
    CrashPoint::reached("passwd.keyring-saved");
    const Status committed = transaction->commit();
    // From the keyring save on, the new passphrase is the one that opens the store, whatever the commit says.
    m_keyring = std::move(changed);
    m_keys.kek = std::move(kek).value();
    if (!committed)
        return committed.error().prefixed(tr("The passphrase WAS changed, but its audit entry could not be written now "
                                             "(it is recorded at the next unlock)"));
    return {};
}

Status Store::audit(const QString& actor, const QString& action, const QString& target, const QString& detail)
{
    if (!isOpen())
        return lockedError();
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (auto seq = ConsoleAudit::append(m_database, { actor, action, target, detail }); !seq)
        return seq.error();
    return transaction->commit();
}

void Store::lock()
{
    m_database.close();
    m_keys.current.clear();
    m_keys.pending.clear();
    m_keys.kek.kek.clear();
    m_lock.release(); // after the connection: nobody changes the key under an open connection
}

} // namespace custodian
