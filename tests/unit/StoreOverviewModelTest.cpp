#include "item/StoreOverviewModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class StoreOverviewModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsKnownTablesInProductOrder()
    {
        StoreOverviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        StoreStats::Snapshot snapshot;
        snapshot.tables = { { QStringLiteral("agent"), 42 },
                            { QStringLiteral("access_event"), 1'000'000 },
                            { QStringLiteral("data_class"), 4 }, // a lookup table: not shown
                            { QStringLiteral("console_audit"), 3 } };
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, StoreOverviewModel::KindColumn).data().toString(), QStringLiteral("Access events"));
        QCOMPARE(model.index(0, StoreOverviewModel::RowsColumn).data(Qt::EditRole).toLongLong(), 1'000'000);
        QCOMPARE(model.index(1, StoreOverviewModel::KindColumn).data().toString(), QStringLiteral("Agents"));
        QCOMPARE(model.index(2, StoreOverviewModel::RowsColumn).data(Qt::EditRole).toLongLong(), 3);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(StoreOverviewModelTest)
#include "StoreOverviewModelTest.moc"
