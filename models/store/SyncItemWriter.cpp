#include "store/SyncItemWriter.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace custodian {

namespace {
QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

Error pageError(const QString& message)
{
    return Error(Error::Code::Protocol, message);
}

void bindValue(Statement& statement, int index, const SyncCatalogue::Field& field, const QCborValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(index);
        return;
    }
    switch (field.type) {
    case SyncCatalogue::FieldType::Integer:
        statement.bind(index, value.toInteger());
        break;
    case SyncCatalogue::FieldType::Boolean:
        statement.bind(index, value.toBool() ? 1 : 0);
        break;
    case SyncCatalogue::FieldType::Text:
        statement.bind(index, value.toString());
        break;
    }
}

// SQLite's own words for a refused row ("FOREIGN KEY constraint failed") in a message about the server's page.
QString constraintText(const Error& error)
{
    const QString message = error.message();
    const qsizetype open = message.lastIndexOf(QLatin1Char('('));
    return open >= 0 ? message.mid(open + 1).chopped(message.endsWith(QLatin1Char(')')) ? 1 : 0) : message;
}
} // namespace

struct SyncItemWriter::Prepared
{
    Statement update;
    Statement insert;
    std::vector<Statement> deleteChildren;
    std::vector<Statement> insertChildren;
    Statement deleteSearch;
    Statement insertSearch;
    Statement heldBack; // a local change of the item waits for the service (ItemType::localChangeKind)
    Statement displace; // ItemType::displaceSql
    std::vector<Statement> refresh; // ItemType::refreshSql
};

SyncItemWriter::SyncItemWriter(Database& database)
    : m_database(database)
{
}

SyncItemWriter::~SyncItemWriter() = default;

QString SyncItemWriter::checkValue(const SyncCatalogue::Field& field, const QCborValue& value)
{
    const QString name = latin(field.name);
    if (value.isUndefined() || value.isNull()) {
        if (field.nullable)
            return {};
        return value.isUndefined() ? tr("'%1' is missing").arg(name) : tr("'%1' must not be null").arg(name);
    }
    switch (field.type) {
    case SyncCatalogue::FieldType::Integer: {
        if (!value.isInteger())
            return tr("'%1' must be a whole number").arg(name);
        const qint64 number = value.toInteger();
        if (number < field.minimum || number > field.maximum)
            return tr("'%1' is %2, outside %3 to %4").arg(name).arg(number).arg(field.minimum).arg(field.maximum);
        if (field.withdrawn != 0 && number == field.withdrawn)
            return tr("'%1' is %2, a withdrawn code").arg(name).arg(number);
        return {};
    }
    case SyncCatalogue::FieldType::Boolean:
        return value.isBool() ? QString() : tr("'%1' must be true or false").arg(name);
    case SyncCatalogue::FieldType::Text: {
        if (!value.isString())
            return tr("'%1' must be text").arg(name);
        const QString text = value.toString();
        if (text.size() > field.maximum)
            return tr("'%1' is %2 characters long, more than %3").arg(name).arg(text.size()).arg(field.maximum);
        if (text.contains(QChar(0)))
            return tr("'%1' contains a NUL character").arg(name);
        return {};
    }
    }
    return {};
}

QString SyncItemWriter::describe(const QCborMap& item, int index)
{
    const QCborValue type = item.value(QLatin1String("type"));
    const QCborValue id = item.value(QLatin1String("id"));
    QString what = tr("item %1").arg(index + 1);
    if (type.isString() && type.toString().size() <= 40) {
        what += QStringLiteral(" (") + type.toString();
        if (id.isInteger())
            what += QLatin1Char(' ') + QString::number(id.toInteger());
        what += QLatin1Char(')');
    }
    return what;
}

