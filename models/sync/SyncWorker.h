#pragma once

#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QTimer>

#include <atomic>

namespace custodian {

// The sync thread's side of SyncService: owns the thread's connection and HTTPS client, keeps the schedule and
// runs SyncEngine. Lives in the worker thread; SyncService talks to it only through queued calls and cancel().
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(Database database);
    ~SyncWorker() override;

    // From any thread: the run in progress stops as soon as it can (requests aborted, SQL interrupted).
    void cancel();

public Q_SLOTS:
    void begin();
    void runNow(const QString& actor);
    void localChange(int delayMs);
    void reloadSettings();
    void setOptions(const custodian::SyncEngine::Options& options);

Q_SIGNALS:
    void statusChanged(const custodian::SyncStatus& status);
    void streamsCommitted(const QStringList& streams);
    void runFinished(const QString& outcome, const QString& message);
    void runReported(const custodian::SyncEngine::Report& report);

private:
    void run(const QString& actor);
    void refreshStatus();
    void scheduleNext();

    Database m_database;
    SyncHttpClient* m_client;
    SyncEngine::Options m_options;
    QTimer m_timer;
    SyncStatus m_status;
    int m_failures = 0;
    int m_intervalSeconds = 60;
    bool m_configured = false;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_lastProgressMs { 0 };
};

} // namespace custodian
