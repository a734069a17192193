#include "item/TrainingReminderModel.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace custodian {

QString TrainingReminderModel::levelText(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::Agent:
        return tr("the agent");
    case ReminderLevel::TeamLead:
        return tr("the team lead");
    case ReminderLevel::Manager:
        return tr("the manager");
    }
    return {};
}

int TrainingReminderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingReminderModel::text(const TrainingReminderReader::Entry& entry, int column) const
{
    const TrainingReminder& r = entry.reminder;
    switch (Column(column)) {
    case SentColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.sentAt), QStringLiteral("yyyy-MM-dd HH:mm"));
    case ModuleColumn:
        return entry.moduleCode;
    case LevelColumn:
        return levelText(r.level);
    case CopiedToColumn: {
        QStringList names;
        if (!entry.teamLeadName.isEmpty())
            names << entry.teamLeadName;
        if (!entry.managerName.isEmpty())
            names << entry.managerName;
        return names.join(QStringLiteral(", "));
    }
    case DaysColumn:
        return r.daysOverdue == 1 ? tr("1 day overdue") : tr("%1 days overdue").arg(QLocale().toString(r.daysOverdue));
    case SentByColumn:
        return entry.sentByName;
    case NoteColumn:
        return r.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingReminderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingReminderReader::Entry& entry = rows()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == ModuleColumn ? entry.moduleTitle : QVariant();
    case IdRole:
        return entry.reminder.id;
    case SortKeyRole:
        return index.column() == SentColumn ? QVariant(entry.reminder.sentAt) : QVariant(text(entry, index.column()));
    case ToneRole:
        return QVariant::fromValue(index.column() == LevelColumn && entry.reminder.level != ReminderLevel::Agent
                                       ? CellTone::Warning
                                       : CellTone::Normal);
    default:
        return {};
    }
}

QVariant TrainingReminderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SentColumn:
        return tr("Sent");
    case ModuleColumn:
        return tr("Module");
    case LevelColumn:
        return tr("Went up to");
    case CopiedToColumn:
        return tr("Copied to");
    case DaysColumn:
        return tr("Then");
    case SentByColumn:
        return tr("Sent by");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
