#pragma once

#include <QString>

#include <optional>

namespace custodian {

// Whom a training reminder went to (training_reminder.level): the agent alone, also the agent's team lead (overdue
// by at least the first escalation threshold), also the site's manager (at least the second).
enum class ReminderLevel { Agent, TeamLead, Manager };

[[nodiscard]] QString toString(ReminderLevel level); // "agent", "team_lead", "manager"
[[nodiscard]] std::optional<ReminderLevel> reminderLevelFromString(const QString& text);

// One reminder a supervisor sent to one agent about one module (training_reminder; docs/training.md "Reminders").
// Ids are chosen at random below 2^53 by the sending console, as review campaigns' are, and kept by the central
// service, which hands every reminder to every console (the training_reminders stream). Never changed once sent.
struct TrainingReminder
{
    qint64 id = 0;
    qint64 agentId = 0;
    qint64 moduleId = 0;
    std::optional<qint64> recordId; // the open assignment it is about, if any
    std::optional<qint64> campaignId; // that assignment's campaign, if any
    qint64 sentBy = 0; // supervisor
    qint64 sentAt = 0;
    ReminderLevel level = ReminderLevel::Agent;
    std::optional<qint64> teamLeadId; // copied to this supervisor (level TeamLead or Manager)
    std::optional<qint64> managerId; // copied to this supervisor (level Manager)
    qint64 daysOverdue = 0; // when it was sent (0: due soon, or due that day)
    QString note;
};

} // namespace custodian
