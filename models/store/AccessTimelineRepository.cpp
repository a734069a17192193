#include "store/AccessTimelineRepository.h"

#include "domain/AccessEventId.h"
#include "store/AccessQuerySql.h"
#include "store/Database.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace custodian {

namespace {

using Ids = AccessQuery::Ids;

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = AccessTimelineRepository::HourMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 WeekMs = 7 * DayMs;
constexpr qint64 Ladder[] = { MinuteMs,    2 * MinuteMs, 5 * MinuteMs, 10 * MinuteMs, 15 * MinuteMs, 30 * MinuteMs,
                              HourMs,      2 * HourMs,   3 * HourMs,   4 * HourMs,    6 * HourMs,    8 * HourMs,
                              12 * HourMs, DayMs,        2 * DayMs,    WeekMs,        2 * WeekMs };

// What reading costs, measured on the 10 M-event demo store on this machine (docs/performance.md), per row, for a
// first load on a fresh connection (empty page cache, as after an unlock; warm runs are 2–5× faster):
//  * access_event in primary-key order, the row's filters tested: ~180–280 ns (decrypting the pages dominates);
//  * access_event through the agent index alone (agent and time only, no table look-up): ~250 ns;
//  * access_event through a secondary index plus the table look-up: 10–40 µs (a page read and decrypted per row);
//  * access_hourly in primary-key order with an agent list tested: ~105 ns; it has ~0.15 rows per event. (It has
//    no agent index: maintaining one cost a quarter of the ingest rate, docs/performance.md.)
// Used to estimate, before reading, whether an exact count fits the budget and which way is cheapest.
constexpr double ScanEventNs = 280;
constexpr double CoveredEventNs = 250;
constexpr double LookedUpEventNs = 20'000;
constexpr double HourlyScanRowNs = 105;
constexpr double HourlyRowsPerEvent = 0.15;
// A record has a handful of events (demo: 8); the estimate for a record filter assumes a few more.
constexpr double EventsPerRecord = 10;
// Records a read may go through by index (as AccessEventRepository does).
constexpr std::size_t MaxDrivingRecords = 5000;
// A finding's evidence or records are counted exactly up to this many times the default budget (~300 ms).
constexpr double NarrowLimitFactor = 2.5;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 snapToLadder(qint64 bucketMs)
{
    for (qint64 size : Ladder) {
        if (bucketMs <= size)
            return size;
    }
    return (bucketMs + WeekMs - 1) / WeekMs * WeekMs;
}

// Buckets of one size laid over [from, to) from an aligned origin (origin <= from).
struct Grid
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 origin = 0;
    qint64 bucket = 0;

    [[nodiscard]] std::size_t count() const { return std::size_t((to - origin + bucket - 1) / bucket); }
    [[nodiscard]] std::size_t indexOf(qint64 ms) const { return std::size_t((ms - origin) / bucket); }
};

Grid makeGrid(qint64 from, qint64 to, qint64 bucket, int utcOffsetSeconds)
{
    // Local midnight (and Monday for weeks): the epoch was a Thursday, the first Monday four days later. An
    // hour-sized or larger bucket must start on a UTC hour, so a half-hour zone aligns to its whole hours.
    qint64 offset = qint64(utcOffsetSeconds) * 1000;
    if (bucket >= HourMs)
        offset = floorDiv(offset, HourMs) * HourMs;
    const qint64 shift = bucket % WeekMs == 0 ? 4 * DayMs : 0;
    Grid grid;
    grid.from = from;
    grid.to = to;
    grid.bucket = bucket;
    grid.origin = floorDiv(from + offset - shift, bucket) * bucket + shift - offset;
    return grid;
}

// How an exact count from access_event is driven.
enum class Drive { Scan, Agents, Records, Evidence };

// Every filter of the query as row conditions, except the one the driving index already applies.
QStringList exactConditions(const AccessQuery& q, Drive drive)
{
    using Driven = AccessQuerySql::Driven;
    return AccessQuerySql::rowConditions(q,
                                         drive == Drive::Agents         ? Driven::Agents
                                             : drive == Drive::Records  ? Driven::Records
                                             : drive == Drive::Evidence ? Driven::Events
                                                                        : Driven::Nothing);
}

// Only what the rollups have: data class, outcome and an agent set.
QStringList rollupConditions(const AccessQuery& q, const Ids* agents)
{
    QStringList where;
    if (!q.dataClasses.isEmpty())
        where << QStringLiteral("+e.data_class IN (%1)").arg(AccessQuerySql::list(q.dataClasses));
    if (!q.outcomes.isEmpty())
        where << QStringLiteral("+e.outcome IN (%1)").arg(AccessQuerySql::list(q.outcomes));
    if (agents)
        where << QStringLiteral("+e.agent_id IN (%1)").arg(AccessQuerySql::list(*agents));
    return where;
}

