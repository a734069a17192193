#pragma once

#include "domain/Result.h"

#include <QString>
#include <vector>

namespace custodian {

class Database;

// The short lists that pickers offer — supervisors, teams, sites, roles, agents — as (id, label) in the order shown.
// Each comes from a small table (a few thousand rows at most: 2 500 agents at 10 M events), so a dialog may read one
// on the GUI thread's connection in a few milliseconds.
class ChoiceLists
{
public:
    struct Choice
    {
        qint64 id = 0;
        QString label;
    };

    explicit ChoiceLists(Database& database);

    // By display name.
    [[nodiscard]] Result<std::vector<Choice>> supervisors();
    // "Team — Site", by site then team.
    [[nodiscard]] Result<std::vector<Choice>> teams();
    [[nodiscard]] Result<std::vector<Choice>> sites();
    // "Name (sensitive)" for a sensitive role, by name.
    [[nodiscard]] Result<std::vector<Choice>> roles();
    // "Name (employee number)", by name then employee number (two agents may share a name).
    [[nodiscard]] Result<std::vector<Choice>> agents();

private:
    [[nodiscard]] Result<std::vector<Choice>> read(const char* sql);

    Database& m_database;
};

} // namespace custodian
