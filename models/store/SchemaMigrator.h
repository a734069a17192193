#pragma once

#include "domain/Result.h"

namespace custodian {

class Database;
struct SchemaTrack;

// Brings a file's schema to the version this build knows, one migration per version step, each in its own
// transaction together with the version bump. A file newer than this build is refused. Without a track: the console
// schema (PRAGMA user_version); custodian-central runs its own tables' series through the same steps (SchemaTrack).
class SchemaMigrator
{
public:
    static int latestVersion();
    static int latestVersion(const SchemaTrack& track);
    // Migrates to `target` (default: latest). Returns the version the file had before.
    [[nodiscard]] static Result<int> migrate(Database& database, int target = -1);
    [[nodiscard]] static Result<int> migrate(Database& database, const SchemaTrack& track, int target = -1);
    [[nodiscard]] static Result<int> currentVersion(Database& database);
    [[nodiscard]] static Result<int> currentVersion(Database& database, const SchemaTrack& track);
};

} // namespace custodian
