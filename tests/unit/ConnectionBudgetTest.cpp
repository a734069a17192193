// ConnectionBudget, the counts behind custodian-central's connection and memory limits: per address and in total,
// the bounded number of connections being turned away, bodies held at once, and every place given back.
#include "central/ConnectionBudget.h"

#include <QTest>

using namespace custodian;
using Admission = ConnectionBudget::Admission;

class ConnectionBudgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perAddressThenTotal();
    void refusalsAreBounded();
    void bodiesShareOneBudget();
};

void ConnectionBudgetTest::perAddressThenTotal()
{
    TransportLimits limits;
    limits.maxConnections = 5;
    limits.maxConnectionsPerAddress = 2;
    ConnectionBudget budget(limits);
    QCOMPARE(budget.admit("10.0.0.1"), Admission::Admitted);
    QCOMPARE(budget.admit("10.0.0.1"), Admission::Admitted);
    QCOMPARE(budget.admit("10.0.0.1"), Admission::AddressFull);
    budget.leave("10.0.0.1", Admission::AddressFull);
    QCOMPARE(budget.admit("10.0.0.2"), Admission::Admitted);
    QCOMPARE(budget.admit("10.0.0.2"), Admission::Admitted);
    QCOMPARE(budget.admit("10.0.0.3"), Admission::Admitted);
    QCOMPARE(budget.connections(), 5);
    // Full: even an address with room is turned away, as a full service (503), not as its own fault (429).
    QCOMPARE(budget.admit("10.0.0.3"), Admission::ServiceFull);
    budget.leave("10.0.0.3", Admission::ServiceFull);
    // A connection that ends gives its place back, to its address and to the total.
    budget.leave("10.0.0.1", Admission::Admitted);
    QCOMPARE(budget.connections(), 4);
    QCOMPARE(budget.admit("10.0.0.1"), Admission::Admitted);
}

void ConnectionBudgetTest::refusalsAreBounded()
{
    TransportLimits limits;
    limits.maxConnections = 1;
    limits.maxConnectionsPerAddress = 1;
    limits.maxRefusing = 3;
    ConnectionBudget budget(limits);
    QCOMPARE(budget.admit("a"), Admission::Admitted);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(budget.admit("a"), Admission::ServiceFull);
    // Turning more away would cost a handshake each: they are dropped, and nothing is counted for them.
    QCOMPARE(budget.admit("a"), Admission::Dropped);
    QCOMPARE(budget.admit("b"), Admission::Dropped);
    budget.leave("a", Admission::ServiceFull);
    QCOMPARE(budget.admit("b"), Admission::ServiceFull);
    QCOMPARE(budget.connections(), 1);
}

void ConnectionBudgetTest::bodiesShareOneBudget()
{
    TransportLimits limits;
    limits.maxBufferedBytes = 10 * 1024;
    ConnectionBudget budget(limits);
    QVERIFY(budget.reserveBody(4 * 1024));
    QVERIFY(budget.reserveBody(6 * 1024));
    QVERIFY(!budget.reserveBody(1)); // full: nothing reserved by the refusal
    budget.releaseBody(6 * 1024);
    QVERIFY(!budget.reserveBody(6 * 1024 + 1));
    QVERIFY(budget.reserveBody(6 * 1024));
    QVERIFY(!budget.reserveBody(std::numeric_limits<qint64>::max())); // no overflow on an absurd size
}

QTEST_GUILESS_MAIN(ConnectionBudgetTest)
#include "ConnectionBudgetTest.moc"
