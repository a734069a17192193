#pragma once

#include "crypto/KeySlot.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace custodian {

// The keyring file beside a store (`<store>.keyring`): the data key (DEK) wrapped once per slot, bound to
// the store by the store file's SQLCipher salt. During a key rotation it holds two wrapped keys — the
// current one and the pending one — so that whichever key the store file is encrypted with after a crash,
// the keyring can open it. Format in docs/security-notes.md.
class Keyring
{
public:
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

    static QString pathFor(const QString& storePath) { return storePath + QStringLiteral(".keyring"); }

    [[nodiscard]] static Result<Keyring> create(const SecureBuffer& dek, const QByteArray& storeSalt,
                                                QByteArrayView passphrase, QByteArrayView recoveryCode,
                                                const Scrypt::Parameters& parameters);
    // The same with a KEK the caller already derived (and keeps, so that it need not run scrypt again).
    [[nodiscard]] static Result<Keyring> create(const SecureBuffer& dek, const QByteArray& storeSalt,
                                                const KeySlot::PassphraseKek& kek, QByteArrayView recoveryCode);
    [[nodiscard]] static Result<Keyring> load(const QString& path);
    [[nodiscard]] static Result<Keyring> parse(QByteArrayView bytes);
    [[nodiscard]] QByteArray serialize() const;
    // Atomic replace (write a temporary file, fsync, rename), mode 0600.
    [[nodiscard]] Status save(const QString& path) const;

    [[nodiscard]] const QByteArray& storeSalt() const { return m_storeSalt; }
    [[nodiscard]] const WrappedKey& current() const { return m_current; }
    [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }

    [[nodiscard]] Result<UnlockedKeys> unlockWithPassphrase(QByteArrayView passphrase) const;
    [[nodiscard]] Result<UnlockedKeys> unlockWithRecoveryCode(QByteArrayView recoveryCode) const;

    // Replaces every passphrase slot with one for the new passphrase; DEKs and the recovery slot stay.
    [[nodiscard]] Status changePassphrase(const UnlockedKeys& keys, const KeySlot::PassphraseKek& newKek);
    // Adds the next DEK as pending, wrapped for the same passphrase KEK and the same recovery public key.
    [[nodiscard]] Status addPending(const SecureBuffer& nextDek, const KeySlot::PassphraseKek& kek);
    void promotePending();
    void dropPending();

private:
    [[nodiscard]] QByteArray binding(std::uint32_t generation) const;
    [[nodiscard]] Result<UnlockedKeys>
    unlock(const std::function<Result<SecureBuffer>(const KeySlot&, QByteArrayView)>& tryKey, KeySlot::Kind kind) const;

    QByteArray m_storeSalt;
    WrappedKey m_current;
    std::optional<WrappedKey> m_pending;
};

} // namespace custodian
