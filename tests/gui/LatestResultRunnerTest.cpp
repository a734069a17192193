// The worker helper every page uses: of several requests only the newest one's result arrives, on the GUI thread;
// cancel() (what a lock does) drops a result still on its way and raises the flag a running statement stops on;
// progress posted by stale work is dropped; and an owner destroyed while its work runs neither waits for it nor
// hears from it.
#include "ui/session/LatestResultRunner.h"

#include "support/TestStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace custodian;

namespace {

constexpr int WorkerTimeoutMs = 10'000;

// Lets every worker return, then runs what they queued for the GUI thread (deliveries, deferred thread deletes).
bool settle()
{
    if (!LatestResultRunner::waitForAllWorkers(WorkerTimeoutMs))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

// A statement that runs for minutes unless it is interrupted.
const QString EndlessCount = QStringLiteral(
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM (SELECT x FROM c LIMIT "
    "4000000000)");

} // namespace

class LatestResultRunnerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestResultWins();
    void cancelDropsResultAndStopsStatement();
    void runOnStoreDeliversOnGuiThread();
    void ownerDestroyedMidFlight();
};

void LatestResultRunnerTest::newestResultWins()
{
    LatestResultRunner runner;
    auto gate = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic_int>(0);
    QList<int> delivered;
    auto progress = std::make_shared<QList<int>>(); // appended to on the GUI thread only
    for (int request = 1; request <= 3; ++request) {
        runner.run(
            [gate, sawCancel, progress, request](const LatestResultRunner::Job& job) {
                // The last request finishes first; the older two only after they were superseded.
                if (request < 3)
                    gate->acquire();
                if (job.isCancelled())
                    ++*sawCancel;
                job.post([progress, request]() { *progress << request; });
                return request;
            },
            [&delivered](int value) { delivered << value; });
        QVERIFY(runner.isRunning());
    }
    gate->release(2);
    QVERIFY(settle());
    QCOMPARE(delivered, QList<int> { 3 });
    QCOMPARE(*progress, QList<int> { 3 });
    QCOMPARE(sawCancel->load(), 2);
    QVERIFY(!runner.isRunning());
}

void LatestResultRunnerTest::cancelDropsResultAndStopsStatement()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    LatestResultRunner runner;
    auto started = std::make_shared<QSemaphore>();
    auto interrupted = std::make_shared<std::atomic_bool>(false);
    bool delivered = false;
    runner.runOnStore(
        fixture.store(), Database::Mode::ReadOnly,
        [started, interrupted](Database& database, const LatestResultRunner::Job&) {
            started->release();
            Result<qint64> count = database.queryInt(EndlessCount);
            interrupted->store(!count.ok());
            return count;
        },
        [&delivered](const Result<qint64>&) { delivered = true; });
    QVERIFY(started->tryAcquire(1, WorkerTimeoutMs));
    QElapsedTimer timer;
    timer.start();
    runner.cancel(); // what a page does on aboutToLock
    QVERIFY(!runner.isRunning());
    QVERIFY(timer.elapsed() < 100); // cancel() never waits for the worker
    QVERIFY(settle());
    QVERIFY(interrupted->load());
    QVERIFY(!delivered);
}

void LatestResultRunnerTest::runOnStoreDeliversOnGuiThread()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    LatestResultRunner runner;
    QThread* workerThread = nullptr;
    std::optional<Result<qint64>> answer;
    QThread* deliveredOn = nullptr;
    runner.runOnStore(
        fixture.store(), Database::Mode::ReadOnly,
        [&workerThread](Database& database, const LatestResultRunner::Job&) {
            workerThread = QThread::currentThread();
            return database.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        },
        [&](Result<qint64> value) {
            deliveredOn = QThread::currentThread();
            answer = std::move(value);
        });
    QVERIFY(settle());
    QVERIFY(answer.has_value());
    QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().message()));
    QVERIFY(answer->value() > 0);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workerThread && workerThread != QThread::currentThread());

    // A locked store: the error arrives the same way, through the GUI thread.
    fixture.close();
    answer.reset();
    runner.runOnStore(
        fixture.store(), Database::Mode::ReadOnly,
        [](Database& database, const LatestResultRunner::Job&) {
            return database.queryInt(QStringLiteral("SELECT 1"));
        },
        [&](Result<qint64> value) { answer = std::move(value); });
    QVERIFY(settle());
    QVERIFY(answer.has_value());
    QVERIFY(!answer->ok());
}

void LatestResultRunnerTest::ownerDestroyedMidFlight()
{
    auto gate = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto owner = std::make_unique<QObject>();
    auto* runner = new LatestResultRunner(owner.get());
    bool delivered = false;
    auto progressed = std::make_shared<bool>(false); // set on the GUI thread only
    runner->run(
        [gate, sawCancel, progressed](const LatestResultRunner::Job& job) {
            gate->acquire();
            sawCancel->store(job.isCancelled());
            job.post([progressed]() { *progressed = true; });
            return QStringLiteral("late");
        },
        [&delivered](const QString&) { delivered = true; });
    QElapsedTimer timer;
    timer.start();
    owner.reset(); // the runner goes with it, the work still blocked
    QVERIFY(timer.elapsed() < 100);
    gate->release();
    QVERIFY(settle());
    QVERIFY(sawCancel->load());
    QVERIFY(!delivered);
    QVERIFY(!*progressed);
}

QTEST_GUILESS_MAIN(LatestResultRunnerTest)
#include "LatestResultRunnerTest.moc"
