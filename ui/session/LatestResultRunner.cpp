#include "ui/session/LatestResultRunner.h"

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace custodian {

namespace {

// Workers still running, over all runners: nobody joins them, so this is the only way to know they are gone.
struct LiveWorkers
{
    std::mutex mutex;
    std::condition_variable idle;
    int count = 0;
};

LiveWorkers& liveWorkers()
{
    static LiveWorkers workers;
    return workers;
}

// How long the end of a program waits for workers still running (a count over a large table takes seconds).
constexpr int ExitWaitMs = 15'000;

// Once per process: the QCoreApplication's destructor waits for the workers still running. After it, the process's
// exit handlers tear down what a worker may still be using (OpenSSL's global state under SQLCipher): a worker left
// running — a statistics count started by the last unlock of a test, a query of a page closed while quitting — then
// used freed memory. Post routines run before those handlers, in every program and test that has an application.
void waitForWorkersAtExit()
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        qAddPostRoutine([] {
            if (!LatestResultRunner::waitForAllWorkers(ExitWaitMs))
                qWarning("Background work still running at exit; its connections close with the process.");
        });
    });
}

} // namespace

void LatestResultRunner::Job::post(std::function<void()> step) const
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || m_dropped.load())
        return;
    // Queued to the application object, which outlives every runner; the flag is read again on the GUI thread,
    // where the runner raises it before it or its owner goes away.
    QMetaObject::invokeMethod(
        app,
        [job = shared_from_this(), step = std::move(step)]() {
            if (!job->m_dropped.load())
                step();
        },
        Qt::QueuedConnection);
}

LatestResultRunner::LatestResultRunner(QObject* parent)
    : QObject(parent)
{
}

LatestResultRunner::~LatestResultRunner()
{
    cancel();
}

void LatestResultRunner::cancel()
{
    ++m_generation; // a result already on its way is dropped
    if (m_current) {
        m_current->m_dropped.store(true);
        m_current->m_cancelled.store(true);
    }
    m_current.reset();
}

void LatestResultRunner::interrupt()
{
    if (m_current)
        m_current->m_cancelled.store(true);
}

void LatestResultRunner::start(std::function<void(const Job&)> work, std::function<void()> deliver)
{
    cancel(); // the older request's result would be dropped anyway: stop its work too
    waitForWorkersAtExit();
    auto job = std::make_shared<Job>();
    m_current = job;
    const quint64 generation = m_generation;
    {
        std::lock_guard guard(liveWorkers().mutex);
        ++liveWorkers().count;
    }
    QThread* thread = QThread::create([work = std::move(work), job]() { work(*job); });
    // The thread has no parent: an owner that goes away mid-flight must not delete a running thread.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, generation, job, deliver = std::move(deliver)]() {
        if (generation != m_generation || job->m_dropped.load())
            return;
        m_current.reset();
        deliver();
    });
    // Connected last and run on the worker itself: once a worker counts as gone, its delivery is already queued.
    connect(
        thread, &QThread::finished, thread,
        []() {
            LiveWorkers& workers = liveWorkers();
            std::lock_guard guard(workers.mutex);
            if (--workers.count == 0)
                workers.idle.notify_all();
        },
        Qt::DirectConnection);
    thread->start();
}

bool LatestResultRunner::waitForAllWorkers(int timeoutMs)
{
    LiveWorkers& workers = liveWorkers();
    std::unique_lock lock(workers.mutex);
    return workers.idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return workers.count == 0; });
}

} // namespace custodian
