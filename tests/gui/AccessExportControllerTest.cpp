// The access page's export runner (ui/AccessExportController), offscreen: an export finishes off the GUI thread
// with a message and its audit entry; Cancel in the progress dialog ("exportProgress") stops it with no file and
// no entry; deleting the controller mid-export does the same; a locked store or an unknown format is refused.
#include "ui/access/AccessExportController.h"
#include "demo/DemoGenerator.h"
#include "support/TestStore.h"
#include "ui/session/LatestResultRunner.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

class AccessExportControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        DemoGenerator::Options options;
        options.events = 40'000; // a PDF of all of them takes seconds: time to press Cancel
        options.seed = 2;
        options.end = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        options.days = 14;
        auto summary = DemoGenerator::generate(m_store->store(), options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        m_all.preset = AccessFilter::TimePreset::All;
    }

    void exportFinishesWithMessageAndAudit()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("cards.csv"));
        QWidget page;
        page.show();
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::All;
        filter.dataClasses = { 2 }; // payment card
        const qint64 expected = queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE data_class = 2"));
        const qint64 before = auditEntries();
        auto* controller = new AccessExportController(&m_store->store(), QStringLiteral("console:tester"), filter,
                                                      AccessSort::NewestFirst, QStringLiteral("csv"), path, &page);
        QSignalSpy finished(controller, &AccessExportController::finished);
        QElapsedTimer timer;
        timer.start();
        controller->start();
        QVERIFY(timer.elapsed() < 500); // the GUI thread does not wait for the export
        QVERIFY(controller->isRunning() || finished.count() == 1);
        QVERIFY(page.findChild<QProgressDialog*>(QStringLiteral("exportProgress")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("cards.csv")), qPrintable(message));
        QVERIFY2(message.contains(QLocale().toString(expected)), qPrintable(message));
        QVERIFY(!controller->isRunning());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), expected + 1);
        QCOMPARE(auditEntries(), before + 1);
        QCOMPARE(
            m_store->store()
                .database()
                .queryText(QStringLiteral("SELECT actor || ' ' || action FROM console_audit ORDER BY seq DESC LIMIT 1"))
                .value(),
            QStringLiteral("console:tester export"));
        QTRY_VERIFY(!page.findChild<QProgressDialog*>(QStringLiteral("exportProgress"))); // gone once finished
        delete controller;
    }

    void cancelInTheProgressDialog()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("all.pdf"));
        QWidget page;
        page.show();
        const qint64 before = auditEntries();
        AccessExportController controller(&m_store->store(), QStringLiteral("console:tester"), m_all,
                                          AccessSort::OldestFirst, QStringLiteral("pdf"), path, &page);
        QSignalSpy finished(&controller, &AccessExportController::finished);
        controller.start();
        auto* dialog = page.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000); // shown after a moment, with progress
        QVERIFY(finished.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->value() > 0, 5000);
        auto* cancel = dialog->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("cancelled")),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(auditEntries(), before);
    }

    void deletingTheControllerCancels()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("all.pdf"));
        QWidget page;
        const qint64 before = auditEntries();
        auto* controller = new AccessExportController(&m_store->store(), QStringLiteral("console:tester"), m_all,
                                                      AccessSort::NewestFirst, QStringLiteral("pdf"), path, &page);
        controller->start();
        QTest::qWait(200);
        QVERIFY(controller->isRunning());
        QElapsedTimer timer;
        timer.start();
        delete controller;
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        // Nobody joins the worker any more: it withdraws its file on its own, just after.
        QVERIFY(LatestResultRunner::waitForAllWorkers(10000));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        QCOMPARE(auditEntries(), before);
        QVERIFY(!page.findChild<QProgressDialog*>(QStringLiteral("exportProgress")));
    }

    void refusals()
    {
        QTemporaryDir directory;
        QWidget page;
        {
            AccessExportController controller(&m_store->store(), QStringLiteral("console:tester"), m_all,
                                              AccessSort::NewestFirst, QStringLiteral("xlsx"),
                                              directory.filePath(QStringLiteral("a.xlsx")), &page);
            QSignalSpy finished(&controller, &AccessExportController::finished);
            controller.start();
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("xlsx")));
        }
        {
            Store locked; // never opened
            AccessExportController controller(&locked, QStringLiteral("console:tester"), m_all, AccessSort::NewestFirst,
                                              QStringLiteral("csv"), directory.filePath(QStringLiteral("a.csv")),
                                              &page);
            QSignalSpy finished(&controller, &AccessExportController::finished);
            controller.start();
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QVERIFY(finished.at(0).at(1).toString().contains(QLatin1String("locked")));
        }
        {
            AccessExportController controller(&m_store->store(), QStringLiteral("console:tester"), m_all,
                                              AccessSort::NewestFirst, QStringLiteral("csv"),
                                              directory.filePath(QStringLiteral("missing/a.csv")), &page);
            QSignalSpy finished(&controller, &AccessExportController::finished);
            controller.start();
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("does not exist")),
                     qPrintable(finished.at(0).at(1).toString()));
        }
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

private:
    qint64 queryInt(const QString& sql) { return m_store->store().database().queryInt(sql).value(); }
    qint64 auditEntries() { return queryInt(QStringLiteral("SELECT count(*) FROM console_audit")); }

    std::unique_ptr<test::TestStore> m_store;
    AccessFilter m_all;
};

QTEST_MAIN(AccessExportControllerTest)
#include "AccessExportControllerTest.moc"
