#pragma once

#include "domain/Result.h"

namespace custodian {

class Database;

// Brings a store's schema to the version this build knows, one migration per PRAGMA user_version step,
// each in its own transaction together with the version bump. A store newer than this build is refused.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Migrates to `target` (default: latest). Returns the version the store had before.
    [[nodiscard]] static Result<int> migrate(Database& database, int target = -1);
    [[nodiscard]] static Result<int> currentVersion(Database& database);
};

} // namespace custodian
