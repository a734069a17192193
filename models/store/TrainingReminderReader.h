#pragma once

#include "domain/Result.h"
#include "domain/TrainingReminder.h"

#include <QString>

#include <limits>
#include <vector>

namespace custodian {

class Database;

// The reminder history (training_reminder, sent here or pulled from the central service), as plain values on the
// caller's connection — a worker's, so that a page can run it through LatestResultRunner:
//  * ofAgent(): one agent's reminders, newest first, with the names a view shows;
//  * summaries(): for a set of agents, per (agent, module) how many reminders were sent and the last one, so that an
//    overdue list can say "3 reminders, last on 2 March to the manager". Index look-ups by agent
//    (training_reminder_agent), a bounded number of statements for any number of agents.
class TrainingReminderReader
{
public:
    struct Entry
    {
        TrainingReminder reminder;
        QString moduleCode;
        QString moduleTitle;
        QString sentByName; // display name of the supervisor who sent it
        QString teamLeadName; // empty: not copied to a team lead
        QString managerName; // empty: not copied to a manager
    };

    struct Summary
    {
        qint64 agentId = 0;
        qint64 moduleId = 0;
        int count = 0;
        TrainingReminder last;
    };

    static constexpr int DefaultLimit = 1000;

    explicit TrainingReminderReader(Database& database);

    [[nodiscard]] Result<std::vector<Entry>> ofAgent(qint64 agentId, int limit = DefaultLimit);
    // By agent id, then module id; pairs without a reminder are left out. Only reminders sent at or before `upTo`
    // count (a list read as of an earlier instant shows the reminders sent by then).
    [[nodiscard]] Result<std::vector<Summary>> summaries(const std::vector<qint64>& agentIds,
                                                         qint64 upTo = std::numeric_limits<qint64>::max());

private:
    Database& m_database;
};

} // namespace custodian
