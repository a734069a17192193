#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The console's queue of evidence uploads to the central service (docs/incidents-evidence.md, "Upload";
// docs/sync-api.md section 12): one row per evidence item, written in the add's own transaction, that the sync engine
// works through after it has pushed the outbox. The row says where the upload stands — queued, uploading (n of m
// chunks held by the service), waiting (for an incident the service does not hold yet, or after a failure, until
// `nextAttemptAt`), verified by the service, or refused with the service's reason — which the Evidence tab shows.
//
// Its own table rather than sync_outbox rows (schema 22 says why): an upload spans many requests and runs, and it must
// neither hold the outbox's changes back nor be held by them.
class EvidenceUploadQueue
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceUploadQueue)

public:
    enum class State { Queued, Uploading, Waiting, Verified, Refused };

    struct Upload
    {
        qint64 itemId = 0;
        qint64 incidentId = 0;
        QString key; // the upload's id on the wire
        State state = State::Queued;
        qint64 chunksHeld = 0; // by the service, as it last said
        qint64 chunkCount = 0; // of the item
        int attempts = 0; // failed or waiting attempts since the last progress
        qint64 nextAttemptAt = 0;
        QString message;
        qint64 queuedAt = 0;
        std::optional<qint64> verifiedAt;
        std::optional<qint64> centralId;
    };

    // Section 6's delay after a failed attempt: min(15 min, 5 s × 2^attempts).
    [[nodiscard]] static qint64 retryDelayMs(int attempts);

    // Queues item `itemId` (a new random key), inside the caller's transaction.
    [[nodiscard]] static Status enqueue(Database& database, qint64 itemId, qint64 atMs);

    // Uploads still to do whose time has come (queued, uploading, waiting with nextAttemptAt <= now), oldest first.
    [[nodiscard]] static Result<std::vector<Upload>> due(Database& database, qint64 nowMs, int limit);
    [[nodiscard]] static Result<std::optional<Upload>> upload(Database& database, qint64 itemId);
    [[nodiscard]] static Result<std::vector<Upload>> forIncident(Database& database, qint64 incidentId);
    // Uploads neither verified nor refused.
    [[nodiscard]] static Result<qint64> pending(Database& database);

    // Each of these is one transaction of its own (the sync worker's writes between requests).
    // The service holds `held` chunks: progress, so attempts start again from 0.
    [[nodiscard]] static Status setHeld(Database& database, qint64 itemId, qint64 held);
    // Tried again at `nextAttemptAt` (a network failure, the service busy, an incident it does not hold yet).
    [[nodiscard]] static Status markWaiting(Database& database, const Upload& upload, qint64 nextAttemptAt,
                                            const QString& message);
    // The service refused it for good (the whole file's SHA-256 differs from the declared one, a declaration it does
    // not accept): kept with the service's reason, not tried again.
    [[nodiscard]] static Status markRefused(Database& database, const Upload& upload, const QString& message);
    // The service verified the whole file: the custody entry `uploaded` and the console-audit entry
    // `evidence.uploaded` (actor `system`) in the same transaction.
    [[nodiscard]] static Status markVerified(Database& database, const Upload& upload, qint64 centralId,
                                             const QString& sha256Hex, qint64 size, qint64 atMs);

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static std::optional<State> stateFromName(const QString& name);
};

} // namespace custodian
