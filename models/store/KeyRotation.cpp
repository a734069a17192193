#include "store/KeyRotation.h"

#include "crypto/SecureRandom.h"
#include "store/CrashPoint.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace custodian {

Status KeyRotation::rotate(Store& store, const QString& actor)
{
    if (store.m_keys.kek.kek.isEmpty())
        return Error(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("KeyRotation", "Key rotation needs the store unlocked with its passphrase."));
    Database& database = store.m_database;
    // PRAGMA rekey journals every page: it needs about the store's size free beside it.
    const QFileInfo info(store.m_path);
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0
        && qint64(fs.f_bavail) * qint64(fs.f_frsize) < info.size() + 1024 * 1024)
        return Error(Error::Code::DiskFull,
                     QCoreApplication::translate("KeyRotation",
                                                 "The disk is full: rotating the key needs about %1 MB free beside the "
                                                 "store. Nothing was changed.")
                         .arg(info.size() / 1'000'000 + 2));
    // The store to itself from here to the end: no other program has it open with the old key, and no unlock reads
    // the keyring halfway through.
    if (auto status = store.beginKeyChange(); !status)
        return status;
    struct EndKeyChange
    {
        Store& store;
        ~EndKeyChange() { store.endKeyChange(); }
    } endKeyChange { store };
    SecureBuffer next = SecureRandom::key(32);
    Keyring keyring = store.m_keyring;
    if (auto status = keyring.addPending(store.m_keys, next); !status)
        return status;
    if (auto status = keyring.save(store.keyringPath()); !status)
        return status;
    CrashPoint::reached("rekey.pending-saved");

    auto restoreWal = [&database]() { (void)database.queryText(QStringLiteral("PRAGMA journal_mode = WAL")); };
    if (auto status = database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !status)
        return status;
    auto mode = database.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode || mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
        restoreWal();
        return mode ? Error(Error::Code::Database, QStringLiteral("cannot leave WAL mode for the rotation"))
                    : mode.error();
    }
    CrashPoint::reached("rekey.journal-mode-delete");

    // From here on, if anything fails after the file may be under the new key, the store is locked: the keyring on
    // disk still holds both keys, and the next unlock opens with whichever applies and repairs the keyring. Keeping
    // this object open would leave its keys out of step with the file.
    auto lockAfter = [&store](const Error& error) -> Status {
        store.lock();
        return error.prefixed(QCoreApplication::translate("KeyRotation",
                                                          "The key rotation did not finish; unlock "
                                                          "again to continue"));
    };
    if (auto status = database.rekey(next); !status) {
        if (database.isOpen()) {
            restoreWal();
        } else {
            // Database::rekey closed the connection (SQLCipher left it unusable). Only if the file still opens with
            // the current key did the re-encryption roll back; otherwise the pending key must stay in the keyring.
            auto reopened = Database::open(store.m_path, store.m_keys.current, Database::Mode::ReadWrite);
            if (!reopened)
                return lockAfter(status.error());
            database = std::move(reopened).value();
            (void)database.configure();
        }
        keyring.dropPending(store.m_keys.current);
        (void)keyring.save(store.keyringPath());
        return status;
    }
    CrashPoint::reached("rekey.rekeyed");
    if (auto status = database.configure(); !status)
        return lockAfter(status.error());
    CrashPoint::reached("rekey.wal-restored");
    // Audit before the keyring promotes the key: a crash after this commit leaves the entry and a pending key the
    // next unlock promotes; a crash before it is recorded by that unlock (Store's reconcileAudit).
    const std::uint32_t generation = store.m_keys.currentGeneration + 1;
    if (auto status = store.audit(actor, QStringLiteral("key.rotated"), QString(),
                                  QStringLiteral("{\"generation\":%1}").arg(generation));
        !status)
        return lockAfter(status.error());

    keyring.promotePending(next);
    if (auto status = keyring.save(store.keyringPath()); !status)
        return lockAfter(status.error()); // on disk the new key is still pending: the next unlock promotes it
    CrashPoint::reached("rekey.promoted");
    store.m_keyring = std::move(keyring);
    store.m_keys.current = std::move(next);
    store.m_keys.currentGeneration = store.m_keyring.current().generation;
    return {};
}

} // namespace custodian
