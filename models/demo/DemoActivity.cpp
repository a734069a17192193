#include "demo/DemoActivity.h"

#include "domain/AccessEventId.h"

#include "demo/DemoRandom.h"
#include "demo/DemoSql.h"
#include "domain/AccessEvent.h"
#include "rules/AccessEventIngest.h"
#include "store/AssignmentInForce.h"
#include "store/Transaction.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <tuple>

namespace custodian {

namespace {
using W = DemoWorld;
using Kind = W::AnomalyKind;
__extension__ using Wide = unsigned __int128;

constexpr qint64 Second = 1000;
constexpr qint64 Minute = DemoClock::MinuteMs;
constexpr qint64 Hour = DemoClock::HourMs;
constexpr qint64 Day = DemoClock::DayMs;
constexpr std::size_t EventsPerBatch = 100'000; // per AccessEventIngest::ingest call
constexpr std::size_t FlushThreshold = 250'000;

// One shift an agent works on one day, in UTC.
struct Slot
{
    qint64 start = 0;
    qint64 end = 0;
    qint32 agent = 0;
    quint32 weight = 0;
    qint64 events = 0;
    bool reserved = false; // the day belongs to a planted anomaly
};

// What to generate, in order of start time: a background shift or a planted anomaly's session.
struct Item
{
    qint64 start = 0;
    qint32 agent = 0;
    qint32 slot = -1; // background
    qint32 anomaly = -1; // planted
};

// An event before it has its id: compact, so that a day of events sorts quickly.
struct Pending
{
    qint64 at = 0;
    qint64 session = 0;
    qint32 agent = 0;
    qint32 record = 0;
    qint32 workstation = 0;
    quint32 seq = 0;
    quint8 dataClass = 0;
    quint8 action = 0;
    quint8 outcome = 0;
    quint8 channel = 0;
    qint16 anomaly = -1;
};

std::array<int, 4> channelWeights(W::TeamKind kind)
{
    switch (kind) {
    case W::TeamKind::Payments:
        return { 85, 10, 5, 0 };
    case W::TeamKind::CareVoice:
        return { 90, 5, 5, 0 };
    case W::TeamKind::Chat:
        return { 5, 85, 10, 0 };
    case W::TeamKind::Complaints:
        return { 35, 10, 45, 10 };
    case W::TeamKind::BackOffice:
        return { 0, 0, 20, 80 };
    case W::TeamKind::Fraud:
        return { 40, 0, 0, 60 };
    case W::TeamKind::Retention:
        return { 85, 15, 0, 0 };
    case W::TeamKind::Billing:
        return { 30, 0, 60, 10 };
    }
    return { 1, 1, 1, 1 };
}

class Generator
{
public:
    Generator(Database& database, W& world, DemoRandom& random, const std::function<void(qint64)>& progress)
        : m_database(database)
        , m_world(world)
        , m_random(random)
        , m_progress(progress)
        // Detections run in each batch's transaction; detected_at is the event time, so the data stays deterministic.
        , m_ingest(database, { std::nullopt, DetectionEngine::DetectedAt::EventTime })
    {
    }

    Result<qint64> run()
    {
        grantIntervals();
        enumerateSlots();
        scheduleAnomalies();
        distributeBackground();
        buildItems();
        m_sessionOrdinal.assign(m_world.agents.size(), 0);
        // Large logs commit less often: every commit rewrites (and re-encrypts) the record index's dirty pages,
        // and with ten million events those are most of its leaves. 1 M events per commit seeds 10 M events
        // about a third faster than 100 000; at least 250 000 per commit (docs/performance.md).
        m_perTransaction = qint64(std::clamp<qint64>(m_world.events / 10, 250'000, 1'000'000) / qint64(EventsPerBatch)
                                  * qint64(EventsPerBatch));
        m_batch.reserve(EventsPerBatch);
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const Item& item = m_items[i];
            if (item.anomaly >= 0)
                planted(m_world.anomalies[std::size_t(item.anomaly)], item.anomaly);
            else
                background(m_slots[std::size_t(item.slot)]);
            if (m_pending.size() >= FlushThreshold && i + 1 < m_items.size())
                DEMO_TRY(flush(m_items[i + 1].start));
        }
        DEMO_TRY(flush(std::numeric_limits<qint64>::max()));
        DEMO_TRY(writeBatch());
        // Beyond-role accesses found in other anomalies' sessions join the planted ones, in time order.
        for (W::Anomaly& x : m_beyond)
            m_world.anomalies.push_back(std::move(x));
        m_beyond.clear();
        if (m_transaction) {
            DEMO_TRY(m_transaction->commit());
            m_transaction.reset();
        }
        if (m_assigned != m_world.events)
            return Error(Error::Code::Database,
                         QStringLiteral("The demo generator produced %1 access events instead of %2.")
                             .arg(m_assigned)
                             .arg(m_world.events));
        return m_assigned;
    }

private:
    // --- planning ---------------------------------------------------------------------------------------------

