#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// Keeps key changes and unlocks of one store apart across processes: an advisory lock on `<store>.lock`, a file
// beside the store (created 0600, empty). Shared while a store is being unlocked and while it is open; exclusive while
// its key or keyring changes (rekey, passwd, recover, the keyring's upgrade). So an unlock never reads a keyring that
// a rotation is about to replace, and a rotation never re-encrypts a store that another program has open with the
// old key.
//
// Open file description locks (fcntl F_OFD_SETLK), not flock: a refused change from shared to exclusive leaves the
// shared lock in place (flock drops it first), and unlike POSIX record locks they survive another descriptor of the
// same file being closed.
//
// Where the lock file cannot be created or opened (a read-only directory, a lock file of another user), a shared
// lock goes on without it — the reader could not change the key anyway — and an exclusive one is refused.
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(StoreLock)

public:
    enum class Mode { Shared, Exclusive };

    StoreLock() = default;
    ~StoreLock();
    StoreLock(StoreLock&& other) noexcept;
    StoreLock& operator=(StoreLock&& other) noexcept;
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    // For a store path already resolved (Keyring::canonicalStorePath).
    static QString pathFor(const QString& canonicalStorePath);

    // Takes the lock, polling for up to `waitMs` while another program holds it against us. KeyChangeInProgress when a
    // key change holds it; StoreInUse when an exclusive lock meets programs that have the store open.
    [[nodiscard]] static Result<StoreLock> acquire(const QString& canonicalStorePath, Mode mode, int waitMs = 0);

    // Shared to exclusive for a key change, polling for up to `waitMs` while another program holds the lock; then
    // refused, and the shared lock stays.
    [[nodiscard]] Status makeExclusive(int waitMs = 0);
    // Back to shared once the change is done.
    void makeShared();
    [[nodiscard]] bool isExclusive() const { return m_exclusive; }
    void release();

private:
    [[nodiscard]] Status refusal(bool exclusiveHolder) const;

    int m_fd = -1;
    bool m_exclusive = false;
    QString m_path;
    QString m_unavailable; // why there is no lock file to lock (shared locks go on without one)
};

} // namespace custodian
