#pragma once

#include "rules/ShiftWindow.h"
#include "rules/SiteClock.h"
#include "store/central/CentralRepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace custodian {

// Produces new access events at a steady rate, as a contact center's systems would report them, so that a live
// demo shows sync at work: active agents of the demo organisation who are on shift opening records of the classes
// their roles grant, from their usual workstation, in sessions, with now and then a denied access. Each event works on
// the agent's current customer, who changes every few events, and an agent opens at most RecordsPerAgentHour distinct
// records in a clock hour (after that, the customers already open): however few agents are at work and however high
// the rate, nobody looks like a bulk export (the bulk-access detection counts distinct records per agent and hour). In
// the few hours a week when no shift of any site is on (Friday and Saturday late evening UTC), agents who are off shift
// work, and the console rightly finds it off-hours. The events get ids of the moment they happen (AccessEventId), after
// every event already on the feed, and are appended in small transactions.
class LiveEventSource : public QObject
{
    Q_OBJECT
public:
    LiveEventSource(CentralRepository& repository, double eventsPerSecond, QObject* parent = nullptr);

    [[nodiscard]] Status start();
    [[nodiscard]] qint64 produced() const { return m_produced; }

    // Customers an agent serves in an hour at most: a busy hour, well below the bulk-access threshold (100 by default).
    static constexpr int RecordsPerAgentHour = 40;

Q_SIGNALS:
    void failed(const QString& message);

private:
    void tick();
    // Indexes into m_cast.agents of the agents at work at `at` (on shift, or with no shift or zone to judge by).
    [[nodiscard]] std::vector<std::size_t> agentsAtWork(qint64 at);
    // The record of `dataClass` the agent works on now, in clock hour `hour` (since the epoch); 0 when the hour's
    // records are used up and none of this class is open.
    [[nodiscard]] qint64 recordFor(qint64 agentId, int dataClass, qint64 hour);

    // What an agent has opened in one clock hour.
    struct AgentHour
    {
        qint64 hour = -1;
        int records = 0; // distinct records opened (at most; a random pick may repeat one)
        std::array<qint64, 4> current {}; // per data class: the customer record open now (0: none)
    };
    static constexpr quint32 CustomerEvery = 6; // events per customer, on average

    CentralRepository& m_repository;
    double m_rate;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_owed = 0;
    qint64 m_lastId = 0;
    qint64 m_produced = 0;
    CentralRepository::LiveCast m_cast;
    std::vector<std::optional<ShiftWindow>> m_shifts; // per cast agent
    std::vector<int> m_clockOf; // per cast agent: index into m_clocks, -1 for none
    std::vector<SiteClock> m_clocks; // one per zone
    std::unordered_map<qint64, qint64> m_sessions; // agent → current session id
    std::unordered_map<qint64, AgentHour> m_hours; // agent → this hour's records
    QRandomGenerator m_random;
};

} // namespace custodian
