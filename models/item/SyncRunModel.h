#pragma once

#include "item/RowTableModel.h"
#include "store/SyncRunLog.h"

#include <vector>

namespace custodian {

// The sync history as the sync page lists it, newest first as read: when a run started, how long it took, its
// outcome in words, what it pulled, pushed and found in conflict, and its message. A failed run is what a supervisor
// must notice: every cell of its row says CellTone::Error under ToneRole. It takes the rows SyncRunLog::recent() read
// and runs no SQL. Every cell carries the run's id under IdRole.
class SyncRunModel : public RowTableModel<SyncRunLog::Run>
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        TookColumn,
        OutcomeColumn,
        PulledColumn,
        PushedColumn,
        ConflictsColumn,
        DetailsColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    void setRuns(std::vector<SyncRunLog::Run> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const SyncRunLog::Run& row, int column) const;
};

} // namespace custodian
