#include "item/TrainingAtTimeModel.h"

#include "item/AccessTerms.h"
#include "item/ItemRoles.h"

namespace custodian {

namespace {

// Valid, or assigned and not yet due, is what the rules ask; anything else left the agent untrained at that moment.
bool isProblem(AccessEventDetailRepository::TrainingState state)
{
    using State = AccessEventDetailRepository::TrainingState;
    return state != State::Valid && state != State::Assigned;
}

} // namespace

int TrainingAtTimeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingAtTimeModel::text(const AccessEventDetailRepository::TrainingAtTime& row, int column) const
{
    switch (Column(column)) {
    case ModuleColumn:
        return row.title;
    case StateColumn:
        return AccessTerms::trainingState(row.state);
    case CompletedColumn:
        return AccessTerms::date(row.completedAt);
    case ExpiresColumn:
        if (row.expiresAt)
            return AccessTerms::date(row.expiresAt);
        return row.dueAt ? tr("due %1").arg(AccessTerms::date(row.dueAt)) : QString();
    case RequiredByColumn:
        return row.requiredBy.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingAtTimeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() != ModuleColumn)
            return text(row, index.column());
        return row.controlRef.isEmpty() ? row.framework : tr("%1 (%2)").arg(row.framework, row.controlRef);
    case IdRole:
        return row.moduleId;
    case ToneRole:
        return QVariant::fromValue(index.column() == StateColumn && isProblem(row.state) ? CellTone::Error
                                                                                         : CellTone::Normal);
    default:
        return {};
    }
}

QVariant TrainingAtTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ModuleColumn:
        return tr("Module");
    case StateColumn:
        return tr("At that moment");
    case CompletedColumn:
        return tr("Completed");
    case ExpiresColumn:
        return tr("Expires / due");
    case RequiredByColumn:
        return tr("Required by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
