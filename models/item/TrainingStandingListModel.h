#pragma once

#include "item/ItemRoles.h"
#include "item/RowTableModel.h"
#include "item/TrainingStandingRow.h"

namespace custodian {

// Agents with their standing in one module each: the agents behind a matrix cell, and the overdue, due-soon and
// expiring lists of the Training page. One row per agent × module; IdRole is the agent, ModuleIdRole the module.
// The rows come from a TrainingMatrix built on a worker; the model runs no SQL.
class TrainingStandingListModel : public RowTableModel<TrainingStandingRow>
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        TeamColumn,
        ModuleColumn,
        StateColumn,
        DueColumn,
        DaysColumn,
        CompletedColumn,
        ScoreColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role { ModuleIdRole = ToneRole + 16 };

    using RowTableModel::RowTableModel;

    [[nodiscard]] const TrainingStandingRow* row(int index) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 days overdue", "5 days left", "–": how far the row's due date is, in words.
    [[nodiscard]] static QString daysText(const TrainingStanding& standing);
    // The tone of a state: overdue and expired are errors, due soon and not yet trained warnings.
    [[nodiscard]] static CellTone tone(TrainingState state);

private:
    [[nodiscard]] QString text(const TrainingStandingRow& row, int column) const;
};

} // namespace custodian
