#include "central/LiveEventSource.h"

#include "domain/AccessEventId.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace custodian {

namespace {
constexpr int TickMs = 250;
constexpr qint64 HourMs = 3'600'000;
} // namespace

LiveEventSource::LiveEventSource(CentralRepository& repository, double eventsPerSecond, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_rate(eventsPerSecond)
    , m_random(quint32(Clock::nowMs()))
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveEventSource::tick);
}

Status LiveEventSource::start()
{
    auto cast = m_repository.liveCast();
    if (!cast)
        return cast.error();
    m_cast = std::move(cast).value();
    if (m_cast.agents.empty())
        return Error(Error::Code::NotFound, QStringLiteral("The organisation has no active agent to make events for."));
    m_shifts.clear();
    m_clockOf.clear();
    m_clocks.clear();
    QHash<QString, int> clockOfZone;
    for (const CentralRepository::LiveCast::Agent& agent : m_cast.agents) {
        m_shifts.push_back(agent.shiftStartMinute < 0
                               ? std::nullopt
                               : std::optional<ShiftWindow>(std::in_place, agent.shiftStartMinute, agent.shiftEndMinute,
                                                            agent.shiftWeekdays));
        if (!clockOfZone.contains(agent.timezone)) {
            clockOfZone.insert(agent.timezone, int(m_clocks.size()));
            m_clocks.emplace_back(agent.timezone);
        }
        const int clock = clockOfZone.value(agent.timezone);
        m_clockOf.push_back(m_clocks[std::size_t(clock)].isValid() ? clock : -1);
    }
    auto last = m_repository.lastAccessEventId();
    if (!last)
        return last.error();
    m_lastId = *last;
    m_clock.start();
    m_timer.start();
    return {};
}

void LiveEventSource::tick()
{
    m_owed += m_rate * double(m_clock.restart()) / 1000.0;
    const auto count = qint64(m_owed);
    if (count <= 0)
        return;
    m_owed -= double(count);
    const qint64 now = Clock::nowMs();
    std::vector<std::size_t> atWork = agentsAtWork(now);
    if (atWork.empty()) {
        atWork.resize(m_cast.agents.size());
        std::iota(atWork.begin(), atWork.end(), std::size_t(0));
    }
    const qint64 hour = now / HourMs; // a clock hour at every site (their offsets are whole hours)
    std::vector<AccessEvent> events;
    events.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const auto& agent = m_cast.agents[atWork[m_random.bounded(quint32(atWork.size()))]];
        AccessEvent e;
        // Spread over the last tick, each id after the one before (and after everything on the feed).
        e.occurredAt = now - TickMs + (TickMs * i) / count;
        e.id = std::max(AccessEventId::firstAt(e.occurredAt), m_lastId + 1);
        e.occurredAt = AccessEventId::occurredAt(e.id);
        m_lastId = e.id;
        e.agentId = agent.id;
        e.workstationId = agent.workstationId;
        e.sourceAddress = agent.address;
        auto [session, isNew] = m_sessions.try_emplace(agent.id, 0);
        if (isNew || m_random.bounded(200) == 0)
            session->second = qint64(m_random.generate64() >> 2);
        e.sessionId = session->second;
        // A class the agent's roles grant, the commoner ones more often (personal data, then card data, then
        // communications); an agent whose roles open no customer data only searches.
        int dataClass = 0;
        if (!agent.dataClasses.empty()) {
            const quint32 roll = m_random.bounded(100);
            const int wanted = roll < 55 ? 1 : roll < 80 ? 2 : 3;
            const bool held
                = std::find(agent.dataClasses.begin(), agent.dataClasses.end(), wanted) != agent.dataClasses.end();
            dataClass = held ? wanted : agent.dataClasses[m_random.bounded(quint32(agent.dataClasses.size()))];
        }
        const qint64 record = dataClass > 0 ? recordFor(agent.id, dataClass, hour) : 0;
        if (record) {
            e.recordId = record;
            e.dataClass = DataClass(dataClass);
            e.action = m_random.bounded(10) == 0 ? AccessAction::Update : AccessAction::View;
            e.channel = dataClass == 3 ? Channel::Email : Channel::Voice;
            e.outcome = m_random.bounded(60) == 0 ? AccessOutcome::Denied : AccessOutcome::Success;
        } else {
            e.action = AccessAction::Search;
        }
        events.push_back(e);
    }
    Status status = m_repository.begin();
    if (status)
        status = m_repository.appendAccessEvents(events);
    if (status)
        status = m_repository.commit();
    if (!status) {
        m_repository.rollback();
        m_timer.stop();
        Q_EMIT failed(status.error().message());
        return;
    }
    m_produced += qint64(events.size());
}

qint64 LiveEventSource::recordFor(qint64 agentId, int dataClass, qint64 hour)
{
    const auto& records = m_cast.recordsByClass[dataClass];
    if (records.empty())
        return 0;
    AgentHour& worked = m_hours[agentId];
    if (worked.hour != hour)
        worked = AgentHour { hour, 0, {} };
    qint64& current = worked.current[std::size_t(dataClass)];
    // A new customer now and then (a call of several steps on one record), while the hour has room for one.
    const bool nextCustomer = current == 0 || m_random.bounded(CustomerEvery) == 0;
    if (nextCustomer && worked.records < RecordsPerAgentHour) {
        current = records[m_random.bounded(quint32(records.size()))];
        ++worked.records;
    }
    return current; // 0 when the hour is full and no record of this class is open: the agent searches instead
}

std::vector<std::size_t> LiveEventSource::agentsAtWork(qint64 at)
{
    std::vector<std::size_t> atWork;
    atWork.reserve(m_cast.agents.size());
    for (std::size_t i = 0; i < m_cast.agents.size(); ++i) {
        const std::optional<ShiftWindow>& shift = m_shifts[i];
        if (!shift || m_clockOf[i] < 0 || shift->covers(m_clocks[std::size_t(m_clockOf[i])], at))
            atWork.push_back(i);
    }
    return atWork;
}

} // namespace custodian
