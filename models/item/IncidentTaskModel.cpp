#include "item/IncidentTaskModel.h"

#include "item/IncidentTerms.h"
#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {
[[maybe_unused]] QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

IncidentTaskModel::IncidentTaskModel(QObject* parent)
    : RowTableModel(parent)
{
}

const IncidentRepository::Task* IncidentTaskModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int IncidentTaskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTaskModel::data(const QModelIndex& index, int role) const
{
    const IncidentRepository::Task* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const IncidentRepository::Task& row = *found;
    if (role == IdRole)
        return row.id;
    if (role == ToneRole)
        return QVariant::fromValue(row.mandatory && row.state == IncidentTaskState::Open ? CellTone::Warning
                                                                                         : CellTone::Normal);
    if (role == Qt::ToolTipRole)
        return row.guidance;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PhaseColumn:
        return IncidentTerms::phase(row.phase);
    case TaskColumn:
        return row.title;
    case MandatoryColumn:
        return row.mandatory ? tr("Mandatory") : tr("Optional");
    case StateColumn:
        return IncidentTerms::taskState(row.state);
    case DecidedColumn:
        return row.decidedAt ? tr("%1, %2").arg(row.decidedBy, timeText(*row.decidedAt)) : QString();
    case ReasonColumn:
        return row.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PhaseColumn:
        return tr("Phase");
    case TaskColumn:
        return tr("Task");
    case MandatoryColumn:
        return tr("Mandatory");
    case StateColumn:
        return tr("State");
    case DecidedColumn:
        return tr("Decided");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
