#include "store/TodayRepository.h"

#include "domain/Enums.h"
#include "store/BreachClockReader.h"
#include "store/Database.h"
#include "store/SyncConflicts.h"
#include "store/SyncOutbox.h"
#include "store/SyncRunLog.h"
#include "store/SyncSettingsRepository.h"
#include "store/SyncState.h"

#include <algorithm>

namespace custodian {

namespace {
// Findings that need attention, as the findings page's "Needs attention" choice selects them.
constexpr auto NeedsAttention = "status IN (1, 2)";
constexpr int PendingStatus = 1; // assignment_status 'pending'
} // namespace

TodayRepository::TodayRepository(Database& database)
    : m_database(database)
{
}

Status TodayRepository::countIncidents(TodaySnapshot& today, qint64 now, const std::array<qint64, 4>& slaWindowMs)
{
    // One pass over the incidents not closed: the open count and, of those, the ones whose due instant (declared +
    // the current severity's window, IncidentSla) lies before now.
    auto statement = m_database.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(opened_at + CASE severity WHEN 1 THEN ? WHEN 2 THEN ? WHEN 3 "
                       "THEN ? ELSE ? END < ?), 0) FROM incident WHERE phase <> %1")
            .arg(int(IncidentPhase::Closed)));
    if (!statement)
        return statement.error();
    for (int i = 0; i < 4; ++i)
        statement->bind(i + 1, slaWindowMs[std::size_t(i)]);
    statement->bind(5, now);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (*row) {
        today.incidentsOpen = statement->int64(0);
        today.incidentsSlaBreached = statement->int64(1);
    }
    auto running = BreachClockReader(m_database).running();
    if (!running)
        return running.error();
    today.gdprClocksRunning = running->count;
    if (running->nearest)
        today.nearestGdprClock = TodaySnapshot::GdprClock { running->nearest->incidentId, running->nearest->reference,
                                                            running->nearest->deadline };
    else
        today.nearestGdprClock.reset();
    return {};
}

