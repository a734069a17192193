#pragma once

#include "store/RecordAccessReader.h"

#include <QAbstractTableModel>

#include <vector>

namespace custodian {

// "Who did" for one customer record: the agents who accessed it in the range, whether they held a role opening its
// data, how often, refusals, first and last access. An agent without such a role is what the panel is for: every cell
// of that row says CellTone::Error under ToneRole. It takes the rows RecordAccessReader::whoCouldWhoDid() read and
// runs no SQL. Every cell carries the agent's id under IdRole.
class WhoDidModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        HeldRoleColumn,
        TeamColumn,
        AccessesColumn,
        RefusedColumn,
        FirstColumn,
        LastColumn,
        ColumnCount
    };

    explicit WhoDidModel(QObject* parent = nullptr);

    void setAgents(std::vector<RecordAccessReader::Did> rows, DataClass dataClass);
    void clear();

    // The one name of a data class (Vocabulary), kept here for the panel that already asks the model.
    [[nodiscard]] static QString dataClassName(DataClass dataClass);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const RecordAccessReader::Did& row, int column) const;

    std::vector<RecordAccessReader::Did> m_agents;
    DataClass m_dataClass = DataClass::None; // the record's class, named in "no role opening …"
};

} // namespace custodian
