#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custodian {

class Database;

// One numbered series of migration scripts and where the version it reached is kept. Two series share a file in
// custodian-central's data directory: the console schema (models/store/schema, counted in PRAGMA user_version) and
// the central tables beside it (models/store/central/schema, counted in central_meta 'schema'). SchemaMigrator runs
// either the same way: script i brings the version from i to i + 1, in one transaction with the version bump.
struct SchemaTrack
{
    const std::vector<QByteArray>* scripts = nullptr;
    // The version the file is at; 0 when the series has not started.
    Result<int> (*readVersion)(Database& database) = nullptr;
    // Called inside the step's transaction, after its script.
    Status (*writeVersion)(Database& database, int version) = nullptr;
    // What a user reads when the file is newer than this build, and when a step fails (its prefix).
    QString (*tooNewMessage)(int found, int known) = nullptr;
    QString (*failedMessage)(int version) = nullptr;

    // The console schema: every store.
    static const SchemaTrack& console();
};

} // namespace custodian
