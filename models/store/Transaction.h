#pragma once

#include "domain/Result.h"

namespace custodian {

class Database;

// BEGIN IMMEDIATE on construction (take the write lock up front: no deadlock between two upgrading
// readers), ROLLBACK on destruction unless commit() succeeded. A change and its audit/outbox entries
// share one Transaction, so nothing is ever half-applied.
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
    explicit Transaction(Database* database)
        : m_database(database)
    {
    }
    Database* m_database = nullptr;
};

} // namespace custodian
