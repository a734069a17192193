#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// The evidence register's size limit: the largest file a supervisor may attach to an incident. It is kept with the
// console's other settings in the store (`setting` 'evidence.max_bytes'), so it travels with the data it guards;
// absent, the default applies. A change is validated and audited ("evidence.settings", old and new value) in one
// transaction.
class EvidenceSettings
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSettings)

public:
    // 100 MiB: a several-minute call recording or a mailbox export fits; a disk image does not belong in the store.
    static constexpr qint64 DefaultMaxBytes = qint64(100) * 1024 * 1024;
    static constexpr qint64 LowestMaxBytes = qint64(1) * 1024 * 1024;
    // An add is one transaction that holds the store's write lock while it streams the whole file in. At 1 GiB that
    // took longer than the 5 s every other connection waits for the lock (Database's busy timeout), so a sync or a
    // page's change failed with "database is locked" meanwhile; 256 MiB stays within it (docs/incidents-evidence.md).
    static constexpr qint64 HighestMaxBytes = qint64(256) * 1024 * 1024;
    // What consoles accepted before: a stored limit up to this is read as HighestMaxBytes rather than refused.
    static constexpr qint64 FormerHighestMaxBytes = qint64(1024) * 1024 * 1024;

    [[nodiscard]] static Result<qint64> maxBytes(Database& database);
    // Refused with a message naming the allowed range and the value when `bytes` is outside it.
    [[nodiscard]] static Status validate(qint64 bytes);
    [[nodiscard]] static Status setMaxBytes(Database& database, qint64 bytes, const QString& actor, qint64 atMs = -1);

    // "50 MiB (52,428,800 bytes)": how sizes are said in the register's messages.
    [[nodiscard]] static QString describeSize(qint64 bytes);
};

} // namespace custodian
