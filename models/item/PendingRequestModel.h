#pragma once

#include "store/AgentAccessRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// The role requests waiting for a second supervisor, as the roles page's approvals tab lists them. It takes the rows
// AgentAccessRepository::pending() read and runs no SQL. Every cell carries the assignment's id under IdRole.
class PendingRequestModel : public QAbstractTableModel
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

    explicit PendingRequestModel(QObject* parent = nullptr);

    void setRequests(std::vector<AgentAccessRepository::Assignment> rows);
    void clear();

    // The row as read (what a dialog names when it acts on the row); nullptr: no such row.
    [[nodiscard]] const AgentAccessRepository::Assignment* assignment(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const AgentAccessRepository::Assignment& row, int column) const;

    std::vector<AgentAccessRepository::Assignment> m_requests;
};

} // namespace custodian
