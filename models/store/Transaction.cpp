#include "store/Transaction.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <utility>

namespace custodian {

Result<Transaction> Transaction::begin(Database& database)
{
    const bool nested = sqlite3_get_autocommit(database.handle()) == 0;
    if (auto status = database.exec(nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
        !status)
        return status.error();
    return Transaction(&database, nested);
}

Transaction::~Transaction()
{
    if (!m_database)
        return;
    if (m_nested)
        (void)m_database->exec(QStringLiteral("ROLLBACK TO nested; RELEASE nested"));
    else
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_nested(other.m_nested)
{
}

Status Transaction::commit()
{
    if (!m_database)
        return Error(Error::Code::Database, QStringLiteral("transaction already finished"));
    auto status = m_database->exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    if (status)
        m_database = nullptr;
    return status;
}

} // namespace custodian
