#include "item/AgentPermissionModel.h"

#include "item/ItemRoles.h"

namespace custodian {

int AgentPermissionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentPermissionModel::text(const AgentAccessRepository::Permission& row, int column) const
{
    switch (Column(column)) {
    case PermissionColumn:
        return row.code;
    case DescriptionColumn:
        return row.description;
    case RolesColumn:
        return row.roles.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgentPermissionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case SortKeyRole:
        return row.code;
    default:
        return {};
    }
}

QVariant AgentPermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PermissionColumn:
        return tr("Permission in force");
    case DescriptionColumn:
        return tr("Description");
    case RolesColumn:
        return tr("From roles");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