    // When each agent's roles granted each data class: the rows and change history DemoAccessControl::write
    // stores, read by the rule the console uses (AssignmentInForce), so that ordinary activity stays within them
    // and every access beyond them is known (and counted) here.
    void grantIntervals()
    {
        m_granted.assign(m_world.agents.size(), {});
        for (const W::Assignment& a : m_world.assignments) {
            AssignmentInForce::History h;
            h.status = a.status;
            h.validFrom = a.validFrom;
            h.validUntil = a.validUntil;
            h.approvedAt = a.approvedAt;
            h.endedAt = a.endedAt;
            h.changes.push_back({ a.requestedAt, qint64(AssignmentStatus::Pending), std::nullopt, a.validUntil });
            if (a.approvedAt)
                h.changes.push_back({ *a.approvedAt, qint64(AssignmentStatus::Active), a.validUntil, a.validUntil });
            if (a.endedAt)
                h.changes.push_back({ *a.endedAt, qint64(a.status), a.validUntil, a.validUntil });
            const auto held = AssignmentInForce::heldIntervals(h);
            for (DataClass c : m_world.roles[std::size_t(a.role)].dataClasses) {
                auto& intervals = m_granted[std::size_t(a.agent)][std::size_t(c)];
                intervals.insert(intervals.end(), held.begin(), held.end());
            }
        }
        for (auto& agent : m_granted) {
            for (auto& intervals : agent)
                std::sort(intervals.begin(), intervals.end());
        }
    }

    [[nodiscard]] bool granted(qint32 agent, DataClass dataClass, qint64 at) const
    {
        const auto& intervals = m_granted[std::size_t(agent)][std::size_t(dataClass)];
        // Unmerged (a handful per agent): any interval holding `at`.
        return std::any_of(intervals.begin(), intervals.end(),
                           [at](const std::pair<qint64, qint64>& i) { return i.first <= at && at < i.second; });
    }

    void enumerateSlots()
    {
        const QDate first = DemoClock::utcDate(m_world.startMs).addDays(-1);
        const QDate last = DemoClock::utcDate(m_world.endMs);
        m_agentSlots.assign(m_world.agents.size(), {});
        for (qint32 a = 0; a < qint32(m_world.agents.size()); ++a) {
            const W::Agent& agent = m_world.agents[std::size_t(a)];
            if (agent.activeFrom >= agent.activeUntil)
                continue;
            const W::Shift& shift = m_world.shifts[std::size_t(agent.shift)];
            const DemoClock& clock = m_world.sites[std::size_t(agent.site)].clock;
            for (QDate date = first; date <= last; date = date.addDays(1)) {
                if (!(shift.weekdays & (1 << (date.dayOfWeek() - 1))))
                    continue;
                Slot slot;
                slot.start = clock.toUtc(date, shift.startMinute);
                slot.end = slot.start + qint64(shift.durationMinutes) * Minute;
                slot.agent = a;
                if (slot.start < std::max(m_world.startMs, agent.activeFrom)
                    || slot.end > std::min(m_world.endMs, agent.activeUntil))
                    continue;
                // A shift across a daylight-saving change would end an hour off its schedule in local time.
                if (clock.offsetMinutesAt(slot.start) != clock.offsetMinutesAt(slot.end))
                    continue;
                m_agentSlots[std::size_t(a)].push_back(qint32(m_slots.size()));
                m_slots.push_back(slot);
            }
        }
    }

    // A slot of the agent's that starts within [from, until), picked at random; -1 if none.
    qint32 slotBetween(int agent, qint64 from, qint64 until)
    {
        std::vector<qint32> candidates;
        for (qint32 s : m_agentSlots[std::size_t(agent)]) {
            const Slot& slot = m_slots[std::size_t(s)];
            if (!slot.reserved && slot.start >= from && slot.start < until)
                candidates.push_back(s);
        }
        if (candidates.empty())
            return -1;
        return candidates[m_random.below(candidates.size())];
    }

