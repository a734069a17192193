#pragma once

#include "item/ItemRoles.h"
#include "rules/TrainingMatrix.h"
#include "store/TrainingReminderReader.h"

#include <QAbstractTableModel>

#include <cstdint>

#include <memory>
#include <optional>
#include <vector>

namespace custodian {

// Agents with their standing in one module each: the agents behind a matrix cell, and the overdue, due-soon and
// expiring lists of the Training page. One row per agent × module; IdRole is the agent, ModuleIdRole the module.
// A row is a reference into the standings a TrainingMatrix decided on a worker (an agent's place and a module's
// place): the lists hold 100 000 rows and more at 20 000 agents, and neither they nor the standings are copied for
// them. The model runs no SQL; the module filter only picks which of its rows show. The overdue list also shows the
// reminders sent for each line (how many, and the last one's day and level): summaries a worker read, looked up by
// (agent, module) in a sorted vector when a row is painted, so that neither showing nor refreshing them touches the
// rows.
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
        ReminderCountColumn, // only with showsReminders()
        LastReminderColumn,
        ColumnCount
    };
    enum Role { ModuleIdRole = ToneRole + 16 };

    // One row: the agent at `agent` in the matrix's agents, and the module at `module` in its catalogue.
    struct Ref
    {
        std::uint32_t agent = 0;
        std::uint32_t module = 0;
    };
    using Refs = std::vector<Ref>;
    // TrainingReminderReader::summaries(): by agent id, then module id.
    using Reminders = std::vector<TrainingReminderReader::Summary>;

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `rows` of `decided` (a TrainingMatrix::build, with its agents), or those of one module.
    void setRows(std::shared_ptr<const TrainingMatrix> decided, std::shared_ptr<const Refs> rows,
                 std::optional<qint64> moduleId = std::nullopt);
    void clear();
    // Whether the two reminder columns are shown (the overdue list); set once, before rows are.
    void setShowsReminders(bool shows);
    [[nodiscard]] bool showsReminders() const { return m_showsReminders; }
    // The reminders sent, for the rows shown now and later; replacing them leaves the rows and the selection as they
    // are (after a send, after a sync brought reminders).
    void setReminders(std::shared_ptr<const Reminders> reminders);
    // The reminders of the row's line; nullptr when none were sent (or none are known).
    [[nodiscard]] const TrainingReminderReader::Summary* reminders(int index) const;

    // The row's agent and standing; nullptr outside the rows.
    [[nodiscard]] const TrainingMatrix::AgentRow* agent(int index) const;
    [[nodiscard]] const TrainingStanding* standing(int index) const;
    [[nodiscard]] const TrainingFacts::Module* module(int index) const;

    // The references to the overdue, due-soon or expiring lines of a count of `decided` (their agents found by id).
    [[nodiscard]] static Refs refsOf(const TrainingMatrix& decided, const std::vector<TrainingMatrix::Deadline>& lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12 days overdue", "5 days left", "–": how far the row's due date is, in words.
    [[nodiscard]] static QString daysText(const TrainingStanding& standing);
    // The tone of a state: overdue and expired are errors, due soon and not yet trained warnings.
    [[nodiscard]] static CellTone tone(TrainingState state);

private:
    [[nodiscard]] const Ref* ref(int index) const;
    [[nodiscard]] QString text(int index, int column) const;

    std::shared_ptr<const TrainingMatrix> m_decided;
    std::shared_ptr<const Refs> m_rows;
    std::vector<int> m_shown; // indexes into m_rows when filtered
    bool m_filtered = false;
    bool m_showsReminders = false;
    std::shared_ptr<const Reminders> m_reminders;
};

} // namespace custodian
