#include "sync/SyncWorker.h"

#include "domain/Clock.h"
#include "store/SyncConflicts.h"
#include "store/SyncOutbox.h"
#include "store/SyncRunLog.h"
#include "store/SyncSettingsRepository.h"
#include "store/SyncState.h"
#include "sync/TlsPolicy.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QRandomGenerator>

namespace custodian {

namespace {
constexpr int MaxBackoffMs = 15 * 60 * 1000;
}

SyncWorker::SyncWorker(Database database)
    : m_database(std::move(database))
    , m_client(new SyncHttpClient(this))
{
    m_database.setCancelFlag(&m_cancel);
    m_timer.setParent(this); // moves to the worker thread with it
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { run(QString()); });
}

SyncWorker::~SyncWorker()
{
    m_database.setCancelFlag(nullptr);
    m_database.close();
}

void SyncWorker::cancel()
{
    m_cancel.store(true);
    m_client->cancel();
}

void SyncWorker::begin()
{
    run(QString());
}

void SyncWorker::setOptions(const SyncEngine::Options& options)
{
    m_options = options;
}

void SyncWorker::reloadSettings()
{
    m_failures = 0;
    run(QString());
}

void SyncWorker::runNow(const QString& actor)
{
    m_failures = 0;
    run(actor);
}

void SyncWorker::localChange(int delayMs)
{
    if (!m_configured || m_cancel.load())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void SyncWorker::refreshStatus()
{
    if (auto waiting = SyncOutbox(m_database).waiting(); waiting)
        m_status.waiting = *waiting;
    if (auto conflicts = SyncConflicts(m_database).openCount(); conflicts)
        m_status.conflicts = *conflicts;
    if (auto last = SyncRunLog(m_database).lastSuccessAt(); last)
        m_status.lastSuccessAt = *last;
    SyncState state(m_database);
    if (auto supervisor = state.supervisor(); supervisor && !supervisor->isEmpty())
        m_status.supervisor = *supervisor;
    if (auto notice = state.rollback(); notice) {
        m_status.rolledBack = notice->has_value();
        m_status.rollbackMessage = *notice ? SyncEngine::rollbackMessage(**notice) : QString();
    }
    if (auto expires = state.tokenExpiresAt(); expires)
        m_status.tokenExpiresAt = *expires;
    if (auto consoles = state.consoleNotice(); consoles)
        m_status.consoleNotice = consoles->empty() ? QString() : SyncEngine::consolesMessage(*consoles);
}

void SyncWorker::run(const QString& actor)
{
    if (m_cancel.load())
        return;
    m_timer.stop();
    auto settings = SyncSettingsRepository(m_database).load();
    if (!settings) {
        m_status.state = SyncStatus::State::Failed;
        m_status.message = settings.error().message();
        Q_EMIT statusChanged(m_status);
        return;
    }
    m_intervalSeconds = settings->intervalSeconds;
    m_status.server = settings->serverUrl;
    m_configured = settings->isConfigured();
    refreshStatus();
    if (!m_configured) {
        m_status.state = SyncStatus::State::NotConfigured;
        m_status.message.clear();
        Q_EMIT statusChanged(m_status);
        return; // a settings change starts it
    }
    if (auto policy = TlsPolicy::fromSettings(*settings); !policy) {
        m_status.state = SyncStatus::State::Failed;
        m_status.message = policy.error().message();
        Q_EMIT statusChanged(m_status);
        return;
    }
    m_status.state = SyncStatus::State::Running;
    m_status.lastAttemptAt = Clock::nowMs();
    m_status.progressStream.clear();
    m_status.progressItems = 0;
    Q_EMIT statusChanged(m_status);

    SyncEngine::Options options = m_options;
    options.actor = actor;
    options.committed = [this](const QStringList& streams) { Q_EMIT streamsCommitted(streams); };
    m_lastProgressMs.store(0);
    options.progress = [this](const QString& stream, qint64 items) {
        // Called on this thread and on the event writer's: a copy of the status goes out, a few times a second. A rate,
        // not a time of day: the monotonic clock, which a test clock or a wall-clock change does not stop or rewind.
        const qint64 now = QDeadlineTimer::current().deadline();
        qint64 last = m_lastProgressMs.load();
        if (now - last < 250 || !m_lastProgressMs.compare_exchange_strong(last, now))
            return;
        SyncStatus status = m_status;
        status.progressStream = stream;
        status.progressItems = items;
        Q_EMIT statusChanged(status);
    };
    m_client->setPreferCbor(options.preferCbor);
    SyncEngine engine(m_database, *m_client, options);
    const SyncEngine::Report report = engine.run(*settings);
    if (report.outcome == QLatin1String("cancelled") || m_cancel.load())
        return;
    refreshStatus(); // the notices as the store keeps them: a run that failed early leaves them as they were
    if (report.rolledBack) {
        m_status.rolledBack = true;
        m_status.rollbackMessage = report.rollbackMessage;
    }
    m_status.progressStream.clear();
    m_status.message = report.summary();
    if (report.outcome == QLatin1String("ok")) {
        m_status.state = SyncStatus::State::Idle;
        m_failures = 0;
    } else {
        m_status.state
            = report.outcome == QLatin1String("offline") ? SyncStatus::State::Offline : SyncStatus::State::Failed;
        ++m_failures;
    }
    scheduleNext();
    Q_EMIT statusChanged(m_status);
    Q_EMIT runFinished(report.outcome, m_status.message);
    Q_EMIT runReported(report);
}

void SyncWorker::scheduleNext()
{
    qint64 delayMs = qint64(m_intervalSeconds) * 1000;
    if (m_failures > 0) {
        // Exponential backoff with jitter after failures, so that many consoles do not return to a struggling
        // service in step.
        const qint64 backoff = std::min<qint64>(MaxBackoffMs, delayMs << std::min(m_failures - 1, 10));
        delayMs = backoff / 2 + qint64(QRandomGenerator::global()->bounded(quint32(backoff / 2 + 1)));
    }
    m_status.nextRunAt = Clock::nowMs() + delayMs;
    m_timer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

} // namespace custodian