    void scheduleAnomalies()
    {
        std::vector<W::Anomaly> kept;
        for (W::Anomaly& x : m_world.anomalies) {
            const W::Agent& agent = m_world.agents[std::size_t(x.agent)];
            const DemoClock& clock = m_world.sites[std::size_t(agent.site)].clock;
            const W::Shift& shift = m_world.shifts[std::size_t(agent.shift)];
            qint32 s = -1;
            switch (x.kind) {
            case Kind::OffHours: {
                s = slotBetween(x.agent, m_world.at(0.1), m_world.at(0.95));
                if (s < 0)
                    break;
                // 03:00-03:20 site time on a day the agent works later on: hours before the shift starts.
                const QDate date = clock.localDate(m_slots[std::size_t(s)].start);
                x.sessionStart = clock.toUtc(date, 3 * 60 + int(m_random.range(0, 20)));
                x.plantedEvents = x.size + 2;
                s = x.sessionStart > m_world.startMs ? s : -1;
                break;
            }
            case Kind::BulkAccess: {
                s = slotBetween(x.agent, m_world.at(0.15), m_world.at(0.9));
                if (s < 0)
                    break;
                m_slots[std::size_t(s)].reserved = true;
                // One whole clock hour inside the shift (the sites' offsets are whole hours).
                const Slot& slot = m_slots[std::size_t(s)];
                x.sessionStart = (slot.start + Hour + Hour - 1) / Hour * Hour;
                x.plantedEvents = x.size + 2;
                break;
            }
            case Kind::FailedLoginBurst:
                s = slotBetween(x.agent, m_world.at(0.1), m_world.at(0.95));
                if (s < 0)
                    break;
                m_slots[std::size_t(s)].reserved = true;
                x.sessionStart = m_slots[std::size_t(s)].start + m_random.range(30, 150) * Minute;
                x.plantedEvents = x.size;
                break;
            case Kind::PaymentWithoutTraining:
                s = slotBetween(x.agent, std::max(x.invalidFrom, agent.payFrom), m_world.endMs);
                if (s < 0)
                    break;
                m_slots[std::size_t(s)].reserved = true;
                x.sessionStart = m_slots[std::size_t(s)].start + m_random.range(10, 40) * Minute;
                x.plantedEvents = x.size + 2;
                break;
            case Kind::InactiveAgentAccess: {
                // A day within a week after leaving, in the old shift's hours on one of its weekdays (so that the
                // session is not off-hours as well).
                const QDate left = clock.localDate(*agent.departedAt);
                std::vector<QDate> pool;
                for (int d = 1; d <= 7; ++d) {
                    const QDate date = left.addDays(d);
                    const qint64 begin = clock.toUtc(date, shift.startMinute);
                    if (begin + qint64(shift.durationMinutes) * Minute > m_world.endMs)
                        break;
                    if ((shift.weekdays & (1 << (date.dayOfWeek() - 1)))
                        && clock.offsetMinutesAt(begin)
                            == clock.offsetMinutesAt(begin + qint64(shift.durationMinutes) * Minute))
                        pool.push_back(date);
                }
                if (pool.empty())
                    break;
                const QDate date = pool[m_random.below(pool.size())];
                x.sessionStart = clock.toUtc(date, shift.startMinute) + m_random.range(15, 90) * Minute;
                x.plantedEvents = x.size + 2;
                s = 0; // no slot: the agent has none after leaving
                break;
            }
            case Kind::AccessBeyondRole:
                s = slotBetween(x.agent, m_world.at(0.2), m_world.at(0.9));
                if (s < 0)
                    break;
                m_slots[std::size_t(s)].reserved = true;
                x.sessionStart = m_slots[std::size_t(s)].start + m_random.range(20, 90) * Minute;
                x.plantedEvents = x.size + 2;
                break;
            case Kind::NewWorkstation: {
                const qint64 from = std::max(agent.activeFrom + 14 * Day, m_world.at(0.3));
                s = slotBetween(x.agent, from, m_world.at(0.95));
                if (s < 0)
                    break;
                m_slots[std::size_t(s)].reserved = true;
                x.sessionStart = m_slots[std::size_t(s)].start + m_random.range(10, 60) * Minute;
                x.plantedEvents = x.size + 2;
                break;
            }
            }
            if (s >= 0) {
                kept.push_back(x);
            } else if (x.kind == Kind::PaymentWithoutTraining) {
                // The training has lapsed either way: keep counting the agent's card events, without a planted
                // session (only when the log is too short to fit one).
                x.plantedEvents = 0;
                kept.push_back(x);
            }
        }
        m_world.anomalies = std::move(kept);
        for (W::Agent& agent : m_world.agents)
            agent.pciAnomaly = -1;
        for (std::size_t i = 0; i < m_world.anomalies.size(); ++i) {
            if (m_world.anomalies[i].kind == Kind::PaymentWithoutTraining)
                m_world.agents[std::size_t(m_world.anomalies[i].agent)].pciAnomaly = int(i);
        }
    }

