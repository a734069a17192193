#include "store/SchemaTrack.h"

#include "store/Database.h"
#include "store/SchemaScripts.h"

#include <QCoreApplication>

namespace custodian {

const SchemaTrack& SchemaTrack::console()
{
    static const SchemaTrack track {
        &SchemaScripts::all(),
        [](Database& database) -> Result<int> {
            auto version = database.queryInt(QStringLiteral("PRAGMA user_version"));
            if (!version)
                return version.error();
            return int(*version);
        },
        [](Database& database, int version) {
            return database.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        },
        [](int found, int known) {
            return QCoreApplication::translate("SchemaMigrator",
                                               "The store has schema version %1, written by a newer Custodian; this "
                                               "version understands up to %2. Update Custodian.")
                .arg(found)
                .arg(known);
        },
        [](int version) {
            return QCoreApplication::translate("SchemaMigrator", "Migration to schema version %1 failed").arg(version);
        },
    };
    return track;
}

} // namespace custodian
