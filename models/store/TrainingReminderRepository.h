#pragma once

#include "domain/Result.h"
#include "domain/TrainingReminder.h"

#include <optional>

namespace custodian {

class Database;

// Writes training reminders (training_reminder) and reads the few facts sending one needs, inside the caller's
// transaction (TrainingReminderWorkflow). Readers of the history use TrainingReminderReader.
class TrainingReminderRepository
{
public:
    // To whom an escalation of this agent's reminder goes: the team lead is the agent's supervisor
    // (agent.manager_id), the manager is the manager of the agent's team's site (site.manager_id). Either may be
    // unknown.
    struct Addressees
    {
        std::optional<qint64> teamLeadId;
        std::optional<qint64> managerId;
    };

    // The assignment a reminder is about: the agent's unfinished training_record of the module with the earliest due
    // date (none when the module is required by a role only).
    struct OpenRecord
    {
        qint64 id = 0;
        std::optional<qint64> campaignId;
    };

    explicit TrainingReminderRepository(Database& database);

    // A random id in 1 … 2^53 − 1 that no reminder here has.
    [[nodiscard]] Result<qint64> newId();
    [[nodiscard]] Status insert(const TrainingReminder& reminder);
    [[nodiscard]] Result<bool> exists(qint64 id);
    // When the last reminder for this agent and module was sent (by anyone), if ever.
    [[nodiscard]] Result<std::optional<qint64>> lastSentAt(qint64 agentId, qint64 moduleId);
    [[nodiscard]] Result<Addressees> addressees(qint64 agentId);
    [[nodiscard]] Result<std::optional<OpenRecord>> openRecord(qint64 agentId, qint64 moduleId);

private:
    Database& m_database;
};

} // namespace custodian