QList<AccessTimelineRepository::Dimension> unexpressed(const AccessQuery& q)
{
    using D = AccessTimelineRepository::Dimension;
    QList<D> out;
    if (!q.actions.isEmpty())
        out << D::Action;
    if (!q.channels.isEmpty())
        out << D::Channel;
    if (q.workstations)
        out << D::Workstation;
    if (q.records)
        out << D::Record;
    if (q.events)
        out << D::Finding;
    if (q.text)
        out << D::Search;
    return out;
}

// Adds each row's time (column 0) to its bucket; rows outside the grid's range are ignored.
Status countEvents(Database& database, const QString& sql, const Grid& grid, std::vector<qint64>* counts)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const qint64 at = statement->int64(0);
        if (at >= grid.from && at < grid.to)
            ++(*counts)[grid.indexOf(at)];
    }
}

// Adds rollup rows (hour, events) to their buckets.
Status addHours(Database& database, const QString& sql, const Grid& grid, std::vector<qint64>* counts)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const qint64 at = statement->int64(0) * HourMs;
        if (at >= grid.from && at < grid.to)
            (*counts)[grid.indexOf(at)] += statement->int64(1);
    }
}

// Which team each agent is in, and how many agents each team has.
struct Teams
{
    std::unordered_map<qint64, qint64> teamOf;
    std::unordered_map<qint64, std::size_t> size;
};

Result<Teams> loadTeams(Database& database)
{
    auto statement = database.prepare(QStringLiteral("SELECT id, team_id FROM agent"));
    if (!statement)
        return statement.error();
    Teams teams;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return teams;
        teams.teamOf.emplace(statement->int64(0), statement->int64(1));
        ++teams.size[statement->int64(1)];
    }
}

// The teams `agents` holds completely, and the agents not in one of them.
void split(const Ids& agents, const Teams& teams, Ids* wholeTeams, Ids* rest)
{
    std::map<qint64, std::size_t> present;
    for (qint64 agent : agents) {
        if (auto it = teams.teamOf.find(agent); it != teams.teamOf.end())
            ++present[it->second];
    }
    for (const auto& [team, count] : present) {
        if (count == teams.size.at(team))
            wholeTeams->push_back(team); // in order: std::map
    }
    for (qint64 agent : agents) {
        const auto it = teams.teamOf.find(agent);
        if (it == teams.teamOf.end() || !std::binary_search(wholeTeams->begin(), wholeTeams->end(), it->second))
            rest->push_back(agent);
    }
}