    void distributeBackground()
    {
        qint64 planted = 0;
        for (const W::Anomaly& x : m_world.anomalies)
            planted += x.plantedEvents;
        const qint64 background = std::max<qint64>(0, m_world.events - planted);
        std::vector<qint32> open;
        for (qint32 s = 0; s < qint32(m_slots.size()); ++s) {
            if (!m_slots[std::size_t(s)].reserved)
                open.push_back(s);
        }
        // Sparse logs (few events for many shifts) keep a sample of the shifts, about ten events each; an agent
        // who turns up at another site's workstation keeps their first two shifts, so that the log shows them
        // at home first.
        const double keep = std::min(1.0, double(background) / (10.0 * double(std::max<std::size_t>(open.size(), 1))));
        std::vector<bool> forced(m_slots.size(), false);
        for (const W::Anomaly& x : m_world.anomalies) {
            if (x.kind != Kind::NewWorkstation)
                continue;
            int n = 0;
            for (qint32 s : m_agentSlots[std::size_t(x.agent)]) {
                if (n < 2 && !m_slots[std::size_t(s)].reserved && m_slots[std::size_t(s)].start < x.sessionStart) {
                    forced[std::size_t(s)] = true;
                    ++n;
                }
            }
        }
        constexpr double weekday[7] = { 1.12, 1.05, 1.0, 0.98, 0.9, 0.62, 0.5 }; // Monday .. Sunday
        Wide total = 0;
        std::vector<qint32> chosen;
        for (qint32 s : open) {
            Slot& slot = m_slots[std::size_t(s)];
            const bool kept = m_random.uniform() < keep || keep >= 1.0 || forced[std::size_t(s)];
            const double noise = 0.75 + 0.5 * m_random.uniform();
            if (!kept)
                continue;
            const W::Agent& agent = m_world.agents[std::size_t(slot.agent)];
            const DemoClock& clock = m_world.sites[std::size_t(agent.site)].clock;
            const int dow = clock.localDate(slot.start).dayOfWeek() - 1;
            const double hours = double(slot.end - slot.start) / double(Hour);
            slot.weight
                = quint32(std::max(1.0, std::round(1000.0 * weekday[dow] * agent.productivity * noise * hours / 8.0)));
            total += slot.weight;
            chosen.push_back(s);
        }
        if (chosen.empty() && !open.empty()) {
            m_slots[std::size_t(open.front())].weight = 1;
            total = 1;
            chosen.push_back(open.front());
        }
        // Exact apportionment: slot i gets floor(B * C_i / W) - floor(B * C_{i-1} / W).
        Wide cumulative = 0;
        qint64 given = 0;
        for (qint32 s : chosen) {
            cumulative += m_slots[std::size_t(s)].weight;
            const auto upTo = qint64(Wide(quint64(background)) * cumulative / total);
            m_slots[std::size_t(s)].events = upTo - given;
            given = upTo;
        }
    }

    void buildItems()
    {
        for (qint32 s = 0; s < qint32(m_slots.size()); ++s) {
            const Slot& slot = m_slots[std::size_t(s)];
            if (!slot.reserved && slot.events > 0)
                m_items.push_back({ slot.start, slot.agent, s, -1 });
        }
        for (qint32 a = 0; a < qint32(m_world.anomalies.size()); ++a) {
            if (m_world.anomalies[std::size_t(a)].plantedEvents == 0)
                continue;
            m_items.push_back({ m_world.anomalies[std::size_t(a)].sessionStart,
                                qint32(m_world.anomalies[std::size_t(a)].agent), -1, a });
        }
        std::sort(m_items.begin(), m_items.end(), [](const Item& x, const Item& y) {
            if (x.start != y.start)
                return x.start < y.start;
            if (x.agent != y.agent)
                return x.agent < y.agent;
            return x.anomaly < y.anomaly;
        });
    }

    // --- generation -------------------------------------------------------------------------------------------

