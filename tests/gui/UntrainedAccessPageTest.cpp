// "Role held without required training" on the findings page, offscreen on a hand-made store: the sweep scheduler
// raises the finding on a worker when the store is unlocked; picked, the finding names the role and the training and
// offers Suspend role; answered in its dialog (a blank reason refused inline), the role's assignment is revoked with
// its console-audit and outbox entries and the finding acknowledged; Restore role stays disabled, saying why, until the
// training is passed and swept, then asks for the sensitive role again — a request waiting for a second supervisor.
#include "item/FindingModel.h"
#include "rules/TrainingRules.h"
#include "store/Statement.h"
#include "store/SyncState.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/findings/FindingsPage.h"
#include "ui/findings/TrainingSweepScheduler.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 T0 = 1'800'000'000'000; // the PCI DSS pass expires here

template <typename T> T* find(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void clickRow(QTableView* table, int row)
{
    const QModelIndex index = table->model()->index(row, 1);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

int rowOf(QTableView* table, qint64 id)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Qt::DisplayRole).toLongLong() == id)
            return row;
    }
    return -1;
}
} // namespace

class UntrainedAccessPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suspendAndRestoreFromTheFindingsPage()
    {
        test::TestClock clock(T0 + Hour);
        test::TestStore testStore;
        QVERIFY2(testStore.isValid(), qPrintable(testStore.errorMessage()));
        fill(testStore);
        if (QTest::currentTestFailed())
            return;
        StoreSession session(testStore.path());
        session.adopt(std::move(testStore.store()));
        Store& s = *session.store();

        // The scheduler sweeps on a worker as soon as it follows an unlocked session.
        TrainingSweepScheduler scheduler(&session);
        QSignalSpy swept(&scheduler, &TrainingSweepScheduler::swept);
        QTRY_COMPARE(swept.count(), 1);
        QCOMPARE(swept.at(0).at(0).toInt(), 1);
        const qint64 finding = test::queryInt(s, QStringLiteral("SELECT finding_id FROM finding_role_training"));
        QVERIFY(finding > 0);

        FindingsPage page(&session, QStringLiteral("console:gui-test"));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = find<QTableView>(page, "findingsTable");
        auto* suspend = find<QPushButton>(page, "findingsSuspendRole");
        auto* restore = find<QPushButton>(page, "findingsRestoreRole");
        QVERIFY(suspend->isHidden()); // nothing selected
        const int row = rowOf(table, finding);
        QVERIFY(row >= 0);
        clickRow(table, row);
        QCOMPARE(page.currentFindingId(), finding);
        const QString detail = find<QLabel>(page, "findingsDetail")->text();
        QVERIFY2(detail.contains(QStringLiteral("Refunds approver"))
                     && detail.contains(QStringLiteral("PCI DSS awareness")),
                 qPrintable(detail));
        QVERIFY(suspend->isVisible() && suspend->isEnabled());
        QVERIFY(restore->isVisible() && !restore->isEnabled());
        QVERIFY2(restore->toolTip().contains(QStringLiteral("not suspended")), qPrintable(restore->toolTip()));

        // A blank reason is refused inside the dialog; then with a reason the role is suspended.
        bool answered = false;
        QString refusal;
        test::answerNextModal<ReasonDialog>(
            this,
            [&refusal](ReasonDialog* dialog) {
                QVERIFY2(dialog->subject().contains(QStringLiteral("Ana Lima")), qPrintable(dialog->subject()));
                dialog->setReason(QStringLiteral("  "));
                dialog->accept();
                refusal = dialog->problem();
                dialog->setReason(QStringLiteral("PCI DSS 12.6.3"));
                dialog->accept();
            },
            &answered);
        QTest::mouseClick(suspend, Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY2(refusal.contains(QStringLiteral("reason")), qPrintable(refusal));
        QCOMPARE(test::queryInt(s, QStringLiteral("SELECT status FROM role_assignment WHERE id = 2")),
                 qint64(AssignmentStatus::Revoked));
        QCOMPARE(test::queryInt(s,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'assignment.revoke' AND target = 'assignment:2' AND actor = "
                                               "'console:gui-test'")),
                 1);
        QCOMPARE(test::queryInt(s,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'assignment.change' "
                                               "AND entity_id = 2 AND payload LIKE '%\"action\":\"revoke\"%'")),
                 1);
        QCOMPARE(test::queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(finding)),
                 qint64(FindingStatus::Acknowledged));
        QVERIFY2(find<MessageBanner>(page, "findingsMessage")->text().contains(QStringLiteral("suspended")),
                 qPrintable(find<MessageBanner>(page, "findingsMessage")->text()));
        page.selectFinding(finding);
        QVERIFY(!suspend->isEnabled());
        QVERIFY2(restore->toolTip().contains(QStringLiteral("not complete yet")), qPrintable(restore->toolTip()));

        // Passed a day later; the next sweep sees it, and Restore role asks for the role again.
        CUSTODIAN_VERIFY_OK(s.database().exec(
            QStringLiteral("INSERT INTO training_record (id, agent_id, module_id, assigned_at, due_at, completed_at, "
                           "score, passed, expires_at) VALUES (2, 1, 1, %1, %1, %1, 96, 1, %2)")
                .arg(T0 + Day)
                .arg(T0 + 366 * Day)));
        clock.set(T0 + Day + Hour);
        scheduler.sweep();
        QTRY_COMPARE(swept.count(), 2);
        QCOMPARE(swept.at(1).at(1).toInt(), 1); // completed
        page.refresh();
        page.selectFinding(finding);
        QVERIFY(restore->isEnabled());
        const qint64 outboxBefore = test::queryInt(s, QStringLiteral("SELECT count(*) FROM sync_outbox"));
        answered = false;
        test::answerNextModal<ReasonDialog>(
            this,
            [](ReasonDialog* dialog) {
                dialog->setReason(QStringLiteral("Passed on the first attempt"));
                dialog->accept();
            },
            &answered);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(test::queryInt(s,
                                QStringLiteral("SELECT count(*) FROM role_assignment WHERE agent_id = 1 AND "
                                               "role_id = 11 AND status = %1 AND valid_until = %2")
                                    .arg(int(AssignmentStatus::Pending))
                                    .arg(T0 + 200 * Day)),
                 1);
        QCOMPARE(test::queryInt(s, QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore + 1);
        QCOMPARE(test::queryInt(s,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'assignment.request'")),
                 1);
        QVERIFY2(find<MessageBanner>(page, "findingsMessage")->text().contains(QStringLiteral("second supervisor")),
                 qPrintable(find<MessageBanner>(page, "findingsMessage")->text()));
        page.selectFinding(finding);
        QVERIFY(!restore->isEnabled());
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/findings-untrained-role.png")));
    }

    // The console's wiring (ConsolePages::addTrainingSweep): unlocking the window's session sweeps on a worker, and
    // the findings page shows what the sweep raised without being asked.
    void theConsoleSweepsAtUnlock()
    {
        test::TestClock clock(T0 + Hour);
        test::TestStore testStore;
        QVERIFY2(testStore.isValid(), qPrintable(testStore.errorMessage()));
        fill(testStore);
        if (QTest::currentTestFailed())
            return;
        auto reopened = testStore.reopen();
        CUSTODIAN_VERIFY_OK(reopened);
        StoreSession session(testStore.path());
        MainWindow window(&session);
        ConsolePages pages = ConsolePages::addTo(window, session, QStringLiteral("console:gui-test"));
        QVERIFY(ConsolePages::addTrainingSweep(window, session, pages) == pages.trainingSweep);
        QSignalSpy swept(pages.trainingSweep, &TrainingSweepScheduler::swept);
        window.show();
        window.setCurrentPage(window.indexOf(pages.findings));
        session.adopt(std::move(*reopened));
        QTRY_COMPARE(swept.count(), 1);
        QTRY_VERIFY(pages.findings->model() && pages.findings->model()->rowCount() == 1);
        QVERIFY(pages.trainingSweep->lastError().isEmpty());
    }

private:
    // One agent holding the sensitive role "Refunds approver", which requires PCI DSS training; the pass expires at T0.
    static void fill(test::TestStore& testStore)
    {
        Database& db = testStore.store().database();
        CUSTODIAN_VERIFY_OK(db.exec(
            QStringLiteral(
                "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                "'PT');"
                "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
                "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);"
                "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', 1, "
                "0);"
                "INSERT INTO training_module (id, code, title, framework, control_ref, validity_days, pass_score) "
                "VALUES (1, 'pci', 'PCI DSS awareness', 'PCI DSS', 'PCI DSS 12.6.1', 365, 80);"
                "INSERT INTO role (id, code, name, sensitive) VALUES (11, 'refunds_approver', 'Refunds approver', 1);"
                "INSERT INTO role_training_requirement VALUES (11, 1);"
                "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
                "requested_by, requested_at, approved_at, version, server_version) VALUES "
                "(2, 1, 11, 2, %1, %2, 'Refund desk', 1, %1, %1, 1, 1);"
                "INSERT INTO training_record (id, agent_id, module_id, assigned_at, due_at, completed_at, score, "
                "passed, expires_at) VALUES (1, 1, 1, %3, %3, %3, 90, 1, %4);")
                .arg(T0 - 100 * Day)
                .arg(T0 + 200 * Day)
                .arg(T0 - 365 * Day)
                .arg(T0)));
        CUSTODIAN_VERIFY_OK(SyncState(db).setSupervisorId(1));
    }
};

QTEST_MAIN(UntrainedAccessPageTest)
#include "UntrainedAccessPageTest.moc"
