#pragma once

#include "ui/session/LatestResultRunner.h"

#include <QObject>
#include <QString>

class QTimer;

namespace custodian {

class StoreSession;

// Runs TrainingComplianceSweep (the "role held without required training" findings) on a worker, never on the GUI
// thread: when the store is unlocked, when a sync brought training, assignments or agents (trainingFactsChanged), and
// every IntervalMs while it stays unlocked — training expires with the clock, not only when data arrives. Newest wins
// (LatestResultRunner); locking cancels a running sweep before the keys are wiped. `swept` tells the findings page to
// read again when the sweep raised or completed something.
class TrainingSweepScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 15 * 60 * 1000;

    explicit TrainingSweepScheduler(StoreSession* session, QObject* parent = nullptr);

    // Runs a sweep now (after a sync that changed what it reads).
    void sweep();
    // Call with the streams a sync committed: sweeps when one of them feeds the training rules.
    void streamsCommitted(const QStringList& streams);
    [[nodiscard]] bool isRunning() const { return m_runner.isRunning(); }
    // The last sweep's failure, empty after a success.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A sweep committed: `raised` findings new, `completed` findings whose training is complete now.
    void swept(int raised, int completed);

private:
    StoreSession* m_session;
    QTimer* m_timer;
    LatestResultRunner m_runner;
    QString m_lastError;
};

} // namespace custodian
