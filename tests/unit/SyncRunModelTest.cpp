// The sync page's history model on runs as SyncRunLog gives them: outcomes in words, the duration of finished runs,
// counts, and a failed run's row in the error tone (and only that row). The run's id is on every cell.
// QAbstractItemModelTester watches every reset.
#include "item/SyncRunModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace custodian;

class SyncRunModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tellsEachRunAndMarksFailures()
    {
        SyncRunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(SyncRunModel::ColumnCount));

        const qint64 t = 1'765'000'000'000;
        SyncRunLog::Run ok;
        ok.id = 3;
        ok.startedAt = t;
        ok.finishedAt = t + 2500;
        ok.outcome = QStringLiteral("ok");
        ok.pulled = 12;
        ok.pushed = 4;
        ok.conflicts = 1;
        SyncRunLog::Run failed = ok;
        failed.id = 4;
        failed.outcome = QStringLiteral("error");
        failed.message = QStringLiteral("TLS handshake failed");
        SyncRunLog::Run running;
        running.id = 5;
        running.startedAt = t;
        model.setRuns({ ok, failed, running });

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(SyncRunModel::DetailsColumn, Qt::Horizontal).toString(), QStringLiteral("Details"));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, SyncRunModel::TookColumn), QStringLiteral("2.5 s"));
        QCOMPARE(text(2, SyncRunModel::TookColumn), QString());
        QCOMPARE(text(0, SyncRunModel::OutcomeColumn), QStringLiteral("ok"));
        QCOMPARE(text(1, SyncRunModel::OutcomeColumn), QStringLiteral("failed"));
        QCOMPARE(text(2, SyncRunModel::OutcomeColumn), QStringLiteral("running or interrupted"));
        QCOMPARE(text(0, SyncRunModel::PulledColumn), QStringLiteral("12"));
        QCOMPARE(text(0, SyncRunModel::PushedColumn), QStringLiteral("4"));
        QCOMPARE(text(0, SyncRunModel::ConflictsColumn), QStringLiteral("1"));
        QCOMPARE(text(1, SyncRunModel::DetailsColumn), QStringLiteral("TLS handshake failed"));
        QCOMPARE(model.index(0, SyncRunModel::PulledColumn).data(SortKeyRole).toLongLong(), 12);
        for (int column = 0; column < SyncRunModel::ColumnCount; ++column) {
            QCOMPARE(model.index(0, column).data(ToneRole).value<CellTone>(), CellTone::Normal);
            QCOMPARE(model.index(1, column).data(ToneRole).value<CellTone>(), CellTone::Error);
        }
        QCOMPARE(model.index(2, SyncRunModel::DetailsColumn).data(IdRole).toLongLong(), 5);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SyncRunModelTest)
#include "SyncRunModelTest.moc"
