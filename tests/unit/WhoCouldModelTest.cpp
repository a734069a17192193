// The "who could" model on rows as RecordAccessReader gives them: the agent with their employee number, "yes" for
// those who opened the record, the roles joined, the agent's id on every cell. QAbstractItemModelTester watches every
// reset.
#include "item/WhoCouldModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

class WhoCouldModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEachAgentWhoCould()
    {
        WhoCouldModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(WhoCouldModel::ColumnCount));

        RecordAccessReader::Could opened;
        opened.agentId = 11;
        opened.agentName = QStringLiteral("Alex Agent");
        opened.employeeNo = QStringLiteral("E1042");
        opened.team = QStringLiteral("Payments");
        opened.roles = { QStringLiteral("Refunds approver"), QStringLiteral("Card viewer") };
        opened.accessed = true;
        RecordAccessReader::Could idle = opened;
        idle.agentId = 12;
        idle.accessed = false;
        model.setAgents({ opened, idle });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(WhoCouldModel::OpenedColumn, Qt::Horizontal).toString(), QStringLiteral("Opened it"));
        QCOMPARE(model.index(0, WhoCouldModel::AgentColumn).data().toString(), QStringLiteral("Alex Agent (E1042)"));
        QCOMPARE(model.index(0, WhoCouldModel::OpenedColumn).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(1, WhoCouldModel::OpenedColumn).data().toString(), QString());
        QCOMPARE(model.index(0, WhoCouldModel::TeamColumn).data().toString(), QStringLiteral("Payments"));
        QCOMPARE(model.index(0, WhoCouldModel::RolesColumn).data().toString(),
                 QStringLiteral("Refunds approver, Card viewer"));
        QCOMPARE(model.index(1, WhoCouldModel::RolesColumn).data(IdRole).toLongLong(), 12);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(WhoCouldModelTest)
#include "WhoCouldModelTest.moc"
