#include "item/IncidentObservableModel.h"

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

QString kindText(IncidentObservable::Kind kind)
{
    switch (kind) {
    case IncidentObservable::Kind::Agent:
        return IncidentObservableModel::tr("Agent");
    case IncidentObservable::Kind::Record:
        return IncidentObservableModel::tr("Customer record");
    case IncidentObservable::Kind::Workstation:
        return IncidentObservableModel::tr("Workstation");
    case IncidentObservable::Kind::Session:
        return IncidentObservableModel::tr("Session");
    }
    return {};
}
} // namespace

IncidentObservableModel::IncidentObservableModel(QObject* parent)
    : RowTableModel(parent)
{
}

const IncidentObservable* IncidentObservableModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int IncidentObservableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentObservableModel::data(const QModelIndex& index, int role) const
{
    const IncidentObservable* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const IncidentObservable& row = *found;
    if (role == IdRole)
        return row.refId;
    if (role == ToneRole)
        return QVariant::fromValue(CellTone::Normal);
    if (role == Qt::ToolTipRole)
        return row.label;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case KindColumn:
        return kindText(row.kind);
    case LabelColumn:
        return row.label.isEmpty() ? tr("(not in this store)") : row.label;
    case EventsColumn:
        return row.events;
    case FirstColumn:
        return row.firstAt ? timeText(*row.firstAt) : QString();
    case LastColumn:
        return row.lastAt ? timeText(*row.lastAt) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentObservableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case LabelColumn:
        return tr("Observable");
    case EventsColumn:
        return tr("Events");
    case FirstColumn:
        return tr("First seen");
    case LastColumn:
        return tr("Last seen");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