    Pending& add(qint64 at, qint32 agent, qint64 session, qint32 workstation, AccessAction action,
                 AccessOutcome outcome, DataClass dataClass = DataClass::None, qint32 record = 0,
                 Channel channel = Channel::Voice)
    {
        Pending& p = m_pending.emplace_back();
        p.at = at;
        p.session = session;
        p.agent = agent;
        p.record = record;
        p.workstation = workstation;
        p.seq = m_seq++;
        p.dataClass = quint8(dataClass);
        p.action = quint8(action);
        p.outcome = quint8(outcome);
        p.channel = quint8(channel);
        return p;
    }

    qint32 pickRecord(DataClass dataClass, qint64 at)
    {
        const auto& ids = m_world.recordsByClass[std::size_t(dataClass)];
        const qint64 n = qint64(ids.size());
        // Most contacts concern customers active these weeks (a window moving through the records), the rest
        // anyone: realistic, and it keeps the record index's working set small while seeding.
        if (m_random.chance(0.8)) {
            const qint64 window = std::min<qint64>(n, std::max<qint64>(n / 10, 200));
            const double progress = double(at - m_world.startMs) / double(m_world.spanMs());
            const qint64 base = std::clamp<qint64>(qint64(progress * double(n - window)), 0, n - window);
            return ids[std::size_t(base + qint64(m_random.below(quint64(window))))];
        }
        return ids[std::size_t(m_random.below(quint64(n)))];
    }

    // A class the agent's roles grant at `at`; None when they grant none (before the first grant, after a
    // leaver's revocation).
    DataClass pickClass(qint32 agentIndex, qint64 at)
    {
        const W::Agent& agent = m_world.agents[std::size_t(agentIndex)];
        const bool pay = agent.payFrom != 0 && at >= agent.payFrom && at < agent.payUntil
            && granted(agentIndex, DataClass::PaymentCard, at);
        const int pii = granted(agentIndex, DataClass::Pii, at) ? 40 : 0;
        const int card = pay ? 55 : 0;
        const int comms = granted(agentIndex, DataClass::Communications, at) ? (pay ? 12 : 45) : 0;
        if (pii + card + comms == 0)
            return DataClass::None;
        const std::size_t k = m_random.weighted(std::array<int, 3> { pii, card, comms });
        return k == 0 ? DataClass::Pii : k == 1 ? DataClass::PaymentCard : DataClass::Communications;
    }

    qint32 workstationFor(qint32 agentIndex)
    {
        const W::Agent& agent = m_world.agents[std::size_t(agentIndex)];
        const int ordinal = m_sessionOrdinal[std::size_t(agentIndex)]++;
        if (agent.workstations[1] == 0 || ordinal == 0)
            return qint32(agent.workstations[0]);
        if (ordinal == 1)
            return qint32(agent.workstations[1]);
        return qint32(m_random.chance(0.3) ? agent.workstations[1] : agent.workstations[0]);
    }

