#pragma once

#include "item/RowTableModel.h"
#include "store/AccessEventDetailRepository.h"

#include <vector>

namespace custodian {

// The training an agent's roles required at the instant of an access event, as the detail pane lists it: the module,
// its state then (a lapsed, failed or missing one marked as an error), when it was completed, when it expires or was
// due, and which held roles require it. Runs no SQL.
class TrainingAtTimeModel : public RowTableModel<AccessEventDetailRepository::TrainingAtTime>
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, StateColumn, CompletedColumn, ExpiresColumn, RequiredByColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setTraining(std::vector<AccessEventDetailRepository::TrainingAtTime> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AccessEventDetailRepository::TrainingAtTime& row, int column) const;
};

} // namespace custodian
