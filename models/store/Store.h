#pragma once

#include "crypto/Keyring.h"
#include "crypto/Scrypt.h"
#include "domain/Result.h"
#include "store/Database.h"
#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// An unlocked Custodian store: the keyring, the data key it opened, the main connection, and a shared lock on the
// store that keeps other programs from changing its key while it is open (StoreLock). Creating, unlocking (by
// passphrase or recovery code), changing the passphrase, rebuilding an untrusted keyring and locking live here; key
// rotation is KeyRotation. Every failure names its cause (see Error::Code) and leaves the files as they were.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Store() = default;
    Store(Store&&) noexcept = default;
    Store& operator=(Store&&) noexcept = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    struct UnlockOptions
    {
        // How long an unlock waits for a key change in another program to finish before it says "a key change is in
        // progress". The console waits (on its worker thread); the CLI answers at once.
        int waitForKeyChangeMs = 0;
    };

    // Creates `path` and `path.keyring`. The recovery code goes into the recovery slot; the caller shows it
    // once. Refuses to overwrite anything.
    [[nodiscard]] static Result<Store> create(const QString& path, QByteArrayView passphrase,
                                              const SecureBuffer& recoveryCode,
                                              const Scrypt::Parameters& parameters = Scrypt::defaults());
    [[nodiscard]] static Result<Store> unlock(const QString& path, QByteArrayView passphrase);
    [[nodiscard]] static Result<Store> unlock(const QString& path, QByteArrayView passphrase,
                                              const UnlockOptions& options);
    [[nodiscard]] static Result<Store> unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode);
    [[nodiscard]] static Result<Store> unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode,
                                                              const UnlockOptions& options);
    // For a keyring that cannot be trusted (a slot was added or replaced, a format-1 keyring that a newer one
    // replaced): finds the key the recovery code opens, proves it on the store itself, and writes a new keyring with
    // only a slot for `newPassphrase` and one for the same recovery code. The replaced keyring is kept beside it
    // (`.keyring.replaced-<time>`) as evidence; the rebuild is in the console audit (`keyring.rebuilt`).
    [[nodiscard]] static Result<Store> rebuildKeyring(const QString& path, QByteArrayView recoveryCode,
                                                      QByteArrayView newPassphrase, const QString& actor,
                                                      const Scrypt::Parameters& parameters = Scrypt::defaults());

    [[nodiscard]] Database& database() { return m_database; }
    // Symbolic links resolved (Keyring::canonicalStorePath): the keyring and the lock file are derived from it.
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] QString keyringPath() const { return Keyring::pathFor(m_path); }
    [[nodiscard]] bool isOpen() const { return m_database.isOpen(); }
    [[nodiscard]] std::uint32_t keyGeneration() const { return m_keys.currentGeneration; }

    // Where an unlock spent its time: checks and key derivation up to the unwrapped key, then opening,
    // verifying and migrating the store. Shown by `custodian-bench unlock`.
    struct UnlockTiming
    {
        qint64 keyDerivationUs = 0;
        qint64 openUs = 0;
    };
    [[nodiscard]] const UnlockTiming& unlockTiming() const { return m_unlockTiming; }

    // Another connection with the same key, for a worker thread.
    [[nodiscard]] Result<Database> openConnection(Database::Mode mode = Database::Mode::ReadWrite) const;
    // A secret kept inside the encrypted store ("token_key", "seal_key", "audit_k0").
    [[nodiscard]] Result<SecureBuffer> secret(const QString& name);
    // The same from any connection to an open store (workers that hold a connection, not the Store).
    [[nodiscard]] static Result<SecureBuffer> secret(Database& database, const QString& name);

    // Re-wraps the data key for a new passphrase (no re-encryption) and audits it in one step; `detail` goes into
    // the audit entry (e.g. that the recovery code was used).
    [[nodiscard]] Status changePassphrase(QByteArrayView newPassphrase, const QString& actor,
                                          const Scrypt::Parameters& parameters = Scrypt::defaults(),
                                          const QString& detail = {});
    // Appends a console-audit entry in its own transaction.
    [[nodiscard]] Status audit(const QString& actor, const QString& action, const QString& target = {},
                               const QString& detail = {});

    // Closes the connection and wipes the keys.
    void lock();

private:
    friend class KeyRotation;

    // What an unlock holds between finding the files and opening the store.
    struct Found
    {
        QString path; // canonical
        QByteArray salt;
        Keyring keyring;
        StoreLock lock;
    };
    [[nodiscard]] static Result<Found> find(const QString& path, const UnlockOptions& options);
    [[nodiscard]] static Result<Store> openWith(Found found, Keyring::UnlockedKeys keys);
    // Takes the store to itself for a key change (StoreInUse / NotWritable when it cannot) and upgrades a format-1
    // keyring first, so that every key change writes format 2 with its audit entry.
    [[nodiscard]] Status beginKeyChange();
    void endKeyChange() { m_lock.makeShared(); }
    // Format 1 to 2, audited (`keyring.upgraded`), under the exclusive lock.
    [[nodiscard]] Status upgradeKeyring();

    QString m_path;
    Keyring m_keyring;
    std::uint16_t m_keyringFormatOnDisk = Keyring::Format;
    Keyring::UnlockedKeys m_keys;
    StoreLock m_lock; // declared before the connection, so that it is released after it
    Database m_database;
    UnlockTiming m_unlockTiming;
};

} // namespace custodian
