#pragma once

#include "domain/AccessFilter.h"
#include "domain/Result.h"

#include <QString>
#include <vector>

namespace custodian {

class Database;

// The access page's saved searches: a name and a filter (ids only). Saving and deleting change the store, so
// each is one transaction with its console-audit entry.
class SavedSearchRepository
{
public:
    struct SavedSearch
    {
        qint64 id = 0;
        QString name;
        AccessFilter filter;
    };

    explicit SavedSearchRepository(Database& database);

    [[nodiscard]] Result<std::vector<SavedSearch>> list();
    // Replaces a search of the same name.
    [[nodiscard]] Result<qint64> save(const QString& name, const AccessFilter& filter, const QString& actor);
    [[nodiscard]] Status remove(qint64 id, const QString& actor);

private:
    Database& m_database;
};

} // namespace custodian
