// The events-over-time chart, offscreen on a seeded demo store: it loads in the background, never holds more than two
// points per pixel of its width (also after a resize), follows only the newest query, turns a mouse drag into a time
// range inside the one shown, and lets go of the store on clear().
#include "ui/access/AccessTimelineChart.h"
#include "demo/DemoGenerator.h"
#include "store/AccessEventRepository.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsRectItem>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace custodian;

namespace {
const QDateTime End = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
} // namespace

class AccessTimelineChartTest : public QObject
{
    Q_OBJECT

private:
    AccessQuery resolve(const AccessFilter& filter)
    {
        AccessEventRepository events(m_fixture->store().database());
        auto query = events.resolve(filter, End.toMSecsSinceEpoch());
        if (!query)
            qFatal("resolve failed: %s", qPrintable(query.error().message()));
        return *query;
    }

    static AccessFilter everything()
    {
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::All;
        return filter;
    }

    // Viewport position of a point of the plot area, given as fractions of its width and height.
    static QPoint plotPoint(AccessTimelineChart& chart, qreal x, qreal y)
    {
        const QRectF plot = chart.view()->chart()->plotArea();
        const QPointF inChart(plot.left() + x * plot.width(), plot.top() + y * plot.height());
        return chart.view()->mapFromScene(chart.view()->chart()->mapToScene(inChart));
    }

    static bool selectionVisible(AccessTimelineChart& chart)
    {
        for (QGraphicsItem* item : chart.view()->scene()->items()) {
            if (auto* rect = qgraphicsitem_cast<QGraphicsRectItem*>(item);
                rect && rect->isVisible() && rect->rect().width() > 0)
                return true;
        }
        return false;
    }

