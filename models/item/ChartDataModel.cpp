#include "item/ChartDataModel.h"

#include <QLocale>

namespace custodian {

namespace {
bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}
} // namespace

ChartDataModel::ChartDataModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChartDataModel::setTable(const QStringList& headers, std::vector<QVariantList> rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    endResetModel();
}

void ChartDataModel::clear()
{
    setTable({}, {});
}

int ChartDataModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ChartDataModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList& row = m_rows[std::size_t(index.row())];
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 1);
        return isNumber(value) ? QLocale().toString(value.toLongLong()) : value.toString();
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace custodian
