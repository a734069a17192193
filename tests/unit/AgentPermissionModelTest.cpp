// The agent tab's permissions model on rows as AgentAccessRepository gives them: the code, its description and the
// roles that grant it, joined as the roles page showed them. QAbstractItemModelTester watches every reset.
#include "item/AgentPermissionModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class AgentPermissionModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEachPermissionWithItsRoles()
    {
        AgentPermissionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AgentPermissionModel::ColumnCount));

        AgentAccessRepository::Permission refund;
        refund.code = QStringLiteral("refund.approve");
        refund.description = QStringLiteral("Approve refunds");
        refund.roles = { QStringLiteral("Refunds approver"), QStringLiteral("Team lead") };
        model.setPermissions({ refund });

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(AgentPermissionModel::PermissionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Permission in force"));
        QCOMPARE(model.index(0, AgentPermissionModel::PermissionColumn).data().toString(),
                 QStringLiteral("refund.approve"));
        QCOMPARE(model.index(0, AgentPermissionModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Approve refunds"));
        QCOMPARE(model.index(0, AgentPermissionModel::RolesColumn).data().toString(),
                 QStringLiteral("Refunds approver, Team lead"));
        QCOMPARE(model.index(0, AgentPermissionModel::RolesColumn).data(SortKeyRole).toString(),
                 QStringLiteral("refund.approve"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AgentPermissionModelTest)
#include "AgentPermissionModelTest.moc"
