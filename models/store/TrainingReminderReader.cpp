#include "store/TrainingReminderReader.h"

#include "store/Database.h"

#include <QStringList>

#include <algorithm>

namespace custodian {

namespace {
// Columns 0–11 of training_reminder r, in TrainingReminder's order.
const char* const Columns = "r.id, r.agent_id, r.module_id, r.record_id, r.campaign_id, r.sent_by, r.sent_at, r.level, "
                            "r.team_lead_id, r.manager_id, r.days_overdue, r.note";

TrainingReminder readReminder(const Statement& s)
{
    TrainingReminder r;
    r.id = s.int64(0);
    r.agentId = s.int64(1);
    r.moduleId = s.int64(2);
    r.recordId = s.optionalInt64(3);
    r.campaignId = s.optionalInt64(4);
    r.sentBy = s.int64(5);
    r.sentAt = s.int64(6);
    r.level = reminderLevelFromString(s.text(7)).value_or(ReminderLevel::Agent);
    r.teamLeadId = s.optionalInt64(8);
    r.managerId = s.optionalInt64(9);
    r.daysOverdue = s.int64(10);
    r.note = s.text(11);
    return r;
}

constexpr std::size_t AgentsPerStatement = 500; // below SQLite's bound-parameter limit
} // namespace

TrainingReminderReader::TrainingReminderReader(Database& database)
    : m_database(database)
{
}

Result<std::vector<TrainingReminderReader::Entry>> TrainingReminderReader::ofAgent(qint64 agentId, int limit)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT %1, m.code, m.title, coalesce(b.display_name, ''), coalesce(l.display_name, ''), "
                       "coalesce(g.display_name, '') FROM training_reminder r INDEXED BY training_reminder_agent "
                       "JOIN training_module m ON m.id = r.module_id LEFT JOIN supervisor b ON b.id = r.sent_by "
                       "LEFT JOIN supervisor l ON l.id = r.team_lead_id LEFT JOIN supervisor g ON g.id = "
                       "r.manager_id WHERE r.agent_id = ? ORDER BY r.sent_at DESC, r.id DESC LIMIT ?")
            .arg(QLatin1String(Columns)));
    if (!statement)
        return statement.error();
    statement->bind(1, agentId).bind(2, std::max(1, limit));
    std::vector<Entry> entries;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Entry entry;
        entry.reminder = readReminder(*statement);
        entry.moduleCode = statement->text(12);
        entry.moduleTitle = statement->text(13);
        entry.sentByName = statement->text(14);
        entry.teamLeadName = statement->text(15);
        entry.managerName = statement->text(16);
        entries.push_back(std::move(entry));
    }
    return entries;
}

Result<std::vector<TrainingReminderReader::Summary>>
TrainingReminderReader::summaries(const std::vector<qint64>& agentIds, qint64 upTo)
{
    std::vector<qint64> ids = agentIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Summary> summaries;
    for (std::size_t start = 0; start < ids.size(); start += AgentsPerStatement) {
        const std::size_t count = std::min(AgentsPerStatement, ids.size() - start);
        QStringList marks;
        for (std::size_t i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        // Oldest first per pair, so the last row read of a pair is its latest reminder.
        auto statement = m_database.prepare(
            QStringLiteral("SELECT %1 FROM training_reminder r INDEXED BY training_reminder_agent WHERE r.agent_id "
                           "IN (%2) AND r.sent_at <= ? ORDER BY r.agent_id, r.module_id, r.sent_at, r.id")
                .arg(QLatin1String(Columns), marks.join(QLatin1Char(','))));
        if (!statement)
            return statement.error();
        for (std::size_t i = 0; i < count; ++i)
            statement->bind(int(i + 1), ids[start + i]);
        statement->bind(int(count + 1), upTo);
        for (;;) {
            auto row = statement->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            TrainingReminder reminder = readReminder(*statement);
            if (summaries.empty() || summaries.back().agentId != reminder.agentId
                || summaries.back().moduleId != reminder.moduleId)
                summaries.push_back(Summary { reminder.agentId, reminder.moduleId, 0, {} });
            ++summaries.back().count;
            summaries.back().last = std::move(reminder);
        }
    }
    return summaries;
}

} // namespace custodian
