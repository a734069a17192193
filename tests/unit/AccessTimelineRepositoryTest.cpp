// The events-over-time chart's counts: on a seeded demo store, every bucket equals an independent COUNT(*) over
// access_event for the same filter and the same bucket bounds, whichever table answered (the all-agents rollup,
// the per-agent rollup by index or by scan, or access_event itself); filters the rollups cannot express are
// reported, and then the counts are those of the filter without them — never a silent mix.
#include "store/AccessTimelineRepository.h"
#include "demo/DemoGenerator.h"
#include "domain/AccessEventId.h"
#include "store/AccessEventRepository.h"
#include "store/AccessEventWriter.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace custodian;

namespace {
using Timeline = AccessTimelineRepository::Timeline;
using Source = AccessTimelineRepository::Source;
using Dimension = AccessTimelineRepository::Dimension;

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = AccessTimelineRepository::HourMs;
constexpr qint64 DayMs = 24 * HourMs;
const QDateTime End = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

QString ids(const std::vector<qint64>& values)
{
    QStringList out;
    for (qint64 v : values)
        out << QString::number(v);
    return out.join(QLatin1Char(','));
}
} // namespace

class AccessTimelineRepositoryTest : public QObject
{
    Q_OBJECT

private:
    qint64 queryInt(const QString& sql)
    {
        auto value = m_fixture->store().database().queryInt(sql);
        if (!value)
            qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(value.error().message()));
        return *value;
    }

    std::vector<qint64> queryIds(const QString& sql)
    {
        std::vector<qint64> out;
        auto statement = m_fixture->store().database().prepare(sql);
        if (!statement)
            qFatal("prepare failed: %s", qPrintable(statement.error().message()));
        while (true) {
            auto row = statement->step();
            if (!row || !*row)
                break;
            out.push_back(statement->int64(0));
        }
        return out;
    }

    AccessQuery resolve(const AccessFilter& filter)
    {
        AccessEventRepository events(m_fixture->store().database());
        auto query = events.resolve(filter, End.toMSecsSinceEpoch());
        if (!query)
            qFatal("resolve failed: %s", qPrintable(query.error().message()));
        return *query;
    }

    AccessFilter customRange(qint64 fromMs, qint64 toMs)
    {
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::Custom;
        filter.fromMs = fromMs;
        filter.toMs = toMs;
        return filter;
    }

    // Each bucket against its own COUNT(*) with `condition` (SQL over access_event, "1" for none); the buckets
    // tile the shown range without gap or overlap, and the total is the range's COUNT(*).
    void verifyAgainstCounts(const Timeline& timeline, const QString& condition)
    {
        QVERIFY(!timeline.buckets.empty());
        QCOMPARE(timeline.buckets.front().startMs, timeline.fromMs);
        QCOMPARE(timeline.buckets.back().endMs, timeline.toMs);
        qint64 sum = 0;
        for (std::size_t i = 0; i < timeline.buckets.size(); ++i) {
            const auto& bucket = timeline.buckets[i];
            QVERIFY(bucket.startMs < bucket.endMs);
            QVERIFY(bucket.endMs - bucket.startMs <= timeline.bucketMs);
            if (i > 0)
                QCOMPARE(bucket.startMs, timeline.buckets[i - 1].endMs);
            const qint64 expected = queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE occurred_at >= %1 "
                                                            "AND occurred_at < %2 AND (%3)")
                                                 .arg(bucket.startMs)
                                                 .arg(bucket.endMs)
                                                 .arg(condition));
            if (bucket.events != expected)
                QFAIL(qPrintable(
                    QStringLiteral("bucket %1 [%2, %3): %4 events, COUNT(*) says %5")
                        .arg(i)
                        .arg(QDateTime::fromMSecsSinceEpoch(bucket.startMs, QTimeZone::utc()).toString(Qt::ISODate))
                        .arg(QDateTime::fromMSecsSinceEpoch(bucket.endMs, QTimeZone::utc()).toString(Qt::ISODate))
                        .arg(bucket.events)
                        .arg(expected)));
            sum += bucket.events;
        }
        QCOMPARE(timeline.totalEvents, sum);
        QCOMPARE(sum,
                 queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE occurred_at >= %1 AND "
                                         "occurred_at < %2 AND (%3)")
                              .arg(timeline.fromMs)
                              .arg(timeline.toMs)
                              .arg(condition)));
    }

    Timeline load(const AccessQuery& query, qint64 bucketMs, double budgetMs = -1, int utcOffsetSeconds = 0)
    {
        AccessTimelineRepository repository(m_fixture->store().database());
        if (budgetMs >= 0)
            repository.setExactBudgetMs(budgetMs);
        auto timeline = repository.load(query, bucketMs, utcOffsetSeconds);
        if (!timeline)
            qFatal("load failed: %s", qPrintable(timeline.error().message()));
        return *timeline;
    }

    // A range that starts and ends inside an hour, so that the cut hours are counted too.
    qint64 m_from = 0;
    qint64 m_to = 0;
    std::unique_ptr<test::TestStore> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        // A week of 30 000 events: 96 agents, so that one agent is a small enough share for the agent indexes.
        DemoGenerator::Options options;
        options.events = 30'000;
        options.seed = 7;
        options.end = End;
        options.days = 7;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        QVERIFY(queryInt(QStringLiteral("SELECT count(*) FROM agent")) > 80);
        // Monday 23 February 10:17:03.001 to Friday 27 February 14:19 (UTC): busy hours at both ends.
        m_from = End.toMSecsSinceEpoch() - 6 * DayMs + 10 * HourMs + 17 * MinuteMs + 3'001;
        m_to = End.toMSecsSinceEpoch() - 2 * DayMs + 14 * HourMs + 19 * MinuteMs;
        // The cut hours hold events of the filters below, so that counting them is tested.
        for (qint64 at : { m_from, m_to - 1 }) {
            const qint64 hour = at / HourMs * HourMs;
            QVERIFY(queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE occurred_at >= %1 AND "
                                            "occurred_at < %2 AND outcome = 1")
                                 .arg(hour)
                                 .arg(hour + HourMs))
                    > 0);
        }
    }

    void noFilterWholeLog()
    {
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::All;
        const AccessQuery query = resolve(filter);
        const Timeline timeline = load(query, DayMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyTotal });
        QVERIFY(timeline.notNarrowedBy.isEmpty());
        QCOMPARE(timeline.bucketMs, DayMs);
        // "All" is clamped to the hours that hold events.
        QCOMPARE(timeline.fromMs,
                 queryInt(QStringLiteral("SELECT min(occurred_at) FROM access_event")) / HourMs * HourMs);
        QCOMPARE(timeline.toMs,
                 (queryInt(QStringLiteral("SELECT max(occurred_at) FROM access_event")) / HourMs + 1) * HourMs);
        QCOMPARE(timeline.totalEvents, qint64(30'000));
        verifyAgainstCounts(timeline, QStringLiteral("1"));
    }

    void noFilterCutHours()
    {
        const Timeline timeline = load(resolve(customRange(m_from, m_to)), 6 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyTotal });
        QCOMPARE(timeline.fromMs, m_from);
        QCOMPARE(timeline.toMs, m_to);
        verifyAgainstCounts(timeline, QStringLiteral("1"));
    }

    void dataClassAndOutcome()
    {
        AccessFilter filter = customRange(m_from, m_to);
        filter.dataClasses = { 2, 3 };
        filter.outcomes = { 2, 3 };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyTotal });
        QVERIFY(timeline.notNarrowedBy.isEmpty());
        QVERIFY(timeline.totalEvents > 0);
        verifyAgainstCounts(timeline, QStringLiteral("data_class IN (2, 3) AND outcome IN (2, 3)"));
    }

    void oneAgent()
    {
        // The busiest agent of a team of several (a whole team would come from the team rollup).
        const qint64 agent = queryInt(QStringLiteral("SELECT e.agent_id FROM access_event e JOIN agent a ON a.id = "
                                                     "e.agent_id WHERE (SELECT count(*) FROM agent b WHERE b.team_id = "
                                                     "a.team_id) > 1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        AccessFilter filter = customRange(m_from, m_to);
        filter.agentIds = { agent };
        // Agent and time only: the agent index of access_event has both, no table look-up needed.
        Timeline timeline = load(resolve(filter), 12 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::AgentIndex });
        QVERIFY(timeline.totalEvents > 0);
        verifyAgainstCounts(timeline, QStringLiteral("agent_id = %1").arg(agent));
        // With a data class: access_hourly in one scan (it has no agent index, to keep ingest fast).
        filter.dataClasses = { 1, 2 };
        timeline = load(resolve(filter), 12 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyScan });
        QVERIFY(timeline.totalEvents > 0);
        verifyAgainstCounts(timeline, QStringLiteral("agent_id = %1 AND data_class IN (1, 2)").arg(agent));
    }

    void team()
    {
        const qint64 team = queryInt(QStringLiteral("SELECT team_id FROM agent GROUP BY team_id ORDER BY count(*) "
                                                    "DESC, team_id LIMIT 1"));
        AccessFilter filter = customRange(m_from, m_to);
        filter.teamIds = { team };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyTeam });
        QVERIFY(timeline.totalEvents > 0);
        verifyAgainstCounts(timeline,
                            QStringLiteral("agent_id IN (SELECT id FROM agent WHERE team_id = %1)").arg(team));
    }

    void site()
    {
        AccessFilter filter = customRange(m_from, m_to);
        filter.siteIds = { 2 };
        filter.outcomes = { 1 };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyTeam });
        verifyAgainstCounts(timeline,
                            QStringLiteral("outcome = 1 AND agent_id IN (SELECT a.id FROM agent a JOIN team t ON "
                                           "t.id = a.team_id WHERE t.site_id = 2)"));
    }

    void teamAndOthers()
    {
        // A whole team plus one agent of another: the team from its rollup, the agent from access_hourly.
        const qint64 team = queryInt(QStringLiteral("SELECT min(team_id) FROM agent"));
        const qint64 other = queryInt(
            QStringLiteral("SELECT min(id) FROM agent WHERE team_id <> %1 AND team_id IN (SELECT team_id FROM agent "
                           "GROUP BY 1 HAVING count(*) > 1)")
                .arg(team));
        std::vector<qint64> agents = queryIds(QStringLiteral("SELECT id FROM agent WHERE team_id = %1").arg(team));
        agents.push_back(other);
        AccessFilter filter = customRange(m_from, m_to);
        filter.agentIds = QList<qint64>(agents.begin(), agents.end());
        filter.dataClasses = { 0, 2 };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, (QList<Source> { Source::HourlyTeam, Source::HourlyScan }));
        verifyAgainstCounts(timeline, QStringLiteral("data_class IN (0, 2) AND agent_id IN (%1)").arg(ids(agents)));
    }

    void manyAgentsInOneScan()
    {
        // Most agents, but no team whole (each team's smallest id left out), with a code filter: one scan of
        // access_hourly beats a look-up per row of its agent index.
        const std::vector<qint64> agents = queryIds(
            QStringLiteral("SELECT id FROM agent WHERE id NOT IN (SELECT min(id) FROM agent GROUP BY team_id)"));
        QVERIFY(agents.size() > 20);
        AccessFilter filter = customRange(m_from, m_to);
        filter.agentIds = QList<qint64>(agents.begin(), agents.end());
        filter.outcomes = { 1, 3 };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::HourlyScan });
        verifyAgainstCounts(timeline, QStringLiteral("outcome IN (1, 3) AND agent_id IN (%1)").arg(ids(agents)));
    }

    void actionOnFewAgentsIsExact()
    {
        const std::vector<qint64> agents
            = queryIds(QStringLiteral("SELECT agent_id FROM access_event GROUP BY agent_id ORDER BY count(*) DESC "
                                      "LIMIT 2"));
        AccessFilter filter = customRange(m_from, m_to);
        filter.agentIds = QList<qint64>(agents.begin(), agents.end());
        filter.actions = { 1, 4 };
        filter.channels = { 1, 2, 3 };
        const Timeline timeline = load(resolve(filter), 3 * HourMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::Events });
        QVERIFY(timeline.notNarrowedBy.isEmpty());
        QVERIFY(timeline.totalEvents > 0);
        verifyAgainstCounts(
            timeline,
            QStringLiteral("agent_id IN (%1) AND action IN (1, 4) AND channel IN (1, 2, 3)").arg(ids(agents)));
    }

    void broadActionIsReportedNotHidden()
    {
        AccessFilter filter = customRange(m_from, m_to);
        filter.actions = { 4 };
        filter.dataClasses = { 1 };
        // With the default budget a 30 000-event store is counted exactly, action included.
        const Timeline exact = load(resolve(filter), 3 * HourMs);
        QCOMPARE(exact.sources, QList<Source> { Source::Events });
        QVERIFY(exact.notNarrowedBy.isEmpty());
        verifyAgainstCounts(exact, QStringLiteral("action = 4 AND data_class = 1"));
        // Without budget (as for a wide range of a 10 M-event store): the rollup, which has no action — said so,
        // and the counts are those of the filter without the action, not a guess.
        const Timeline rolled = load(resolve(filter), 3 * HourMs, 0);
        QCOMPARE(rolled.sources, QList<Source> { Source::HourlyTotal });
        QCOMPARE(rolled.notNarrowedBy, QList<Dimension> { Dimension::Action });
        verifyAgainstCounts(rolled, QStringLiteral("data_class = 1"));
        QVERIFY(rolled.totalEvents > exact.totalEvents);

        filter.channels = { 2 };
        QCOMPARE(load(resolve(filter), 3 * HourMs, 0).notNarrowedBy,
                 (QList<Dimension> { Dimension::Action, Dimension::Channel }));
    }

    void workstationFallsBackToItsAgents()
    {
        const qint64 workstation = queryInt(QStringLiteral("SELECT workstation_id FROM access_event WHERE "
                                                           "workstation_id IS NOT NULL GROUP BY 1 ORDER BY count(*) "
                                                           "DESC LIMIT 1"));
        AccessFilter filter = customRange(m_from, m_to);
        filter.workstationIds = { workstation };
        const Timeline exact = load(resolve(filter), 3 * HourMs);
        QCOMPARE(exact.sources, QList<Source> { Source::Events });
        verifyAgainstCounts(exact, QStringLiteral("workstation_id = %1").arg(workstation));
        const Timeline rolled = load(resolve(filter), 3 * HourMs, 0);
        QCOMPARE(rolled.notNarrowedBy, QList<Dimension> { Dimension::Workstation });
        verifyAgainstCounts(rolled,
                            QStringLiteral("agent_id IN (SELECT agent_id FROM agent_workstation WHERE "
                                           "workstation_id = %1)")
                                .arg(workstation));
    }

    void recordsAndEvidenceAreExact()
    {
        const std::vector<qint64> records
            = queryIds(QStringLiteral("SELECT record_id FROM access_event WHERE record_id "
                                      "IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC "
                                      "LIMIT 5"));
        AccessFilter filter = customRange(m_from, m_to);
        filter.recordIds = QList<qint64>(records.begin(), records.end());
        Timeline timeline = load(resolve(filter), HourMs, 0);
        QCOMPARE(timeline.sources, QList<Source> { Source::Events });
        QVERIFY(timeline.notNarrowedBy.isEmpty());
        verifyAgainstCounts(timeline, QStringLiteral("record_id IN (%1)").arg(ids(records)));

        // A finding's evidence, as resolve() would give it.
        AccessQuery query = resolve(customRange(m_from, m_to));
        query.events = queryIds(QStringLiteral("SELECT id FROM access_event WHERE action = 6 ORDER BY id LIMIT 300"));
        timeline = load(query, DayMs, 0);
        QCOMPARE(timeline.sources, QList<Source> { Source::Events });
        verifyAgainstCounts(
            timeline, QStringLiteral("id IN (SELECT id FROM access_event WHERE action = 6 ORDER BY id LIMIT 300)"));
    }

    void minutesInAShortRange()
    {
        // Six hours in 15-minute buckets: below an hour only access_event can answer, and here it is cheap.
        const qint64 from = End.toMSecsSinceEpoch() - 3 * DayMs + 9 * HourMs + 7 * MinuteMs;
        const Timeline timeline = load(resolve(customRange(from, from + 6 * HourMs)), 15 * MinuteMs);
        QCOMPARE(timeline.bucketMs, 15 * MinuteMs);
        QCOMPARE(timeline.sources, QList<Source> { Source::Events });
        QVERIFY(timeline.buckets.size() >= 24 && timeline.buckets.size() <= 25);
        verifyAgainstCounts(timeline, QStringLiteral("1"));
        // When the budget does not allow it, hours from the rollup instead.
        const Timeline hours = load(resolve(customRange(from, from + 6 * HourMs)), 15 * MinuteMs, 0);
        QCOMPARE(hours.bucketMs, HourMs);
        QCOMPARE(hours.sources, QList<Source> { Source::HourlyTotal });
        verifyAgainstCounts(hours, QStringLiteral("1"));
    }

    void searchThatMatchesNothing()
    {
        AccessQuery query = resolve(customRange(m_from, m_to));
        query.matchesNothing = true;
        const Timeline timeline = load(query, DayMs);
        QCOMPARE(timeline.totalEvents, qint64(0));
        QVERIFY(!timeline.buckets.empty());
        for (const auto& bucket : timeline.buckets)
            QCOMPARE(bucket.events, qint64(0));
    }

    void teamRollupFollowsAgents()
    {
        // access_hourly_team is always the sum over each team's current agents: at ingest, for events of an agent
        // added later, and when an agent changes team. Its own store: this one changes the organisation.
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        DemoGenerator::Options options;
        options.events = 3'000;
        options.seed = 3;
        options.end = End;
        options.days = 30;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(fixture.store(), options));
        Database& database = fixture.store().database();
        const auto value = [&database](const QString& sql) {
            auto result = database.queryInt(sql);
            if (!result)
                qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(result.error().message()));
            return *result;
        };
        const QString derived = QStringLiteral("SELECT a.team_id, h.hour, h.data_class, h.outcome, sum(h.events) FROM "
                                               "access_hourly h JOIN agent a ON a.id = h.agent_id GROUP BY 1, 2, 3, 4");
        const QString kept = QStringLiteral("SELECT team_id, hour, data_class, outcome, events FROM access_hourly_team "
                                            "WHERE events <> 0");
        const QString mismatches = QStringLiteral("SELECT count(*) FROM (SELECT * FROM (%1 EXCEPT %2) UNION ALL "
                                                  "SELECT * FROM (%2 EXCEPT %1))")
                                       .arg(kept, derived);
        QCOMPARE(value(mismatches), qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT sum(events) FROM access_hourly_team")), qint64(3'000));

        // Events of an agent the store does not know yet: in no team until the agent arrives.
        const qint64 newcomer = value(QStringLiteral("SELECT max(id) + 1 FROM agent"));
        const qint64 start = value(QStringLiteral("SELECT max(occurred_at) FROM access_event")) - 5 * HourMs;
        std::vector<AccessEvent> batch;
        for (int i = 0; i < 40; ++i) {
            AccessEvent e;
            e.occurredAt = start + i * 7 * MinuteMs;
            e.id = AccessEventId::make(e.occurredAt, 7);
            e.agentId = newcomer;
            e.dataClass = i % 3 == 0 ? DataClass::PaymentCard : DataClass::Pii;
            e.outcome = i % 5 == 0 ? AccessOutcome::Denied : AccessOutcome::Success;
            e.sessionId = 1;
            batch.push_back(e);
        }
        {
            auto transaction = Transaction::begin(database);
            CUSTODIAN_VERIFY_OK(transaction);
            AccessEventWriter writer(database);
            auto written = writer.write(batch);
            CUSTODIAN_VERIFY_OK(written);
            QCOMPARE(*written, qint64(40));
            CUSTODIAN_VERIFY_OK(transaction->commit());
        }
        QCOMPARE(value(mismatches), qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT sum(events) FROM access_hourly_team")), qint64(3'000));
        const qint64 team = value(QStringLiteral("SELECT min(team_id) FROM agent"));
        CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral("INSERT INTO agent (id, employee_no, display_name, team_id, "
                                                         "hired_at) VALUES (%1, 'E9999999', 'Late Arrival', %2, 0)")
                                              .arg(newcomer)
                                              .arg(team)));
        QCOMPARE(value(mismatches), qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT sum(events) FROM access_hourly_team")), qint64(3'040));

        // The busiest agent moves to another team, taking their hours along; the chart of either team stays exact.
        const qint64 mover = value(QStringLiteral("SELECT agent_id FROM access_event GROUP BY 1 ORDER BY count(*) DESC "
                                                  "LIMIT 1"));
        const qint64 from = value(QStringLiteral("SELECT team_id FROM agent WHERE id = %1").arg(mover));
        const qint64 to = value(QStringLiteral("SELECT min(team_id) FROM agent WHERE team_id <> %1").arg(from));
        CUSTODIAN_VERIFY_OK(
            database.exec(QStringLiteral("UPDATE agent SET team_id = %1 WHERE id = %2").arg(to).arg(mover)));
        QCOMPARE(value(mismatches), qint64(0));
        QCOMPARE(value(QStringLiteral("SELECT sum(events) FROM access_hourly_team")), qint64(3'040));
        AccessEventRepository events(database);
        AccessTimelineRepository timelines(database);
        for (qint64 t : { from, to }) {
            AccessFilter filter;
            filter.preset = AccessFilter::TimePreset::All;
            filter.teamIds = { t };
            auto query = events.resolve(filter, End.toMSecsSinceEpoch());
            CUSTODIAN_VERIFY_OK(query);
            auto timeline = timelines.load(*query, DayMs);
            CUSTODIAN_VERIFY_OK(timeline);
            QCOMPARE(timeline->sources, QList<Source> { Source::HourlyTeam });
            QCOMPARE(timeline->totalEvents,
                     value(QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id IN (SELECT id FROM agent "
                                          "WHERE team_id = %1)")
                               .arg(t)));
        }
    }

    void gridFitsAndAligns()
    {
        // However wide the chart, at most `maxBuckets` buckets, and days start at local midnight.
        for (int maxBuckets : { 2, 7, 50, 333, 1000, 4000 }) {
            for (qint64 span : { 45 * MinuteMs, 6 * HourMs + 1, 3 * DayMs, 61 * DayMs + 5 * HourMs, 800 * DayMs }) {
                const qint64 bucket = AccessTimelineRepository::bucketMsFor(m_from, m_from + span, maxBuckets);
                const qint64 buckets = (span + bucket - 1) / bucket + 1;
                QVERIFY2(buckets <= std::max(2, maxBuckets),
                         qPrintable(QStringLiteral("span %1, %2 buckets of %3 ms for at most %4")
                                        .arg(span)
                                        .arg(buckets)
                                        .arg(bucket)
                                        .arg(maxBuckets)));
            }
        }
        const Timeline timeline = load(resolve(customRange(m_from, m_to)), DayMs, 0, 2 * 3600);
        QCOMPARE(timeline.buckets.at(1).startMs % DayMs, DayMs - 2 * HourMs); // 00:00 at UTC+2 is 22:00 UTC
        QCOMPARE(timeline.buckets.front().startMs, m_from);
        QCOMPARE(timeline.buckets.size(), std::size_t((m_to - timeline.buckets.at(1).startMs + DayMs - 1) / DayMs + 1));
        verifyAgainstCounts(timeline, QStringLiteral("1"));
        AccessFilter all;
        all.preset = AccessFilter::TimePreset::All;
        const Timeline weeks = load(resolve(all), 7 * DayMs);
        QCOMPARE(weeks.buckets.size(), std::size_t(2));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(weeks.buckets.at(1).startMs, QTimeZone::utc()).date().dayOfWeek(), 1);
        verifyAgainstCounts(weeks, QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(AccessTimelineRepositoryTest)
#include "AccessTimelineRepositoryTest.moc"
