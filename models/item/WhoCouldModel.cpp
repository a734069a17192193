#include "item/WhoCouldModel.h"

#include "item/ItemRoles.h"

namespace custodian {

int WhoCouldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WhoCouldModel::text(const RecordAccessReader::Could& row, int column) const
{
    switch (Column(column)) {
    case AgentColumn:
        return tr("%1 (%2)").arg(row.agentName, row.employeeNo);
    case OpenedColumn:
        return row.accessed ? tr("yes") : QString();
    case TeamColumn:
        return row.team;
    case RolesColumn:
        return row.roles.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WhoCouldModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case IdRole:
        return row.agentId;
    default:
        return {};
    }
}

QVariant WhoCouldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case OpenedColumn:
        return tr("Opened it");
    case TeamColumn:
        return tr("Team");
    case RolesColumn:
        return tr("Roles");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
