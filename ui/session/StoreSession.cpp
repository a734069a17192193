#include "ui/session/StoreSession.h"

#include "domain/Clock.h"
#include "domain/LocalUser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace custodian {

namespace {
constexpr int KeyChangeWaitMs = 10'000;
} // namespace

QString StoreSession::consoleActor()
{
    return QStringLiteral("console:") + localUserName();
}

StoreSession::StoreSession(QString storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
}

StoreSession::~StoreSession()
{
    // An unlock still deriving its key finishes on its own; the store it opens is closed with its dropped result.
    m_unlocker.cancel();
    lock(LockReason::Shutdown);
}

qint64 StoreSession::retryDelayRemainingMs() const
{
    return std::max<qint64>(0, m_retryNotBefore - Clock::nowMs());
}

void StoreSession::unlock(SecureBuffer passphrase)
{
    if (isBusy() || isUnlocked() || retryDelayRemainingMs() > 0)
        return;
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    const QString path = m_storePath;
    Q_EMIT unlockStarted();
    m_unlocker.run(
        [secret, path](const LatestResultRunner::Job&) {
            // A key change in another program (custodian-cli rekey, passwd) holds the store for a moment: wait for it
            // here, off the GUI thread, rather than fail at once.
            Store::UnlockOptions options;
            options.waitForKeyChangeMs = KeyChangeWaitMs;
            Result<Store> result = Store::unlock(path, secret->view(), options);
            secret->clear();
            return result;
        },
        [this](Result<Store>&& result) { finishUnlock(std::move(result)); });
}

void StoreSession::finishUnlock(Result<Store>&& result)
{
    if (!result.ok()) {
        const Error error = result.error();
        if (error.code() == Error::Code::WrongPassphrase) {
            ++m_failedAttempts;
            ++m_unauditedFailures[m_storePath];
            // 1 s, 2 s, 4 s, ... up to 30 s between attempts after repeated failures.
            const qint64 delay = std::min<qint64>(30'000, 1000ll << std::min(m_failedAttempts - 1, 5));
            m_retryNotBefore = Clock::nowMs() + delay;
        }
        Q_EMIT unlockFailed(error.message(), int(error.code()));
        return;
    }
    m_store = std::make_unique<Store>(std::move(result).value());
    // The failures before this success could not be written while the store was closed; write them now.
    const int failures = m_unauditedFailures.take(m_storePath);
    for (int i = 0; i < failures; ++i)
        (void)m_store->audit(consoleActor(), QStringLiteral("unlock.failed"), QString(),
                             QStringLiteral("{\"reason\":\"wrong passphrase\"}"));
    m_failedAttempts = 0;
    m_retryNotBefore = 0;
    (void)m_store->audit(consoleActor(), QStringLiteral("unlock"));
    Q_EMIT unlocked();
    refreshStatistics();
}

void StoreSession::adopt(Store store)
{
    if (isBusy() || isUnlocked() || !store.isOpen())
        return;
    m_storePath = store.path();
    m_store = std::make_unique<Store>(std::move(store));
    (void)m_store->audit(consoleActor(), QStringLiteral("unlock"), QString(),
                         QStringLiteral("{\"reason\":\"store created\"}"));
    Q_EMIT unlocked();
    refreshStatistics();
}

bool StoreSession::setStorePath(const QString& path)
{
    if (isBusy() || isUnlocked() || path.isEmpty())
        return false;
    // The retry delay stays: switching stores must not be a way around it.
    m_storePath = path;
    return true;
}

void StoreSession::lock(LockReason reason)
{
    if (!m_store)
        return;
    const char* why = reason == LockReason::Idle ? "idle" : reason == LockReason::Shutdown ? "shutdown" : "manual";
    (void)m_store->audit(consoleActor(), QStringLiteral("lock"), QString(),
                         QStringLiteral("{\"reason\":\"%1\"}").arg(QLatin1String(why)));
    // Pages let go of the store first: their loaders and workers close their own connections.
    Q_EMIT aboutToLock();
    // A collection still running holds its own connection with the key: its query stops within microseconds and the
    // worker closes that connection; its result is dropped.
    m_statistics.cancel();
    m_store->lock();
    m_store.reset();
    Q_EMIT locked();
}

void StoreSession::refreshStatistics()
{
    if (!isUnlocked() || m_statistics.isRunning())
        return;
    // Counting 10 M access events takes ~0.4 s: a worker with its own connection does it.
    const QString path = m_storePath;
    const quint32 generation = m_store->keyGeneration();
    m_statistics.runOnStore(
        *m_store, Database::Mode::ReadOnly,
        [path, generation](Database& database, const LatestResultRunner::Job&) {
            Result<StoreStats::Snapshot> snapshot = StoreStats::collect(database, path);
            if (snapshot.ok())
                snapshot.value().keyGeneration = generation;
            return snapshot;
        },
        [this](const Result<StoreStats::Snapshot>& snapshot) {
            if (snapshot.ok())
                Q_EMIT statisticsReady(snapshot.value());
            else
                Q_EMIT statisticsFailed(snapshot.error().message());
        });
}

} // namespace custodian
