#include "store/Store.h"

#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"
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

namespace custodian {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Store", text);
}

Error lockedError()
{
    return Error(Error::Code::InvalidArgument, tr("The store is locked."));
}

Error truncatedError(const QString& path, qint64 pages, qint64 size)
{
    return Error(Error::Code::StoreTruncated,
                 tr("The store %1 is cut short: it should hold %2 pages but the file has %3. Restore it from a backup.")
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
    auto statement = database.prepare(
        QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('passphrase_slot', ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, slot);
    return statement->run();
}

// A key change that took effect but whose audit entry a crash lost (passwd killed between saving the keyring and
// committing; rekey killed before its entry committed, finished by this unlock) is recorded now, by the system.
Status reconcileAudit(Database& database, const Keyring& keyring, std::uint32_t promotedGeneration)
{
    const QString slot = passphraseSlotId(keyring);
    auto recorded = database.queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'passphrase_slot'"));
    if (!recorded)
        return recorded.error();
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
    if (*recorded == slot && !rotationMissing)
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
    if (!info.absoluteDir().exists())
        return Error(Error::Code::NotFound, tr("The directory %1 does not exist.").arg(info.absolutePath()));
    if (passphrase.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The passphrase is empty."));

    SecureBuffer dek = SecureRandom::key(32);
    Status status;
    QByteArray salt;
    {
        auto database = Database::open(path, dek, Database::Mode::ReadWriteCreate);
        if (!database) {
            removeStoreFiles(path);
            return database.error().prefixed(tr("Cannot create the store %1").arg(path));
        }
        auto fail = [&](const Error& error) -> Error {
            database->close();
            removeStoreFiles(path);
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
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto meta = database->prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?)"));
        if (!meta)
            return fail(meta.error());
        for (const auto& [key, value] :
             { std::pair { QStringLiteral("store_id"), storeId },
               std::pair { QStringLiteral("created_at"), QString::number(now) },
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
    auto head = StoreFile::inspect(path);
    if (!head) {
        removeStoreFiles(path);
        return head.error();
    }
    salt = *head;
    auto kek = KeySlot::deriveKek(passphrase, parameters);
    if (!kek) {
        removeStoreFiles(path);
        return kek.error();
    }
    auto keyring = Keyring::create(dek, salt, *kek, recoveryCode.view());
    if (!keyring) {
        removeStoreFiles(path);
        return keyring.error();
    }
    if (status = keyring->save(Keyring::pathFor(path)); !status) {
        removeStoreFiles(path);
        return status.error();
    }
    // The keys are at hand: no second key derivation to unlock what was just created.
    Keyring::UnlockedKeys keys;
    keys.current = std::move(dek);
    keys.currentGeneration = keyring->current().generation;
    keys.kek = std::move(kek).value();
    return openWith(path, std::move(keyring).value(), std::move(keys));
}

Result<std::pair<QByteArray, Keyring>> Store::preflight(const QString& path)
{
    auto salt = StoreFile::inspect(path);
    if (!salt)
        return salt.error();
    auto keyring = Keyring::load(Keyring::pathFor(path));
    if (!keyring)
        return keyring.error();
    if (keyring->storeSalt() != *salt)
        return Error(Error::Code::KeyringMismatch,
                     tr("The keyring %1 belongs to another store: it does not match %2. Put this store's own keyring "
                        "beside it.")
                         .arg(Keyring::pathFor(path), path));
    return std::pair { *salt, std::move(keyring).value() };
}

Result<Store> Store::unlock(const QString& path, QByteArrayView passphrase)
{
    QElapsedTimer timer;
    timer.start();
    auto checked = preflight(path);
    if (!checked)
        return checked.error();
    auto keys = checked->second.unlockWithPassphrase(passphrase);
    if (!keys)
        return keys.error();
    const qint64 derivationUs = timer.nsecsElapsed() / 1000;
    auto store = openWith(path, std::move(checked->second), std::move(keys).value());
    if (store)
        store->m_unlockTiming = { derivationUs, timer.nsecsElapsed() / 1000 - derivationUs };
    return store;
}

Result<Store> Store::unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode)
{
    QElapsedTimer timer;
    timer.start();
    auto checked = preflight(path);
    if (!checked)
        return checked.error();
    auto keys = checked->second.unlockWithRecoveryCode(recoveryCode);
    if (!keys)
        return keys.error();
    const qint64 derivationUs = timer.nsecsElapsed() / 1000;
    auto store = openWith(path, std::move(checked->second), std::move(keys).value());
    if (store)
        store->m_unlockTiming = { derivationUs, timer.nsecsElapsed() / 1000 - derivationUs };
    return store;
}

Result<Store> Store::openWith(const QString& path, Keyring keyring, Keyring::UnlockedKeys keys)
{
    const bool walWasEmpty = StoreFile::walIsEmpty(path);
    auto database = Database::open(path, keys.current, Database::Mode::ReadWrite);
    bool keyringChanged = false;
    std::uint32_t promotedGeneration = 0;
    if (!database && database.error().code() == Error::Code::NotAStore && !keys.pending.isEmpty()) {
        // A key rotation re-encrypted the store but died before it could promote the new key: finish it.
        database = Database::open(path, keys.pending, Database::Mode::ReadWrite);
        if (database) {
            keys.current = std::move(keys.pending);
            keys.currentGeneration = keys.pendingGeneration;
            keyring.promotePending();
            keyringChanged = true;
            promotedGeneration = keys.currentGeneration;
        }
    } else if (database && keyring.hasPending()) {
        // A rotation died before re-encrypting (or rolled back): the pending key was never used.
        keyring.dropPending();
        keyringChanged = true;
    }
    if (!database) {
        if (database.error().code() == Error::Code::StoreDamaged && walWasEmpty) {
            // SQLite reports a file shorter than its header declares as corrupt, before any query could compare.
            const qint64 size = QFileInfo(path).size();
            if (const auto declared = StoreFile::declaredPageCount(path, keys.current);
                declared && *declared * StoreFile::PageSize > size)
                return truncatedError(path, *declared, size);
        }
        if (database.error().code() == Error::Code::NotAStore)
            return Error(Error::Code::StoreDamaged,
                         tr("The store %1 is damaged: its keyring opened, but the store's pages do not decrypt with "
                            "its key. Restore the store from a backup.")
                             .arg(path));
        return database.error();
    }
    keys.pending.clear();
    keys.pendingGeneration = 0;
    if (keyringChanged) {
        // Best effort: if the keyring cannot be written now, the same repair happens at the next unlock.
        (void)keyring.save(Keyring::pathFor(path));
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
    if (auto status = reconcileAudit(*database, keyring, promotedGeneration); !status)
        return status.error();

    Store store;
    store.m_path = path;
    store.m_keyring = std::move(keyring);
    store.m_keys = std::move(keys);
    store.m_database = std::move(database).value();
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
}

} // namespace custodian
