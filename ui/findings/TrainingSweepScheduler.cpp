#include "ui/findings/TrainingSweepScheduler.h"

#include "domain/Clock.h"
#include "rules/TrainingComplianceSweep.h"
#include "ui/session/StoreSession.h"

#include <QTimer>

namespace custodian {

TrainingSweepScheduler::TrainingSweepScheduler(StoreSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TrainingSweepScheduler::sweep);
    connect(session, &StoreSession::unlocked, this, [this] {
        m_timer->start();
        sweep();
    });
    // Before the keys are wiped: a running sweep stops and its result is dropped.
    connect(session, &StoreSession::aboutToLock, this, [this] {
        m_timer->stop();
        m_runner.cancel();
    });
    if (session->isUnlocked()) {
        m_timer->start();
        QTimer::singleShot(0, this, &TrainingSweepScheduler::sweep);
    }
}

void TrainingSweepScheduler::streamsCommitted(const QStringList& streams)
{
    for (const char* stream : { "training", "assignments", "agents" }) {
        if (streams.contains(QLatin1String(stream))) {
            sweep();
            return;
        }
    }
}

void TrainingSweepScheduler::sweep()
{
    if (!m_session->isUnlocked())
        return;
    const qint64 now = Clock::nowMs();
    m_runner.runOnStore(
        *m_session->store(), Database::Mode::ReadWrite,
        [now](Database& database, const LatestResultRunner::Job&) {
            return TrainingComplianceSweep::run(database, now);
        },
        [this](Result<TrainingComplianceSweep::Report>&& report) {
            if (!report) {
                m_lastError = report.error().message();
                return;
            }
            m_lastError.clear();
            Q_EMIT swept(report->raised, report->completed);
        });
}

} // namespace custodian
