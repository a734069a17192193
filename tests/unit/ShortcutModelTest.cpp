// The shortcuts overview's model: the rows in the order the window gives them, and whether a "Where" column would say
// anything. QAbstractItemModelTester watches every reset.
#include "item/ShortcutModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class ShortcutModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsShortcutsInTheOrderGiven()
    {
        ShortcutModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ShortcutModel::ColumnCount));
        QVERIFY(model.allInOnePlace());

        model.setShortcuts({ { QStringLiteral("Lock"), QStringLiteral("Ctrl+L"), QStringLiteral("Everywhere") },
                             { QStringLiteral("Find events"), QStringLiteral("Ctrl+F"), QStringLiteral("Access") } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(ShortcutModel::KeysColumn, Qt::Horizontal).toString(), QStringLiteral("Shortcut"));
        QCOMPARE(model.index(0, ShortcutModel::WhatColumn).data().toString(), QStringLiteral("Lock"));
        QCOMPARE(model.index(1, ShortcutModel::KeysColumn).data().toString(), QStringLiteral("Ctrl+F"));
        QCOMPARE(model.index(1, ShortcutModel::WhereColumn).data().toString(), QStringLiteral("Access"));
        QVERIFY(!model.allInOnePlace());
        QVERIFY(!model.index(2, 0).isValid());

        model.setShortcuts({ { QStringLiteral("Lock"), QStringLiteral("Ctrl+L"), QStringLiteral("Everywhere") } });
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.allInOnePlace());
    }
};

QTEST_GUILESS_MAIN(ShortcutModelTest)
#include "ShortcutModelTest.moc"
