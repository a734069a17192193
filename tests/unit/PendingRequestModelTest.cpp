// The approvals tab's model on requests as AgentAccessRepository::pending() gives them: the agent with their employee
// number, the times, "open-ended" for no end, and the assignment's id on every cell. QAbstractItemModelTester
// watches every reset.
#include "item/PendingRequestModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace custodian;

namespace {
QString minutes(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

class PendingRequestModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void listsEachRequest()
    {
        PendingRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(PendingRequestModel::ColumnCount));

        const qint64 t = 1'765'000'000'000;
        AgentAccessRepository::Assignment request;
        request.id = 31;
        request.agentName = QStringLiteral("Alex Agent");
        request.employeeNo = QStringLiteral("E1042");
        request.roleName = QStringLiteral("Refunds approver");
        request.requestedByName = QStringLiteral("Dana Supervisor");
        request.requestedAt = t;
        request.validFrom = t + 60'000;
        request.sodExceptionReason = QStringLiteral("Only payments lead on shift");
        request.justification = QStringLiteral("December cover");
        AgentAccessRepository::Assignment bounded = request;
        bounded.id = 32;
        bounded.validUntil = t + 86'400'000;
        model.setRequests({ request, bounded });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(PendingRequestModel::SodExceptionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("SoD exception"));
        QCOMPARE(model.index(0, PendingRequestModel::AgentColumn).data().toString(),
                 QStringLiteral("Alex Agent (E1042)"));
        QCOMPARE(model.index(0, PendingRequestModel::RoleColumn).data().toString(), QStringLiteral("Refunds approver"));
        QCOMPARE(model.index(0, PendingRequestModel::RequestedByColumn).data().toString(),
                 QStringLiteral("Dana Supervisor"));
        QCOMPARE(model.index(0, PendingRequestModel::RequestedColumn).data().toString(), minutes(t));
        QCOMPARE(model.index(0, PendingRequestModel::ValidFromColumn).data().toString(), minutes(t + 60'000));
        QCOMPARE(model.index(0, PendingRequestModel::ValidUntilColumn).data().toString(), QStringLiteral("open-ended"));
        QCOMPARE(model.index(1, PendingRequestModel::ValidUntilColumn).data().toString(), minutes(t + 86'400'000));
        QCOMPARE(model.index(0, PendingRequestModel::SodExceptionColumn).data().toString(),
                 QStringLiteral("Only payments lead on shift"));
        QCOMPARE(model.index(0, PendingRequestModel::JustificationColumn).data().toString(),
                 QStringLiteral("December cover"));
        QCOMPARE(model.index(1, PendingRequestModel::AgentColumn).data(IdRole).toLongLong(), 32);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(PendingRequestModelTest)
#include "PendingRequestModelTest.moc"
