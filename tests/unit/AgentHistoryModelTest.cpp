// The agent tab's history model on lines as AgentAccessRepository gives them: who ("system" when nobody), the
// validity change told as before → after, and the assignment's id on every cell. QAbstractItemModelTester watches
// every reset.
#include "item/AgentHistoryModel.h"
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

class AgentHistoryModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tellsWhoChangedWhatAndTheValidity()
    {
        AgentHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AgentHistoryModel::ColumnCount));

        const qint64 t = 1'765'000'000'000;
        AgentAccessRepository::HistoryLine shortened;
        shortened.assignmentId = 21;
        shortened.changedAt = t;
        shortened.change = QStringLiteral("shortened");
        shortened.roleName = QStringLiteral("Refunds approver");
        shortened.by = QStringLiteral("Dana Supervisor");
        shortened.reason = QStringLiteral("Cover ends early");
        shortened.oldValidUntil = t + 86'400'000;
        shortened.newValidUntil = t + 3'600'000;
        AgentAccessRepository::HistoryLine granted;
        granted.assignmentId = 22;
        granted.changedAt = t - 1000;
        granted.change = QStringLiteral("granted");
        granted.newValidUntil = t + 86'400'000;
        AgentAccessRepository::HistoryLine expired;
        expired.assignmentId = 23;
        expired.change = QStringLiteral("expired");
        model.setHistory({ shortened, granted, expired });

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(AgentHistoryModel::WhyColumn, Qt::Horizontal).toString(), QStringLiteral("Why"));
        QCOMPARE(model.index(0, AgentHistoryModel::WhenColumn).data().toString(), minutes(t));
        QCOMPARE(model.index(0, AgentHistoryModel::ChangeColumn).data().toString(), QStringLiteral("shortened"));
        QCOMPARE(model.index(0, AgentHistoryModel::RoleColumn).data().toString(), QStringLiteral("Refunds approver"));
        QCOMPARE(model.index(0, AgentHistoryModel::ByColumn).data().toString(), QStringLiteral("Dana Supervisor"));
        QCOMPARE(model.index(0, AgentHistoryModel::ValidityColumn).data().toString(),
                 QStringLiteral("%1 → %2").arg(minutes(t + 86'400'000), minutes(t + 3'600'000)));
        QCOMPARE(model.index(0, AgentHistoryModel::WhyColumn).data().toString(), QStringLiteral("Cover ends early"));
        QCOMPARE(model.index(1, AgentHistoryModel::ValidityColumn).data().toString(),
                 QStringLiteral("until %1").arg(minutes(t + 86'400'000)));
        QCOMPARE(model.index(2, AgentHistoryModel::ByColumn).data().toString(), QStringLiteral("system"));
        QCOMPARE(model.index(2, AgentHistoryModel::ValidityColumn).data().toString(), QString());
        QCOMPARE(model.index(1, AgentHistoryModel::WhyColumn).data(IdRole).toLongLong(), 22);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AgentHistoryModelTest)
#include "AgentHistoryModelTest.moc"
