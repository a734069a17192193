#include "item/IncidentRelatedModel.h"

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

QString phaseText(int code)
{
    const std::optional<IncidentPhase> phase = IncidentPhases::fromCode(code);
    return phase ? IncidentTerms::phase(*phase) : QString::number(code);
}
} // namespace

IncidentRelatedModel::IncidentRelatedModel(QObject* parent)
    : RowTableModel(parent)
{
}

const IncidentObservableReader::Related* IncidentRelatedModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int IncidentRelatedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentRelatedModel::data(const QModelIndex& index, int role) const
{
    const IncidentObservableReader::Related* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const IncidentObservableReader::Related& row = *found;
    if (role == IdRole)
        return row.incidentId;
    if (role == ToneRole)
        return QVariant::fromValue(CellTone::Normal);
    if (role == Qt::ToolTipRole)
        return row.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ReferenceColumn:
        return row.reference;
    case TitleColumn:
        return row.title;
    case PhaseColumn:
        return phaseText(row.phase);
    case RecordsColumn:
        return row.sharedRecords;
    case AgentsColumn:
        return row.sharedAgents;
    case WorkstationsColumn:
        return row.sharedWorkstations;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentRelatedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Title");
    case PhaseColumn:
        return tr("Phase");
    case RecordsColumn:
        return tr("Shared records");
    case AgentsColumn:
        return tr("Shared agents");
    case WorkstationsColumn:
        return tr("Shared workstations");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
