// The catalog's separation-of-duties model on rules as RoleCatalogRepository gives them: the texts the roles page
// showed cell by cell before and the rule's id on every cell. QAbstractItemModelTester watches every reset.
#include "item/SodRuleModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class SodRuleModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEachRuleWithItsRoles()
    {
        SodRuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SodRuleModel::ColumnCount));

        RoleCatalogRepository::SodRule strict;
        strict.id = 4;
        strict.name = QStringLiteral("Refunds and payouts");
        strict.roleA = QStringLiteral("Refunds approver");
        strict.roleB = QStringLiteral("Payout clerk");
        strict.controlRef = QStringLiteral("PCI DSS 7.2");
        strict.rationale = QStringLiteral("One person could pay themselves");
        RoleCatalogRepository::SodRule lenient = strict;
        lenient.id = 5;
        lenient.allowException = true;
        model.setRules({ strict, lenient });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(SodRuleModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Separation-of-duties rule"));
        QCOMPARE(model.index(0, SodRuleModel::NameColumn).data().toString(), QStringLiteral("Refunds and payouts"));
        QCOMPARE(model.index(0, SodRuleModel::RolesColumn).data().toString(),
                 QStringLiteral("Refunds approver ✕ Payout clerk"));
        QCOMPARE(model.index(0, SodRuleModel::ExceptionColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(1, SodRuleModel::ExceptionColumn).data().toString(),
                 QStringLiteral("with a recorded reason"));
        QCOMPARE(model.index(0, SodRuleModel::ControlColumn).data().toString(), QStringLiteral("PCI DSS 7.2"));
        QCOMPARE(model.index(0, SodRuleModel::RationaleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("One person could pay themselves"));
        QCOMPARE(model.index(1, SodRuleModel::RationaleColumn).data(IdRole).toLongLong(), 5);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SodRuleModelTest)
#include "SodRuleModelTest.moc"
