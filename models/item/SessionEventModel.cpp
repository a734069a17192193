#include "item/SessionEventModel.h"

#include "domain/Vocabulary.h"
#include "item/AccessTerms.h"
#include "item/ItemRoles.h"

#include <QDateTime>
#include <QFont>

namespace custodian {

SessionEventModel::SessionEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionEventModel::setEvents(std::vector<AccessEventDetailRepository::SessionEvent> rows, qint64 currentEventId)
{
    beginResetModel();
    m_events = std::move(rows);
    m_current = currentEventId;
    endResetModel();
}

void SessionEventModel::clear()
{
    setEvents({}, 0);
}

int SessionEventModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < int(m_events.size()); ++row) {
        if (m_events[std::size_t(row)].id == eventId)
            return row;
    }
    return -1;
}

int SessionEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SessionEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionEventModel::text(const AccessEventDetailRepository::SessionEvent& row, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.occurredAt).toString(QStringLiteral("HH:mm:ss"));
    case ActionColumn:
        return AccessTerms::action(row.action);
    case OutcomeColumn:
        return AccessTerms::outcome(row.outcome);
    case RecordColumn:
        return row.recordId ? tr("%1 (%2)").arg(row.recordMasked, row.recordKind) : QString();
    case WorkstationColumn:
        return row.workstation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_events[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // The day and the zone the time column leaves out.
        return index.column() == TimeColumn ? AccessTerms::dateTime(row.occurredAt) : text(row, index.column());
    case Qt::FontRole: {
        if (row.id != m_current)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IdRole:
        return row.id;
    case SortKeyRole:
        return row.occurredAt;
    case ToneRole:
        return QVariant::fromValue(index.column() == OutcomeColumn && row.outcome != AccessOutcome::Success
                                       ? CellTone::Error
                                       : CellTone::Normal);
    default:
        return {};
    }
}

QVariant SessionEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return Vocabulary::timeHeader(tr("Time"));
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case RecordColumn:
        return tr("Record");
    case WorkstationColumn:
        return tr("Workstation");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
