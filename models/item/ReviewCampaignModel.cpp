#include "item/ReviewCampaignModel.h"

#include "item/ItemRoles.h"
#include "item/ReviewItemModel.h"
#include "rules/ReviewRules.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {
constexpr qint64 DayMs = 24LL * 3'600'000;

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd"));
}
} // namespace

ReviewCampaignModel::ReviewCampaignModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ReviewCampaignModel::dueText(const ReviewCampaign& c, qint64 now)
{
    if (c.closedAt)
        return tr("Closed %1").arg(dayText(*c.closedAt));
    if (ReviewRules::overdue(c, now))
        return tr("Overdue since %1").arg(dayText(c.dueAt));
    const qint64 days = (c.dueAt - now) / DayMs;
    return days < 1 ? tr("Due today") : tr("Due %1 (in %n day(s))", nullptr, int(days)).arg(dayText(c.dueAt));
}

void ReviewCampaignModel::setCampaigns(std::vector<ReviewListReader::CampaignRow> rows, qint64 now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
}

void ReviewCampaignModel::clear()
{
    setCampaigns({}, 0);
}

qint64 ReviewCampaignModel::campaignId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].campaign.id : 0;
}

int ReviewCampaignModel::rowOf(qint64 campaignId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[std::size_t(row)].campaign.id == campaignId)
            return row;
    }
    return -1;
}

int ReviewCampaignModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewCampaignModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewCampaignModel::text(const ReviewListReader::CampaignRow& row, int column) const
{
    switch (Column(column)) {
    case CampaignColumn:
        return row.campaign.name;
    case CoversColumn:
        return row.scopeName;
    case ReviewerColumn:
        return row.reviewerName;
    case DueColumn:
        return dueText(row.campaign, m_now);
    case DecidedColumn:
        return tr("%1 of %2").arg(row.decided).arg(row.items);
    case DefaultColumn:
        return ReviewItemModel::decisionName(row.campaign.defaultDecision);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewCampaignModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // the text again, for cut-off cells
        return text(row, index.column());
    case ToneRole:
        if (index.column() == DueColumn
            && (ReviewRules::overdue(row.campaign, m_now) || ReviewRules::dueSoon(row.campaign, m_now)))
            return QVariant::fromValue(CellTone::Error);
        return QVariant::fromValue(CellTone::Normal);
    case IdRole:
        return row.campaign.id;
    default:
        return {};
    }
}

QVariant ReviewCampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CampaignColumn:
        return tr("Campaign");
    case CoversColumn:
        return tr("Covers");
    case ReviewerColumn:
        return tr("Reviewer");
    case DueColumn:
        return tr("Due");
    case DecidedColumn:
        return tr("Decided");
    case DefaultColumn:
        return tr("Default at close");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
