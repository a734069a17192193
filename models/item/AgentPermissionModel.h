#pragma once

#include "item/RowTableModel.h"
#include "store/AgentAccessRepository.h"

#include <vector>

namespace custodian {

// The permissions an agent holds in force, as the roles page's agent tab lists them, with the roles that grant each.
// It takes the rows AgentAccessRepository::effectivePermissions() read and runs no SQL. A permission has no numeric
// key: its code is the key, under SortKeyRole on every cell.
class AgentPermissionModel : public RowTableModel<AgentAccessRepository::Permission>
{
    Q_OBJECT
public:
    enum Column { PermissionColumn, DescriptionColumn, RolesColumn, ColumnCount };

    using RowTableModel::RowTableModel;

    void setPermissions(std::vector<AgentAccessRepository::Permission> rows) { setRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AgentAccessRepository::Permission& row, int column) const;
};

} // namespace custodian
