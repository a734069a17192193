// "Group by agent" on the access page, on a hand-built store whose events the test counts itself: for time ranges that
// start and end inside days (the rollup path adds the partial days from the events), agent, team, data-class and
// outcome filters, each agent's events, first and last equal the hand count; a filter the rollups are not kept by
// (channel, action, a finding's evidence) takes the grouped read and agrees; rows come most events first. The model
// over the rows is watched by QAbstractItemModelTester.
#include "store/AccessByAgentReader.h"
#include "domain/AccessEventId.h"
#include "item/AccessByAgentModel.h"
#include "item/ItemRoles.h"
#include "store/AccessEventRepository.h"
#include "store/AccessEventWriter.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <map>
#include <optional>

using namespace custodian;

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 86'400'000;
// 2026-01-05 00:00 UTC
constexpr qint64 Start = 1'767'571'200'000;

struct Hand
{
    qint64 events = 0;
    qint64 first = 0;
    qint64 last = 0;
};
} // namespace

class AccessByAgentReaderTest : public QObject
{
    Q_OBJECT

private:
    std::optional<test::TestStore> m_test;
    std::vector<AccessEvent> m_events;

    Database& db() { return m_test->store().database(); }

    std::map<qint64, Hand> handCount(qint64 from, qint64 to, const std::function<bool(const AccessEvent&)>& keep)
    {
        std::map<qint64, Hand> out;
        for (const AccessEvent& e : m_events) {
            if (e.occurredAt < from || e.occurredAt >= to || !keep(e))
                continue;
            Hand& h = out[e.agentId];
            h.first = h.events ? std::min(h.first, e.occurredAt) : e.occurredAt;
            h.last = h.events ? std::max(h.last, e.occurredAt) : e.occurredAt;
            ++h.events;
        }
        return out;
    }

    void compare(const AccessFilter& filter, const std::function<bool(const AccessEvent&)>& keep, bool rollups)
    {
        AccessEventRepository repository(db());
        auto query = repository.resolve(filter, Start + 30 * DayMs);
        CUSTODIAN_VERIFY_OK(query);
        auto summary = AccessByAgentReader::read(db(), *query);
        CUSTODIAN_VERIFY_OK(summary);
        QCOMPARE(summary->fromRollups, rollups);
        const std::map<qint64, Hand> expected = handCount(query->fromMs, query->toMs, keep);
        QCOMPARE(summary->rows.size(), expected.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const AccessByAgentReader::Row& row : summary->rows) {
            QVERIFY(row.events <= previous); // most events first
            previous = row.events;
            const auto it = expected.find(row.agentId);
            QVERIFY(it != expected.end());
            QCOMPARE(row.events, it->second.events);
            QCOMPARE(row.firstMs, it->second.first);
            QCOMPARE(row.lastMs, it->second.last);
            QCOMPARE(row.name, QStringLiteral("Agent %1").arg(row.agentId));
            QCOMPARE(row.employeeNo, QStringLiteral("E%1").arg(row.agentId));
            QCOMPARE(row.siteTimezone, QStringLiteral("Europe/Lisbon"));
        }
    }

