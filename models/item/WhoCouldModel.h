#pragma once

#include "store/RecordAccessReader.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// "Who could" for one customer record: the agents who held a role opening its data in the range, whether they opened
// it, their team and those roles. It takes the rows RecordAccessReader::whoCouldWhoDid() read and runs no SQL. Every
// cell carries the agent's id under IdRole.
class WhoCouldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AgentColumn, OpenedColumn, TeamColumn, RolesColumn, ColumnCount };

    explicit WhoCouldModel(QObject* parent = nullptr);

    void setAgents(std::vector<RecordAccessReader::Could> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RecordAccessReader::Could& row, int column) const;

    std::vector<RecordAccessReader::Could> m_agents;
};

} // namespace custodian
