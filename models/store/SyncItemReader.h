#pragma once

#include "domain/Result.h"
#include "store/Statement.h"
#include "store/SyncCatalogue.h"

#include <QCborMap>
#include <QHash>

#include <memory>
#include <optional>

namespace custodian {

class Database;

// Reads one item of an Items stream as the sync contract sends it (the central service's side of
// SyncItemWriter): the declared fields from the item's row, booleans as booleans, and each child list from its
// child table. Nothing else of the row leaves the store.
class SyncItemReader
{
public:
    explicit SyncItemReader(Database& database);
    ~SyncItemReader();
    SyncItemReader(const SyncItemReader&) = delete;
    SyncItemReader& operator=(const SyncItemReader&) = delete;

    // The item with this key, or nothing when the row does not exist.
    [[nodiscard]] Result<std::optional<QCborMap>> read(const SyncCatalogue::ItemType& type, qint64 id);

private:
    struct Prepared;
    [[nodiscard]] Result<Prepared*> prepared(const SyncCatalogue::ItemType& type);

    Database& m_database;
    QHash<QString, std::shared_ptr<Prepared>> m_prepared;
};

} // namespace custodian
