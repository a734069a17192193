#include "store/BreachClockReader.h"

#include "store/Database.h"

namespace custodian {

namespace {
// A clock runs while the incident is a breach with an aware-at (hence a deadline) and nothing was sent yet; a
// withdrawn breach has its aware-at and deadline cleared, so it never matches.
const char RunningWhere[] = "personal_data_breach = 1 AND breach_established_at IS NOT NULL "
                            "AND notification_deadline_at IS NOT NULL AND authority_notified_at IS NULL";
} // namespace

BreachClockReader::BreachClockReader(Database& database)
    : m_database(database)
{
}

Result<BreachClockReader::Running> BreachClockReader::running()
{
    // One pass: the count over every running clock, and the nearest one's columns through SQLite's bare-column rule
    // for min() (the row holding the minimum supplies id and reference).
    auto statement = m_database.prepare(
        QStringLiteral("SELECT count(*), id, reference, min(notification_deadline_at) FROM incident WHERE %1")
            .arg(QLatin1String(RunningWhere)));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    Running running;
    if (!*row)
        return running;
    running.count = statement->int64(0);
    if (running.count > 0)
        running.nearest = Nearest { statement->int64(1), statement->text(2), statement->int64(3) };
    return running;
}

Result<std::optional<BreachClockReader::Nearest>> BreachClockReader::nearest(qint64 deadlineAtOrBefore)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, reference, notification_deadline_at FROM incident WHERE %1 "
                       "AND notification_deadline_at <= ? ORDER BY notification_deadline_at, id LIMIT 1")
            .arg(QLatin1String(RunningWhere)));
    if (!statement)
        return statement.error();
    statement->bind(1, deadlineAtOrBefore);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Nearest>();
    return std::optional<Nearest>(Nearest { statement->int64(0), statement->text(1), statement->int64(2) });
}

} // namespace custodian