    // One background session of `count` events between login at `from` and logout at `to`.
    void session(qint32 agentIndex, qint64 from, qint64 to, qint64 count)
    {
        const W::Agent& agent = m_world.agents[std::size_t(agentIndex)];
        const qint64 sessionId = m_nextSession++;
        const qint32 workstation = workstationFor(agentIndex);
        if (count <= 0)
            return;
        qint64 left = count;
        qint64 login = from;
        if (count >= 4 && m_random.chance(0.025)) { // a mistyped password, then in
            add(from, agentIndex, sessionId, workstation, AccessAction::Login, AccessOutcome::Failed);
            login = from + m_random.range(20, 50) * Second;
            --left;
        }
        add(login, agentIndex, sessionId, workstation, AccessAction::Login, AccessOutcome::Success);
        --left;
        if (left <= 0)
            return;
        add(to, agentIndex, sessionId, workstation, AccessAction::Logout, AccessOutcome::Success);
        --left;
        const W::TeamKind team = m_world.teams[std::size_t(agent.team)].kind;
        const auto channels = channelWeights(team);
        const qint64 windowStart = login + Minute;
        const qint64 windowEnd = std::max(windowStart + 1, to - Minute - 6 * 90 * Second);
        while (left > 0) {
            static constexpr std::array<int, 6> sizes { 10, 25, 30, 20, 10, 5 };
            const qint64 size = std::min<qint64>(left, qint64(m_random.weighted(sizes)) + 1);
            left -= size;
            // Peaks mid-shift: the mean of three uniforms.
            const double u = (m_random.uniform() + m_random.uniform() + m_random.uniform()) / 3.0;
            qint64 t = windowStart + qint64(u * double(windowEnd - windowStart));
            // Nothing granted: the agent tries personal data and the application refuses.
            const DataClass picked = pickClass(agentIndex, t);
            const DataClass dataClass = picked == DataClass::None ? DataClass::Pii : picked;
            const qint32 record = pickRecord(dataClass, t);
            const auto channel = Channel(1 + m_random.weighted(channels));
            const bool exporter = agent.exportFrom != 0 && t >= agent.exportFrom && t < agent.exportUntil;
            const bool investigator = agent.fraudFrom != 0 && t >= agent.fraudFrom && t < agent.fraudUntil;
            for (qint64 e = 0; e < size; ++e) {
                AccessAction action;
                if (e == 0) {
                    action = investigator && m_random.chance(0.02) ? AccessAction::BulkSearch
                        : m_random.chance(0.6)                     ? AccessAction::Search
                                                                   : AccessAction::View;
                } else {
                    const std::size_t k = m_random.weighted(std::array<int, 4> { 70, 27, 1, 2 });
                    action = k == 0 ? AccessAction::View
                        : k == 1    ? AccessAction::Update
                        : k == 2    ? AccessAction::Print
                                    : AccessAction::Export;
                    if ((action == AccessAction::Export && (!exporter || dataClass == DataClass::PaymentCard))
                        || (action == AccessAction::Print && dataClass != DataClass::Pii))
                        action = AccessAction::View;
                }
                AccessOutcome outcome = AccessOutcome::Success;
                if (!granted(agentIndex, dataClass, t)) // a grant that ended within the burst
                    outcome = AccessOutcome::Denied;
                else if (dataClass != DataClass::PaymentCard
                         && (action == AccessAction::View || action == AccessAction::Search) && m_random.chance(0.012))
                    outcome = AccessOutcome::Denied;
                else if (action == AccessAction::Update && m_random.chance(0.01))
                    outcome = AccessOutcome::Failed;
                Pending& p = add(t, agentIndex, sessionId, workstation, action, outcome, dataClass, record, channel);
                if (agent.pciAnomaly >= 0 && dataClass == DataClass::PaymentCard && t >= agent.pciInvalidFrom)
                    p.anomaly = qint16(agent.pciAnomaly);
                t += m_random.range(15, 90) * Second;
            }
        }
    }

    void background(const Slot& slot)
    {
        const qint64 count = slot.events;
        const qint64 from = slot.start + m_random.range(1, 12) * Minute;
        const qint64 to = slot.end - m_random.range(1, 12) * Minute;
        if (count >= 40 && m_random.chance(0.4)) { // a long break splits the day into two sessions
            const qint64 middle = from + (to - from) / 2;
            const qint64 first = count / 2 + m_random.range(-count / 8, count / 8);
            session(slot.agent, from, middle - 20 * Minute, first);
            session(slot.agent, middle + 20 * Minute, to, count - first);
            return;
        }
        session(slot.agent, from, to, count);
    }

