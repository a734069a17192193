#include "store/ConsoleAuditLog.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <limits>

namespace custodian {

namespace {
// The WHERE clause of a filter; bind() fills its parameters from `first` on, in the same order.
QString whereClause(const ConsoleAuditLog::Filter& filter)
{
    QStringList conditions;
    if (!filter.actionPrefixes.isEmpty()) {
        // substr() rather than LIKE: '_' in an action name must not be a wildcard.
        QStringList any;
        for (qsizetype i = 0; i < filter.actionPrefixes.size(); ++i)
            any << QStringLiteral("substr(action, 1, length(?)) = ?");
        conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (!filter.actor.isEmpty())
        conditions << QStringLiteral("instr(lower(actor), lower(?)) > 0");
    if (filter.fromMs)
        conditions << QStringLiteral("at >= ?");
    if (filter.untilMs)
        conditions << QStringLiteral("at < ?");
    return conditions.join(QLatin1String(" AND "));
}

int bind(Statement& statement, const ConsoleAuditLog::Filter& filter, int first)
{
    int index = first;
    for (const QString& prefix : filter.actionPrefixes) {
        statement.bind(index++, prefix);
        statement.bind(index++, prefix);
    }
    if (!filter.actor.isEmpty())
        statement.bind(index++, filter.actor);
    if (filter.fromMs)
        statement.bind(index++, *filter.fromMs);
    if (filter.untilMs)
        statement.bind(index++, *filter.untilMs);
    return index;
}
} // namespace

ConsoleAuditLog::ConsoleAuditLog(Database& database)
    : m_database(database)
{
}

Result<std::vector<ConsoleAuditLog::Entry>> ConsoleAuditLog::page(const Filter& filter, std::optional<qint64> beforeSeq,
                                                                  int limit)
{
    std::vector<Entry> entries;
    if (limit <= 0)
        return entries;
    const QString where = whereClause(filter);
    // seq is the rowid: "seq < ? ORDER BY seq DESC LIMIT ?" walks the table's b-tree backwards from the bound.
    auto statement = m_database.prepare(
        QStringLiteral("SELECT seq, at, actor, action, target, detail FROM console_audit WHERE seq < ?%1 "
                       "ORDER BY seq DESC LIMIT ?")
            .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
    if (!statement)
        return statement.error();
    statement->bind(1, beforeSeq.value_or(std::numeric_limits<qint64>::max()));
    const int next = bind(*statement, filter, 2);
    statement->bind(next, limit);
    entries.reserve(size_t(std::min(limit, 1000)));
    const Status read = statement->forEachRow([&entries](const Statement& s) {
        entries.push_back({ s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5) });
    });
    if (!read)
        return read.error();
    return entries;
}

Result<qint64> ConsoleAuditLog::count(const Filter& filter)
{
    const QString where = whereClause(filter);
    auto statement = m_database.prepare(QStringLiteral("SELECT count(*) FROM console_audit%1")
                                            .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!statement)
        return statement.error();
    bind(*statement, filter, 1);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

Result<ConsoleAudit::Verification> ConsoleAuditLog::verify()
{
    // A savepoint outside a transaction is a deferred BEGIN: every read below sees the same snapshot, also on a
    // read-only connection.
    if (auto status = m_database.exec(QStringLiteral("SAVEPOINT console_audit_verify")); !status)
        return status.error();
    auto result = ConsoleAudit::verify(m_database);
    // Nothing was written: releasing only ends the read transaction.
    (void)m_database.exec(QStringLiteral("RELEASE console_audit_verify"));
    return result;
}

} // namespace custodian
