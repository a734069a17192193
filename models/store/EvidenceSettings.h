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
    // Above 1 GiB the store file itself becomes the problem (backups, key changes rewrite every page).
    static constexpr qint64 HighestMaxBytes = qint64(1024) * 1024 * 1024;

    [[nodiscard]] static Result<qint64> maxBytes(Database& database);
    [[nodiscard]] static Status setMaxBytes(Database& database, qint64 bytes, const QString& actor, qint64 atMs = -1);

    // "50 MiB (52,428,800 bytes)": how sizes are said in the register's messages.
    [[nodiscard]] static QString describeSize(qint64 bytes);
};

} // namespace custodian
