#include "store/SchemaMigrator.h"

#include "store/Database.h"
#include "store/SchemaScripts.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace custodian {

int SchemaMigrator::latestVersion()
{
    return int(SchemaScripts::all().size());
}

Result<int> SchemaMigrator::currentVersion(Database& database)
{
    auto version = database.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return int(*version);
}

Result<int> SchemaMigrator::migrate(Database& database, int target)
{
    if (target < 0)
        target = latestVersion();
    auto before = currentVersion(database);
    if (!before)
        return before;
    if (*before > latestVersion())
        return Error(Error::Code::SchemaTooNew,
                     QCoreApplication::translate("SchemaMigrator",
                                                 "The store has schema version %1, written by a newer Custodian; this "
                                                 "version understands up to %2. Update Custodian.")
                         .arg(*before)
                         .arg(latestVersion()));
    const auto& scripts = SchemaScripts::all();
    for (int version = *before + 1; version <= target; ++version) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return transaction.error();
        if (auto status = database.execScript(scripts[std::size_t(version - 1)]); !status)
            return status.error().prefixed(
                QCoreApplication::translate("SchemaMigrator", "Migration to schema version %1 failed").arg(version));
        if (auto status = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !status)
            return status.error();
        if (auto status = transaction->commit(); !status)
            return status.error();
    }
    // A migration may drop what must not stay on disk (0008: sealed card numbers). The rewritten pages are in the WAL
    // and the old ones in the main file until a checkpoint copies them over: do it now. Best effort — a reader
    // holding an old snapshot only delays it to the next checkpoint.
    if (*before < target)
        (void)database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return *before;
}

} // namespace custodian
