#include "item/ShortcutModel.h"

#include <algorithm>

namespace custodian {

ShortcutModel::ShortcutModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ShortcutModel::setShortcuts(std::vector<Shortcut> rows)
{
    beginResetModel();
    m_shortcuts = std::move(rows);
    endResetModel();
}

bool ShortcutModel::allInOnePlace() const
{
    return std::all_of(m_shortcuts.cbegin(), m_shortcuts.cend(),
                       [this](const Shortcut& s) { return s.where == m_shortcuts.front().where; });
}

int ShortcutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shortcuts.size());
}

int ShortcutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Shortcut& row = m_shortcuts[std::size_t(index.row())];
    switch (Column(index.column())) {
    case WhatColumn:
        return row.what;
    case KeysColumn:
        return row.keys;
    case WhereColumn:
        return row.where;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShortcutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhatColumn:
        return tr("Action");
    case KeysColumn:
        return tr("Shortcut");
    case WhereColumn:
        return tr("Where");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
