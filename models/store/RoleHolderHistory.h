#pragma once

#include "domain/Result.h"

#include <QString>

#include <vector>

namespace custodian {

class Database;

// How many agents held each sensitive role over time, from the assignments' windows (in force from the start, or from
// the approval when it came later, until the end of the validity or the revocation, whichever is first): what the
// roles page charts, to show whether sensitive access grows.
class RoleHolderHistory
{
public:
    struct Series
    {
        QString role; // the role's name
        std::vector<std::pair<qint64, int>> points; // (instant, agents holding it then)
    };

    explicit RoleHolderHistory(Database& database);

    // One series per sensitive role, sampled at from, from + step, … up to `to`.
    [[nodiscard]] Result<std::vector<Series>> sensitiveHolders(qint64 from, qint64 to, qint64 step);

private:
    Database& m_database;
};

} // namespace custodian
