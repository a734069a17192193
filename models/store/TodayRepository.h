#pragma once

#include "domain/Result.h"
#include "domain/TodaySnapshot.h"

#include <array>

namespace custodian {

class Database;

// The Today page's numbers and its "needs you now" list, counted in one read (docs/today.md says what each counts).
// Every statement runs on an index or a small table — the console audit backwards from its newest entry, findings by
// (status, detected_at), the newest access event by its key — so a 10 M-event store answers in milliseconds; the page
// still reads it on a worker with its own connection. The rules' reminder time comes in as an argument because the
// store layer sits below the rules.
class TodayRepository
{
public:
    // At most this many critical findings are listed under "needs you now"; the count covers all.
    static constexpr int MaxListedFindings = 50;

    explicit TodayRepository(Database& database);

    // `now`: the instant counted at; `reviewReminderMs`: how long before its due date a review counts as due soon
    // (ReviewRules::ReminderMs).
    [[nodiscard]] Result<TodaySnapshot> snapshot(qint64 now, qint64 reviewReminderMs);
    // Fills the incident numbers of `today` at `now`: open (not closed), SLA breached — open and declared more than
    // the severity's window ago, `slaWindowMs` indexed by severity - 1 (IncidentSla::Windows, a rule the store does
    // not know) —, and the GDPR clocks running with the nearest deadline (BreachClockReader).
    [[nodiscard]] Status countIncidents(TodaySnapshot& today, qint64 now, const std::array<qint64, 4>& slaWindowMs);

private:
    Database& m_database;
};

} // namespace custodian