QString where(QStringList conditions)
{
    conditions.removeAll(QString());
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

AccessTimelineRepository::AccessTimelineRepository(Database& database)
    : m_database(database)
{
}

qint64 AccessTimelineRepository::bucketMsFor(qint64 fromMs, qint64 toMs, int maxBuckets)
{
    // A misaligned grid adds one bucket at most: the span itself must fit in maxBuckets - 1.
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    const qint64 room = std::max(1, maxBuckets - 1);
    return snapToLadder((span + room - 1) / room);
}

Result<std::pair<qint64, qint64>> AccessTimelineRepository::shownRange(const AccessQuery& q)
{
    if (q.toMs - q.fromMs <= MaxUnclampedMs)
        return std::pair { q.fromMs, q.toMs };
    // The rollup's first and last hour: two seeks on its primary key.
    auto first = m_database.queryInt(QStringLiteral("SELECT coalesce(min(hour), -1) FROM access_hourly_total"));
    if (!first)
        return first.error();
    auto last = m_database.queryInt(QStringLiteral("SELECT coalesce(max(hour), -1) FROM access_hourly_total"));
    if (!last)
        return last.error();
    if (*first < 0)
        return std::pair { q.fromMs, q.fromMs };
    const qint64 from = std::max(q.fromMs, *first * HourMs);
    const qint64 to = std::min(q.toMs, (*last + 1) * HourMs);
    return std::pair { from, std::max(from, to) };
}

Result<AccessTimelineRepository::Timeline> AccessTimelineRepository::load(const AccessQuery& q, qint64 bucketMs,
                                                                          int utcOffsetSeconds)
{
    Timeline timeline;
    auto range = shownRange(q);
    if (!range)
        return range.error();
    std::tie(timeline.fromMs, timeline.toMs) = *range;
    const qint64 from = timeline.fromMs;
    const qint64 to = timeline.toMs;
    if (to <= from)
        return timeline;
    qint64 bucket = snapToLadder(std::max<qint64>(MinuteMs, bucketMs));

    // Whole hours inside the range come from a rollup; the pieces of hours cut by its ends from access_event.
    const qint64 wholeFrom = (from + HourMs - 1) / HourMs * HourMs;
    const qint64 wholeTo = to / HourMs * HourMs;
    const bool hasWholeHours = wholeFrom < wholeTo;
    const QList<Dimension> missing = unexpressed(q);

    // Events in the range over all agents, from the rollup: what every estimate below starts from.
    std::optional<double> rangeEvents;
    const auto eventsInRange = [&]() -> Result<double> {
        if (!rangeEvents) {
            auto sum = m_database.queryInt(QStringLiteral("SELECT coalesce(sum(events), 0) FROM access_hourly_total "
                                                          "WHERE hour >= %1 AND hour < %2")
                                               .arg(from / HourMs)
                                               .arg((to + HourMs - 1) / HourMs));
            if (!sum)
                return sum.error();
            rangeEvents = double(*sum);
        }
        return *rangeEvents;
    };

    std::optional<Drive> exactDrive;
    if (!q.matchesNothing && (bucket < HourMs || !missing.isEmpty() || !hasWholeHours)) {
        // Estimate an exact count before reading anything: the agents' share of the range's events, and the
        // cost of each way to reach them.
        auto events = eventsInRange();
        if (!events)
            return events.error();
        auto agentCount = m_database.queryInt(QStringLiteral("SELECT count(*) FROM agent"));
        if (!agentCount)
            return agentCount.error();
        const bool rowFilters = !q.dataClasses.isEmpty() || !q.outcomes.isEmpty() || !missing.isEmpty();
        struct Plan
        {
            Drive drive;
            double ms;
        };
        std::vector<Plan> plans { { Drive::Scan, *events * ScanEventNs / 1e6 } };
        if (q.events)
            plans.push_back({ Drive::Evidence, double(q.events->size()) * LookedUpEventNs / 1e6 });
        if (q.records && q.records->size() <= MaxDrivingRecords)
            plans.push_back({ Drive::Records, double(q.records->size()) * EventsPerRecord * LookedUpEventNs / 1e6 });
        const Ids* drivingAgents = q.agents ? &*q.agents : q.agentHint ? &*q.agentHint : nullptr;
        if (drivingAgents && *agentCount > 0) {
            const double share = std::min(1.0, double(drivingAgents->size()) / double(*agentCount));
            plans.push_back({ Drive::Agents, *events * share * (rowFilters ? LookedUpEventNs : CoveredEventNs) / 1e6 });
        }
        const Plan best
            = *std::min_element(plans.begin(), plans.end(), [](const Plan& a, const Plan& b) { return a.ms < b.ms; });
        // Without a whole hour the rollup has nothing to give (two hours of rows at most are read). A finding's
        // evidence and records are what the user asked to see, and the rollups know nothing of them: counted
        // exactly up to a hard limit, over the budget.
        if (best.ms <= m_exactBudgetMs || !hasWholeHours)
            exactDrive = best.drive;
        else if (plans.size() > 1 && (plans[1].drive == Drive::Evidence || plans[1].drive == Drive::Records)
                 && plans[1].ms <= NarrowLimitFactor * std::max(m_exactBudgetMs, DefaultExactBudgetMs))
            exactDrive = plans[1].drive;
        else if (bucket < HourMs)
            bucket = HourMs; // too many events for minutes: hours, from the rollups
    }

    const Grid grid = makeGrid(from, to, bucket, utcOffsetSeconds);
    timeline.bucketMs = bucket;
    std::vector<qint64> counts(grid.count(), 0);
    const QString select = QStringLiteral("SELECT e.occurred_at FROM access_event e");

    if (q.matchesNothing) {
        timeline.sources << Source::Nothing;
    } else if (exactDrive) {
        timeline.sources << Source::Events;
        QStringList conditions = exactConditions(q, *exactDrive);
        const QString idRange = QStringLiteral("e.id >= %1 AND e.id < %2")
                                    .arg(AccessEventId::firstAt(from))
                                    .arg(AccessEventId::firstAt(to));
        const QString timeRange = QStringLiteral("e.occurred_at >= %1 AND e.occurred_at < %2").arg(from).arg(to);
        QString indexHint;
        switch (*exactDrive) {
        case Drive::Scan:
            conditions.prepend(idRange);
            break;
        case Drive::Evidence:
            conditions.prepend(QStringLiteral("e.id IN (%1) AND %2").arg(AccessQuerySql::list(*q.events), idRange));
            break;
        case Drive::Records:
            indexHint = QStringLiteral(" INDEXED BY access_event_record");
            conditions.prepend(
                QStringLiteral("e.record_id IN (%1) AND %2").arg(AccessQuerySql::list(*q.records), timeRange));
            break;
        case Drive::Agents:
            indexHint = QStringLiteral(" INDEXED BY access_event_agent_time");
            conditions.prepend(QStringLiteral("e.agent_id IN (%1) AND %2")
                                   .arg(AccessQuerySql::list(q.agents ? *q.agents : *q.agentHint), timeRange));
            break;
        }
        if (auto status = countEvents(m_database, select + indexHint + where(conditions), grid, &counts); !status)
            return status.error();
    } else {
        // The rollups, narrowed by what they have. With filters they lack, a workstation filter still narrows
        // to the agents seen at those workstations (a superset of the matching events).
        const Ids* agents = q.agents ? &*q.agents : (q.workstations && q.agentHint) ? &*q.agentHint : nullptr;
        timeline.notNarrowedBy = missing;
        QStringList hourConditions;
        hourConditions << QStringLiteral("hour >= %1 AND hour < %2").arg(wholeFrom / HourMs).arg(wholeTo / HourMs);
        if (!q.dataClasses.isEmpty())
            hourConditions << QStringLiteral("data_class IN (%1)").arg(AccessQuerySql::list(q.dataClasses));
        if (!q.outcomes.isEmpty())
            hourConditions << QStringLiteral("outcome IN (%1)").arg(AccessQuerySql::list(q.outcomes));
        if (!agents) {
            timeline.sources << Source::HourlyTotal;
            if (auto status = addHours(
                    m_database, QStringLiteral("SELECT hour, events FROM access_hourly_total") + where(hourConditions),
                    grid, &counts);
                !status)
                return status.error();
        } else {
            // Whole teams (a team, a site, a search for a site's name) from the team rollup; the agents left
            // over the cheapest of three ways.
            auto teams = loadTeams(m_database);
            if (!teams)
                return teams.error();
            Ids wholeTeams;
            Ids rest;
            split(*agents, *teams, &wholeTeams, &rest);
            if (!wholeTeams.empty()) {
                timeline.sources << Source::HourlyTeam;
                QStringList conditions = hourConditions;
                conditions.prepend(QStringLiteral("team_id IN (%1)").arg(AccessQuerySql::list(wholeTeams)));
                if (auto status = addHours(
                        m_database, QStringLiteral("SELECT hour, events FROM access_hourly_team") + where(conditions),
                        grid, &counts);
                    !status)
                    return status.error();
            }
            if (!rest.empty()) {
                auto events = eventsInRange();
                if (!events)
                    return events.error();
                const double restEvents = *events
                    * std::min(1.0, double(rest.size()) / double(std::max<std::size_t>(1, teams->teamOf.size())));
                const bool codeFilters = !q.dataClasses.isEmpty() || !q.outcomes.isEmpty();
                const double covered = codeFilters ? HUGE_VAL : restEvents * CoveredEventNs;
                const double byScan = *events * HourlyRowsPerEvent * HourlyScanRowNs;
                if (covered <= byScan) {
                    // No code filter: the agent index itself has agent and time, no table look-up needed.
                    timeline.sources << Source::AgentIndex;
                    if (auto status = countEvents(m_database,
                                                  select
                                                      + QStringLiteral(" INDEXED BY access_event_agent_time WHERE "
                                                                       "e.agent_id IN (%1) AND e.occurred_at >= %2 "
                                                                       "AND e.occurred_at < %3")
                                                            .arg(AccessQuerySql::list(rest))
                                                            .arg(wholeFrom)
                                                            .arg(wholeTo),
                                                  grid, &counts);
                        !status)
                        return status.error();
                } else {
                    QStringList conditions = hourConditions;
                    timeline.sources << Source::HourlyScan;
                    conditions << QStringLiteral("+agent_id IN (%1)").arg(AccessQuerySql::list(rest));
                    const QString sql = QStringLiteral("SELECT hour, events FROM access_hourly");
                    if (auto status = addHours(m_database, sql + where(conditions), grid, &counts); !status)
                        return status.error();
                }
            }
        }
        // The cut hours at the ends, from access_event with the same filters as the rollup (so that the chart
        // means one thing from end to end).
        const QStringList edgeConditions = rollupConditions(q, agents);
        for (const auto& [edgeFrom, edgeTo] : { std::pair { from, wholeFrom }, std::pair { wholeTo, to } }) {
            if (edgeFrom >= edgeTo)
                continue;
            QStringList conditions = edgeConditions;
            conditions.prepend(QStringLiteral("e.id >= %1 AND e.id < %2")
                                   .arg(AccessEventId::firstAt(edgeFrom))
                                   .arg(AccessEventId::firstAt(edgeTo)));
            if (auto status = countEvents(m_database, select + where(conditions), grid, &counts); !status)
                return status.error();
        }
    }

    timeline.buckets.reserve(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const qint64 start = grid.origin + qint64(i) * bucket;
        timeline.buckets.push_back({ std::max(from, start), std::min(to, start + bucket), counts[i] });
        timeline.totalEvents += counts[i];
    }
    return timeline;
}

} // namespace custodian
