#include "item/AccessEventLoader.h"

#include <QElapsedTimer>

namespace custodian {

AccessEventLoader::AccessEventLoader(Database database, ReplyHandler onReply)
    : m_database(std::move(database))
    , m_onReply(std::move(onReply))
{
    m_database.setCancelFlag(&m_cancel);
}

AccessEventLoader::~AccessEventLoader()
{
    m_database.setCancelFlag(nullptr);
}

void AccessEventLoader::supersede(quint64 generation)
{
    m_latest.store(generation);
    m_cancel.store(true);
}

void AccessEventLoader::stop()
{
    m_stopped.store(true);
    m_cancel.store(true);
}

void AccessEventLoader::process(const Request& request)
{
    if (m_stopped.load() || request.generation < m_latest.load())
        return; // superseded before it started
    m_cancel.store(false);
    // A supersede() or stop() that raced with the line above must still win.
    if (m_stopped.load() || request.generation < m_latest.load())
        return;
    QElapsedTimer timer;
    timer.start();
    auto reply = std::make_shared<Reply>();
    reply->generation = request.generation;
    reply->kind = request.kind;
    reply->backwards = request.backwards;
    reply->anchored = request.anchor.has_value();
    reply->limit = request.limit;
    AccessEventRepository repository(m_database);
    if (request.kind == Kind::Reset) {
        auto query = repository.resolve(request.filter, request.nowMs);
        if (!query) {
            // The previous filter's query must not serve this generation's slides.
            m_query.reset();
            m_queryGeneration = request.generation;
            reply->error = query.error();
        } else {
            m_query = std::move(*query);
            m_queryGeneration = request.generation;
            reply->query = m_query;
        }
    } else if (!m_query || m_queryGeneration != request.generation) {
        return; // a window of a filter that is no longer shown
    }
    if (!reply->error) {
        const bool backwards = request.kind == Kind::Backward || (request.kind == Kind::Reset && request.backwards);
        auto rows = repository.page(*m_query, request.sort, request.anchor, backwards, request.limit);
        if (rows)
            reply->rows = std::move(*rows);
        else
            reply->error = rows.error();
    }
    if (request.generation < m_latest.load())
        return; // interrupted or outrun: nobody wants this any more
    reply->elapsedUs = timer.nsecsElapsed() / 1000;
    m_onReply(std::move(reply));
}

} // namespace custodian