    qint64 count(const QString& condition)
    {
        auto value = m_fixture->store().database().queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE ")
                                                            + condition);
        if (!value)
            qFatal("count failed: %s", qPrintable(value.error().message()));
        return *value;
    }

    std::unique_ptr<test::TestStore> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 20'000;
        options.seed = 7;
        options.end = End;
        options.days = 90;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
    }

    void loadsWithinTwoPointsPerPixel()
    {
        AccessTimelineChart chart(&m_fixture->store());
        chart.resize(900, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy loaded(&chart, &AccessTimelineChart::loaded);
        chart.setQuery(resolve(everything()));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(chart.timeline().totalEvents, qint64(20'000));
        const int points = int(chart.series()->count());
        QVERIFY(points > 0);
        QVERIFY2(points <= 2 * chart.view()->width(),
                 qPrintable(QStringLiteral("%1 points for %2 px").arg(points).arg(chart.view()->width())));
        QCOMPARE(qsizetype(points), qsizetype(chart.timeline().buckets.size() * 2));
        // The series holds the counts, step by step.
        qint64 sum = 0;
        for (int i = 0; i < points; i += 2)
            sum += qint64(chart.series()->at(i).y());
        QCOMPARE(sum, qint64(20'000));
        auto* summary = chart.findChild<QLabel*>(QStringLiteral("timelineSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QLocale().toString(qint64(20'000))), qPrintable(summary->text()));
        auto* note = chart.findChild<QLabel*>(QStringLiteral("timelineNote"));
        QVERIFY(note && note->isHidden());

        // Narrower: the chart counts again with larger buckets.
        const std::size_t before = chart.timeline().buckets.size();
        chart.resize(300, 260);
        QVERIFY(loaded.wait(10000));
        QVERIFY(chart.timeline().buckets.size() < before);
        QVERIFY2(
            chart.series()->count() <= 2 * chart.view()->width(),
            qPrintable(QStringLiteral("%1 points for %2 px").arg(chart.series()->count()).arg(chart.view()->width())));
        QCOMPARE(chart.timeline().totalEvents, qint64(20'000));
    }

    void newestQueryWins()
    {
        AccessTimelineChart chart(&m_fixture->store());
        chart.resize(700, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy loaded(&chart, &AccessTimelineChart::loaded);
        const qint64 agent
            = m_fixture->store().database().queryInt(QStringLiteral("SELECT min(agent_id) FROM access_event")).value();
        AccessFilter oneAgent = everything();
        oneAgent.agentIds = { agent };
        AccessFilter actions = everything();
        actions.actions = { 1 };
        chart.setQuery(resolve(everything()));
        chart.setQuery(resolve(actions));
        chart.setQuery(resolve(oneAgent));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200); // nothing else may arrive
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!chart.isLoading());
        QCOMPARE(chart.timeline().totalEvents, count(QStringLiteral("agent_id = %1").arg(agent)));
    }

    void dragSelectsARange()
    {
        AccessTimelineChart chart(&m_fixture->store());
        chart.resize(800, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy loaded(&chart, &AccessTimelineChart::loaded);
        QSignalSpy selected(&chart, &AccessTimelineChart::rangeSelected);
        QSignalSpy reset(&chart, &AccessTimelineChart::resetZoomRequested);
        chart.setQuery(resolve(everything()));
        QVERIFY(loaded.wait(10000));
        const qint64 from = chart.timeline().fromMs;
        const qint64 to = chart.timeline().toMs;
        QVERIFY(from < to);

        QWidget* viewport = chart.view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, plotPoint(chart, 0.6, 0.5));
        QTest::mouseMove(viewport, plotPoint(chart, 0.4, 0.5));
        QTest::mouseMove(viewport, plotPoint(chart, 0.25, 0.3));
        QVERIFY(selectionVisible(chart)); // the band follows the mouse
        QCOMPARE(selected.count(), 0);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, plotPoint(chart, 0.25, 0.3));
        QVERIFY(!selectionVisible(chart));
        QCOMPARE(selected.count(), 1);
        const qint64 selectedFrom = selected.at(0).at(0).toLongLong();
        const qint64 selectedTo = selected.at(0).at(1).toLongLong();
        QVERIFY(from <= selectedFrom);
        QVERIFY(selectedFrom < selectedTo);
        QVERIFY(selectedTo <= to);
        // Where the mouse was, within a few pixels' worth of time.
        const qint64 slack = (to - from) / 100;
        QVERIFY(std::abs(selectedFrom - (from + (to - from) / 4)) < slack);
        QVERIFY(std::abs(selectedTo - (from + (to - from) * 6 / 10)) < slack);

        // A click is not a selection.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, plotPoint(chart, 0.5, 0.5));
        QCOMPARE(selected.count(), 1);
        // Double-click and the button ask for the range before.
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, plotPoint(chart, 0.5, 0.5));
        QCOMPARE(reset.count(), 1);
        auto* resetButton = chart.findChild<QToolButton*>(QStringLiteral("timelineResetButton"));
        QVERIFY(resetButton);
        QTest::mouseClick(resetButton, Qt::LeftButton);
        QCOMPARE(reset.count(), 2);
    }

    void clearLetsGo()
    {
        AccessTimelineChart chart(&m_fixture->store());
        chart.resize(600, 240);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy loaded(&chart, &AccessTimelineChart::loaded);
        chart.setQuery(resolve(everything()));
        QVERIFY(loaded.wait(10000));
        chart.setQuery(resolve(everything()));
        chart.clear(); // while loading: the job is dropped
        QCOMPARE(chart.series()->count(), 0);
        QVERIFY(!chart.isLoading());
        QVERIFY(chart.findChild<QLabel*>(QStringLiteral("timelineSummary"))->text().isEmpty());
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 1);
        // And a new query opens a new connection.
        chart.setQuery(resolve(everything()));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(chart.timeline().totalEvents, qint64(20'000));
    }
};

QTEST_MAIN(AccessTimelineChartTest)
#include "AccessTimelineChartTest.moc"
