#include "item/RoleCatalogModel.h"

#include "domain/Vocabulary.h"

#include "item/ItemRoles.h"

namespace custodian {

RoleCatalogModel::RoleCatalogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString RoleCatalogModel::dataClassName(DataClass value)
{
    return Vocabulary::dataClass(value);
}

void RoleCatalogModel::setRoles(std::vector<RoleCatalogRepository::Role> roles)
{
    beginResetModel();
    m_roles = std::move(roles);
    endResetModel();
}

void RoleCatalogModel::clear()
{
    setRoles({});
}

qint64 RoleCatalogModel::roleId(int row) const
{
    return row >= 0 && row < int(m_roles.size()) ? m_roles[std::size_t(row)].id : 0;
}

int RoleCatalogModel::rowOf(qint64 roleId) const
{
    for (int row = 0; row < int(m_roles.size()); ++row) {
        if (m_roles[std::size_t(row)].id == roleId)
            return row;
    }
    return -1;
}

int RoleCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoleCatalogModel::text(const RoleCatalogRepository::Role& role, int column)
{
    switch (Column(column)) {
    case RoleColumn:
        return QStringLiteral("%1 (%2)").arg(role.name, role.code);
    case HoldersColumn:
        return QString::number(role.holders);
    case PendingColumn:
        return QString::number(role.pending);
    case SensitiveColumn:
        return role.sensitive ? tr("Yes: second supervisor") : tr("No");
    case MaxDurationColumn:
        return role.maxDurationDays ? tr("%1 day(s)").arg(*role.maxDurationDays) : tr("none");
    case OpensColumn: {
        QStringList classes;
        for (DataClass c : role.dataClasses)
            classes << dataClassName(c);
        return classes.isEmpty() ? Vocabulary::dataClass(DataClass::None) : classes.join(QStringLiteral(", "));
    }
    case TrainingColumn:
        return role.training.isEmpty() ? tr("none")
                                       : tr("%1 (%2)").arg(role.training.join(QStringLiteral(", ")),
                                                           role.trainingBlocks ? tr("required") : tr("warns"));
    case PermissionsColumn:
        return role.permissions.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoleCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& entry = m_roles[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == HoldersColumn || index.column() == PendingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return entry.id;
    case SortKeyRole:
        if (index.column() == HoldersColumn)
            return entry.holders;
        if (index.column() == PendingColumn)
            return entry.pending;
        return entry.code;
    default:
        return {};
    }
}

QVariant RoleCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case HoldersColumn:
        return tr("Holders");
    case PendingColumn:
        return tr("Pending");
    case SensitiveColumn:
        return tr("Sensitive");
    case MaxDurationColumn:
        return tr("Max. duration");
    case OpensColumn:
        return tr("Opens");
    case TrainingColumn:
        return tr("Training");
    case PermissionsColumn:
        return tr("Permissions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
