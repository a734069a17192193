#include "rules/AccessEventIngest.h"

#include <QElapsedTimer>

namespace custodian {

AccessEventIngest::AccessEventIngest(Database& database)
    : AccessEventIngest(database, DetectionEngine::Options())
{
}

AccessEventIngest::AccessEventIngest(Database& database, DetectionEngine::Options options)
    : m_writer(database)
    , m_engine(database, std::move(options))
{
}

Result<AccessEventIngest::Batch> AccessEventIngest::ingest(const std::vector<AccessEvent>& batch)
{
    QElapsedTimer timer;
    timer.start();
    auto inserted = m_writer.write(batch);
    if (!inserted)
        return inserted.error();
    const qint64 written = timer.nsecsElapsed();
    // Every event of the batch, new or re-delivered, goes through the detections: they are idempotent, and a
    // batch that was written before without them (an older version, a failed run) gets its findings now.
    auto detections = m_engine.process(batch);
    if (!detections)
        return detections.error();
    m_totals.events += qint64(batch.size());
    m_totals.inserted += *inserted;
    m_totals.writeNs += written;
    m_totals.detectNs += timer.nsecsElapsed() - written;
    m_totals.detections.add(*detections);
    return Batch { *inserted, *detections };
}

} // namespace custodian
