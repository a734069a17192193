// The numbers behind a chart as a table: rows and headers as given, numbers kept as numbers (right-aligned, shown in
// the locale), short rows padded with empty cells, a reset empties it; QAbstractItemModelTester watches every change.
#include "item/ChartDataModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class ChartDataModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheRowsItIsGiven()
    {
        ChartDataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);

        model.setTable({ QStringLiteral("Role"), QStringLiteral("Holders"), QStringLiteral("Share") },
                       { { QStringLiteral("Payments agent"), 1234, 12.5 }, { QStringLiteral("Refunds approver") } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Holders"));
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Payments agent"));
        QCOMPARE(model.index(0, 1).data().toString(), QLocale().toString(1234));
        QCOMPARE(model.index(0, 1).data(Qt::EditRole).toInt(), 1234);
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(model.index(0, 2).data().toString(), QLocale().toString(12.5, 'f', 1));
        // A short row: empty cells, not a crash.
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Refunds approver"));
        QCOMPARE(model.index(1, 2).data().toString(), QString());

        model.setTable({ QStringLiteral("Week"), QStringLiteral("Holders") }, { { QStringLiteral("2026-W01"), 3 } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ChartDataModelTest)
#include "ChartDataModelTest.moc"
