#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"
#include "store/AccessEventRepository.h"
#include "store/Database.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace custodian {

// The access page's reader: lives on its own thread with its own read-only connection, resolves filters and
// reads windows of rows for AccessEventModel. Requests carry a generation; a request older than the newest one
// is skipped, and a newer request interrupts the statement that is running (Database::setCancelFlag), so a
// supervisor typing a filter never waits for the reads of the previous one.
class AccessEventLoader : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Reset, Forward, Backward };
    struct Request
    {
        quint64 generation = 0;
        Kind kind = Kind::Reset;
        AccessFilter filter; // Reset only
        AccessSort sort = AccessSort::NewestFirst;
        std::optional<AccessEventRepository::Anchor> anchor;
        bool backwards = false; // Reset: read the last rows of the order (jump to end)
        int limit = 100;
        qint64 nowMs = 0;
    };
    struct Reply
    {
        quint64 generation = 0;
        Kind kind = Kind::Reset;
        bool backwards = false;
        bool anchored = false;
        int limit = 0;
        std::vector<AccessEventRow> rows;
        std::optional<AccessQuery> query; // Reset: what the filter resolved to
        std::optional<Error> error;
        qint64 elapsedUs = 0;
    };
    using ReplyHandler = std::function<void(std::shared_ptr<Reply>)>;

    // `onReply` runs on the loader's thread; it must hand the reply to its own thread.
    AccessEventLoader(Database database, ReplyHandler onReply);
    ~AccessEventLoader() override;

    // Thread-safe: marks everything before `generation` stale and interrupts what is running.
    void supersede(quint64 generation);
    // Runs on the loader's thread (post it with QMetaObject::invokeMethod).
    void process(const Request& request);
    // Interrupts and refuses further work (locking, shutdown).
    void stop();

private:
    Database m_database;
    ReplyHandler m_onReply;
    std::atomic_bool m_cancel { false };
    std::atomic<quint64> m_latest { 0 };
    std::atomic_bool m_stopped { false };
    std::optional<AccessQuery> m_query;
    quint64 m_queryGeneration = 0;
};

} // namespace custodian
