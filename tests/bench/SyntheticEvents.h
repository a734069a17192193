#pragma once

#include "domain/AccessEvent.h"

#include <QString>

#include <vector>

namespace custodian::bench {

// A fast deterministic stream of access events for the ingest benchmark: time-ordered ids (AccessEventId: occurred_at ×
// 65 536 + n) over `days` days, agents working sessions of a few dozen events, records drawn with the demo generator's
// locality (most contacts concern customers active in the last few weeks, a long tail touches any record), a cached
// source address per workstation. The same shape always gives the same events.
class SyntheticEvents
{
public:
    struct Shape
    {
        qint64 events = 1'000'000;
        qint64 agents = 250;
        qint64 records = 125'000;
        qint64 workstations = 200;
        int days = 90;
        qint64 endMs = 1'790'000'000'000; // a fixed end, so runs compare
        quint64 seed = 1;
    };

    // The demo generator's scaling rules for agents, records and workstations.
    static Shape shapeFor(qint64 events);

    // Generates all events up front, cut into batches of `batchSize` (the benchmark times ingest only).
    SyntheticEvents(const Shape& shape, qint64 batchSize);
    [[nodiscard]] const Shape& shape() const { return m_shape; }
    [[nodiscard]] const std::vector<std::vector<AccessEvent>>& batches() const { return m_batches; }

private:
    Shape m_shape;
    std::vector<QString> m_addresses;
    std::vector<std::vector<AccessEvent>> m_batches;
};

} // namespace custodian::bench
