#include "store/Transaction.h"

#include "store/Database.h"

#include <utility>

namespace custodian {

Result<Transaction> Transaction::begin(Database& database)
{
    if (auto status = database.exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return status.error();
    return Transaction(&database);
}

Transaction::~Transaction()
{
    if (m_database)
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

Status Transaction::commit()
{
    if (!m_database)
        return Error(Error::Code::Database, QStringLiteral("transaction already finished"));
    auto status = m_database->exec(QStringLiteral("COMMIT"));
    if (status)
        m_database = nullptr;
    return status;
}

} // namespace custodian
