#include "store/central/CentralSchema.h"

#include "store/Database.h"
#include "store/central/CentralSchemaScripts.h"

#include <QCoreApplication>

namespace custodian {

namespace {
Result<int> readVersion(Database& database)
{
    // A console store that has never been a service's data directory has no central_meta yet: version 0.
    auto exists = database.queryInt(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'central_meta'"));
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return 0;
    auto version = database.queryInt(
        QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'schema'), 0)"));
    if (!version)
        return version.error();
    return int(*version);
}

Status writeVersion(Database& database, int version)
{
    // 0001 inserts the row; later steps move it on.
    return database.exec(QStringLiteral("UPDATE central_meta SET value = '%1' WHERE key = 'schema'").arg(version));
}

QString tooNewMessage(int found, int known)
{
    return QCoreApplication::translate("SqlCentralRepository",
                                       "The service's data directory has central schema version %1; this "
                                       "custodian-central knows versions 1 to %2. Use a newer custodian-central.")
        .arg(found)
        .arg(known);
}

QString failedMessage(int version)
{
    return QCoreApplication::translate("SqlCentralRepository", "Cannot upgrade the service's data to version %1")
        .arg(version);
}
} // namespace

const SchemaTrack& CentralSchema::track()
{
    static const SchemaTrack track { &CentralSchemaScripts::all(), &readVersion, &writeVersion, &tooNewMessage,
                                     &failedMessage };
    return track;
}

} // namespace custodian
