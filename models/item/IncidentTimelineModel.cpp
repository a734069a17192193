#include "item/IncidentTimelineModel.h"

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

IncidentTimelineModel::IncidentTimelineModel(QObject* parent)
    : RowTableModel(parent)
{
}

const IncidentRepository::TimelineEntry* IncidentTimelineModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int IncidentTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTimelineModel::data(const QModelIndex& index, int role) const
{
    const IncidentRepository::TimelineEntry* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const IncidentRepository::TimelineEntry& row = *found;
    if (role == IdRole)
        return row.id;
    if (role == ToneRole)
        return QVariant::fromValue(CellTone::Normal);
    if (role == Qt::ToolTipRole)
        return row.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case WhenColumn:
        return timeText(row.at);
    case WhoColumn:
        return row.author;
    case KindColumn:
        return row.kind;
    case TextColumn:
        return row.text;
    case PositionColumn:
        return row.position ? QVariant(*row.position) : QVariant(tr("from the central service"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case PositionColumn:
        return tr("Chain position");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
