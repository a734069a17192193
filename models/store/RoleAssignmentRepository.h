#pragma once

#include "domain/Result.h"
#include "domain/RoleAssignment.h"

#include <optional>
#include <vector>

namespace custodian {

class Database;

// Reads and writes role assignments and their history lines, inside the caller's transaction. Shared by the
// console (RoleAssignmentWorkflow) and the central service's SQLCipher backend, which keep the same tables.
class RoleAssignmentRepository
{
public:
    // How new rows get their ids: on a console, below every id so far and below zero (the central service's ids are
    // positive and arrive later by pull); on the central service, the next id up.
    enum class Ids { Local, Central };

    RoleAssignmentRepository(Database& database, Ids ids);

    [[nodiscard]] Result<std::optional<RoleAssignment>> find(qint64 id);
    // Inserts with a new id (row.id is ignored) and returns it.
    [[nodiscard]] Result<qint64> insert(const RoleAssignment& row);
    // Writes every field of `row` if the stored version is still `row.version`, and steps the version by one.
    // False: someone else changed it meanwhile (nothing written).
    [[nodiscard]] Result<bool> update(const RoleAssignment& row);
    [[nodiscard]] Status addChange(const RoleAssignmentChange& change);
    // Active or pending assignments whose window has ended by `now` (valid_until <= now).
    [[nodiscard]] Result<std::vector<RoleAssignment>> endedBy(qint64 now);
    // The agent's active or pending assignment of the role whose window meets [from, until), if any.
    [[nodiscard]] Result<std::optional<RoleAssignment>> overlapping(qint64 agentId, qint64 roleId, qint64 from,
                                                                    std::optional<qint64> until, qint64 excludeId = 0);
    // A console row takes the id the central service gave it: its history and everything that refers to it move
    // along. If a pull has brought the service's row already, the local copy is dropped in its favour.
    [[nodiscard]] Status renumber(qint64 localId, qint64 centralId);

private:
    [[nodiscard]] Result<qint64> nextId(const char* table);

    Database& m_database;
    Ids m_ids;
};

} // namespace custodian
