#pragma once

#include "domain/Result.h"
#include "store/AccessQuery.h"

#include <QList>
#include <utility>
#include <vector>

namespace custodian {

class Database;

// Counts the events of an AccessQuery per time bucket for the access page's events-over-time chart, from the
// per-hour rollups wherever they can answer — never a scan of access_event over a wide range:
//  * no agent filter, only data-class/outcome filters: access_hourly_total (a few rows per hour);
//  * an agent set: the teams it holds whole (a team, a site, a search for a site) from access_hourly_team, the
//    other agents from the agent index of access_event (no code filter) or access_hourly in one scan, whichever is
//    estimated cheaper;
//  * filters the rollups do not have (action, channel, workstation, record, finding, a mixed full-text match):
//    exact counts from access_event when that is estimated (from the rollups, before reading) to fit the budget —
//    few agents or few events in the range; a finding's evidence and a record filter up to 2.5 times the budget —
//    otherwise the rollups for the filters they have, with the others listed in `notNarrowedBy` for the chart to
//    say so.
// Hours cut by the range's ends are counted from access_event (at most two hours of rows), so a range that does
// not start on the hour is still counted exactly. Used from one thread at a time, with that thread's connection.
class AccessTimelineRepository
{
public:
    // A filter the rollups cannot express, when the chart is answered from them.
    enum class Dimension { Action, Channel, Workstation, Record, Finding, Search };
    // What answered (for tests and the performance notes): the rollups over all agents, per team, per agent by its
    // index or in one scan; the agent index of access_event alone (agent and time, no table look-up); access_event
    // with every filter.
    enum class Source { Nothing, HourlyTotal, HourlyTeam, HourlyScan, AgentIndex, Events };

    struct Bucket
    {
        qint64 startMs = 0; // [startMs, endMs): the first and last bucket are cut at the range's ends
        qint64 endMs = 0;
        qint64 events = 0;
    };

    struct Timeline
    {
        qint64 fromMs = 0; // the range shown: the query's, open ends clamped to the hours that hold events
        qint64 toMs = 0;
        qint64 bucketMs = 0; // what was used (a sub-hour size falls back to an hour when it cannot be afforded)
        std::vector<Bucket> buckets; // every bucket of the range in time order, empty ones included
        qint64 totalEvents = 0;
        QList<Dimension> notNarrowedBy; // empty: the counts are exact for the whole query
        QList<Source> sources; // the cut hours at the ends come from access_event besides
    };

    explicit AccessTimelineRepository(Database& database);

    // The range a chart of `query` shows. Ranges longer than MaxUnclampedMs ("all", very long custom ranges)
    // are clamped to the hours that hold events; shorter ones (the presets) are shown whole, empty parts
    // included. Empty (from == to) when nothing is left.
    [[nodiscard]] Result<std::pair<qint64, qint64>> shownRange(const AccessQuery& query);

    // A bucket size from a ladder of round sizes (1, 2, 5, 10, 15, 30 min, 1, 2, 3, 4, 6, 8, 12 h, 1, 2 days,
    // weeks) such that [fromMs, toMs) needs at most `maxBuckets` buckets however the grid is aligned.
    [[nodiscard]] static qint64 bucketMsFor(qint64 fromMs, qint64 toMs, int maxBuckets);

    // The buckets of `query` over shownRange(). `bucketMs` is rounded to the ladder; below an hour it needs
    // access_event, and falls back to an hour when the range holds too many events for that. The grid is
    // aligned to local time given as `utcOffsetSeconds` (days start at midnight, weeks on Monday).
    [[nodiscard]] Result<Timeline> load(const AccessQuery& query, qint64 bucketMs, int utcOffsetSeconds = 0);

    // The estimated time an exact count from access_event may take before the chart settles for the rollup.
    // Tests lower it to see the rollup's answer on a small store.
    void setExactBudgetMs(double ms) { m_exactBudgetMs = ms; }

    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 MaxUnclampedMs = 400LL * 24 * HourMs;
    static constexpr double DefaultExactBudgetMs = 120.0;

private:
    Database& m_database;
    double m_exactBudgetMs = DefaultExactBudgetMs;
};

} // namespace custodian
