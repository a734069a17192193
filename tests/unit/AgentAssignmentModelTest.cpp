// The agent tab's assignments model on rows as AgentAccessRepository gives them: each status told against the time
// given (pending, starts, in force, expires, ended, revoked), the notes for sensitive roles, queued changes and ended
// assignments, the status for the page's buttons, the id on every cell. QAbstractItemModelTester watches every reset.
#include "item/AgentAssignmentModel.h"
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

AgentAccessRepository::Assignment assignment(qint64 id, AssignmentStatus status, qint64 from,
                                             std::optional<qint64> until = std::nullopt)
{
    AgentAccessRepository::Assignment a;
    a.id = id;
    a.roleName = QStringLiteral("Refunds approver");
    a.status = status;
    a.validFrom = from;
    a.validUntil = until;
    a.justification = QStringLiteral("December cover");
    a.requestedByName = QStringLiteral("Dana Supervisor");
    a.approvedByName = QStringLiteral("Lee Supervisor");
    return a;
}
} // namespace

class AgentAssignmentModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tellsEachStatusAgainstTheTimeGiven()
    {
        AgentAssignmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(AgentAssignmentModel::ColumnCount));

        const qint64 now = 1'765'000'000'000;
        const qint64 day = 86'400'000;
        auto inForce = assignment(1, AssignmentStatus::Active, now - day, now + day);
        inForce.sensitive = true;
        auto openEnded = assignment(2, AssignmentStatus::Active, now - day);
        openEnded.waitingForService = true;
        const auto starts = assignment(3, AssignmentStatus::Active, now + day);
        const auto ended = assignment(4, AssignmentStatus::Active, now - 2 * day, now - day);
        auto revoked = assignment(5, AssignmentStatus::Revoked, now - 2 * day);
        revoked.endReason = QStringLiteral("Cover ended early");
        const auto pending = assignment(6, AssignmentStatus::Pending, now);
        model.setAssignments({ inForce, openEnded, starts, ended, revoked, pending }, now);

        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.headerData(AgentAssignmentModel::ApprovedByColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Approved by"));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, AgentAssignmentModel::RoleColumn), QStringLiteral("Refunds approver (sensitive)"));
        QCOMPARE(text(1, AgentAssignmentModel::RoleColumn), QStringLiteral("Refunds approver"));
        QCOMPARE(text(0, AgentAssignmentModel::StatusColumn),
                 QStringLiteral("In force, expires %1").arg(minutes(now + day)));
        QCOMPARE(text(1, AgentAssignmentModel::StatusColumn),
                 QStringLiteral("In force — waiting for the central service"));
        QCOMPARE(text(2, AgentAssignmentModel::StatusColumn), QStringLiteral("Starts %1").arg(minutes(now + day)));
        QCOMPARE(text(3, AgentAssignmentModel::StatusColumn), QStringLiteral("Ended"));
        QCOMPARE(text(4, AgentAssignmentModel::StatusColumn), QStringLiteral("Revoked"));
        QCOMPARE(text(5, AgentAssignmentModel::StatusColumn), QStringLiteral("Pending approval"));
        QCOMPARE(text(0, AgentAssignmentModel::ValidFromColumn), minutes(now - day));
        QCOMPARE(text(0, AgentAssignmentModel::ValidUntilColumn), minutes(now + day));
        QCOMPARE(text(1, AgentAssignmentModel::ValidUntilColumn), QStringLiteral("open-ended"));
        QCOMPARE(text(0, AgentAssignmentModel::RequestedByColumn), QStringLiteral("Dana Supervisor"));
        QCOMPARE(text(0, AgentAssignmentModel::ApprovedByColumn), QStringLiteral("Lee Supervisor"));
        QCOMPARE(text(0, AgentAssignmentModel::JustificationColumn), QStringLiteral("December cover"));
        QCOMPARE(text(4, AgentAssignmentModel::JustificationColumn),
                 QStringLiteral("December cover — ended: Cover ended early"));
        QCOMPARE(model.index(4, AgentAssignmentModel::StatusColumn).data(IdRole).toLongLong(), 5);
        QVERIFY(model.status(4) == AssignmentStatus::Revoked);
        QVERIFY(model.status(5) == AssignmentStatus::Pending);
        QVERIFY(!model.status(6));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(AgentAssignmentModelTest)
#include "AgentAssignmentModelTest.moc"
