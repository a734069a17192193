#pragma once

#include "item/ItemRoles.h"
#include "item/RowTableModel.h"
#include "rules/TrainingCampaignProgress.h"

namespace custodian {

// The Training page's campaigns: each campaign's module, dates, audience and how far it has got (complete, % complete,
// overdue) at the page's instant. IdRole is the campaign. Rows from TrainingCampaignProgress; no SQL.
class TrainingCampaignModel : public RowTableModel<TrainingCampaignProgress>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ModuleColumn,
        StartsColumn,
        DueColumn,
        AudienceColumn,
        CompleteColumn,
        PercentColumn,
        OverdueColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    [[nodiscard]] const TrainingCampaignProgress* row(int index) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const TrainingCampaignProgress& row, int column) const;
};

} // namespace custodian
