#pragma once

#include "domain/Result.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <memory>

namespace custodian {

class Store;
class SyncWorker;

// Sync for the console while its store is unlocked: a worker thread with its own connection and network manager
// runs SyncEngine on a schedule (the settings' interval; after failures a growing, jittered delay, at most 15
// minutes), on demand (syncNow, audited as the supervisor's), and a few seconds after a local change. The GUI thread
// only posts requests and receives signals: it never waits for the network or the store. stop() (on lock) cancels
// what is in flight — requests aborted, SQL interrupted — and joins the thread within milliseconds.
class SyncService : public QObject
{
    Q_OBJECT
public:
    // After a local change, sync starts this much later (changes made in a row go together).
    static constexpr int LocalChangeDelayMs = 2000;

    explicit SyncService(QObject* parent = nullptr);
    ~SyncService() override;

    // Starts the worker on a new connection of `store` (call on unlock); the first run starts at once.
    [[nodiscard]] Status start(const Store& store);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    // Runs now (or right after the run in progress), audited with `actor`.
    void syncNow(const QString& actor);
    // A change was written to the outbox: push it soon.
    void localChangesMade();
    // The settings in the store changed: use them from the next run (a new trust policy gets new connections).
    void settingsChanged();
    // Engine options for the runs (the benchmark sets its own); takes effect from the next run.
    void setEngineOptions(const SyncEngine::Options& options);

    [[nodiscard]] const SyncStatus& status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const custodian::SyncStatus& status);
    // Rows of these streams were committed (pages refresh what they show).
    void streamsCommitted(const QStringList& streams);
    void runFinished(const QString& outcome, const QString& message);
    // The whole report of each finished run (the benchmark and the tests read it).
    void runReported(const custodian::SyncEngine::Report& report);

private:
    QThread* m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    SyncStatus m_status;
    SyncEngine::Options m_options;
};

} // namespace custodian
