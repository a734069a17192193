#include "central/CentralTrainingReminders.h"

#include "central/CentralReplies.h"
#include "domain/TrainingReminder.h"

namespace custodian {

using namespace CentralReplies;

namespace {
constexpr qint64 MaxTime = 32'503'680'000'000;
constexpr qint64 MaxId = (qint64(1) << 53) - 1;
constexpr qint64 MaxNoteLength = 2000; // TrainingReminderWorkflow::MaxNoteLength (rules are not linked here)

using Type = SyncCatalogue::FieldType;

std::optional<qint64> optionalId(const QCborMap& payload, const char* key)
{
    const QCborValue value = payload.value(QLatin1String(key));
    return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

// What a console decides about a reminder (everything but who sent it and when).
bool sameReminder(const TrainingReminder& a, const TrainingReminder& b)
{
    return a.agentId == b.agentId && a.moduleId == b.moduleId && a.recordId == b.recordId
        && a.campaignId == b.campaignId && a.level == b.level && a.teamLeadId == b.teamLeadId
        && a.managerId == b.managerId && a.daysOverdue == b.daysOverdue && a.note == b.note;
}
} // namespace

CentralTrainingReminders::CentralTrainingReminders(CentralRepository& repository)
    : m_repository(repository)
{
}

CentralService::Reply CentralTrainingReminders::decide(const CentralRepository::Supervisor& supervisor,
                                                       const QString& consoleKey, const QString& entity,
                                                       const QCborValue& baseVersion, const QCborMap& payload,
                                                       qint64 now)
{
    bool numeric = false;
    const qint64 id = entity.toLongLong(&numeric);
    if (!numeric || id < 1 || id > MaxId || QString::number(id) != entity)
        return invalid(tr("A training reminder is named by its id (1 to 2^53 − 1)."));
    if (!baseVersion.isNull() && !baseVersion.isUndefined())
        return invalid(tr("A training reminder is never changed once sent: it has no base version."));
    if (QString problem = checkFields(payload,
                                      { { "agent_id", Type::Integer, false, 1, MaxId },
                                        { "module_id", Type::Integer, false, 1, MaxId },
                                        { "record_id", Type::Integer, true, 1, MaxId },
                                        { "campaign_id", Type::Integer, true, 1, MaxId },
                                        { "level", Type::Text, false, 1, 16 },
                                        { "team_lead_id", Type::Integer, true, 1, MaxId },
                                        { "manager_id", Type::Integer, true, 1, MaxId },
                                        { "days_overdue", Type::Integer, false, 0, 36'500 },
                                        { "note", Type::Text, true, 0, MaxNoteLength },
                                        { "at", Type::Integer, false, 0, MaxTime } });
        !problem.isEmpty())
        return invalid(tr("The training reminder is invalid: %1.").arg(problem));
    const auto level = reminderLevelFromString(payload.value(QLatin1String("level")).toString());
    if (!level)
        return invalid(tr("A training reminder's level is agent, team_lead or manager."));

    TrainingReminder reminder;
    reminder.id = id;
    reminder.agentId = payload.value(QLatin1String("agent_id")).toInteger();
    reminder.moduleId = payload.value(QLatin1String("module_id")).toInteger();
    reminder.recordId = optionalId(payload, "record_id");
    reminder.campaignId = optionalId(payload, "campaign_id");
    reminder.level = *level;
    reminder.teamLeadId = optionalId(payload, "team_lead_id");
    reminder.managerId = optionalId(payload, "manager_id");
    reminder.daysOverdue = payload.value(QLatin1String("days_overdue")).toInteger();
    reminder.note = payload.value(QLatin1String("note")).toString().trimmed();
    reminder.sentBy = supervisor.id; // the token's supervisor, whatever the console says
    reminder.sentAt = now; // the service's clock (ConsoleTime); the console's "at" is kept in the receipt
    // Copies go with the level: nobody at the agent level, a team lead from team_lead on, a manager only at manager.
    if (*level == ReminderLevel::Agent && (reminder.teamLeadId || reminder.managerId))
        return invalid(tr("A reminder to the agent alone names no team lead or manager."));
    if (*level == ReminderLevel::TeamLead && reminder.managerId)
        return invalid(tr("A reminder escalated to the team lead names no manager."));
    if (*level != ReminderLevel::Agent && reminder.daysOverdue < 1)
        return invalid(tr("Only overdue training escalates; 'days_overdue' is 0."));

    auto facts = m_repository.trainingReminderFacts(reminder);
    if (!facts)
        return internal();
    if (facts->existing) {
        if (!sameReminder(*facts->existing, reminder) || facts->existing->sentBy != supervisor.id)
            return invalid(tr("Another training reminder has the id %1; the console chooses another.").arg(id));
        return applied(1, id); // the same reminder again: held once
    }
    if (!facts->agentKnown)
        return invalid(tr("There is no agent %1.").arg(reminder.agentId));
    if (!facts->moduleKnown)
        return invalid(tr("There is no training module %1.").arg(reminder.moduleId));
    if (!facts->recordMatches)
        return invalid(tr("Training record %1 is not this agent's in this module.").arg(*reminder.recordId));
    if (!facts->campaignMatches)
        return invalid(tr("Training campaign %1 is not of this module.").arg(*reminder.campaignId));
    if (!facts->teamLeadKnown || !facts->managerKnown)
        return invalid(tr("The reminder is copied to a supervisor this service does not know."));
    if (auto status
        = m_repository.saveTrainingReminder(reminder, consoleKey, payload.value(QLatin1String("at")).toInteger());
        !status)
        return internal();
    return applied(1, id);
}

} // namespace custodian
