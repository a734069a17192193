#include "item/TrainingAgentModel.h"
#include "item/AccessTerms.h"

#include "domain/Vocabulary.h"
#include "item/TrainingStandingListModel.h"

#include <QLocale>

namespace custodian {

const TrainingStandingRow* TrainingAgentModel::row(int index) const
{
    if (index < 0 || index >= int(rows().size()))
        return nullptr;
    return &rows()[std::size_t(index)];
}

int TrainingAgentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingAgentModel::text(const TrainingStandingRow& row, int column) const
{
    const TrainingStanding& standing = row.standing;
    switch (Column(column)) {
    case ModuleColumn:
        return tr("%1 (%2)").arg(row.moduleTitle, row.moduleCode);
    case StateColumn:
        return Vocabulary::trainingState(standing.state);
    case RequiredByColumn:
        return row.requiredBy;
    case AssignedColumn:
        return AccessTerms::date(standing.assignedAt);
    case DueColumn:
        return AccessTerms::date(standing.dueAt);
    case DaysColumn:
        return TrainingStandingListModel::daysText(standing);
    case CompletedColumn:
        return AccessTerms::date(standing.completedAt);
    case ScoreColumn:
        if (!standing.score)
            return {};
        if (!standing.passed)
            return QLocale().toString(*standing.score);
        return (*standing.passed ? tr("%1 (passed)") : tr("%1 (failed)")).arg(QLocale().toString(*standing.score));
    case ExpiresColumn:
        return AccessTerms::date(standing.expiresAt);
    case CertificateColumn:
        return standing.certificateRef;
    case LastFailedColumn:
        return AccessTerms::date(standing.lastFailedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingAgentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingStandingRow& r = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case IdRole:
        return r.moduleId;
    case ToneRole:
        if (index.column() == StateColumn || index.column() == DaysColumn)
            return QVariant::fromValue(TrainingStandingListModel::tone(r.standing.state));
        return QVariant::fromValue(CellTone::Normal);
    default:
        return {};
    }
}

QVariant TrainingAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ModuleColumn:
        return tr("Module");
    case StateColumn:
        return tr("State");
    case RequiredByColumn:
        return tr("Required by");
    case AssignedColumn:
        return tr("Assigned");
    case DueColumn:
        return tr("Due");
    case DaysColumn:
        return tr("Days");
    case CompletedColumn:
        return tr("Completed");
    case ScoreColumn:
        return tr("Score");
    case ExpiresColumn:
        return tr("Expires");
    case CertificateColumn:
        return tr("Certificate");
    case LastFailedColumn:
        return tr("Last failed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
