#pragma once

#include "store/Database.h"
#include "store/Store.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace custodian {

// The one way the console runs work off the GUI thread: each run() starts the work on a worker thread of its own
// and hands its result to a callback on the runner's (GUI) thread — but only the newest request's result, and only
// while the runner has not been cancelled or destroyed. A newer run() and cancel() raise the older work's cancel
// flag (installed on its connection, so a running statement stops within a few thousand VM steps) and its result
// is dropped. Nobody ever joins a worker: it finishes on its own, closes its own connection and deletes its thread,
// so neither a lock nor a page's destruction waits for a query or a network request.
class LatestResultRunner : public QObject
{
    Q_OBJECT
public:
    // What the work sees of its request: the cancel flag to poll (or to install on a connection), and a way to
    // hand progress to the GUI thread that is dropped once the request is stale.
    class Job : public std::enable_shared_from_this<Job>
    {
    public:
        [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
        [[nodiscard]] const std::atomic_bool* cancelFlag() const { return &m_cancelled; }
        // Runs `step` on the GUI thread, unless the request has been cancelled or superseded by then.
        void post(std::function<void()> step) const;

    private:
        friend class LatestResultRunner;
        std::atomic_bool m_cancelled = false; // the work should stop
        std::atomic_bool m_dropped = false; // nothing it produces reaches the GUI thread any more
    };

    explicit LatestResultRunner(QObject* parent = nullptr);
    ~LatestResultRunner() override;
    Q_DISABLE_COPY_MOVE(LatestResultRunner)

    // Runs `work(const Job&)` on a worker and `deliver(result)` here, with what the work returned. The callables
    // are copied to the worker: capture values and shared pointers, never a widget.
    template <typename Work, typename Deliver> void run(Work work, Deliver deliver)
    {
        using Value = std::invoke_result_t<Work&, const Job&>;
        auto result = std::make_shared<std::optional<Value>>();
        start([work = std::move(work), result](const Job& job) mutable { result->emplace(work(job)); },
              [deliver = std::move(deliver), result]() mutable { deliver(std::move(**result)); });
    }

    // As run(), with a connection of the work's own to the unlocked store: opened here (a key install and one
    // schema read, milliseconds), used and closed only by the worker, with the request's cancel flag installed.
    // The work returns a Result<...>; when the connection cannot be opened, deliver() gets that error instead.
    template <typename Work, typename Deliver>
    void runOnStore(const Store& store, Database::Mode mode, Work work, Deliver deliver)
    {
        using Value = std::invoke_result_t<Work&, Database&, const Job&>;
        auto connection = std::make_shared<Result<Database>>(store.openConnection(mode));
        run(
            [work = std::move(work), connection](const Job& job) mutable -> Value {
                if (!connection->ok())
                    return Value(connection->error());
                Database& database = connection->value();
                database.setCancelFlag(job.cancelFlag());
                Value value = work(database, job);
                database.setCancelFlag(nullptr);
                database.close();
                return value;
            },
            std::move(deliver));
    }

    // Raises the cancel flag of the request in flight and drops its result; returns at once.
    void cancel();
    // Raises the cancel flag of the request in flight but still delivers what the work returns (typically its
    // "cancelled" error), for a Cancel button whose outcome the user is told about.
    void interrupt();
    // True from run() until the newest request's result is delivered or cancelled.
    [[nodiscard]] bool isRunning() const { return m_current != nullptr; }

    // Waits until the workers of every runner have returned: for the end of a program or a test, never while the
    // window is up. False on timeout.
    [[nodiscard]] static bool waitForAllWorkers(int timeoutMs);

private:
    void start(std::function<void(const Job&)> work, std::function<void()> deliver);

    std::shared_ptr<Job> m_current;
    quint64 m_generation = 0;
};

} // namespace custodian
