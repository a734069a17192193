// The roles page's catalog model on roles as RoleCatalogRepository gives them: the texts the page showed cell by cell
// before, counts right-aligned with their numbers as sort keys, the role's id on every cell, look-up by id.
// QAbstractItemModelTester watches every reset.
#include "item/RoleCatalogModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class RoleCatalogModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEachRoleWithWhatItOpens()
    {
        RoleCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RoleCatalogModel::ColumnCount));

        RoleCatalogRepository::Role basic;
        basic.id = 3;
        basic.code = QStringLiteral("agent_basic");
        basic.name = QStringLiteral("Agent");
        basic.holders = 412;
        RoleCatalogRepository::Role refunds;
        refunds.id = 9;
        refunds.code = QStringLiteral("refunds_approver");
        refunds.name = QStringLiteral("Refunds approver");
        refunds.sensitive = true;
        refunds.maxDurationDays = 90;
        refunds.dataClasses = { DataClass::PaymentCard, DataClass::Pii };
        refunds.training = { QStringLiteral("PCI awareness") };
        refunds.trainingBlocks = true;
        refunds.permissions = { QStringLiteral("refund.approve"), QStringLiteral("card.view_masked") };
        refunds.holders = 7;
        refunds.pending = 2;
        model.setRoles({ basic, refunds });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(RoleCatalogModel::HoldersColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Holders"));
        QCOMPARE(model.index(0, RoleCatalogModel::RoleColumn).data().toString(), QStringLiteral("Agent (agent_basic)"));
        QCOMPARE(model.index(0, RoleCatalogModel::SensitiveColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(0, RoleCatalogModel::MaxDurationColumn).data().toString(), QStringLiteral("none"));
        QCOMPARE(model.index(0, RoleCatalogModel::OpensColumn).data().toString(), QStringLiteral("no customer data"));
        QCOMPARE(model.index(0, RoleCatalogModel::TrainingColumn).data().toString(), QStringLiteral("none"));
        QCOMPARE(model.index(1, RoleCatalogModel::HoldersColumn).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(1, RoleCatalogModel::HoldersColumn).data(SortKeyRole).toLongLong(), 7);
        QCOMPARE(model.index(1, RoleCatalogModel::PendingColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(1, RoleCatalogModel::SensitiveColumn).data().toString(),
                 QStringLiteral("Yes: second supervisor"));
        QCOMPARE(model.index(1, RoleCatalogModel::MaxDurationColumn).data().toString(), QStringLiteral("90 day(s)"));
        QCOMPARE(model.index(1, RoleCatalogModel::OpensColumn).data().toString(),
                 QStringLiteral("payment card data, personal data"));
        QCOMPARE(model.index(1, RoleCatalogModel::TrainingColumn).data().toString(),
                 QStringLiteral("PCI awareness (required)"));
        QCOMPARE(model.index(1, RoleCatalogModel::PermissionsColumn).data(IdRole).toLongLong(), 9);
        QCOMPARE(model.roleId(1), 9);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.rowOf(4), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(RoleCatalogModelTest)
#include "RoleCatalogModelTest.moc"
