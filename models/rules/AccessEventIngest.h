#pragma once

#include "domain/AccessEvent.h"
#include "domain/Result.h"
#include "rules/DetectionEngine.h"
#include "store/AccessEventWriter.h"

#include <vector>

namespace custodian {

class Database;

// The one way access events enter a store (the demo seeding now, sync later): each batch is written
// (AccessEventWriter: rows, hourly rollups, first-seen workstations) and then run through the detections, in
// the caller's transaction, so that a committed batch always has its findings. Keeps the time each half took,
// for the ingest benchmark and docs/detections.md.
class AccessEventIngest
{
public:
    struct Batch
    {
        qint64 inserted = 0; // events that were new (a re-delivered event is skipped by the writer)
        DetectionEngine::Report detections;
    };

    struct Totals
    {
        qint64 events = 0;
        qint64 inserted = 0;
        qint64 writeNs = 0;
        qint64 detectNs = 0;
        DetectionEngine::Report detections;
    };

    explicit AccessEventIngest(Database& database);
    AccessEventIngest(Database& database, DetectionEngine::Options options);

    [[nodiscard]] Result<Batch> ingest(const std::vector<AccessEvent>& batch);
    [[nodiscard]] DetectionEngine& detections() { return m_engine; }
    [[nodiscard]] const Totals& totals() const { return m_totals; }

private:
    AccessEventWriter m_writer;
    DetectionEngine m_engine;
    Totals m_totals;
};

} // namespace custodian
