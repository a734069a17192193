#pragma once

#include "item/ItemRoles.h"
#include "item/TrainingStandingRow.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace custodian {

// Agents with their standing in one module each: the agents behind a matrix cell, and the overdue, due-soon and
// expiring lists of the Training page. One row per agent × module; IdRole is the agent, ModuleIdRole the module.
// The rows come from a TrainingMatrix built on a worker; the model runs no SQL. A list is shared with the page that
// keeps it (tens of thousands of rows at scale: never copied on the GUI thread), and the module filter only picks
// which of its rows show.
class TrainingStandingListModel : public QAbstractTableModel
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

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `rows`, or those of one module.
    void setRows(std::shared_ptr<const std::vector<TrainingStandingRow>> rows,
                 std::optional<qint64> moduleId = std::nullopt);
    void setRows(std::vector<TrainingStandingRow> rows);
    void clear();

    [[nodiscard]] const TrainingStandingRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 days overdue", "5 days left", "–": how far the row's due date is, in words.
    [[nodiscard]] static QString daysText(const TrainingStanding& standing);
    // The tone of a state: overdue and expired are errors, due soon and not yet trained warnings.
    [[nodiscard]] static CellTone tone(TrainingState state);

private:
    [[nodiscard]] QString text(const TrainingStandingRow& row, int column) const;

    std::shared_ptr<const std::vector<TrainingStandingRow>> m_rows;
    std::vector<int> m_shown; // indexes into m_rows when filtered
    bool m_filtered = false;
};

} // namespace custodian
