#pragma once

#include "item/RowTableModel.h"
#include "store/AgentAccessRepository.h"

#include <vector>

namespace custodian {

// The history of an agent's roles as the roles page's agent tab lists it, newest first as read: when, what changed,
// the role, who ("system" for expiries), the validity change and why. It takes the rows
// AgentAccessRepository::history() read and runs no SQL. Every cell carries the assignment's id under IdRole.
class AgentHistoryModel : public RowTableModel<AgentAccessRepository::HistoryLine>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ChangeColumn, RoleColumn, ByColumn, ValidityColumn, WhyColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setHistory(std::vector<AgentAccessRepository::HistoryLine> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AgentAccessRepository::HistoryLine& row, int column) const;
};

} // namespace custodian
