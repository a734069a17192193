// From evidence to incident on the pages (issue 17, point 3), offscreen on a demo store held by a session as in the
// console: rows selected on the access page, Open incident…, the dialog answered — the store holds the incident with
// exactly those events, and the page says so and asks for it to be shown; Add to incident… with nothing selected takes
// the whole filter into an incident chosen in the dialog; findings selected on the findings page, Escalate to
// incident… — the findings are escalated into the new incident, with their events.
#include "demo/DemoGenerator.h"
#include "item/AccessEventModel.h"
#include "store/Database.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/access/AccessPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/IncidentTargetDialog.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <set>

using namespace custodian;

namespace {
template <typename T> T* find(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

qint64 queryInt(Store& store, const QString& sql)
{
    auto value = store.database().queryInt(sql);
    return value ? *value : -1;
}

std::set<qint64> queryIds(Store& store, const QString& sql)
{
    std::set<qint64> out;
    auto s = store.database().prepare(sql);
    if (s)
        (void)s->forEachRow([&](const Statement& row) { out.insert(row.int64(0)); });
    return out;
}

void selectRows(QTableView* table, const std::vector<int>& rows)
{
    table->selectionModel()->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

class IncidentFromEvidencePageTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    qint64 m_owner = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        DemoGenerator::Options options;
        options.events = 8'000;
        options.seed = 17;
        // Ending now, so that the access page's default "last 7 days" lists them.
        options.end = QDateTime::currentDateTimeUtc();
        options.days = 7;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_store->store(), options));
        m_session = std::make_unique<StoreSession>(m_store->path());
        m_session->adopt(std::move(m_store->store()));
        QVERIFY(m_session->isUnlocked());
        m_owner = queryInt(*m_session->store(), QStringLiteral("SELECT min(id) FROM supervisor"));
        QVERIFY(m_owner > 0);
    }

    void cleanupTestCase()
    {
        QVERIFY(LatestResultRunner::waitForAllWorkers(10'000));
        m_session.reset();
    }

    void openIncidentFromSelectedRows()
    {
        Store& s = *m_session->store();
        AccessPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model() && page.model()->rowCount() > 5, 10'000);
        auto* table = find<QTableView>(page, "accessTable");
        selectRows(table, { 1, 2, 4 });
        std::set<qint64> chosen;
        for (const int row : { 1, 2, 4 })
            chosen.insert(page.model()->rowAt(row)->id);
        QCOMPARE(chosen.size(), size_t(3));

        QSignalSpy opened(&page, &AccessPage::incidentRequested);
        bool answered = false;
        QString subject;
        test::answerNextModal<IncidentTargetDialog>(
            this,
            [&](IncidentTargetDialog* dialog) {
                QVERIFY(!dialog->choosesExisting());
                subject = dialog->findChild<QLabel*>(QStringLiteral("incidentSubject"))->text();
                dialog->setTitle(QStringLiteral("Records opened without a call"));
                dialog->setOwner(m_owner);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("incidentOk")), Qt::LeftButton);
            },
            &answered);
        QTest::mouseClick(find<QPushButton>(page, "accessOpenIncident"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QVERIFY2(subject.startsWith(QStringLiteral("3 access event")), qPrintable(subject));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        const qint64 incident = opened.at(0).at(0).toLongLong();
        QVERIFY(incident > 0);
        QCOMPARE(
            queryIds(s, QStringLiteral("SELECT event_id FROM incident_event WHERE incident_id = %1").arg(incident)),
            chosen);
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND title = 'Records opened "
                                         "without a call' AND assignee_id = %2")
                              .arg(incident)
                              .arg(m_owner)),
                 qint64(1));
        // Detected at the first selected event's time, by default.
        QCOMPARE(queryInt(s, QStringLiteral("SELECT detected_at / 1000 FROM incident WHERE id = %1").arg(incident)),
                 queryInt(s,
                          QStringLiteral("SELECT min(occurred_at) / 1000 FROM incident_event ie JOIN access_event e "
                                         "ON e.id = ie.event_id WHERE ie.incident_id = %1")
                              .arg(incident)));
        const QString reference
            = s.database()
                  .queryText(QStringLiteral("SELECT reference FROM incident WHERE id = %1").arg(incident))
                  .value();
        QVERIFY2(find<MessageBanner>(page, "accessMessage")->text().contains(reference),
                 qPrintable(find<MessageBanner>(page, "accessMessage")->text()));
    }

    void addWholeFilterToAnIncident()
    {
        Store& s = *m_session->store();
        AccessPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.model() && page.model()->rowCount() > 5, 10'000);
        // One agent's events over the last day: the whole filter, nothing selected.
        const qint64 agent = page.model()->rowAt(0)->agentId;
        AccessFilter filter = page.filter();
        filter.preset = AccessFilter::TimePreset::Custom;
        filter.toMs = QDateTime::currentMSecsSinceEpoch() + 60'000;
        filter.fromMs = filter.toMs - 86'400'000;
        filter.agentIds = { agent };
        page.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && page.model()->rowAt(0)->agentId == agent, 10'000);
        find<QTableView>(page, "accessTable")->selectionModel()->clearSelection();
        const qint64 target = queryInt(s, QStringLiteral("SELECT id FROM incident ORDER BY opened_at DESC LIMIT 1"));
        const qint64 before
            = queryInt(s, QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(target));

        QSignalSpy added(&page, &AccessPage::incidentRequested);
        bool answered = false;
        test::answerNextModal<IncidentTargetDialog>(
            this,
            [&](IncidentTargetDialog* dialog) {
                QVERIFY(dialog->choosesExisting());
                dialog->setIncident(target);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("incidentOk")), Qt::LeftButton);
            },
            &answered);
        QTest::mouseClick(find<QPushButton>(page, "accessAddToIncident"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 10'000);
        QCOMPARE(added.at(0).at(0).toLongLong(), target);
        // Every event of the filter is the incident's now.
        QCOMPARE(
            queryInt(
                s,
                QStringLiteral(
                    "SELECT count(*) FROM access_event e WHERE e.agent_id = %1 AND "
                    "e.occurred_at >= %2 AND e.occurred_at < %4 AND NOT EXISTS (SELECT 1 FROM incident_event ie WHERE "
                    "ie.incident_id = %3 AND ie.event_id = e.id)")
                    .arg(agent)
                    .arg(filter.fromMs)
                    .arg(target)
                    .arg(filter.toMs)),
            qint64(0));
        QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(target))
                > before);
    }

    void escalateFindingsFromTheFindingsPage()
    {
        Store& s = *m_session->store();
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = find<QTableView>(page, "findingsTable");
        QVERIFY(table->model()->rowCount() >= 2);
        selectRows(table, { 0, 1 });
        const std::vector<qint64> chosen = page.selectedFindingIds();
        QCOMPARE(chosen.size(), size_t(2));

        QSignalSpy opened(&page, &FindingsPage::incidentRequested);
        bool answered = false;
        test::answerNextModal<IncidentTargetDialog>(
            this,
            [&](IncidentTargetDialog* dialog) {
                // Pre-filled from the findings: a title and the owner left to choose when this console has no
                // supervisor of its own yet.
                QVERIFY(!dialog->draft().title.isEmpty());
                dialog->setOwner(m_owner);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("incidentOk")), Qt::LeftButton);
            },
            &answered);
        QTest::mouseClick(find<QPushButton>(page, "findingsToIncident"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        const qint64 incident = opened.at(0).at(0).toLongLong();
        for (const qint64 finding : chosen) {
            QCOMPARE(queryInt(s, QStringLiteral("SELECT incident_id FROM finding WHERE id = %1").arg(finding)),
                     incident);
            QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(finding)),
                     qint64(FindingStatus::Escalated));
        }
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT count(*) FROM finding_evidence fe WHERE fe.finding_id IN (%1, %2) "
                                         "AND NOT EXISTS (SELECT 1 FROM incident_event ie WHERE ie.incident_id = %3 "
                                         "AND ie.event_id = fe.event_id)")
                              .arg(chosen[0])
                              .arg(chosen[1])
                              .arg(incident)),
                 qint64(0));
    }

    // Last: the store is locked while the dialog is open. The page's content goes, the dialog and the controller with
    // it, and exec() returns without touching any of them.
    void lockWhileAsking()
    {
        {
            AccessPage page(m_session.get(), QStringLiteral("console:gui-test"));
            page.resize(1400, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY_WITH_TIMEOUT(page.model() && page.model()->rowCount() > 5, 10'000);
            selectRows(find<QTableView>(page, "accessTable"), { 0 });
            bool answered = false;
            test::answerNextModal<IncidentTargetDialog>(
                this, [&](IncidentTargetDialog*) { m_session->lock(); }, &answered);
            QTest::mouseClick(find<QPushButton>(page, "accessOpenIncident"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 5'000);
            QVERIFY(!m_session->isUnlocked());
            QVERIFY(!page.findChild<IncidentTargetDialog*>());
        }
    }
};

QTEST_MAIN(IncidentFromEvidencePageTest)
#include "IncidentFromEvidencePageTest.moc"
