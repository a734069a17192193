#pragma once

#include "item/RowTableModel.h"
#include "store/AgentAccessRepository.h"

#include <vector>

namespace custodian {

// The role requests waiting for a second supervisor, as the roles page's approvals tab lists them. It takes the rows
// AgentAccessRepository::pending() read and runs no SQL. Every cell carries the assignment's id under IdRole.
class PendingRequestModel : public RowTableModel<AgentAccessRepository::Assignment>
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        RoleColumn,
        RequestedByColumn,
        RequestedColumn,
        ValidFromColumn,
        ValidUntilColumn,
        SodExceptionColumn,
        JustificationColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    void setRequests(std::vector<AgentAccessRepository::Assignment> rows) { setRows(std::move(rows)); }

    // The row as read (what a dialog names when it acts on the row); nullptr: no such row.
    [[nodiscard]] const AgentAccessRepository::Assignment* assignment(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AgentAccessRepository::Assignment& row, int column) const;
};

} // namespace custodian
