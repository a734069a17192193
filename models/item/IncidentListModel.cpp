#include "item/IncidentListModel.h"

#include "item/IncidentTerms.h"
#include "item/ItemRoles.h"
#include "rules/BreachNotificationClock.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {
QString dateTimeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

IncidentListModel::IncidentListModel(QObject* parent)
    : RowTableModel(parent)
{
}

void IncidentListModel::setIncidents(std::vector<IncidentListReader::Row> rows, qint64 now)
{
    m_now = now;
    setRows(std::move(rows));
}

const IncidentListReader::Row* IncidentListModel::incident(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (std::size_t i = 0; i < rows().size(); ++i) {
        if (rows()[i].id == incidentId)
            return int(i);
    }
    return -1;
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    const IncidentListReader::Row* row = incident(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return row->id;
    const IncidentSla::Reading sla = IncidentSla::at(row->openedAt, row->severity, row->closedAt, m_now, m_windows);
    const BreachNotificationClock::Reading gdpr = BreachNotificationClock::at(row->awareAt, row->notifiedAt, m_now);
    if (role == ToneRole) {
        switch (index.column()) {
        case SlaColumn:
            if (sla.state == IncidentSla::State::Breached)
                return QVariant::fromValue(CellTone::Error);
            if (sla.state == IncidentSla::State::DueSoon)
                return QVariant::fromValue(CellTone::Warning);
            return QVariant::fromValue(CellTone::Normal);
        case GdprColumn:
            if (gdpr.state == BreachNotificationClock::State::Overdue)
                return QVariant::fromValue(CellTone::Error);
            if (gdpr.state == BreachNotificationClock::State::Urgent)
                return QVariant::fromValue(CellTone::Warning);
            return QVariant::fromValue(CellTone::Normal);
        case SeverityColumn:
            return QVariant::fromValue(row->severity == Severity::Critical ? CellTone::Error : CellTone::Normal);
        default:
            return QVariant::fromValue(CellTone::Normal);
        }
    }
    if (role == SortKeyRole) {
        switch (index.column()) {
        case SeverityColumn:
            return int(row->severity);
        case PhaseColumn:
            return IncidentPhases::ordinal(row->phase);
        case AgeColumn:
            return sla.ageMs;
        case DueColumn:
            return sla.dueAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return row->title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return row->reference;
    case TitleColumn:
        return row->title;
    case SeverityColumn:
        return IncidentTerms::severity(row->severity);
    case PhaseColumn:
        return IncidentTerms::phaseWithFunction(row->phase);
    case OwnerColumn:
        return row->ownerId == 0 ? tr("Unassigned") : row->ownerName;
    case CategoryColumn:
        return IncidentTerms::category(row->category);
    case AgeColumn:
        return IncidentTerms::duration(sla.ageMs);
    case DueColumn:
        return row->closedAt ? QString() : dateTimeText(sla.dueAt);
    case SlaColumn:
        return IncidentTerms::sla(sla);
    case GdprColumn:
        return IncidentTerms::gdpr(gdpr);
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Title");
    case SeverityColumn:
        return tr("Severity");
    case PhaseColumn:
        return tr("Phase (CSF function)");
    case OwnerColumn:
        return tr("Owner");
    case CategoryColumn:
        return tr("Category");
    case AgeColumn:
        return tr("Age");
    case DueColumn:
        return tr("Due");
    case SlaColumn:
        return tr("SLA");
    case GdprColumn:
        return tr("GDPR clock");
    default:
        return {};
    }
}

} // namespace custodian
