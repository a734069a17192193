#pragma once

#include "item/RowTableModel.h"
#include "store/RecordAccessReader.h"

#include <vector>

namespace custodian {

// "Who could" for one customer record: the agents who held a role opening its data in the range, whether they opened
// it, their team and those roles. It takes the rows RecordAccessReader::whoCouldWhoDid() read and runs no SQL. Every
// cell carries the agent's id under IdRole.
class WhoCouldModel : public RowTableModel<RecordAccessReader::Could>
{
    Q_OBJECT
public:
    enum Column { AgentColumn, OpenedColumn, TeamColumn, RolesColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setAgents(std::vector<RecordAccessReader::Could> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RecordAccessReader::Could& row, int column) const;
};

} // namespace custodian
