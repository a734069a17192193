#include "item/TodayAttentionModel.h"

#include "item/ItemRoles.h"
#include "rules/FindingCatalogue.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

TodayAttentionModel::TodayAttentionModel(QObject* parent)
    : RowTableModel(parent)
{
}

void TodayAttentionModel::setItems(std::vector<TodayAttentionItem> items, qint64 now)
{
    m_now = now;
    setRows(std::move(items));
}

const TodayAttentionItem* TodayAttentionModel::item(int row) const
{
    if (row < 0 || row >= int(rows().size()))
        return nullptr;
    return &rows()[std::size_t(row)];
}

int TodayAttentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TodayAttentionModel::text(const TodayAttentionItem& item, int column) const
{
    switch (Column(column)) {
    case SeverityColumn:
        return FindingCatalogue::severityName(item.severity);
    case WhatColumn:
        switch (item.kind) {
        case TodayAttentionItem::Kind::Finding:
            return tr("Critical finding: %1").arg(item.subject);
        case TodayAttentionItem::Kind::Approval:
            return tr("Approve or reject: %1").arg(item.subject);
        case TodayAttentionItem::Kind::Review:
            return tr("Access review “%1”: %n item(s) undecided", nullptr, int(item.count)).arg(item.subject);
        case TodayAttentionItem::Kind::Conflicts:
            return tr("%n sync conflict(s) to resolve", nullptr, int(item.count));
        }
        break;
    case DeadlineColumn:
        if (!item.deadline)
            return tr("now");
        {
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(*item.deadline),
                                                    QStringLiteral("yyyy-MM-dd HH:mm"));
            return *item.deadline <= m_now ? tr("overdue since %1").arg(when) : when;
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TodayAttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayAttentionItem& row = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(row, index.column());
    case IdRole:
        return row.subjectId;
    case SortKeyRole:
        return index.column() == DeadlineColumn ? QVariant(row.deadline.value_or(0)) : QVariant(int(row.severity));
    case ToneRole:
        if (index.column() == SeverityColumn && row.severity == Severity::Critical)
            return QVariant::fromValue(CellTone::Error);
        if (index.column() == DeadlineColumn && row.deadline && *row.deadline <= m_now)
            return QVariant::fromValue(CellTone::Error);
        return QVariant::fromValue(CellTone::Normal);
    default:
        return {};
    }
}

QVariant TodayAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case WhatColumn:
        return tr("What needs you");
    case DeadlineColumn:
        return tr("Deadline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
