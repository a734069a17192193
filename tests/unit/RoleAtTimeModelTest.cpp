// The detail pane's roles-at-that-moment model: a role's validity then and its fate since, in words; holding no role
// is one unselectable row marked as an error; no event shown is no row. QAbstractItemModelTester watches every reset.
#include "item/RoleAtTimeModel.h"
#include "item/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace custodian;

class RoleAtTimeModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesEachRoleAsItStoodThenAndToday()
    {
        RoleAtTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RoleAtTimeModel::ColumnCount));

        const qint64 from = QDateTime(QDate(2026, 3, 1), QTime(9, 0)).toMSecsSinceEpoch();
        const qint64 revoked = QDateTime(QDate(2026, 5, 20), QTime(12, 0)).toMSecsSinceEpoch();
        AccessEventDetailRepository::RoleAtTime card;
        card.assignmentId = 41;
        card.roleCode = QStringLiteral("card_payments");
        card.roleName = QStringLiteral("Card payments");
        card.sensitive = true;
        card.validFrom = from;
        card.currentStatus = AssignmentStatus::Revoked;
        card.endedAt = revoked;
        card.sodExceptionReason = QStringLiteral("night shift cover");
        card.dataClasses = { QStringLiteral("payment_card"), QStringLiteral("pii"), QStringLiteral("legacy") };
        AccessEventDetailRepository::RoleAtTime basic;
        basic.assignmentId = 42;
        basic.roleCode = QStringLiteral("agent");
        basic.roleName = QStringLiteral("Agent");
        basic.validFrom = from;
        basic.validUntilAtTime = revoked;
        model.setRoles({ card, basic });

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(RoleAtTimeModel::UntilColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Until (then)"));
        QCOMPARE(model.index(0, RoleAtTimeModel::RoleColumn).data().toString(),
                 QStringLiteral("Card payments (sensitive)"));
        QVERIFY(model.index(0, RoleAtTimeModel::RoleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("separation-of-duties exception: night shift cover")));
        QCOMPARE(model.index(0, RoleAtTimeModel::FromColumn).data().toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(model.index(0, RoleAtTimeModel::UntilColumn).data().toString(), QStringLiteral("open-ended"));
        QCOMPARE(model.index(0, RoleAtTimeModel::TodayColumn).data().toString(), QStringLiteral("revoked 2026-05-20"));
        // Known codes in words; one the console does not know is shown as it is rather than dropped.
        QCOMPARE(model.index(0, RoleAtTimeModel::DataClassesColumn).data().toString(),
                 QStringLiteral("payment card data, personal data, legacy"));
        QCOMPARE(model.index(0, RoleAtTimeModel::RoleColumn).data(IdRole).toLongLong(), 41);
        QCOMPARE(model.index(1, RoleAtTimeModel::RoleColumn).data().toString(), QStringLiteral("Agent"));
        QCOMPARE(model.index(1, RoleAtTimeModel::UntilColumn).data().toString(), QStringLiteral("2026-05-20"));
        QCOMPARE(model.index(1, RoleAtTimeModel::TodayColumn).data().toString(), QStringLiteral("active"));
        QVERIFY(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsSelectable));

        model.setRoles({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RoleAtTimeModel::RoleColumn).data().toString(),
                 QStringLiteral("No role held at that moment"));
        QCOMPARE(model.index(0, RoleAtTimeModel::RoleColumn).data(ToneRole).value<CellTone>(), CellTone::Error);
        QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsSelectable));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(RoleAtTimeModelTest)
#include "RoleAtTimeModelTest.moc"
