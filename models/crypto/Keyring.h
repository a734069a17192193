#pragma once

#include "crypto/KeySlot.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace custodian {

// The keyring file beside a store (`<store>.keyring`): the data key (DEK) wrapped once per slot — exactly one
// passphrase slot and one recovery slot per key — bound to the store by the store file's SQLCipher salt. During a key
// rotation it holds two wrapped keys — the current one and the pending one — so that whichever key the store file is
// encrypted with after a crash, the keyring can open it.
//
// Format 2 ends with a MAC under a key derived from the current DEK over every byte before it: whoever can write the
// file but does not hold the DEK cannot add, replace or remove a slot (or a pending key) without the next unlock
// refusing the keyring — so a recovery slot sealed to an attacker's key never receives a data key. Format 1 (before
// the MAC) is still read, checked for exactly one slot of each kind, and rewritten as format 2 by the store at its
// first unlock. Format in docs/security-notes.md.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)

public:
    static constexpr std::uint16_t Format = 2;
    // No keyring comes near this (two keys of two slots are about 600 bytes): a bigger file is not a keyring, and
    // nothing beyond it is read.
    static constexpr qsizetype MaxFileSize = 64 * 1024;

    struct WrappedKey
    {
        std::uint32_t generation = 1;
        QList<KeySlot> slots;
    };

    // The keys a secret opened: the current DEK and, while a rotation is unfinished, the pending one.
    struct UnlockedKeys
    {
        SecureBuffer current;
        std::uint32_t currentGeneration = 0;
        SecureBuffer pending; // empty when no rotation is in progress
        std::uint32_t pendingGeneration = 0;
        KeySlot::PassphraseKek kek; // set when opened with the passphrase
    };

    // A key that a recovery code opens, found without trusting the rest of the keyring (to rebuild it).
    struct RecoveredKey
    {
        std::uint32_t generation = 0;
        SecureBuffer dek;
    };

    // The store path every derived path starts from: symbolic links resolved, so that the keyring (and the store's
    // lock file) are the same files whichever name the store is opened by. A path that does not exist yet (a store
    // about to be created) keeps its file name in its resolved directory.
    static QString canonicalStorePath(const QString& storePath);
    static QString pathFor(const QString& storePath);

    [[nodiscard]] static Result<Keyring> create(const SecureBuffer& dek, const QByteArray& storeSalt,
                                                QByteArrayView passphrase, QByteArrayView recoveryCode,
                                                const Scrypt::Parameters& parameters);
    // The same with a KEK the caller already derived (and keeps, so that it need not run scrypt again).
    [[nodiscard]] static Result<Keyring> create(const SecureBuffer& dek, const QByteArray& storeSalt,
                                                const KeySlot::PassphraseKek& kek, QByteArrayView recoveryCode,
                                                std::uint32_t generation = 1);
    // Reads a regular file of at most MaxFileSize bytes (checked on the opened descriptor: a symbolic link to a
    // device or a FIFO is refused before anything is read) and parses it.
    [[nodiscard]] static Result<Keyring> load(const QString& path);
    [[nodiscard]] static Result<QByteArray> readFile(const QString& path);
    // Checks the structure and each slot's checksum. Whether the keyring can be trusted is decided by unlocking:
    // trustProblem() before any key derivation, the MAC once the current key is open.
    [[nodiscard]] static Result<Keyring> parse(QByteArrayView bytes);
    [[nodiscard]] QByteArray serialize() const;
    // Atomic replace (write a temporary file, fsync, rename), mode 0600. Only an authenticated format-2 keyring is
    // ever written.
    [[nodiscard]] Status save(const QString& path) const;

    [[nodiscard]] std::uint16_t formatVersion() const { return m_version; }
    [[nodiscard]] const QByteArray& storeSalt() const { return m_storeSalt; }
    [[nodiscard]] const WrappedKey& current() const { return m_current; }
    [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }

    // Why no secret may be tried on this keyring at all (a key without exactly one passphrase and one recovery slot,
    // a pending key that is not the next generation), or nullopt.
    [[nodiscard]] std::optional<Error> trustProblem() const;

    // Both check trustProblem() and the key-derivation budget before deriving anything, open the current key, check
    // the keyring's MAC under it, and open the pending key with the same secret (a pending key the secret does not
    // open was not written by Custodian).
    [[nodiscard]] Result<UnlockedKeys> unlockWithPassphrase(QByteArrayView passphrase) const;
    [[nodiscard]] Result<UnlockedKeys> unlockWithRecoveryCode(QByteArrayView recoveryCode) const;
    // Every key whose recovery slot the code opens — ignoring the slot counts and the MAC. Only for rebuilding a
    // keyring that cannot be trusted: the caller must prove each key on the store itself before using it.
    [[nodiscard]] Result<std::vector<RecoveredKey>> recoverKeys(QByteArrayView recoveryCode) const;

    // Every change below rewrites the MAC under the (new) current key and makes the keyring format 2.
    // Replaces the passphrase slot of each key with one for the new KEK; DEKs and the recovery slots stay.
    [[nodiscard]] Status changePassphrase(const UnlockedKeys& keys, const KeySlot::PassphraseKek& newKek);
    // Adds the next DEK as pending, wrapped for the KEK in `keys` and sealed to the recovery slot's public key.
    [[nodiscard]] Status addPending(const UnlockedKeys& keys, const SecureBuffer& nextDek);
    void promotePending(const SecureBuffer& pendingDek);
    void dropPending(const SecureBuffer& currentDek);
    // Format 1 to 2: the same slots (their associated data does not change), now under a MAC.
    void upgrade(const SecureBuffer& currentDek);

private:
    [[nodiscard]] QByteArray binding(std::uint32_t generation) const;
    [[nodiscard]] QByteArray body() const;
    [[nodiscard]] QByteArray macFor(const SecureBuffer& currentDek) const;
    void authenticate(const SecureBuffer& currentDek);
    [[nodiscard]] bool authenticates(const SecureBuffer& currentDek) const;
    [[nodiscard]] Result<UnlockedKeys>
    unlock(const std::function<Result<SecureBuffer>(const KeySlot&, QByteArrayView)>& tryKey, KeySlot::Kind kind) const;

    std::uint16_t m_version = Format;
    QByteArray m_storeSalt;
    WrappedKey m_current;
    std::optional<WrappedKey> m_pending;
    QByteArray m_mac; // format 2: HMAC-SHA256 under the current key over every byte before it
};

} // namespace custodian
