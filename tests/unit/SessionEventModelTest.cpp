// The detail pane's same-session model: each event's time, action, outcome, masked record and workstation; a refused
// access marked as an error; the shown event in bold and found by its id. QAbstractItemModelTester watches every reset.
#include "item/SessionEventModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QTest>

using namespace custodian;

class SessionEventModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheSessionWithTheShownEventInBold()
    {
        SessionEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const qint64 at = QDateTime(QDate(2026, 11, 30), QTime(18, 1, 7)).toMSecsSinceEpoch();
        AccessEventDetailRepository::SessionEvent login;
        login.id = 100;
        login.occurredAt = at;
        login.action = AccessAction::Login;
        login.workstation = QStringLiteral("ws-lis-014");
        AccessEventDetailRepository::SessionEvent view;
        view.id = 101;
        view.occurredAt = at + 65'000;
        view.action = AccessAction::View;
        view.outcome = AccessOutcome::Denied;
        view.recordId = 9;
        view.recordMasked = QStringLiteral("411111******1111");
        view.recordKind = QStringLiteral("card");
        view.workstation = QStringLiteral("ws-lis-014");
        model.setEvents({ login, view }, 101);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SessionEventModel::ColumnCount));
        QCOMPARE(model.index(0, SessionEventModel::TimeColumn).data().toString(), QStringLiteral("18:01:07"));
        QVERIFY(model.index(0, SessionEventModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("2026-11-30 18:01:07")));
        QCOMPARE(model.index(0, SessionEventModel::ActionColumn).data().toString(), QStringLiteral("Log in"));
        QCOMPARE(model.index(0, SessionEventModel::RecordColumn).data().toString(), QString());
        QCOMPARE(model.index(0, SessionEventModel::OutcomeColumn).data(ToneRole).value<CellTone>(), CellTone::Normal);
        QVERIFY(!model.index(0, SessionEventModel::TimeColumn).data(Qt::FontRole).isValid());

        QCOMPARE(model.index(1, SessionEventModel::OutcomeColumn).data().toString(), QStringLiteral("denied"));
        QCOMPARE(model.index(1, SessionEventModel::OutcomeColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(1, SessionEventModel::RecordColumn).data().toString(),
                 QStringLiteral("411111******1111 (card)"));
        QCOMPARE(model.index(1, SessionEventModel::WorkstationColumn).data().toString(), QStringLiteral("ws-lis-014"));
        QVERIFY(model.index(1, SessionEventModel::ActionColumn).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(1, SessionEventModel::RecordColumn).data(IdRole).toLongLong(), 101);
        QCOMPARE(model.rowOf(101), 1);
        QCOMPARE(model.rowOf(100), 0);
        QCOMPARE(model.rowOf(5), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(101), -1);
    }
};

QTEST_GUILESS_MAIN(SessionEventModelTest)
#include "SessionEventModelTest.moc"
