// The "who did" model on rows as RecordAccessReader gives them: counts, times, and an agent who held no role opening
// the record's class named as such, with every cell of that row in the error tone (and only that row). The agent's id
// is on every cell. QAbstractItemModelTester watches every reset.
#include "item/WhoDidModel.h"
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

class WhoDidModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void marksAccessWithoutARole()
    {
        WhoDidModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(WhoDidModel::ColumnCount));

        const qint64 t = 1'765'000'000'000;
        RecordAccessReader::Did entitled;
        entitled.agentId = 11;
        entitled.agentName = QStringLiteral("Alex Agent");
        entitled.employeeNo = QStringLiteral("E1042");
        entitled.team = QStringLiteral("Payments");
        entitled.events = 3;
        entitled.first = t;
        entitled.last = t + 60'000;
        entitled.heldRole = true;
        RecordAccessReader::Did intruder = entitled;
        intruder.agentId = 13;
        intruder.refused = 2;
        intruder.heldRole = false;
        model.setAgents({ entitled, intruder }, DataClass::PaymentCard);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(WhoDidModel::HeldRoleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Held a role"));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, WhoDidModel::AgentColumn), QStringLiteral("Alex Agent (E1042)"));
        QCOMPARE(text(0, WhoDidModel::HeldRoleColumn), QStringLiteral("yes"));
        QCOMPARE(text(1, WhoDidModel::HeldRoleColumn), QStringLiteral("NO — no role opening payment card data"));
        QCOMPARE(text(0, WhoDidModel::TeamColumn), QStringLiteral("Payments"));
        QCOMPARE(text(0, WhoDidModel::AccessesColumn), QStringLiteral("3"));
        QCOMPARE(text(0, WhoDidModel::RefusedColumn), QString());
        QCOMPARE(text(1, WhoDidModel::RefusedColumn), QStringLiteral("2"));
        QCOMPARE(text(0, WhoDidModel::FirstColumn), minutes(t));
        QCOMPARE(text(0, WhoDidModel::LastColumn), minutes(t + 60'000));
        QCOMPARE(model.index(1, WhoDidModel::AccessesColumn).data(SortKeyRole).toLongLong(), 3);
        for (int column = 0; column < WhoDidModel::ColumnCount; ++column) {
            QCOMPARE(model.index(0, column).data(ToneRole).value<CellTone>(), CellTone::Normal);
            QCOMPARE(model.index(1, column).data(ToneRole).value<CellTone>(), CellTone::Error);
        }
        QCOMPARE(model.index(1, WhoDidModel::LastColumn).data(IdRole).toLongLong(), 13);
        QCOMPARE(WhoDidModel::dataClassName(DataClass::None), QStringLiteral("no customer data"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(WhoDidModelTest)
#include "WhoDidModelTest.moc"
