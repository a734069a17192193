#include "item/RoleAtTimeModel.h"

#include "item/AccessTerms.h"
#include "item/ItemRoles.h"

namespace custodian {

RoleAtTimeModel::RoleAtTimeModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RoleAtTimeModel::setRoles(std::vector<AccessEventDetailRepository::RoleAtTime> rows)
{
    beginResetModel();
    m_roles = std::move(rows);
    m_shown = true;
    endResetModel();
}

void RoleAtTimeModel::clear()
{
    beginResetModel();
    m_roles.clear();
    m_shown = false;
    endResetModel();
}

int RoleAtTimeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return showsNoRole() ? 1 : int(m_roles.size());
}

int RoleAtTimeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoleAtTimeModel::text(const AccessEventDetailRepository::RoleAtTime& row, int column) const
{
    switch (Column(column)) {
    case RoleColumn:
        return row.sensitive ? tr("%1 (sensitive)").arg(row.roleName) : row.roleName;
    case FromColumn:
        return AccessTerms::date(row.validFrom);
    case UntilColumn:
        return row.validUntilAtTime ? AccessTerms::date(row.validUntilAtTime) : tr("open-ended");
    case TodayColumn: {
        const QString status = AccessTerms::assignmentStatus(row.currentStatus);
        return row.endedAt && row.currentStatus != AssignmentStatus::Active
            ? tr("%1 %2").arg(status, AccessTerms::date(row.endedAt))
            : status;
    }
    case DataClassesColumn: {
        QStringList classes;
        for (const QString& code : row.dataClasses)
            classes << AccessTerms::dataClassFromCode(code);
        return classes.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RoleAtTimeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (showsNoRole()) {
        if (index.column() != RoleColumn)
            return {};
        if (role == Qt::DisplayRole)
            return tr("No role held at that moment");
        if (role == ToneRole)
            return QVariant::fromValue(CellTone::Error);
        return {};
    }
    const auto& row = m_roles[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() != RoleColumn)
            return text(row, index.column());
        return row.sodExceptionReason.isEmpty()
            ? row.roleCode
            : tr("%1 — separation-of-duties exception: %2").arg(row.roleCode, row.sodExceptionReason);
    case IdRole:
        return row.assignmentId;
    default:
        return {};
    }
}

Qt::ItemFlags RoleAtTimeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return showsNoRole() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RoleAtTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn:
        return tr("Role");
    case FromColumn:
        return tr("From");
    case UntilColumn:
        return tr("Until (then)");
    case TodayColumn:
        return tr("Today");
    case DataClassesColumn:
        return tr("Data classes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
