#include "item/SodRuleModel.h"

#include "item/ItemRoles.h"

namespace custodian {

int SodRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SodRuleModel::text(const RoleCatalogRepository::SodRule& row, int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case RolesColumn:
        return tr("%1 ✕ %2").arg(row.roleA, row.roleB);
    case ExceptionColumn:
        return row.allowException ? tr("with a recorded reason") : tr("never");
    case ControlColumn:
        return row.controlRef;
    case RationaleColumn:
        return row.rationale;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SodRuleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant SodRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Separation-of-duties rule");
    case RolesColumn:
        return tr("Roles");
    case ExceptionColumn:
        return tr("Exception");
    case ControlColumn:
        return tr("Control");
    case RationaleColumn:
        return tr("Rationale");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
