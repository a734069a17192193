#include "item/TrainingCampaignModel.h"
#include "item/AccessTerms.h"

#include <QLocale>

namespace custodian {

const TrainingCampaignProgress* TrainingCampaignModel::row(int index) const
{
    if (index < 0 || index >= int(rows().size()))
        return nullptr;
    return &rows()[std::size_t(index)];
}

int TrainingCampaignModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingCampaignModel::text(const TrainingCampaignProgress& row, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case NameColumn:
        return row.name;
    case ModuleColumn:
        return row.moduleCode;
    case StartsColumn:
        return AccessTerms::date(row.startsAt);
    case DueColumn:
        return AccessTerms::date(row.dueAt);
    case AudienceColumn:
        return locale.toString(row.audience);
    case CompleteColumn:
        return locale.toString(row.complete);
    case PercentColumn:
        if (const auto percent = row.percentComplete())
            return tr("%1 %").arg(locale.toString(*percent));
        return QStringLiteral("–");
    case OverdueColumn:
        return locale.toString(row.overdue);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingCampaignModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingCampaignProgress& r = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case IdRole:
        return r.campaignId;
    case ToneRole:
        return QVariant::fromValue(index.column() == OverdueColumn && r.overdue > 0 ? CellTone::Error
                                                                                    : CellTone::Normal);
    case Qt::TextAlignmentRole:
        if (index.column() >= AudienceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TrainingCampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Campaign");
    case ModuleColumn:
        return tr("Module");
    case StartsColumn:
        return tr("Starts");
    case DueColumn:
        return tr("Due");
    case AudienceColumn:
        return tr("Assigned to");
    case CompleteColumn:
        return tr("Complete");
    case PercentColumn:
        return tr("% complete");
    case OverdueColumn:
        return tr("Overdue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
