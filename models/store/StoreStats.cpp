#include "store/StoreStats.h"

#include "crypto/Keyring.h"
#include "store/Database.h"

#include <QFileInfo>

namespace custodian {

Result<StoreStats::Snapshot> StoreStats::collect(Database& database, const QString& storePath)
{
    Snapshot snapshot;
    // FTS shadow tables (search_text_content, ...) are implementation details of the virtual table.
    auto tables = database.queryTexts(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'search_text_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    for (const QString& table : *tables) {
        auto count = database.queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        if (!count)
            return count.error();
        snapshot.tables.append({ table, *count });
    }
    auto version = database.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    snapshot.schemaVersion = int(*version);
    snapshot.storeBytes = QFileInfo(storePath).size();
    snapshot.walBytes = QFileInfo(storePath + QStringLiteral("-wal")).size();
    snapshot.keyringBytes = QFileInfo(Keyring::pathFor(storePath)).size();
    return snapshot;
}

} // namespace custodian
