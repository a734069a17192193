#pragma once

#include "domain/Result.h"
#include "store/EvidenceUploadQueue.h"
#include "store/SyncCatalogue.h"
#include "store/SyncSettings.h"
#include "store/SyncState.h"
#include "sync/SyncHttpClient.h"

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace custodian {

class AccessEventIngest;
class Database;
class DetectionSettingRepository;
class FindingRepository;

// One sync run with the central service, on the calling thread and its own connection (docs/sync-api.md):
//  1. the session — who the token belongs to, the API version, the console-audit head the service holds for this
//     console (which tells whether this store was rolled back to an older copy), a rollback the service recorded or an
//     administrator resolved, and the supervisor's other consoles (a new one is a notice here);
//  2. the outbox pushed in order (PUT with the change's idempotency key, so a retry is never applied twice): applied
//     changes are marked with their new version, 409s become conflicts for the supervisor, refusals are kept with
//     their reason, and a change that could not be delivered stops the push so that order holds;
//  3. evidence uploads (EvidenceUploadQueue): each item declared, then the chunks the service does not hold yet, one
//     request each with the chunk's SHA-256; the service checks the whole file at the last one. An upload for an
//     incident the service does not hold yet waits (section 6's backoff) without holding the others back;
//  4. the console-audit entries the service does not hold yet, after the ones it does;
//  5. every stream pulled from its cursor in catalogue order, each page written with its cursor in one transaction
//     (access events: several pages per transaction while catching up, for ingest speed, but never longer than a
//     well under a second, so the console's own writes are not kept waiting long), the next page already
//     requested while the current one is written.
// Requests that are safe to repeat (all of them: pulls are reads, pushes carry idempotency keys) are retried on
// network failures, 5xx, 429 and 503 with exponential backoff and jitter, as long as the server asks (Retry-After)
// within reason. The run is recorded in sync_run. Kill the process at any moment: every committed page has its
// cursor, and nothing is lost or applied twice.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Options
    {
        bool push = true;
        bool pull = true;
        int maxAttempts = 4; // per request, including the first
        int baseBackoffMs = 400;
        int maxBackoffMs = 8000;
        int maxRetryAfterSeconds = 60; // a server asking to wait longer ends the run (offline) instead
        qint64 groupEvents = 100'000; // access events written per transaction while catching up
        bool preferCbor = true; // ask for CBOR first (JSON is what every server speaks; custodian-bench sync --format)
        QString actor; // set for a run a supervisor started: it is written to the console audit
        // Called on the engine's thread: after each commit (the streams it touched), and as pages arrive.
        std::function<void(const QStringList& streams)> committed;
        std::function<void(const QString& stream, qint64 items)> progress;
    };

    struct Report
    {
        QString outcome; // ok, offline, error, cancelled
        std::optional<Error> error;
        QMap<QString, qint64> pulled; // items per stream
        QMap<QString, qint64> streamMs; // wall time per stream
        qint64 pushed = 0;
        qint64 conflicts = 0;
        qint64 rejected = 0;
        qint64 waiting = 0; // changes still in the outbox
        qint64 auditPushed = 0;
        qint64 evidenceUploaded = 0; // items the service verified in this run
        qint64 evidenceChunks = 0; // chunks sent in this run
        qint64 evidenceRefused = 0;
        qint64 evidenceWaiting = 0; // uploads still to do after the run
        bool rolledBack = false;
        QString rollbackMessage;
        QString rollbackResolution; // an administrator resolved this console's rollback: what the service said
        std::vector<SyncState::OtherConsole> newConsoles; // registered to the same supervisor since the last session
        QString supervisor;
        std::optional<SupervisorRole> role; // the supervisor's role on the service
        std::optional<qint64> tokenExpiresAt; // when the token expires, as the session said
        QStringList notes; // streams the server does not offer, item types skipped
        qint64 startedAt = 0;
        qint64 durationMs = 0;
        qint64 eventsPulled = 0;
        qint64 eventsMs = 0; // wall time of the access-event stream
        qint64 runId = 0;
        [[nodiscard]] qint64 totalPulled() const;
        [[nodiscard]] QString summary() const; // one line for the history
    };

    SyncEngine(Database& database, SyncHttpClient& client, Options options);
    ~SyncEngine();

    [[nodiscard]] Report run(const SyncSettings& settings);

    // The outcome an error stands for in the history: offline for Offline and ServerBusy, cancelled, else error.
    [[nodiscard]] static QString outcomeFor(const Error& error);
    // What the console says about a rollback notice, and about consoles registered to the same supervisor.
    [[nodiscard]] static QString rollbackMessage(const SyncState::RollbackNotice& notice);
    [[nodiscard]] static QString consolesMessage(const std::vector<SyncState::OtherConsole>& consoles);
    // "The token expires on … (in N days) …" when it expires within TokenWarningDays (or has), else empty.
    static constexpr int TokenWarningDays = 14;
    [[nodiscard]] static QString tokenExpiryMessage(std::optional<qint64> expiresAt, qint64 now);

private:
    struct Fetched;
    [[nodiscard]] Result<SyncHttpClient::Response>
    finish(std::shared_ptr<SyncHttpClient::Pending> pending,
           const std::function<std::shared_ptr<SyncHttpClient::Pending>()>& again);
    [[nodiscard]] Result<QCborMap> expectObject(const SyncHttpClient::Response& response, const QString& what);
    [[nodiscard]] Status session(Report& report);
    [[nodiscard]] Status checkAuditHead(Report& report, qint64 serverSeq, const QByteArray& serverMac,
                                        const std::optional<SyncState::RollbackNotice>& recordedByService);
    [[nodiscard]] Status takeResolution(Report& report, const QCborValue& resolution);
    [[nodiscard]] Status takeOtherConsoles(Report& report, const QCborValue& others);
    [[nodiscard]] Status reportRollback();
    [[nodiscard]] Status pushOutbox(Report& report);
    [[nodiscard]] Status pushEvidence(Report& report);
    [[nodiscard]] Status uploadEvidence(Report& report, const EvidenceUploadQueue::Upload& upload);
    [[nodiscard]] Status pushAudit(Report& report);
    [[nodiscard]] Status pullAll(Report& report);
    [[nodiscard]] Status pullStream(Report& report, const QString& stream);
    [[nodiscard]] Status
    pullEvents(Report& report, const SyncCatalogue::Stream& stream, QString requested,
               const std::function<std::shared_ptr<SyncHttpClient::Pending>(const QString&)>& request);
    [[nodiscard]] static Status applyFindingStatus(FindingRepository& findings, const SyncCatalogue::Stream& stream,
                                                   const QCborArray& items);
    [[nodiscard]] static Status applyDetectionSettings(DetectionSettingRepository& thresholds, const QCborArray& items);
    [[nodiscard]] static Error serverError(const SyncHttpClient::Response& response, const QString& what);

    Database& m_database;
    SyncHttpClient& m_client;
    Options m_options;
    QStringList m_offered;
    qint64 m_serverAuditSeq = 0;
    QByteArray m_serverAuditMac;
    std::unique_ptr<AccessEventIngest> m_ingest;
};

} // namespace custodian

Q_DECLARE_METATYPE(custodian::SyncEngine::Options)
Q_DECLARE_METATYPE(custodian::SyncEngine::Report)
