#include "store/SchemaMigrator.h"

#include "store/Database.h"
#include "store/SchemaTrack.h"
#include "store/Transaction.h"

#include <algorithm>

namespace custodian {

int SchemaMigrator::latestVersion()
{
    return latestVersion(SchemaTrack::console());
}

int SchemaMigrator::latestVersion(const SchemaTrack& track)
{
    return int(track.scripts->size());
}

Result<int> SchemaMigrator::currentVersion(Database& database)
{
    return currentVersion(database, SchemaTrack::console());
}

Result<int> SchemaMigrator::currentVersion(Database& database, const SchemaTrack& track)
{
    return track.readVersion(database);
}

Result<int> SchemaMigrator::migrate(Database& database, int target)
{
    return migrate(database, SchemaTrack::console(), target);
}

Result<int> SchemaMigrator::migrate(Database& database, const SchemaTrack& track, int target)
{
    const int latest = latestVersion(track);
    target = target < 0 ? latest : std::min(target, latest);
    auto before = currentVersion(database, track);
    if (!before)
        return before;
    if (*before > latest)
        return Error(Error::Code::SchemaTooNew, track.tooNewMessage(*before, latest));
    const auto& scripts = *track.scripts;
    for (int version = *before + 1; version <= target; ++version) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return transaction.error();
        if (auto status = database.execScript(scripts[std::size_t(version - 1)]); !status)
            return status.error().prefixed(track.failedMessage(version));
        if (auto status = track.writeVersion(database, version); !status)
            return status.error();
        if (auto status = transaction->commit(); !status)
            return status.error();
    }
    // A migration may drop what must not stay on disk (0007: sealed card numbers). The rewritten pages are in the WAL
    // and the old ones in the main file until a checkpoint copies them over: do it now. Best effort — a reader
    // holding an old snapshot only delays it to the next checkpoint.
    if (*before < target)
        (void)database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return *before;
}

} // namespace custodian
