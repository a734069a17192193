#pragma once

#include "domain/Result.h"

namespace custodian {

class Database;

// BEGIN IMMEDIATE on construction (take the write lock up front: no deadlock between two upgrading
// readers), ROLLBACK on destruction unless commit() succeeded. A change and its audit/outbox entries
// share one Transaction, so nothing is ever half-applied.
//
// Begun inside another transaction, it is a savepoint of it: commit() releases the savepoint, destruction rolls back
// to it, and only the outer transaction's commit makes the change durable. So a workflow step (revoking an
// assignment) can be part of a larger change (an access-review decision) and still be one step on its own.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& database);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status commit();

private:
    Transaction(Database* database, bool nested)
        : m_database(database)
        , m_nested(nested)
    {
    }
    Database* m_database = nullptr;
    bool m_nested = false;
};

} // namespace custodian
