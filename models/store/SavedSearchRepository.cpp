#include "store/SavedSearchRepository.h"

#include "domain/Clock.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>

namespace custodian {

SavedSearchRepository::SavedSearchRepository(Database& database)
    : m_database(database)
{
}

Result<std::vector<SavedSearchRepository::SavedSearch>> SavedSearchRepository::list()
{
    auto statement = m_database.prepare(QStringLiteral("SELECT id, name, filter FROM saved_search ORDER BY name"));
    if (!statement)
        return statement.error();
    std::vector<SavedSearch> searches;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto filter = AccessFilter::fromJson(QJsonDocument::fromJson(statement->text(2).toUtf8()).object());
        if (!filter)
            continue; // written by a newer version with filters this one does not know: not offered
        searches.push_back({ statement->int64(0), statement->text(1), *filter });
    }
    return searches;
}

Result<qint64> SavedSearchRepository::save(const QString& name, const AccessFilter& filter, const QString& actor)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidArgument, QStringLiteral("Give the search a name."));
    if (trimmed.size() > 80)
        return Error(Error::Code::InvalidArgument, QStringLiteral("The name is longer than 80 characters."));
    if (auto status = filter.validate(); !status)
        return status.error();
    const QString json = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto statement = m_database.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO saved_search (name, filter, created_by, created_at) VALUES (?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, trimmed).bind(2, json).bind(3, actor).bind(4, Clock::nowMs());
    if (auto status = statement->run(); !status)
        return status.error();
    const qint64 id = m_database.lastInsertRowId();
    QJsonObject detail { { QStringLiteral("name"), trimmed }, { QStringLiteral("filter"), filter.toJson() } };
    auto audited
        = ConsoleAudit::append(m_database,
                               { actor, QStringLiteral("search.save"), QStringLiteral("saved_search:%1").arg(id),
                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
    if (!audited)
        return audited.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return id;
}

Status SavedSearchRepository::remove(qint64 id, const QString& actor)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto statement = m_database.prepare(QStringLiteral("DELETE FROM saved_search WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    if (auto status = statement->run(); !status)
        return status;
    if (m_database.changes() == 0)
        return Error(Error::Code::NotFound, QStringLiteral("The saved search no longer exists."));
    auto audited = ConsoleAudit::append(
        m_database, { actor, QStringLiteral("search.delete"), QStringLiteral("saved_search:%1").arg(id), QString() });
    if (!audited)
        return audited.error();
    return transaction->commit();
}

} // namespace custodian
