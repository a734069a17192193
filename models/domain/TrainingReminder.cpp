#include "domain/TrainingReminder.h"

namespace custodian {

QString toString(ReminderLevel level)
{
    switch (level) {
    case ReminderLevel::Agent:
        return QStringLiteral("agent");
    case ReminderLevel::TeamLead:
        return QStringLiteral("team_lead");
    case ReminderLevel::Manager:
        return QStringLiteral("manager");
    }
    return QStringLiteral("agent");
}

std::optional<ReminderLevel> reminderLevelFromString(const QString& text)
{
    for (ReminderLevel level : { ReminderLevel::Agent, ReminderLevel::TeamLead, ReminderLevel::Manager }) {
        if (text == toString(level))
            return level;
    }
    return std::nullopt;
}

} // namespace custodian
