#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace custodian {

class Database;

// Row counts per table and file sizes, for `custodian-cli stats` and the console's first window.
// Counting access_event scans its smallest index (~0.4 s at 10 M rows): call it off the GUI thread.
class StoreStats
{
public:
    struct Snapshot
    {
        QList<QPair<QString, qint64>> tables; // table name, rows
        qint64 storeBytes = 0;
        qint64 walBytes = 0;
        qint64 keyringBytes = 0;
        int schemaVersion = 0;
        quint32 keyGeneration = 0;
    };

    [[nodiscard]] static Result<Snapshot> collect(Database& database, const QString& storePath);
};

} // namespace custodian
