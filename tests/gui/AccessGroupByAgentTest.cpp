// "Group by agent" on the access page, on a hand-built store whose events the test counts itself: the toggle shows one
// row per agent of the current filter — name and employee number, events, first and last with their zone — most
// events first, counted off the GUI thread; a filter changed while grouped groups again; activating an agent's row
// (double-click or Enter) lists that agent's events and nobody else's.
#include "domain/AccessEventId.h"
#include "domain/Clock.h"
#include "item/AccessByAgentModel.h"
#include "item/AccessEventModel.h"
#include "item/ItemRoles.h"
#include "store/AccessEventWriter.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/access/AccessPage.h"
#include "ui/session/StoreSession.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <map>
#include <memory>

using namespace custodian;

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 86'400'000;
constexpr qint64 Start = 1'767'571'200'000; // 2026-01-05 00:00 UTC
const QString Actor = QStringLiteral("console:group-tester");

template <typename T> T* find(QWidget& root, const char* name)
{
    auto* widget = root.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

struct Hand
{
    qint64 events = 0;
    qint64 first = 0;
    qint64 last = 0;
};
} // namespace

class AccessGroupByAgentTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;
    std::unique_ptr<test::TestClock> m_clock;
    std::vector<AccessEvent> m_events;

    std::map<qint64, Hand> handCount(qint64 from, qint64 to, DataClass only = DataClass::None) const
    {
        std::map<qint64, Hand> out;
        for (const AccessEvent& e : m_events) {
            if (e.occurredAt < from || e.occurredAt >= to || (only != DataClass::None && e.dataClass != only))
                continue;
            Hand& h = out[e.agentId];
            h.first = h.events ? std::min(h.first, e.occurredAt) : e.occurredAt;
            h.last = h.events ? std::max(h.last, e.occurredAt) : e.occurredAt;
            ++h.events;
        }
        return out;
    }

    static QString shown(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    }

    static void verifyRows(const AccessByAgentModel& model, const std::map<qint64, Hand>& expected)
    {
        QCOMPARE(model.rowCount(), int(expected.size()));
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 agent = model.index(row, 0).data(IdRole).toLongLong();
            const auto it = expected.find(agent);
            QVERIFY2(it != expected.end(), qPrintable(QString::number(agent)));
            const Hand& hand = it->second;
            QCOMPARE(model.index(row, AccessByAgentModel::AgentColumn).data().toString(),
                     QStringLiteral("Agent %1 (E%1)").arg(agent));
            QCOMPARE(model.index(row, AccessByAgentModel::EventsColumn).data().toString(),
                     QLocale().toString(hand.events));
            QCOMPARE(model.index(row, AccessByAgentModel::FirstColumn).data().toString(), shown(hand.first));
            QCOMPARE(model.index(row, AccessByAgentModel::LastColumn).data().toString(), shown(hand.last));
            QVERIFY(hand.events <= previous); // most events first
            previous = hand.events;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("AccessGroupByAgentTest"));
        QSettings().clear();
        m_clock = std::make_unique<test::TestClock>(Start + 6 * DayMs + 12 * HourMs);
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        Database& db = m_fixture->store().database();
        CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Care');"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES "
            "(1, 'E1', 'Agent 1', 1, 0), (2, 'E2', 'Agent 2', 1, 0), (3, 'E3', 'Agent 3', 1, 0)")));
        // Within the last 7 days of the clock: agent 1 has 40 events, agent 2 has 25, agent 3 has 3 (one of them a
        // card event); and ten days earlier, outside the range, agent 3 has 50 more that must not count.
        qint64 sequence = 0;
        auto add = [&](qint64 agent, qint64 at, DataClass dataClass) {
            AccessEvent e;
            e.occurredAt = at;
            e.id = AccessEventId::make(at, ++sequence);
            e.agentId = agent;
            e.dataClass = dataClass;
            e.sessionId = agent;
            m_events.push_back(e);
        };
        for (int i = 0; i < 40; ++i)
            add(1, Start + DayMs + 9 * HourMs + i * 37 * MinuteMs,
                i % 4 == 0 ? DataClass::PaymentCard : DataClass::Pii);
        for (int i = 0; i < 25; ++i)
            add(2, Start + 2 * DayMs + 14 * HourMs + i * 71 * MinuteMs, DataClass::Pii);
        add(3, Start + 3 * DayMs + 10 * HourMs, DataClass::PaymentCard);
        add(3, Start + 4 * DayMs + 10 * HourMs, DataClass::Pii);
        add(3, Start + 5 * DayMs + 23 * HourMs + 59 * MinuteMs, DataClass::Pii);
        for (int i = 0; i < 50; ++i)
            add(3, Start - 10 * DayMs + i * MinuteMs, DataClass::Pii);
        std::sort(m_events.begin(), m_events.end(),
                  [](const AccessEvent& a, const AccessEvent& b) { return a.id < b.id; });
        auto transaction = Transaction::begin(db);
        CUSTODIAN_VERIFY_OK(transaction);
        AccessEventWriter writer(db);
        auto written = writer.write(m_events);
        CUSTODIAN_VERIFY_OK(written);
        CUSTODIAN_VERIFY_OK(transaction->commit());
        m_fixture->close();
    }

    void groupsCountNarrows()
    {
        StoreSession session(m_fixture->path());
        AccessPage page(&session, Actor);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto reopened = m_fixture->reopen();
        CUSTODIAN_VERIFY_OK(reopened);
        QSignalSpy unlocked(&session, &StoreSession::unlocked);
        session.adopt(std::move(*reopened));
        QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
        QVERIFY(page.model());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && !page.model()->isLoading(), 10'000);

        // Last 7 days (the default): the hand count of that range.
        const auto [from, to] = page.filter().resolveRange(Clock::nowMs());
        const std::map<qint64, Hand> expected = handCount(from, to);
        QCOMPARE(expected.size(), std::size_t(3));
        QCOMPARE(expected.at(3).events, qint64(3));

        auto* button = find<QPushButton>(page, "groupByAgentButton");
        auto* agents = find<QTableView>(page, "agentGroupTable");
        QVERIFY(!agents->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(page.isGroupingByAgent());
        QVERIFY(agents->isVisible());
        QVERIFY(!find<QTableView>(page, "accessTable")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingAgents() && page.agentModel()->rowCount() == 3, 10'000);
        verifyRows(*page.agentModel(), expected);
        QCOMPARE(page.agentModel()->index(0, 0).data(IdRole).toLongLong(), qint64(1));
        QVERIFY2(find<QLabel>(page, "groupByAgentStatus")->text().startsWith(QStringLiteral("Agents: 3, events: 68.")),
                 qPrintable(find<QLabel>(page, "groupByAgentStatus")->text()));

        // Another filter while grouped: grouped again, as the list would be filtered.
        AccessFilter cards = page.filter();
        cards.dataClasses = { int(DataClass::PaymentCard) };
        page.setFilter(cards);
        const std::map<qint64, Hand> cardsExpected = handCount(from, to, DataClass::PaymentCard);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingAgents() && page.agentModel()->rowCount() == 2, 10'000);
        verifyRows(*page.agentModel(), cardsExpected);
        cards.dataClasses.clear();
        page.setFilter(cards);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingAgents() && page.agentModel()->rowCount() == 3, 10'000);

        // A double-click on agent 2: the log again, with agent 2's events only.
        const int row = page.agentModel()->rowOf(2);
        QVERIFY(row >= 0);
        QSignalSpy reset(page.model(), &AccessEventModel::windowReset);
        // Activating the row (a double-click, or Enter as here) lists the agent's events.
        agents->setFocus();
        agents->setCurrentIndex(page.agentModel()->index(row, AccessByAgentModel::AgentColumn));
        QTest::keyClick(agents, Qt::Key_Return);
        QVERIFY(!page.isGroupingByAgent());
        QVERIFY(!agents->isVisible());
        QVERIFY(find<QTableView>(page, "accessTable")->isVisible());
        QCOMPARE(page.filter().agentIds, QList<qint64> { 2 });
        QVERIFY(reset.count() > 0 || reset.wait(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10'000);
        QCOMPARE(page.model()->rowCount(), int(expected.at(2).events));
        for (int i = 0; i < page.model()->rowCount(); ++i)
            QCOMPARE(page.model()->rowAt(i)->agentId, qint64(2));
    }
};

QTEST_MAIN(AccessGroupByAgentTest)
#include "AccessGroupByAgentTest.moc"
