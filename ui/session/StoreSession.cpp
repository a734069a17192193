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
    if (m_cancelStatistics)
        m_cancelStatistics->store(true);
    for (QThread* thread : { m_worker.data(), m_statisticsWorker.data() }) {
        if (thread) {
            thread->wait();
            delete thread; // its finished() handler will not run any more
        }
    }
    lock(LockReason::Shutdown);
}

qint64 StoreSession::retryDelayRemainingMs() const
{
    return std::max<qint64>(0, m_retryNotBefore - Clock::nowMs());
}

void StoreSession::unlock(SecureBuffer passphrase)
{
    if (m_worker || isUnlocked() || retryDelayRemainingMs() > 0)
        return;
    auto result = std::make_shared<Result<Store>>(Error(Error::Code::Cancelled, QString()));
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    const QString path = m_storePath;
    m_worker = QThread::create([result, secret, path]() {
        // A key change in another program (custodian-cli rekey, passwd) holds the store for a moment: wait for it here,
        // off the GUI thread, rather than fail at once.
        Store::UnlockOptions options;
        options.waitForKeyChangeMs = KeyChangeWaitMs;
        *result = Store::unlock(path, secret->view(), options);
        secret->clear();
    });
    connect(m_worker, &QThread::finished, this, [this, result]() {
        m_worker->deleteLater();
        m_worker = nullptr;
        finishUnlock(result);
    });
    Q_EMIT unlockStarted();
    m_worker->start();
}

void StoreSession::finishUnlock(std::shared_ptr<Result<Store>> result)
{
    if (!result->ok()) {
        const Error error = result->error();
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
    m_store = std::make_unique<Store>(std::move(*result).value());
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
    if (m_worker || isUnlocked() || !store.isOpen())
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
    if (m_worker || isUnlocked() || path.isEmpty())
        return false;
    // The retry delay stays: switching stores must not be a way around it.
    m_storePath = path;
    return true;
}

void StoreSession::lock(LockReason reason)
{
    if (!m_store)
        return;
    ++m_statisticsGeneration; // results of a running collection are dropped
    const char* why = reason == LockReason::Idle ? "idle" : reason == LockReason::Shutdown ? "shutdown" : "manual";
    (void)m_store->audit(consoleActor(), QStringLiteral("lock"), QString(),
                         QStringLiteral("{\"reason\":\"%1\"}").arg(QLatin1String(why)));
    // Pages let go of the store first: their loaders and workers close their own connections.
    Q_EMIT aboutToLock();
    if (m_statisticsWorker) {
        // It holds its own connection with the key: stop its query (within microseconds) and let it close.
        m_cancelStatistics->store(true);
        m_statisticsWorker->wait();
    }
    m_store->lock();
    m_store.reset();
    Q_EMIT locked();
}

void StoreSession::refreshStatistics()
{
    if (!isUnlocked() || m_statisticsWorker)
        return;
    // Counting 10 M access events takes ~0.4 s: a worker with its own connection does it.
    auto connection = std::make_shared<Result<Database>>(m_store->openConnection(Database::Mode::ReadOnly));
    auto snapshot = std::make_shared<Result<StoreStats::Snapshot>>(Error(Error::Code::Cancelled, QString()));
    const QString path = m_storePath;
    const quint32 generation = m_store->keyGeneration();
    m_cancelStatistics = std::make_shared<std::atomic_bool>(false);
    m_statisticsWorker = QThread::create([connection, snapshot, path, generation, cancel = m_cancelStatistics]() {
        if (!connection->ok()) {
            *snapshot = connection->error();
            return;
        }
        connection->value().setCancelFlag(cancel.get());
        *snapshot = StoreStats::collect(connection->value(), path);
        if (snapshot->ok())
            snapshot->value().keyGeneration = generation;
        connection->value().close();
    });
    const quint64 requested = m_statisticsGeneration;
    connect(m_statisticsWorker, &QThread::finished, this, [this, snapshot, requested]() {
        m_statisticsWorker->deleteLater();
        m_statisticsWorker = nullptr;
        if (requested != m_statisticsGeneration)
            return;
        if (snapshot->ok())
            Q_EMIT statisticsReady(snapshot->value());
        else
            Q_EMIT statisticsFailed(snapshot->error().message());
    });
    m_statisticsWorker->start();
}

} // namespace custodian
