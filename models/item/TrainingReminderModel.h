#pragma once

#include "item/ItemRoles.h"
#include "item/RowTableModel.h"
#include "store/TrainingReminderReader.h"

namespace custodian {

// The reminders one agent was sent (the Training page's agent view), newest first: when, about which module, how far
// it escalated and to whom, how many days overdue the training was then, who sent it and their note. Rows from
// TrainingReminderReader::ofAgent on a worker; no SQL here. IdRole is the reminder.
class TrainingReminderModel : public RowTableModel<TrainingReminderReader::Entry>
{
    Q_OBJECT
public:
    enum Column {
        SentColumn,
        ModuleColumn,
        LevelColumn,
        CopiedToColumn,
        DaysColumn,
        SentByColumn,
        NoteColumn,
        ColumnCount
    };

    using RowTableModel::RowTableModel;

    // "the agent", "the team lead", "the manager": how far a reminder went.
    [[nodiscard]] static QString levelText(ReminderLevel level);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const TrainingReminderReader::Entry& entry, int column) const;
};

} // namespace custodian