    static AccessFilter range(qint64 from, qint64 to)
    {
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::Custom;
        filter.fromMs = from;
        filter.toMs = to;
        return filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_test.emplace();
        QVERIFY2(m_test->isValid(), qPrintable(m_test->errorMessage()));
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Care'), (2, 1, 'Billing');"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES "
            "(1, 'E1', 'Agent 1', 1, 0), (2, 'E2', 'Agent 2', 1, 0), (3, 'E3', 'Agent 3', 2, 0), "
            "(4, 'E4', 'Agent 4', 2, 0)")));
        // Ten days of events: agent 1 busy every day, agent 2 every other day, agent 3 only on day 4 at 23:50 and
        // day 5 at 00:10 (across a day boundary), agent 4 never. Data classes, outcomes and channels vary.
        qint64 sequence = 0;
        auto add = [&](qint64 agent, qint64 at, int i) {
            AccessEvent e;
            e.occurredAt = at;
            e.id = AccessEventId::make(at, ++sequence);
            e.agentId = agent;
            e.dataClass = DataClass(1 + i % 3);
            e.outcome = i % 7 == 0 ? AccessOutcome::Denied : AccessOutcome::Success;
            e.channel = i % 2 ? Channel::Voice : Channel::Chat;
            e.sessionId = agent * 100 + at / DayMs;
            m_events.push_back(e);
        };
        for (int day = 0; day < 10; ++day) {
            for (int i = 0; i < 30; ++i)
                add(1, Start + day * DayMs + 8 * 3'600'000 + i * 17 * MinuteMs, i + day);
            if (day % 2 == 0) {
                for (int i = 0; i < 11; ++i)
                    add(2, Start + day * DayMs + 13 * 3'600'000 + i * 5 * MinuteMs, i);
            }
        }
        add(3, Start + 4 * DayMs + 23 * 3'600'000 + 50 * MinuteMs, 1);
        add(3, Start + 5 * DayMs + 10 * MinuteMs, 2);
        std::sort(m_events.begin(), m_events.end(),
                  [](const AccessEvent& a, const AccessEvent& b) { return a.id < b.id; });
        auto transaction = Transaction::begin(db());
        CUSTODIAN_VERIFY_OK(transaction);
        AccessEventWriter writer(db());
        auto written = writer.write(m_events);
        CUSTODIAN_VERIFY_OK(written);
        QCOMPARE(*written, qint64(m_events.size()));
        CUSTODIAN_VERIFY_OK(transaction->commit());
    }

    void wholeAndPartialDaysFromTheRollups()
    {
        const auto all = [](const AccessEvent&) { return true; };
        // From the middle of day 1 to the middle of day 8: two partial days and six whole ones.
        compare(range(Start + DayMs + 10 * 3'600'000, Start + 8 * DayMs + 9 * 3'600'000), all, true);
        // Exactly whole days, and everything.
        compare(range(Start + 2 * DayMs, Start + 6 * DayMs), all, true);
        compare(range(Start - DayMs, Start + 20 * DayMs), all, true);
        // Across agent 3's midnight only.
        compare(range(Start + 4 * DayMs + 23 * 3'600'000, Start + 5 * DayMs + 3'600'000), all, false);
        // Nothing in range.
        compare(range(Start - 5 * DayMs, Start - 2 * DayMs), all, true);
    }

    void agentTeamClassAndOutcomeFilters()
    {
        AccessFilter filter = range(Start + DayMs + 10 * 3'600'000, Start + 8 * DayMs + 9 * 3'600'000);
        filter.agentIds = { 2, 3 };
        compare(
            filter, [](const AccessEvent& e) { return e.agentId == 2 || e.agentId == 3; }, true);
        filter.agentIds.clear();
        filter.teamIds = { 2 };
        compare(
            filter, [](const AccessEvent& e) { return e.agentId == 3 || e.agentId == 4; }, true);
        filter.teamIds.clear();
        filter.dataClasses = { int(DataClass::PaymentCard) };
        filter.outcomes = { int(AccessOutcome::Success) };
        compare(
            filter,
            [](const AccessEvent& e) {
                return e.dataClass == DataClass::PaymentCard && e.outcome == AccessOutcome::Success;
            },
            true);
    }

    void otherFiltersReadTheEvents()
    {
        AccessFilter filter = range(Start + DayMs + 10 * 3'600'000, Start + 8 * DayMs + 9 * 3'600'000);
        filter.channels = { int(Channel::Chat) };
        compare(
            filter, [](const AccessEvent& e) { return e.channel == Channel::Chat; }, false);
    }

    void modelShowsTheRows()
    {
        AccessEventRepository repository(db());
        auto query = repository.resolve(range(Start, Start + 10 * DayMs), Start + 30 * DayMs);
        CUSTODIAN_VERIFY_OK(query);
        auto summary = AccessByAgentReader::read(db(), *query);
        CUSTODIAN_VERIFY_OK(summary);
        AccessByAgentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(summary->rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AccessByAgentModel::ColumnCount));
        QCOMPARE(model.index(0, AccessByAgentModel::AgentColumn).data().toString(), QStringLiteral("Agent 1 (E1)"));
        QCOMPARE(model.index(0, AccessByAgentModel::EventsColumn).data().toString(), QLocale().toString(300));
        QCOMPARE(model.index(2, AccessByAgentModel::AgentColumn).data(IdRole).toLongLong(), qint64(3));
        QCOMPARE(model.totalEvents(), qint64(m_events.size()));
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(4), -1);
        // Times carry their zone: the console's in the cell, the site's in the tooltip.
        const QString first = model.index(2, AccessByAgentModel::FirstColumn).data().toString();
        QCOMPARE(first,
                 QDateTime::fromMSecsSinceEpoch(Start + 4 * DayMs + 23 * 3'600'000 + 50 * MinuteMs)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")));
        QVERIFY(model.index(2, AccessByAgentModel::FirstColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("site time (Europe/Lisbon)")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AccessByAgentReaderTest)
#include "AccessByAgentReaderTest.moc"
