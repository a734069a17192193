#include "SyntheticEvents.h"

#include "domain/AccessEventId.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace custodian::bench {

namespace {
__extension__ using Wide = unsigned __int128;
} // namespace

SyntheticEvents::Shape SyntheticEvents::shapeFor(qint64 events)
{
    Shape shape;
    shape.events = events;
    shape.agents = std::clamp<qint64>(events / 4000, 40, 2500);
    shape.records = std::clamp<qint64>(events / 8, 2000, 1'500'000);
    shape.workstations = shape.agents * 4 / 5 + 8;
    return shape;
}

SyntheticEvents::SyntheticEvents(const Shape& shape, qint64 batchSize)
    : m_shape(shape)
{
    DemoRandom random(shape.seed, "bench.events");
    m_addresses.reserve(std::size_t(shape.workstations));
    for (qint64 w = 0; w < shape.workstations; ++w)
        m_addresses.push_back(QStringLiteral("10.20.%1.%2").arg(w / 250).arg(w % 250 + 2));

    const qint64 dayMs = 86'400'000;
    const qint64 startMs = shape.endMs - qint64(shape.days) * dayMs;
    const qint64 spanMs = shape.endMs - startMs;
    // Events are spread evenly in time: event i happens at start + i * span / N (+ jitter that keeps order).
    batchSize = std::max<qint64>(batchSize, 1);
    struct AgentState
    {
        qint64 session = 0;
        qint64 sessionDay = -1;
        qint64 workstation = 0;
        qint64 record = 0;
        int recordLeft = 0;
    };
    std::vector<AgentState> agents(std::size_t(shape.agents));
    for (qint64 a = 0; a < shape.agents; ++a)
        agents[std::size_t(a)].workstation = 1 + a % shape.workstations;
    qint64 nextSession = 1;
    qint64 lastAt = -1;
    qint64 sequence = 0;
    const qint64 window = std::max<qint64>(shape.records / 12, 500); // customers in contact "these weeks"
    for (qint64 i = 0; i < shape.events; ++i) {
        if (i % batchSize == 0) {
            m_batches.emplace_back();
            m_batches.back().reserve(std::size_t(std::min(batchSize, shape.events - i)));
        }
        AccessEvent& e = m_batches.back().emplace_back();
        e.occurredAt = startMs + qint64(Wide(i) * quint64(spanMs) / quint64(shape.events));
        // Time-ordered ids, as the central service assigns them (AccessEventId).
        sequence = e.occurredAt == lastAt ? sequence + 1 : 0;
        lastAt = e.occurredAt;
        e.id = AccessEventId::make(e.occurredAt, sequence);
        const qint64 agent = qint64(random.below(quint64(shape.agents)));
        AgentState& state = agents[std::size_t(agent)];
        const qint64 day = (e.occurredAt - startMs) / dayMs;
        e.agentId = agent + 1;
        if (state.sessionDay != day) {
            state.sessionDay = day;
            state.session = nextSession++;
            e.action = AccessAction::Login;
        } else if (state.recordLeft <= 0) {
            // A new contact: 85 % a customer active around now, 15 % anyone.
            const double progress = double(i) / double(shape.events);
            if (random.chance(0.85)) {
                const qint64 base = qint64(progress * double(shape.records - window));
                state.record = 1 + base + qint64(random.below(quint64(window)));
            } else {
                state.record = 1 + qint64(random.below(quint64(shape.records)));
            }
            state.recordLeft = int(random.range(1, 5));
        }
        e.sessionId = state.session;
        e.workstationId = state.workstation;
        e.sourceAddress = m_addresses[std::size_t(state.workstation - 1)];
        e.channel = Channel(1 + agent % 4);
        if (e.action == AccessAction::Login) {
            e.recordId = 0;
            e.dataClass = DataClass::None;
            e.outcome = AccessOutcome::Success;
            continue;
        }
        --state.recordLeft;
        e.recordId = state.record;
        e.dataClass = DataClass(1 + state.record % 3);
        e.action = random.chance(0.55) ? AccessAction::View
                                       : (random.chance(0.8) ? AccessAction::Search : AccessAction::Update);
        e.outcome = random.chance(0.985) ? AccessOutcome::Success : AccessOutcome::Denied;
    }
}

} // namespace custodian::bench
