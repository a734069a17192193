#pragma once

#include "domain/Result.h"
#include "store/Store.h"
#include "store/StoreStats.h"
#include "ui/session/LatestResultRunner.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace custodian {

// The console's hold on one store: unlocks it on a worker thread (key derivation takes about a second and
// must not freeze the window), locks it (keys wiped, connection closed), and collects its statistics on a
// worker thread with a connection of its own. Failed unlock attempts in this session are written to the
// console audit once the store opens (the store cannot be written before), and each failure adds a
// growing delay before the next attempt.
class StoreSession : public QObject
{
    Q_OBJECT
public:
    enum class LockReason { Manual, Idle, Shutdown };

    explicit StoreSession(QString storePath, QObject* parent = nullptr);
    ~StoreSession() override;

    // Who the console audit names for this console's actions: the operating-system user of the session.
    [[nodiscard]] static QString consoleActor();

    [[nodiscard]] const QString& storePath() const { return m_storePath; }
    [[nodiscard]] bool isUnlocked() const { return m_store && m_store->isOpen(); }
    [[nodiscard]] bool isBusy() const { return m_unlocker.isRunning(); }
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    // Milliseconds before the next attempt is accepted (0 when none pending).
    [[nodiscard]] qint64 retryDelayRemainingMs() const;
    Store* store() { return m_store.get(); }

    void unlock(SecureBuffer passphrase);
    // Takes over a store that is already open (just created by the setup wizard): audited as an unlock, then
    // the same as after unlock(). Only while locked; the session moves to the store's path.
    void adopt(Store store);
    // Points the locked session at another store file ("Open another store…"). Refused while unlocked or busy.
    [[nodiscard]] bool setStorePath(const QString& path);
    void lock(LockReason reason = LockReason::Manual);
    void refreshStatistics();

Q_SIGNALS:
    void unlockStarted();
    void unlocked();
    void unlockFailed(const QString& message, int errorCode);
    // Emitted while the store is still open, before its keys are wiped: pages stop their readers and drop what
    // they show here. locked() follows once the keys are gone.
    void aboutToLock();
    void locked();
    void statisticsReady(const custodian::StoreStats::Snapshot& snapshot);
    void statisticsFailed(const QString& message);

private:
    void finishUnlock(Result<Store>&& result);

    QString m_storePath;
    std::unique_ptr<Store> m_store;
    LatestResultRunner m_unlocker;
    LatestResultRunner m_statistics;
    int m_failedAttempts = 0;
    QHash<QString, int> m_unauditedFailures; // per store path: written to that store once it opens
    qint64 m_retryNotBefore = 0;
};

} // namespace custodian
