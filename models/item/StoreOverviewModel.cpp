#include "item/StoreOverviewModel.h"

#include <QLocale>

namespace custodian {

namespace {
// The tables a supervisor recognises, in the order of the product's pages; lookup and bookkeeping
// tables are left out.
struct Kind
{
    const char* table;
    const char* label;
};
constexpr Kind Kinds[] = {
    { "access_event", QT_TRANSLATE_NOOP("StoreOverviewModel", "Access events") },
    { "customer_record", QT_TRANSLATE_NOOP("StoreOverviewModel", "Customer record references") },
    { "agent", QT_TRANSLATE_NOOP("StoreOverviewModel", "Agents") },
    { "team", QT_TRANSLATE_NOOP("StoreOverviewModel", "Teams") },
    { "site", QT_TRANSLATE_NOOP("StoreOverviewModel", "Sites") },
    { "role", QT_TRANSLATE_NOOP("StoreOverviewModel", "Roles") },
    { "role_assignment", QT_TRANSLATE_NOOP("StoreOverviewModel", "Role assignments") },
    { "sod_rule", QT_TRANSLATE_NOOP("StoreOverviewModel", "Separation-of-duties rules") },
    { "review_campaign", QT_TRANSLATE_NOOP("StoreOverviewModel", "Access-review campaigns") },
    { "training_record", QT_TRANSLATE_NOOP("StoreOverviewModel", "Training records") },
    { "incident", QT_TRANSLATE_NOOP("StoreOverviewModel", "Incidents") },
    { "finding", QT_TRANSLATE_NOOP("StoreOverviewModel", "Findings") },
    { "console_audit", QT_TRANSLATE_NOOP("StoreOverviewModel", "Console audit entries") },
};
} // namespace

StoreOverviewModel::StoreOverviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StoreOverviewModel::setSnapshot(const StoreStats::Snapshot& snapshot)
{
    beginResetModel();
    m_rows.clear();
    for (const Kind& kind : Kinds) {
        for (const auto& [table, rows] : snapshot.tables) {
            if (table == QLatin1String(kind.table)) {
                m_rows.append({ tr(kind.label), rows });
                break;
            }
        }
    }
    endResetModel();
}

void StoreOverviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int StoreOverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreOverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KindColumn ? QVariant(row.label) : QVariant(QLocale().toString(row.rows));
    case Qt::EditRole:
        return index.column() == KindColumn ? QVariant(row.label) : QVariant(row.rows);
    case Qt::TextAlignmentRole:
        return index.column() == RowsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant StoreOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KindColumn ? tr("Data") : tr("Rows");
}

} // namespace custodian
