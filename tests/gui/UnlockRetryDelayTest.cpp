// The growing delay after wrong passphrases (security.md, "Unlock failures"), on a test clock: 1 s after the first
// failure, 2 s after the second, no attempt accepted before it ends, and the right passphrase accepted once the clock
// has moved past it — without the test waiting for the delays.
#include "crypto/SecureBuffer.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

class UnlockRetryDelayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayGrowsAndEndsWithTheClock();

private:
    static bool failOnce(StoreSession& session);
};

bool UnlockRetryDelayTest::failOnce(StoreSession& session)
{
    QSignalSpy failed(&session, &StoreSession::unlockFailed);
    session.unlock(SecureBuffer::copyOf(QByteArrayView("not the passphrase")));
    return failed.wait(15'000);
}

void UnlockRetryDelayTest::delayGrowsAndEndsWithTheClock()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    fixture.close();
    // Later than the store's creation, so that the console audit's times keep moving forward.
    test::TestClock clock(QDateTime::currentMSecsSinceEpoch() + 60'000);

    StoreSession session(fixture.path());
    QVERIFY(failOnce(session));
    QCOMPARE(session.failedAttempts(), 1);
    // The clock stands still while the test does not move it: the whole delay remains, however long unlocking took.
    QCOMPARE(session.retryDelayRemainingMs(), 1'000);

    // Within the delay an attempt is not even started, whatever the passphrase.
    QSignalSpy started(&session, &StoreSession::unlockStarted);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QCOMPARE(started.count(), 0);
    clock.advance(999);
    QCOMPARE(session.retryDelayRemainingMs(), 1);

    clock.advance(1);
    QCOMPARE(session.retryDelayRemainingMs(), 0);
    QVERIFY(failOnce(session));
    QCOMPARE(session.failedAttempts(), 2);
    QCOMPARE(session.retryDelayRemainingMs(), 2'000);

    clock.advance(2'000);
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QVERIFY(unlocked.wait(15'000));
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.failedAttempts(), 0);
    QCOMPARE(session.retryDelayRemainingMs(), 0);
}

QTEST_GUILESS_MAIN(UnlockRetryDelayTest)
#include "UnlockRetryDelayTest.moc"