    void planted(W::Anomaly& x, int index)
    {
        const qint32 agentIndex = x.agent;
        const W::Agent& agent = m_world.agents[std::size_t(agentIndex)];
        const qint64 sessionId = m_nextSession++;
        x.sessionId = sessionId;
        const auto flag = [index](Pending& p) { p.anomaly = qint16(index); };
        const qint32 home = qint32(agent.workstations[0]);
        const Channel channel
            = Channel(1 + m_random.weighted(channelWeights(m_world.teams[std::size_t(agent.team)].kind)));
        qint64 t = x.sessionStart;
        switch (x.kind) {
        case Kind::FailedLoginBurst: {
            const qint64 window = std::min<qint64>(5 * Minute, qint64(m_world.failedLoginMinutes) * Minute / 2);
            const qint64 step = std::max<qint64>(Second, window / x.size);
            for (int i = 0; i < x.size; ++i)
                flag(add(t + i * step + m_random.range(0, step / 4), agentIndex, sessionId, home, AccessAction::Login,
                         AccessOutcome::Failed));
            return;
        }
        case Kind::BulkAccess: {
            // Distinct records, evenly through [hh:02, hh:56].
            flag(add(t + Minute, agentIndex, sessionId, home, AccessAction::Login, AccessOutcome::Success));
            const auto& ids = m_world.recordsByClass[std::size_t(DataClass::Pii)];
            const qint64 span = 54 * Minute;
            const quint64 n = ids.size();
            const quint64 start = m_random.below(n);
            quint64 stride = 1 + m_random.below(n - 1);
            while (std::gcd(stride, n) != 1)
                ++stride;
            for (int i = 0; i < x.size; ++i) {
                const qint32 record = ids[std::size_t((start + quint64(i) * stride) % n)];
                flag(add(t + 2 * Minute + span * i / x.size, agentIndex, sessionId, home, AccessAction::View,
                         AccessOutcome::Success, DataClass::Pii, record, Channel::BackOffice));
            }
            flag(add(t + 58 * Minute, agentIndex, sessionId, home, AccessAction::Logout, AccessOutcome::Success));
            return;
        }
        case Kind::PaymentWithoutTraining: {
            // Only the card events count: login and logout are ordinary.
            add(t, agentIndex, sessionId, home, AccessAction::Login, AccessOutcome::Success);
            const auto& ids = m_world.recordsByClass[std::size_t(DataClass::PaymentCard)];
            for (int i = 0; i < x.size; ++i) {
                t += m_random.range(3, 8) * Minute;
                const qint32 record = ids[std::size_t(m_random.below(ids.size()))];
                flag(add(t, agentIndex, sessionId, home, i % 2 ? AccessAction::View : AccessAction::Search,
                         AccessOutcome::Success, DataClass::PaymentCard, record, Channel::Voice));
            }
            add(t + m_random.range(2, 6) * Minute, agentIndex, sessionId, home, AccessAction::Logout,
                AccessOutcome::Success);
            return;
        }
        case Kind::AccessBeyondRole: {
            // Call recordings and chat transcripts the agent's roles do not grant; login and logout are ordinary.
            // Its events are counted as beyond role when they are written (flush), like any other.
            add(t, agentIndex, sessionId, home, AccessAction::Login, AccessOutcome::Success);
            const auto& ids = m_world.recordsByClass[std::size_t(x.dataClass)];
            for (int i = 0; i < x.size; ++i) {
                t += m_random.range(2, 7) * Minute;
                const qint32 record = ids[std::size_t(m_random.below(ids.size()))];
                add(t, agentIndex, sessionId, home, i % 2 ? AccessAction::View : AccessAction::Search,
                    AccessOutcome::Success, x.dataClass, record, channel);
            }
            add(t + m_random.range(2, 6) * Minute, agentIndex, sessionId, home, AccessAction::Logout,
                AccessOutcome::Success);
            m_beyondIndex[{ agentIndex, sessionId, int(x.dataClass) }] = -1 - index; // the planted anomaly itself
            return;
        }
        case Kind::OffHours:
        case Kind::InactiveAgentAccess:
        case Kind::NewWorkstation: {
            const qint32 workstation = x.kind == Kind::NewWorkstation ? qint32(x.foreignWorkstation) : home;
            const qint64 gap = x.kind == Kind::OffHours ? 4 * Minute : 6 * Minute;
            flag(add(t, agentIndex, sessionId, workstation, AccessAction::Login, AccessOutcome::Success));
            const auto& ids = m_world.recordsByClass[std::size_t(DataClass::Pii)];
            for (int i = 0; i < x.size; ++i) {
                t += m_random.range(gap / 2, gap);
                const qint32 record = ids[std::size_t(m_random.below(ids.size()))];
                flag(add(t, agentIndex, sessionId, workstation, i % 3 == 0 ? AccessAction::Search : AccessAction::View,
                         AccessOutcome::Success, DataClass::Pii, record, channel));
            }
            flag(add(t + m_random.range(1, 3) * Minute, agentIndex, sessionId, workstation, AccessAction::Logout,
                     AccessOutcome::Success));
            return;
        }
        }
    }

    // --- writing ----------------------------------------------------------------------------------------------

