#pragma once

#include "domain/Result.h"
#include "store/Statement.h"
#include "store/SyncCatalogue.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace custodian {

class Database;

// Applies the items of a pulled page of an Items stream (SyncCatalogue) to the console's store, inside the
// caller's transaction: every field is checked against its declaration first (present, of its type, within its
// range or length; a nullable field may be absent), then the row is updated or inserted (no UPSERT in SQLite
// 3.15; REPLACE would delete the row and cascade), its child lists replace the child rows, and its full-text
// entry is refreshed. Anything a server sends that breaks the declaration refuses the whole page with a message
// naming the item and the field, so the caller's transaction rolls back and nothing is half-written. Item types
// this console does not know are skipped and counted (a newer server may send more).
class SyncItemWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyncItemWriter)

public:
    struct Applied
    {
        qint64 items = 0;
        qint64 unknownTypes = 0;
    };

    explicit SyncItemWriter(Database& database);
    ~SyncItemWriter();
    SyncItemWriter(const SyncItemWriter&) = delete;
    SyncItemWriter& operator=(const SyncItemWriter&) = delete;

    [[nodiscard]] Result<Applied> apply(const SyncCatalogue::Stream& stream, const QCborArray& items);

    // The check of one value against its declaration: a message naming the problem, or nothing. Shared with the
    // other stream writers and with the central service's checks of pushed changes.
    [[nodiscard]] static QString checkValue(const SyncCatalogue::Field& field, const QCborValue& value);
    // How a pulled item is named in a message: "agent 4711" (its type and key when they are readable).
    [[nodiscard]] static QString describe(const QCborMap& item, int index);

private:
    struct Prepared;
    [[nodiscard]] Result<Prepared*> prepared(const SyncCatalogue::ItemType& type);
    [[nodiscard]] Status applyItem(const SyncCatalogue::ItemType& type, const QCborMap& item);

    Database& m_database;
    QHash<QString, std::shared_ptr<Prepared>> m_prepared;
};

} // namespace custodian
