#pragma once

#include "domain/Result.h"
#include "store/SyncSettings.h"

#include <QStringList>

namespace custodian {

class Database;

// Reads and writes the console's sync settings (SyncSettings): the `setting` table for the server, trust and
// schedule, `store_secret` for the token and the client key. A save writes what changed and its console-audit entry
// ("sync.settings": the names of the changed fields, the server URL, fingerprints of the CA and client certificate
// — never the token or the key) in one transaction. Checking the values is the caller's (TlsPolicy::check).
class SyncSettingsRepository
{
public:
    explicit SyncSettingsRepository(Database& database);

    [[nodiscard]] Result<SyncSettings> load();
    // Returns the names of the fields that changed (none: nothing written, nothing audited).
    [[nodiscard]] Result<QStringList> save(const SyncSettings& settings, const QString& actor);

private:
    Database& m_database;
};

} // namespace custodian
