#include "store/SyncItemReader.h"

#include "store/Database.h"

#include <QCborArray>
#include <QStringList>

namespace custodian {

namespace {
QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

QCborValue column(const Statement& statement, int index, const SyncCatalogue::Field& field)
{
    if (statement.isNull(index))
        return QCborValue(nullptr);
    switch (field.type) {
    case SyncCatalogue::FieldType::Integer:
        return QCborValue(statement.int64(index));
    case SyncCatalogue::FieldType::Boolean:
        return QCborValue(statement.int64(index) != 0);
    case SyncCatalogue::FieldType::Text:
        return QCborValue(statement.text(index));
    }
    return {};
}

QString selectList(const std::vector<SyncCatalogue::Field>& fields)
{
    QStringList columns;
    for (const SyncCatalogue::Field& field : fields)
        columns << latin(field.column(false));
    return columns.join(QStringLiteral(", "));
}
} // namespace

struct SyncItemReader::Prepared
{
    Statement row;
    std::vector<Statement> children;
};

SyncItemReader::SyncItemReader(Database& database)
    : m_database(database)
{
}

SyncItemReader::~SyncItemReader() = default;

Result<SyncItemReader::Prepared*> SyncItemReader::prepared(const SyncCatalogue::ItemType& type)
{
    const QString key = latin(type.name);
    if (auto found = m_prepared.find(key); found != m_prepared.end())
        return found.value().get();
    auto entry = std::make_shared<Prepared>();
    auto row = m_database.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(selectList(type.fields), latin(type.table), latin(type.fields.front().column(false))));
    if (!row)
        return row.error();
    entry->row = std::move(row).value();
    for (const SyncCatalogue::ChildList& child : type.children) {
        auto statement = m_database.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                                                .arg(selectList(child.fields), latin(child.table),
                                                     latin(child.parentColumn), latin(child.fields.front().name)));
        if (!statement)
            return statement.error();
        entry->children.push_back(std::move(statement).value());
    }
    Prepared* raw = entry.get();
    m_prepared.insert(key, std::move(entry));
    return raw;
}

Result<std::optional<QCborMap>> SyncItemReader::read(const SyncCatalogue::ItemType& type, qint64 id)
{
    auto entry = prepared(type);
    if (!entry)
        return entry.error();
    Prepared& p = **entry;
    p.row.reset();
    p.row.bind(1, id);
    auto found = p.row.step();
    if (!found)
        return found.error();
    if (!*found) {
        p.row.reset();
        return std::optional<QCborMap>();
    }
    QCborMap item;
    item.insert(QLatin1String("type"), latin(type.name));
    for (std::size_t i = 0; i < type.fields.size(); ++i)
        item.insert(QLatin1String(type.fields[i].name), column(p.row, int(i), type.fields[i]));
    p.row.reset();
    for (std::size_t c = 0; c < type.children.size(); ++c) {
        const SyncCatalogue::ChildList& child = type.children[c];
        Statement& statement = p.children[c];
        statement.reset();
        statement.bind(1, id);
        QCborArray list;
        auto status = statement.forEachRow([&](const Statement& s) {
            if (child.scalar()) {
                list.append(column(s, 0, child.fields.front()));
                return;
            }
            QCborMap object;
            for (std::size_t f = 0; f < child.fields.size(); ++f)
                object.insert(QLatin1String(child.fields[f].name), column(s, int(f), child.fields[f]));
            list.append(object);
        });
        statement.reset();
        if (!status)
            return status.error();
        item.insert(QLatin1String(child.name), list);
    }
    return std::optional<QCborMap>(std::move(item));
}

} // namespace custodian