    // Gives ids to every pending event before `watermark` (no later item can produce an earlier event).
    Status flush(qint64 watermark)
    {
        std::sort(m_pending.begin(), m_pending.end(),
                  [](const Pending& x, const Pending& y) { return x.at != y.at ? x.at < y.at : x.seq < y.seq; });
        std::size_t done = 0;
        for (; done < m_pending.size() && m_pending[done].at < watermark; ++done) {
            const Pending& p = m_pending[done];
            AccessEvent& e = m_batch.emplace_back();
            // Time-ordered ids (AccessEventId): n counts the events within one millisecond.
            m_sequence = p.at == m_lastAt ? m_sequence + 1 : 0;
            m_lastAt = p.at;
            e.id = AccessEventId::make(p.at, m_sequence);
            ++m_assigned;
            e.occurredAt = p.at;
            e.agentId = p.agent + 1;
            e.recordId = p.record;
            e.dataClass = DataClass(p.dataClass);
            e.action = AccessAction(p.action);
            e.outcome = AccessOutcome(p.outcome);
            e.channel = Channel(p.channel);
            e.workstationId = p.workstation;
            e.sourceAddress = m_world.workstations[std::size_t(p.workstation - 1)].address;
            e.sessionId = p.session;
            if (p.anomaly >= 0)
                count(m_world.anomalies[std::size_t(p.anomaly)], e, p.record != 0);
            if (e.outcome == AccessOutcome::Success && e.dataClass != DataClass::None
                && !granted(p.agent, e.dataClass, e.occurredAt))
                count(beyondRole(p.agent, p.session, e.dataClass), e, p.record != 0);
            if (m_batch.size() == EventsPerBatch)
                DEMO_TRY(writeBatch());
        }
        m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(done));
        return {};
    }

    static void count(W::Anomaly& x, const AccessEvent& e, bool hasRecord)
    {
        if (x.events++ == 0) {
            x.firstEventId = e.id;
            x.firstAt = e.occurredAt;
        }
        x.lastEventId = e.id;
        x.lastAt = e.occurredAt;
        if (hasRecord)
            ++x.recordEvents;
    }

    // The episode an access beyond role belongs to: one per agent, session and data class, as the detection keys
    // its findings. A planted session's is its anomaly; others are found here.
    W::Anomaly& beyondRole(qint32 agent, qint64 session, DataClass dataClass)
    {
        auto [it, isNew] = m_beyondIndex.try_emplace({ agent, session, int(dataClass) }, qint64(m_beyond.size()));
        if (it->second < 0)
            return m_world.anomalies[std::size_t(-1 - it->second)];
        if (isNew) {
            W::Anomaly& x = m_beyond.emplace_back();
            x.kind = Kind::AccessBeyondRole;
            x.agent = agent;
            x.sessionId = session;
            x.dataClass = dataClass;
        }
        return m_beyond[std::size_t(it->second)];
    }

    Status writeBatch()
    {
        if (m_batch.empty())
            return {};
        if (!m_transaction) {
            auto transaction = Transaction::begin(m_database);
            DEMO_TRY(transaction);
            m_transaction.emplace(std::move(transaction).value());
            m_inTransaction = 0;
        }
        auto written = m_ingest.ingest(m_batch);
        DEMO_TRY(written);
        if (written->inserted != qint64(m_batch.size()))
            return Error(Error::Code::Database, QStringLiteral("Access events were already present in the store."));
        m_inTransaction += qint64(m_batch.size());
        if (m_inTransaction >= m_perTransaction) {
            DEMO_TRY(m_transaction->commit());
            m_transaction.reset();
        }
        m_written += qint64(m_batch.size());
        m_batch.clear();
        if (m_progress)
            m_progress(m_written);
        return {};
    }

    Database& m_database;
    W& m_world;
    DemoRandom& m_random;
    const std::function<void(qint64)>& m_progress;
    AccessEventIngest m_ingest;

    std::vector<Slot> m_slots;
    std::vector<std::vector<qint32>> m_agentSlots;
    std::vector<Item> m_items;
    std::vector<int> m_sessionOrdinal;
    std::vector<Pending> m_pending;
    // Per agent, per data class: the [from, until) intervals in which a role granted it.
    std::vector<std::array<std::vector<std::pair<qint64, qint64>>, 4>> m_granted;
    std::map<std::tuple<qint32, qint64, int>, qint64> m_beyondIndex; // >= 0: m_beyond; < 0: -1 - planted anomaly
    std::vector<W::Anomaly> m_beyond;
    std::vector<AccessEvent> m_batch;
    std::optional<Transaction> m_transaction;
    qint64 m_perTransaction = 100'000;
    qint64 m_inTransaction = 0;
    qint64 m_written = 0;
    qint64 m_lastAt = -1;
    qint64 m_sequence = 0;
    qint64 m_nextSession = 1;
    qint64 m_assigned = 0;
    quint32 m_seq = 0;
};
} // namespace

Result<qint64> DemoActivity::write(Database& database, DemoWorld& world, DemoRandom& random,
                                   const std::function<void(qint64)>& progress)
{
    Generator generator(database, world, random, progress);
    return generator.run();
}

} // namespace custodian