Result<SyncItemWriter::Prepared*> SyncItemWriter::prepared(const SyncCatalogue::ItemType& type)
{
    const QString key = latin(type.name);
    if (auto found = m_prepared.find(key); found != m_prepared.end())
        return found.value().get();
    auto entry = std::make_shared<Prepared>();
    auto make = [this](Statement& target, const QString& sql) -> Status {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        target = std::move(statement).value();
        return {};
    };
    // UPDATE t SET b = ?1, c = ?2 ... WHERE id = ?N and INSERT INTO t (b, c, ..., id) VALUES (?1, ..., ?N): the same
    // bindings serve both.
    QStringList assignments;
    QStringList columns;
    QStringList placeholders;
    const auto& fields = type.fields;
    for (std::size_t i = 1; i < fields.size(); ++i) {
        const QString column = latin(fields[i].column(true));
        assignments << QStringLiteral("%1 = ?%2").arg(column).arg(i);
        columns << column;
        placeholders << QStringLiteral("?%1").arg(i);
    }
    const QString keyColumn = latin(fields.front().column(true));
    columns << keyColumn;
    placeholders << QStringLiteral("?%1").arg(fields.size());
    const QString table = latin(type.table);
    if (auto status = make(entry->update,
                           QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
                               .arg(table, assignments.join(QStringLiteral(", ")), keyColumn)
                               .arg(fields.size()));
        !status)
        return status.error();
    if (auto status
        = make(entry->insert,
               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                   .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
        !status)
        return status.error();
    for (const SyncCatalogue::ChildList& child : type.children) {
        QStringList childColumns { latin(child.parentColumn) };
        QStringList childPlaceholders { QStringLiteral("?") };
        for (const SyncCatalogue::Field& field : child.fields) {
            childColumns << latin(field.column(true));
            childPlaceholders << QStringLiteral("?");
        }
        Statement remove;
        Statement insert;
        if (auto status
            = make(remove,
                   QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(latin(child.table), latin(child.parentColumn)));
            !status)
            return status.error();
        if (auto status = make(insert,
                               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(latin(child.table), childColumns.join(QStringLiteral(", ")),
                                        childPlaceholders.join(QStringLiteral(", "))));
            !status)
            return status.error();
        entry->deleteChildren.push_back(std::move(remove));
        entry->insertChildren.push_back(std::move(insert));
    }
    if (type.searchSql) {
        if (auto status = make(entry->deleteSearch, QStringLiteral("DELETE FROM search_text WHERE docid = ?")); !status)
            return status.error();
        if (auto status = make(entry->insertSearch, latin(type.searchSql)); !status)
            return status.error();
    }
    for (const char* sql : type.refreshSql) {
        Statement refresh;
        if (auto status = make(refresh, latin(sql)); !status)
            return status.error();
        entry->refresh.push_back(std::move(refresh));
    }
    if (type.localChangeKind) {
        if (auto status
            = make(entry->heldBack,
                   QStringLiteral("SELECT 1 FROM sync_outbox o WHERE o.kind = ? AND o.entity_id = ? AND (o.state = "
                                  "'queued' OR (o.state = 'conflict' AND EXISTS (SELECT 1 FROM "
                                  "sync_conflict c WHERE c.outbox_id = o.id AND c.resolved_at IS NULL))) "
                                  "LIMIT 1"));
            !status)
            return status.error();
    }
    if (type.displaceSql) {
        if (auto status = make(entry->displace, latin(type.displaceSql)); !status)
            return status.error();
    }
    Prepared* raw = entry.get();
    m_prepared.insert(key, std::move(entry));
    return raw;
}

Status SyncItemWriter::applyItem(const SyncCatalogue::ItemType& type, const QCborMap& item)
{
    // Everything is checked before anything is written.
    for (const SyncCatalogue::Field& field : type.fields) {
        if (QString problem = checkValue(field, item.value(QLatin1String(field.name))); !problem.isEmpty())
            return pageError(problem);
    }
    for (const SyncCatalogue::ChildList& child : type.children) {
        const QCborValue list = item.value(QLatin1String(child.name));
        if (list.isUndefined() || list.isNull())
            continue; // no list: no child rows
        if (!list.isArray())
            return pageError(tr("'%1' must be a list").arg(latin(child.name)));
        const QCborArray entries = list.toArray();
        if (entries.size() > child.maxItems)
            return pageError(
                tr("'%1' has %2 entries, more than %3").arg(latin(child.name)).arg(entries.size()).arg(child.maxItems));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QCborValue entry = entries.at(i);
            if (child.scalar()) {
                if (QString problem = checkValue(child.fields.front(), entry); !problem.isEmpty())
                    return pageError(tr("entry %1 of '%2': %3").arg(i + 1).arg(latin(child.name), problem));
                continue;
            }
            if (!entry.isMap())
                return pageError(tr("entry %1 of '%2' must be an object").arg(i + 1).arg(latin(child.name)));
            for (const SyncCatalogue::Field& field : child.fields) {
                if (QString problem = checkValue(field, entry.toMap().value(QLatin1String(field.name)));
                    !problem.isEmpty())
                    return pageError(tr("entry %1 of '%2': %3").arg(i + 1).arg(latin(child.name), problem));
            }
        }
    }

    auto entry = prepared(type);
    if (!entry)
        return entry.error();
    Prepared& p = **entry;
    const auto& fields = type.fields;
    const qint64 key = item.value(QLatin1String(fields.front().name)).toInteger();
    if (type.localChangeKind) {
        p.heldBack.bind(1, QString::fromLatin1(type.localChangeKind)).bind(2, key);
        auto held = p.heldBack.step();
        p.heldBack.reset();
        if (!held)
            return held.error();
        if (*held)
            return {}; // the next pull after the service decided brings it
    }
    if (type.displaceSql && type.uniqueField) {
        p.displace.bind(1, key).bind(2, item.value(QLatin1String(type.uniqueField)).toString());
        auto status = p.displace.run();
        p.displace.reset();
        if (!status)
            return pageError(tr("the store refused it: %1").arg(constraintText(status.error())));
    }
    bool inserted = false;
    for (Statement* statement : { &p.update, &p.insert }) {
        for (std::size_t i = 1; i < fields.size(); ++i)
            bindValue(*statement, int(i), fields[i], item.value(QLatin1String(fields[i].name)));
        statement->bind(int(fields.size()), key);
        if (auto status = statement->run(); !status)
            return pageError(tr("the store refused it: %1").arg(constraintText(status.error())));
        if (m_database.changes() > 0) {
            inserted = statement == &p.insert;
            break;
        }
    }
    for (std::size_t c = 0; c < type.children.size(); ++c) {
        const SyncCatalogue::ChildList& child = type.children[c];
        p.deleteChildren[c].bind(1, key);
        if (auto status = p.deleteChildren[c].run(); !status)
            return status;
        const QCborArray entries = item.value(QLatin1String(child.name)).toArray();
        Statement& insert = p.insertChildren[c];
        for (const QCborValue& value : entries) {
            insert.bind(1, key);
            if (child.scalar()) {
                bindValue(insert, 2, child.fields.front(), value);
            } else {
                const QCborMap object = value.toMap();
                for (std::size_t f = 0; f < child.fields.size(); ++f)
                    bindValue(insert, int(f) + 2, child.fields[f], object.value(QLatin1String(child.fields[f].name)));
            }
            if (auto status = insert.run(); !status)
                return pageError(tr("the store refused an entry of '%1': %2")
                                     .arg(latin(child.name), constraintText(status.error())));
        }
    }
    if (type.searchSql) {
        // Only an updated item has an entry to replace: a delete makes FTS4 flush its pending terms at once.
        if (!inserted) {
            p.deleteSearch.bind(1, key * 8 + type.searchKind);
            if (auto status = p.deleteSearch.run(); !status)
                return status;
        }
        p.insertSearch.bind(1, key);
        if (auto status = p.insertSearch.run(); !status)
            return status;
    }
    for (Statement& refresh : p.refresh) {
        refresh.bind(1, key);
        if (auto status = refresh.run(); !status)
            return status;
    }
    return {};
}

Result<SyncItemWriter::Applied> SyncItemWriter::apply(const SyncCatalogue::Stream& stream, const QCborArray& items)
{
    Applied applied;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborValue value = items.at(i);
        if (!value.isMap())
            return pageError(tr("%1 must be an object").arg(tr("item %1").arg(i + 1)));
        const QCborMap item = value.toMap();
        const QCborValue type = item.value(QLatin1String("type"));
        if (!type.isString())
            return pageError(tr("%1 has no 'type'").arg(describe(item, int(i))));
        const SyncCatalogue::ItemType* itemType = SyncCatalogue::itemType(stream, type.toString());
        if (!itemType) {
            ++applied.unknownTypes;
            continue;
        }
        if (auto status = applyItem(*itemType, item); !status)
            return Error(status.error().code(), tr("%1: %2").arg(describe(item, int(i)), status.error().message()));
        ++applied.items;
    }
    return applied;
}

} // namespace custodian