Result<TodaySnapshot> TodayRepository::snapshot(qint64 now, qint64 reviewReminderMs)
{
    TodaySnapshot today;
    today.takenAt = now;

    auto me = SyncState(m_database).supervisorId();
    if (!me)
        return me.error();

    // The unlock before the current one: the newest 'unlock' entry is this session's. Walks the audit backwards by
    // its key and stops at the second match.
    {
        auto statement = m_database.prepare(
            QStringLiteral("SELECT at FROM console_audit WHERE action = 'unlock' ORDER BY seq DESC LIMIT 1 OFFSET 1"));
        if (!statement)
            return statement.error();
        auto row = statement->firstRow([](const Statement& s) { return s.int64(0); });
        if (!row)
            return row.error();
        today.previousUnlockAt = *row;
    }

    // Findings: the IN over every status lets (status, detected_at) answer "detected after t".
    {
        auto statement = m_database.prepare(
            QStringLiteral("SELECT count(*) FROM finding WHERE status IN (1, 2, 3, 4) AND detected_at > ?"));
        if (!statement)
            return statement.error();
        statement->bind(1, today.previousUnlockAt.value_or(0));
        auto row = statement->firstRow([](const Statement& s) { return s.int64(0); });
        if (!row)
            return row.error();
        today.newFindings = row->value_or(0);
    }
    {
        auto count = m_database.queryInt(QStringLiteral("SELECT count(*) FROM finding WHERE %1 AND severity = %2")
                                             .arg(QLatin1String(NeedsAttention))
                                             .arg(int(Severity::Critical)));
        if (!count)
            return count.error();
        today.criticalFindings = *count;
        auto statement = m_database.prepare(
            QStringLiteral("SELECT id, summary, detected_at FROM finding WHERE %1 AND severity = %2 "
                           "ORDER BY detected_at DESC, id DESC LIMIT %3")
                .arg(QLatin1String(NeedsAttention))
                .arg(int(Severity::Critical))
                .arg(MaxListedFindings));
        if (!statement)
            return statement.error();
        auto read = statement->forEachRow([&today](const Statement& s) {
            today.attention.push_back(
                { TodayAttentionItem::Kind::Finding, s.int64(0), Severity::Critical, std::nullopt, s.text(1), 0 });
        });
        if (!read)
            return read.error();
    }

    // Requests for sensitive roles waiting for a second supervisor; one's own cannot be decided by oneself
    // (AssignmentRules::checkDecider). A console that does not know its supervisor yet counts every one.
    {
        auto statement = m_database.prepare(
            QStringLiteral("SELECT a.id, g.display_name, r.name, a.valid_from FROM role_assignment a "
                           "JOIN agent g ON g.id = a.agent_id JOIN role r ON r.id = a.role_id "
                           "WHERE a.status = %1 AND a.requested_by <> ? ORDER BY a.valid_from, a.id")
                .arg(PendingStatus));
        if (!statement)
            return statement.error();
        statement->bind(1, me->value_or(0));
        auto read = statement->forEachRow([&today](const Statement& s) {
            ++today.approvalsWaiting;
            today.attention.push_back({ TodayAttentionItem::Kind::Approval, s.int64(0), Severity::High, s.int64(3),
                                        QStringLiteral("%1 — %2").arg(s.text(1), s.text(2)), 0 });
        });
        if (!read)
            return read.error();
    }

    // My open reviews with undecided items, due within the reminder time or overdue (the reviews page's reminders).
    {
        QString sql
            = QStringLiteral("SELECT c.id, c.name, c.due_at, count(i.id) - count(i.decision) FROM review_campaign c "
                             "JOIN review_item i ON i.campaign_id = c.id WHERE c.closed_at IS NULL AND c.due_at <= ?1");
        if (*me)
            sql += QStringLiteral(" AND c.reviewer_id = ?2");
        sql += QStringLiteral(" GROUP BY c.id HAVING count(i.id) > count(i.decision) ORDER BY c.due_at, c.id");
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, now + reviewReminderMs);
        if (*me)
            statement->bind(2, **me);
        auto read = statement->forEachRow([&today, now](const Statement& s) {
            const qint64 due = s.int64(2);
            const bool overdue = now >= due;
            ++today.reviewsDue;
            today.reviewsOverdue += overdue ? 1 : 0;
            today.undecidedItems += s.int64(3);
            today.attention.push_back({ TodayAttentionItem::Kind::Review, s.int64(0),
                                        overdue ? Severity::High : Severity::Medium, due, s.text(1), s.int64(3) });
        });
        if (!read)
            return read.error();
    }

    // Sync.
    auto settings = SyncSettingsRepository(m_database).load();
    if (!settings)
        return settings.error();
    today.syncConfigured = settings->isConfigured();
    auto lastSync = SyncRunLog(m_database).lastSuccessAt();
    if (!lastSync)
        return lastSync.error();
    today.lastSyncAt = *lastSync;
    auto waiting = SyncOutbox(m_database).waiting();
    if (!waiting)
        return waiting.error();
    today.changesWaiting = *waiting;
    auto conflicts = SyncConflicts(m_database).openCount();
    if (!conflicts)
        return conflicts.error();
    today.conflicts = *conflicts;
    if (today.conflicts > 0) {
        today.attention.push_back(
            { TodayAttentionItem::Kind::Conflicts, 0, Severity::Medium, std::nullopt, QString(), today.conflicts });
    }

    // Ids are time-ordered (AccessLookups::firstEventId), so the largest key is the newest event.
    {
        auto statement
            = m_database.prepare(QStringLiteral("SELECT occurred_at FROM access_event ORDER BY id DESC LIMIT 1"));
        if (!statement)
            return statement.error();
        auto row = statement->firstRow([](const Statement& s) { return s.int64(0); });
        if (!row)
            return row.error();
        today.newestEventAt = *row;
    }

    std::stable_sort(today.attention.begin(), today.attention.end(), &TodayAttentionItem::before);
    return today;
}

} // namespace custodian
