#include "store/KeyRotation.h"

#include "crypto/SecureRandom.h"
#include "store/CrashPoint.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace custodian {

Status KeyRotation::rotate(Store& store, const QString& actor)
{
    if (store.m_keys.kek.kek.isEmpty())
        return Error(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("KeyRotation", "Key rotation needs the store unlocked with its passphrase."));
    Database& database = store.m_database;
    SecureBuffer next = SecureRandom::key(32);
    Keyring keyring = store.m_keyring;
    if (auto status = keyring.addPending(next, store.m_keys.kek); !status)
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

    if (auto status = database.rekey(next); !status) {
        restoreWal();
        keyring.dropPending();
        (void)keyring.save(store.keyringPath());
        return status;
    }
    CrashPoint::reached("rekey.rekeyed");
    if (auto status = database.configure(); !status)
        return status;
    CrashPoint::reached("rekey.wal-restored");

    keyring.promotePending();
    if (auto status = keyring.save(store.keyringPath()); !status) {
        // The store is already under the new key and the keyring on disk still has it as pending: the next
        // unlock promotes it. Report the failure but keep working with the new key.
        store.m_keys.current = std::move(next);
        store.m_keys.currentGeneration += 1;
        return status;
    }
    CrashPoint::reached("rekey.promoted");
    store.m_keyring = std::move(keyring);
    store.m_keys.current = std::move(next);
    store.m_keys.currentGeneration = store.m_keyring.current().generation;
    return store.audit(actor, QStringLiteral("key.rotated"), QString(),
                       QStringLiteral("{\"generation\":%1}").arg(store.m_keys.currentGeneration));
}

} // namespace custodian
