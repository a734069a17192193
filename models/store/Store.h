#pragma once

#include "crypto/Keyring.h"
#include "crypto/Scrypt.h"
#include "domain/Result.h"
#include "store/Database.h"

#include <QString>

namespace custodian {

// An unlocked Custodian store: the keyring, the data key it opened, and the main connection. Creating,
// unlocking (by passphrase or recovery code), changing the passphrase and locking live here; key rotation
// is KeyRotation. Every failure names its cause (see Error::Code) and leaves the files as they were.
class Store
{
public:
    Store() = default;
    Store(Store&&) noexcept = default;
    Store& operator=(Store&&) noexcept = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    // Creates `path` and `path.keyring`. The recovery code goes into the recovery slot; the caller shows it
    // once. Refuses to overwrite anything.
    [[nodiscard]] static Result<Store> create(const QString& path, QByteArrayView passphrase,
                                              const SecureBuffer& recoveryCode,
                                              const Scrypt::Parameters& parameters = Scrypt::defaults());
    [[nodiscard]] static Result<Store> unlock(const QString& path, QByteArrayView passphrase);
    [[nodiscard]] static Result<Store> unlockWithRecoveryCode(const QString& path, QByteArrayView recoveryCode);

    [[nodiscard]] Database& database() { return m_database; }
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
    [[nodiscard]] static Result<Store> openWith(const QString& path, Keyring keyring, Keyring::UnlockedKeys keys);
    [[nodiscard]] static Result<std::pair<QByteArray, Keyring>> preflight(const QString& path);

    QString m_path;
    Keyring m_keyring;
    Keyring::UnlockedKeys m_keys;
    Database m_database;
    UnlockTiming m_unlockTiming;
};

} // namespace custodian
