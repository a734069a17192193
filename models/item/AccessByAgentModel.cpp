#include "item/AccessByAgentModel.h"

#include "item/AccessTerms.h"
#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace custodian {

AccessByAgentModel::AccessByAgentModel(QObject* parent)
    : RowTableModel(parent)
{
}

qint64 AccessByAgentModel::totalEvents() const
{
    qint64 total = 0;
    for (const AccessByAgentReader::Row& row : rows())
        total += row.events;
    return total;
}

int AccessByAgentModel::rowOf(qint64 agentId) const
{
    for (std::size_t i = 0; i < rows().size(); ++i) {
        if (rows()[i].agentId == agentId)
            return int(i);
    }
    return -1;
}

int AccessByAgentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessByAgentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessByAgentReader::Row& row = rows()[std::size_t(index.row())];
    const qint64 at = index.column() == FirstColumn ? row.firstMs : row.lastMs;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case AgentColumn:
            return row.name.isEmpty() ? tr("Unknown agent #%1").arg(row.agentId)
                                      : tr("%1 (%2)").arg(row.name, row.employeeNo);
        case EventsColumn:
            return QLocale().toString(row.events);
        case FirstColumn:
        case LastColumn:
            return AccessTerms::dateTime(at);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FirstColumn || index.column() == LastColumn) {
            const QTimeZone zone(row.siteTimezone.toLatin1());
            if (zone.isValid())
                return tr("%1 — %2 site time (%3)")
                    .arg(AccessTerms::dateTime(at),
                         QDateTime::fromMSecsSinceEpoch(at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         row.siteTimezone);
            return AccessTerms::dateTime(at);
        }
        if (index.column() == AgentColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return row.agentId;
    case SortKeyRole:
        return index.column() == EventsColumn ? QVariant(row.events) : QVariant();
    default:
        return {};
    }
}

QVariant AccessByAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case EventsColumn:
        return tr("Events");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
