#include "rules/DetectionEngine.h"

#include "domain/Clock.h"
#include "domain/Vocabulary.h"
#include "rules/FindingCatalogue.h"
#include "rules/TrainingRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <compare>
#include <limits>
#include <map>

namespace custodian {

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 86'400'000;
constexpr qint64 Never = std::numeric_limits<qint64>::max();
constexpr qint64 Always = std::numeric_limits<qint64>::min();

// Evidence of one per-event rule, gathered over a batch, for one finding.
struct Group
{
    qint64 first = Never;
    qint64 last = Always;
    std::vector<qint64> events;
    bool cardData = false;
};

// The finding a group belongs to: the discriminator is the session (off-hours, inactive agent, access beyond role),
// the start of the training gap (card data without training) or the workstation (new workstation). Access beyond
// role also tells the data classes apart, so that a finding names one class whichever batches its events came in.
struct GroupKey
{
    FindingKind kind = FindingKind::OffHours;
    qint64 agent = 0;
    qint64 discriminator = 0;
    int dataClass = 0;
    auto operator<=>(const GroupKey&) const = default;
};

QString dedupeKey(FindingKind kind, qint64 agent, qint64 discriminator)
{
    return QStringLiteral("%1:%2:%3")
        .arg(QLatin1String(FindingCatalogue::entry(kind).code))
        .arg(agent)
        .arg(discriminator);
}

QString dedupeKey(const GroupKey& key)
{
    if (key.kind != FindingKind::AccessBeyondRole)
        return dedupeKey(key.kind, key.agent, key.discriminator);
    return dedupeKey(key.kind, key.agent, key.discriminator) + QLatin1Char(':') + QString::number(key.dataClass);
}

// Sorted, then overlapping and back-to-back intervals joined: a gap is a real gap, not a seam.
void merge(std::vector<std::pair<qint64, qint64>>& intervals)
{
    std::sort(intervals.begin(), intervals.end());
    std::vector<std::pair<qint64, qint64>> merged;
    merged.reserve(intervals.size());
    for (const auto& interval : intervals) {
        if (!merged.empty() && interval.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, interval.second);
        else
            merged.push_back(interval);
    }
    intervals = std::move(merged);
}

QString dataClassText(int dataClass)
{
    // The summary starts with it.
    return Vocabulary::sentence(Vocabulary::dataClass(DataClass(dataClass)));
}

// "Mon–Fri", "Sun–Thu", "Sat–Sun", "every day": the days a shift starts on.
QString weekdaysText(int mask)
{
    static const char* const names[7] = {
        QT_TRANSLATE_NOOP("DetectionEngine", "Mon"), QT_TRANSLATE_NOOP("DetectionEngine", "Tue"),
        QT_TRANSLATE_NOOP("DetectionEngine", "Wed"), QT_TRANSLATE_NOOP("DetectionEngine", "Thu"),
        QT_TRANSLATE_NOOP("DetectionEngine", "Fri"), QT_TRANSLATE_NOOP("DetectionEngine", "Sat"),
        QT_TRANSLATE_NOOP("DetectionEngine", "Sun"),
    };
    mask &= 127;
    if (mask == 127)
        return DetectionEngine::tr("every day");
    if (mask == 0)
        return DetectionEngine::tr("no day");
    int start = 0;
    while (!((mask >> start) & 1) || ((mask >> ((start + 6) % 7)) & 1))
        ++start;
    QStringList runs;
    for (int k = 0; k < 7;) {
        const int day = (start + k) % 7;
        if (!((mask >> day) & 1)) {
            ++k;
            continue;
        }
        int length = 1;
        while (k + length < 7 && ((mask >> ((start + k + length) % 7)) & 1))
            ++length;
        const QString first = DetectionEngine::tr(names[day]);
        runs << (length == 1
                     ? first
                     : QString(first + QStringLiteral("–") + DetectionEngine::tr(names[(day + length - 1) % 7])));
        k += length;
    }
    return runs.join(QStringLiteral(", "));
}

QString hourMinute(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void DetectionEngine::Report::add(const Report& other)
{
    findingsCreated += other.findingsCreated;
    findingsChanged += other.findingsChanged;
    evidenceAdded += other.evidenceAdded;
    eventsWithoutAgent += other.eventsWithoutAgent;
}

DetectionEngine::DetectionEngine(Database& database)
    : DetectionEngine(database, Options())
{
}

DetectionEngine::DetectionEngine(Database& database, Options options)
    : m_database(database)
    , m_options(std::move(options))
    , m_facts(database)
    , m_findings(database)
    , m_utc(QStringLiteral("UTC"))
{
}

void DetectionEngine::reload()
{
    m_loaded = false;
    m_agents.clear();
    m_agentIndex.clear();
    m_sites.clear();
    m_shifts.clear();
    m_workstations.clear();
    m_roleNames.clear();
    m_pairs.clear();
}

Result<DetectionSettings> DetectionEngine::settings()
{
    if (auto status = ensureLoaded(); !status)
        return status.error();
    return m_settings;
}

Status DetectionEngine::ensureLoaded()
{
    if (m_loaded)
        return {};
    if (m_options.settings) {
        if (auto status = m_options.settings->validate(); !status)
            return status;
        m_settings = *m_options.settings;
    } else {
        auto settings = DetectionSettings::load(m_database);
        if (!settings)
            return settings.error();
        m_settings = *settings;
    }

    auto sites = m_facts.sites();
    if (!sites)
        return sites.error();
    std::unordered_map<qint64, int> siteIndex;
    for (const DetectionFacts::Site& site : *sites) {
        siteIndex[site.id] = int(m_sites.size());
        m_sites.push_back({ site.id, site.name, SiteClock(site.timezone) });
    }
    auto shifts = m_facts.shifts();
    if (!shifts)
        return shifts.error();
    std::unordered_map<qint64, int> shiftIndex;
    for (const DetectionFacts::Shift& shift : *shifts) {
        shiftIndex[shift.id] = int(m_shifts.size());
        m_shifts.push_back({ shift.startMinute, shift.endMinute, shift.weekdays,
                             ShiftWindow(shift.startMinute, shift.endMinute, shift.weekdays) });
    }
    auto workstations = m_facts.workstations();
    if (!workstations)
        return workstations.error();
    for (const DetectionFacts::Workstation& w : *workstations)
        m_workstations[w.id] = w;

    auto agents = m_facts.agents();
    if (!agents)
        return agents.error();
    m_agents.reserve(agents->size());
    for (const DetectionFacts::Agent& a : *agents) {
        AgentState state;
        state.id = a.id;
        if (auto it = siteIndex.find(a.siteId); it != siteIndex.end())
            state.site = it->second;
        if (auto it = shiftIndex.find(a.shiftId); it != shiftIndex.end())
            state.shift = it->second;
        state.inactiveFrom = Never;
        if (a.status == AgentStatus::Departed) {
            state.departed = true;
            state.inactiveFrom = a.departedAt.value_or(a.statusChangedAt.value_or(Never));
        } else if (a.status == AgentStatus::Suspended) {
            state.inactiveFrom = a.statusChangedAt.value_or(Never);
        }
        state.firstSeen = Never;
        m_agentIndex[a.id] = m_agents.size();
        m_agents.push_back(std::move(state));
    }

    auto passes = m_facts.paymentCardTrainingPasses();
    if (!passes)
        return passes.error();
    for (const DetectionFacts::TrainingPass& pass : *passes) {
        // Validity as TrainingRules decides it for every reader: [completed_at, expiry), the end instant excluded.
        const auto valid = TrainingRules::validity(pass.record, pass.module);
        if (AgentState* a = agent(pass.agentId); a && valid && valid->second > valid->first)
            a->pciValid.emplace_back(valid->first, valid->second);
    }
    for (AgentState& a : m_agents)
        merge(a.pciValid); // a renewal is not a gap

    // What each agent's roles granted, and when: the point-in-time rule applied once per assignment here, so that
    // an event costs one binary search.
    auto roles = m_facts.roles();
    if (!roles)
        return roles.error();
    std::unordered_map<qint64, unsigned> roleClasses;
    for (const DetectionFacts::Role& role : *roles) {
        m_roleNames[role.id] = role.name;
        roleClasses[role.id] = role.dataClasses;
    }
    auto assignments = m_facts.assignments();
    if (!assignments)
        return assignments.error();
    for (const DetectionFacts::Assignment& assignment : *assignments) {
        AgentState* a = agent(assignment.agentId);
        if (!a)
            continue;
        const auto classes = roleClasses.find(assignment.roleId);
        const unsigned granted = classes == roleClasses.end() ? 0 : classes->second;
        for (const auto& [from, until] : AssignmentInForce::heldIntervals(assignment.history)) {
            a->roles.push_back({ assignment.roleId, from, until });
            for (unsigned c = 1; c < 32; ++c) {
                if (!(granted & (1u << c)))
                    continue;
                if (a->granted.size() <= c)
                    a->granted.resize(c + 1);
                a->granted[c].emplace_back(from, until);
            }
        }
    }
    for (AgentState& a : m_agents) {
        for (auto& intervals : a.granted)
            merge(intervals);
    }

    auto seen = m_facts.workstationsFirstSeen();
    if (!seen)
        return seen.error();
    m_pairs.reserve(seen->size() * 2);
    for (const DetectionFacts::FirstSeen& s : *seen) {
        m_pairs[{ s.agentId, s.workstationId }] = PairState { s.firstSeenAt };
        if (AgentState* a = agent(s.agentId))
            a->firstSeen = std::min(a->firstSeen, s.firstSeenAt);
    }
    m_loaded = true;
    return {};
}

DetectionEngine::AgentState* DetectionEngine::agent(qint64 id)
{
    auto it = m_agentIndex.find(id);
    return it == m_agentIndex.end() ? nullptr : &m_agents[it->second];
}

bool DetectionEngine::outsideShift(AgentState& agent, qint64 at)
{
    if (agent.site < 0 || agent.shift < 0)
        return false;
    SiteClock& clock = m_sites[std::size_t(agent.site)].clock;
    if (!clock.isValid())
        return false; // no trustworthy local time: judging would only produce noise
    const qint64 grace = qint64(m_settings.offHoursGraceMinutes) * MinuteMs;
    return !m_shifts[std::size_t(agent.shift)].window.covers(clock, at, grace);
}

std::optional<qint64> DetectionEngine::pciGapStart(const AgentState& agent, qint64 at)
{
    // The last interval starting at or before `at`: valid if `at` lies inside it; otherwise the gap started
    // when it ended (0: nothing passed before).
    auto after
        = std::upper_bound(agent.pciValid.begin(), agent.pciValid.end(), at,
                           [](qint64 t, const std::pair<qint64, qint64>& interval) { return t < interval.first; });
    if (after == agent.pciValid.begin())
        return qint64(0);
    const auto& last = *(after - 1);
    if (at < last.second)
        return std::nullopt;
    return last.second;
}

bool DetectionEngine::granted(const AgentState& agent, DataClass dataClass, qint64 at)
{
    const auto c = std::size_t(dataClass);
    if (c >= agent.granted.size())
        return false;
    const auto& intervals = agent.granted[c];
    auto after
        = std::upper_bound(intervals.begin(), intervals.end(), at,
                           [](qint64 t, const std::pair<qint64, qint64>& interval) { return t < interval.first; });
    return after != intervals.begin() && at < (after - 1)->second;
}

QString DetectionEngine::rolesHeld(const AgentState& agent, qint64 at) const
{
    QStringList names;
    for (const HeldRole& role : agent.roles) {
        if (role.from <= at && at < role.until) {
            const auto name = m_roleNames.find(role.roleId);
            names << (name == m_roleNames.end() ? QString::number(role.roleId) : name->second);
        }
    }
    if (names.isEmpty())
        return tr("no role");
    names.sort();
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

qint64 DetectionEngine::detectedAt(qint64 eventTime) const
{
    return m_options.detectedAt == DetectedAt::EventTime ? eventTime : Clock::nowMs();
}

SiteClock* DetectionEngine::clockOf(const AgentState& agent)
{
    if (agent.site >= 0 && m_sites[std::size_t(agent.site)].clock.isValid())
        return &m_sites[std::size_t(agent.site)].clock;
    return &m_utc;
}

QString DetectionEngine::siteTime(const AgentState& agent, qint64 at, bool withDate)
{
    SiteClock* clock = clockOf(agent);
    return withDate ? clock->format(at) : clock->formatTime(at);
}

QString DetectionEngine::zoneOf(const AgentState& agent)
{
    return clockOf(agent)->zoneId();
}

QString DetectionEngine::zoneAt(const AgentState& agent, qint64 at)
{
    SiteClock* clock = clockOf(agent);
    const qint64 offsetMinutes = clock->offsetMsAt(at) / MinuteMs;
    const qint64 magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return tr("%1, UTC%2%3:%4")
        .arg(clock->zoneId(), offsetMinutes < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

Result<const DetectionEngine::PairState*> DetectionEngine::pairVerdict(AgentState& agent, qint64 workstationId,
                                                                       qint64 eventTime, qint64 eventSession)
{
    auto it = m_pairs.find(PairKey { agent.id, workstationId });
    if (it == m_pairs.end())
        return static_cast<const PairState*>(nullptr);
    PairState& pair = it->second;
    if (pair.verdict == PairState::Verdict::Unknown) {
        // New: first used after the agent's baseline period (counted from their first use of any workstation); the
        // agent's very first workstation is never new.
        const qint64 baseline = qint64(m_settings.newWorkstationBaselineDays) * DayMs;
        const bool isNew = pair.firstSeen > agent.firstSeen && pair.firstSeen - agent.firstSeen >= baseline;
        pair.verdict = PairState::Verdict::Usual;
        if (isNew && eventTime == pair.firstSeen) {
            pair.firstSession = eventSession;
            pair.verdict = PairState::Verdict::New;
        } else if (isNew) {
            auto session = m_facts.sessionAt(agent.id, workstationId, pair.firstSeen);
            if (!session)
                return session.error();
            if (*session) {
                pair.firstSession = **session;
                pair.verdict = PairState::Verdict::New;
            }
        }
    }
    return static_cast<const PairState*>(&pair);
}

std::vector<bool> DetectionEngine::inBursts(const std::vector<DetectionFacts::TimedEvent>& logins, qint64 window,
                                            std::size_t needed)
{
    std::vector<bool> inBurst(logins.size(), false);
    std::size_t end = 0;
    for (std::size_t k = 0; k < logins.size(); ++k) {
        end = std::max(end, k);
        while (end + 1 < logins.size() && logins[end + 1].occurredAt - logins[k].occurredAt <= window)
            ++end;
        if (end - k + 1 >= needed)
            std::fill(inBurst.begin() + std::ptrdiff_t(k), inBurst.begin() + std::ptrdiff_t(end + 1), true);
    }
    return inBurst;
}

Status DetectionEngine::store(const FindingRepository::Draft& draft, const std::vector<qint64>& evidence,
                              Report& report)
{
    auto recorded = m_findings.record(draft, evidence);
    if (!recorded)
        return recorded.error();
    report.findingsCreated += recorded->created ? 1 : 0;
    report.findingsChanged += recorded->changed ? 1 : 0;
    report.evidenceAdded += recorded->evidenceAdded;
    return {};
}

Result<DetectionEngine::Report> DetectionEngine::process(const std::vector<AccessEvent>& batch)
{
    Report report;
    if (batch.empty())
        return report;
    if (auto status = ensureLoaded(); !status)
        return status.error();

    // An event of an agent the caches do not know: sync delivers agents before their events, so read the
    // reference data again, once per batch.
    bool reloaded = false;
    auto find = [&](qint64 id) -> Result<AgentState*> {
        AgentState* a = agent(id);
        if (a || reloaded)
            return a;
        reloaded = true;
        reload();
        if (auto status = ensureLoaded(); !status)
            return status.error();
        return agent(id);
    };

    // The writer has recorded this batch's first uses of workstations; bring the cache to the same state
    // (a no-op for the batch the cache was loaded after).
    for (const AccessEvent& e : batch) {
        if (!e.workstationId)
            continue;
        auto a = find(e.agentId);
        if (!a)
            return a.error();
        if (!*a)
            continue;
        auto [it, isNew] = m_pairs.try_emplace(PairKey { e.agentId, e.workstationId }, PairState { e.occurredAt });
        if (!isNew && e.occurredAt < it->second.firstSeen)
            it->second = PairState { e.occurredAt };
        (*a)->firstSeen = std::min((*a)->firstSeen, e.occurredAt);
    }

    std::map<GroupKey, Group> groups;
    std::vector<std::pair<qint64, qint64>> agentHours; // (agent, hour) of every event: the bulk-access candidates
    agentHours.reserve(batch.size());
    std::vector<std::pair<qint64, qint64>> failedLogins; // (agent, time)
    for (const AccessEvent& e : batch) {
        auto found = find(e.agentId);
        if (!found)
            return found.error();
        AgentState* a = *found;
        if (!a) {
            ++report.eventsWithoutAgent;
            continue;
        }
        auto add = [&](FindingKind kind, qint64 discriminator, int dataClass = 0) {
            Group& g = groups[GroupKey { kind, e.agentId, discriminator, dataClass }];
            g.first = std::min(g.first, e.occurredAt);
            g.last = std::max(g.last, e.occurredAt);
            g.events.push_back(e.id);
            g.cardData = g.cardData || e.dataClass == DataClass::PaymentCard;
        };
        agentHours.emplace_back(e.agentId, SiteClock::floorDiv(e.occurredAt, HourMs));
        if (e.occurredAt > a->inactiveFrom)
            add(FindingKind::InactiveAgentAccess, e.sessionId);
        if (outsideShift(*a, e.occurredAt))
            add(FindingKind::OffHours, e.sessionId);
        if (e.dataClass == DataClass::PaymentCard) {
            if (auto gap = pciGapStart(*a, e.occurredAt))
                add(FindingKind::PaymentDataWithoutTraining, *gap);
        }
        // Only what the agent actually got: a refused or failed attempt is the access control working.
        if (e.outcome == AccessOutcome::Success && e.dataClass != DataClass::None
            && !granted(*a, e.dataClass, e.occurredAt))
            add(FindingKind::AccessBeyondRole, e.sessionId, int(e.dataClass));
        if (e.action == AccessAction::Login && e.outcome == AccessOutcome::Failed)
            failedLogins.emplace_back(e.agentId, e.occurredAt);
        if (e.workstationId) {
            auto pair = pairVerdict(*a, e.workstationId, e.occurredAt, e.sessionId);
            if (!pair)
                return pair.error();
            if (*pair && (*pair)->verdict == PairState::Verdict::New && e.sessionId == (*pair)->firstSession)
                add(FindingKind::NewWorkstation, e.workstationId);
        }
    }

    for (const auto& [key, group] : groups) {
        AgentState& a = *agent(key.agent);
        const QString dedupe = dedupeKey(key);
        auto existing = m_findings.findByKey(dedupe);
        if (!existing)
            return existing.error();
        const FindingCatalogue::Entry& entry = FindingCatalogue::entry(key.kind);
        FindingRepository::Draft draft;
        draft.kind = key.kind;
        draft.severity = entry.severity;
        draft.controlRef = QLatin1String(entry.controlRef);
        draft.agentId = key.agent;
        draft.detectedAt = detectedAt(group.first);
        draft.windowStart = *existing ? std::min((*existing)->windowStart, group.first) : group.first;
        draft.windowEnd = *existing ? std::max((*existing)->windowEnd, group.last) : group.last;
        draft.dedupeKey = dedupe;
        const QString from = siteTime(a, draft.windowStart);
        const QString to = siteTime(a, draft.windowEnd);
        const QString until = to.left(10) == from.left(10) ? to.mid(11) : to; // the date once when it is the same
        switch (key.kind) {
        case FindingKind::OffHours: {
            const ShiftState& shift = m_shifts[std::size_t(a.shift)];
            draft.severity = group.cardData ? Severity::High : Severity::Medium;
            // The shift by its hours, not its name (names are free text and often repeat the hours).
            draft.summary = tr("Activity from %1 to %2 site time (%3), outside the agent's shift (%4–%5, starting "
                               "%6) and its %7-minute grace period.")
                                .arg(from, until, zoneOf(a), hourMinute(shift.startMinute), hourMinute(shift.endMinute),
                                     weekdaysText(shift.weekdays))
                                .arg(m_settings.offHoursGraceMinutes);
            break;
        }
        case FindingKind::InactiveAgentAccess:
            draft.severity = a.departed ? Severity::Critical : Severity::High;
            draft.summary = (a.departed ? tr("Activity from %1 to %2 site time (%3) by an agent who departed on %4.")
                                        : tr("Activity from %1 to %2 site time (%3) by an agent suspended since %4."))
                                .arg(from, until, zoneOf(a), siteTime(a, a.inactiveFrom).left(10));
            break;
        case FindingKind::PaymentDataWithoutTraining:
            draft.summary = key.discriminator > 0
                ? tr("%1 accessed from %2 site time (%3) without valid PCI DSS awareness training: "
                     "the last pass expired on %4.")
                      .arg(dataClassText(int(DataClass::PaymentCard)), from, zoneOf(a),
                           siteTime(a, key.discriminator).left(10))
                : tr("%1 accessed from %2 site time (%3) without any passed PCI DSS awareness "
                     "training on record.")
                      .arg(dataClassText(int(DataClass::PaymentCard)), from, zoneOf(a));
            break;
        case FindingKind::NewWorkstation: {
            const auto ws = m_workstations.find(key.discriminator);
            const QString host = ws == m_workstations.end() ? QString::number(key.discriminator) : ws->second.hostname;
            const qint64 wsSite = ws == m_workstations.end() ? 0 : ws->second.siteId;
            const qint64 agentSite = a.site >= 0 ? m_sites[std::size_t(a.site)].id : 0;
            const auto pair = m_pairs.find(PairKey { key.agent, key.discriminator });
            const qint64 days = pair == m_pairs.end() ? 0 : (pair->second.firstSeen - a.firstSeen) / DayMs;
            QString siteName;
            for (const SiteState& s : m_sites) {
                if (s.id == wsSite)
                    siteName = s.name;
            }
            if (wsSite != 0 && agentSite != 0 && wsSite != agentSite) {
                draft.severity = Severity::Medium;
                draft.summary = tr("First use of workstation %1 at another site (%2) from %3 site time (%4), %5 "
                                   "days after the agent's first recorded activity; the agent works at %6.")
                                    .arg(host, siteName, from, zoneOf(a))
                                    .arg(days)
                                    .arg(m_sites[std::size_t(a.site)].name);
            } else {
                draft.summary = tr("First use of workstation %1 from %2 site time (%3), %4 days after the agent's "
                                   "first recorded activity.")
                                    .arg(host, from, zoneOf(a))
                                    .arg(days);
            }
            break;
        }
        case FindingKind::AccessBeyondRole:
            draft.summary
                = tr("%1 opened from %2 to %3 site time (%4), though no role the agent held at that moment "
                     "grants it. Roles held then: %5.")
                      .arg(dataClassText(key.dataClass), from, until, zoneOf(a), rolesHeld(a, draft.windowStart));
            break;
        case FindingKind::BulkAccess:
        case FindingKind::FailedLoginBurst:
            break; // detected per batch below
        case FindingKind::UntrainedRoleHolder:
            break; // not from events: TrainingComplianceSweep raises it when training lapses
        }
        if (auto status = store(draft, group.events, report); !status)
            return status.error();
    }

    if (auto status = detectBulkAccess(agentHours, report); !status)
        return status.error();
    if (auto status = detectFailedLoginBursts(std::move(failedLogins), report); !status)
        return status.error();
    return report;
}

Result<std::vector<DetectionEngine::Explanation>> DetectionEngine::explain(const AccessEvent& e,
                                                                           const QString& agentName)
{
    std::vector<Explanation> out;
    if (auto status = ensureLoaded(); !status)
        return status.error();
    AgentState* a = agent(e.agentId);
    if (!a)
        return out; // nothing to judge the event by, as in process()
    const QString who = agentName.isEmpty() ? tr("the agent") : agentName;
    const QString whose = agentName.isEmpty() ? tr("the agent's") : tr("%1's").arg(agentName);
    const QString at = siteTime(*a, e.occurredAt);
    const QString zone = zoneAt(*a, e.occurredAt);
    auto add = [&out](FindingKind kind, const QString& why) {
        out.push_back({ kind, tr("%1: %2").arg(FindingCatalogue::title(kind), why) });
    };

    if (outsideShift(*a, e.occurredAt)) {
        const ShiftState& shift = m_shifts[std::size_t(a->shift)];
        add(FindingKind::OffHours,
            tr("%1 site time (%2) is outside %3 shift %4–%5 (starting %6) and its %7-minute grace period.")
                .arg(at, zone, whose, hourMinute(shift.startMinute), hourMinute(shift.endMinute),
                     weekdaysText(shift.weekdays))
                .arg(m_settings.offHoursGraceMinutes));
    }

    // Bulk access: the agent's clock hour holds more distinct records than the threshold (the same count the
    // detection makes after its rollup pre-check).
    const qint64 hourStart = SiteClock::floorDiv(e.occurredAt, HourMs) * HourMs;
    auto distinct = m_facts.distinctRecords(e.agentId, hourStart, hourStart + HourMs);
    if (!distinct)
        return distinct.error();
    if (*distinct > m_settings.bulkAccessThresholdPerHour)
        add(FindingKind::BulkAccess,
            tr("%1 distinct customer records by %2 in the clock hour %3 to %4 site time (%5), more than the threshold "
               "of %6 per hour.")
                .arg(*distinct)
                .arg(who, siteTime(*a, hourStart), siteTime(*a, hourStart + HourMs, false), zoneAt(*a, hourStart))
                .arg(m_settings.bulkAccessThresholdPerHour));

    if (e.action == AccessAction::Login && e.outcome == AccessOutcome::Failed) {
        // Every window of the burst length that holds this login lies within one window length either side of it.
        const qint64 window = qint64(m_settings.failedLoginBurstMinutes) * MinuteMs;
        auto logins = m_facts.failedLogins(e.agentId, e.occurredAt - window, e.occurredAt + window);
        if (!logins)
            return logins.error();
        const std::vector<bool> inBurst = inBursts(*logins, window, std::size_t(m_settings.failedLoginBurstCount));
        const auto self = std::find_if(logins->begin(), logins->end(),
                                       [&e](const DetectionFacts::TimedEvent& t) { return t.id == e.id; });
        const std::size_t k = std::size_t(self - logins->begin());
        if (self != logins->end() && inBurst[k]) {
            // The burst's logins around this one, chained while less than a window apart, as the finding groups them.
            std::size_t first = k;
            std::size_t last = k;
            for (std::size_t i = k; i-- > 0;) {
                if (!inBurst[i])
                    continue;
                if ((*logins)[first].occurredAt - (*logins)[i].occurredAt > window)
                    break;
                first = i;
            }
            qint64 count = 1;
            for (std::size_t i = k + 1; i < logins->size(); ++i) {
                if (!inBurst[i])
                    continue;
                if ((*logins)[i].occurredAt - (*logins)[last].occurredAt > window)
                    break;
                last = i;
            }
            for (std::size_t i = first; i <= last; ++i)
                count += (i != k && inBurst[i]) ? 1 : 0;
            add(FindingKind::FailedLoginBurst,
                tr("%1 failed logins by %2 from %3 to %4 site time (%5): at least %6 within %7 minutes.")
                    .arg(count)
                    .arg(who, siteTime(*a, (*logins)[first].occurredAt),
                         siteTime(*a, (*logins)[last].occurredAt, false), zone)
                    .arg(m_settings.failedLoginBurstCount)
                    .arg(m_settings.failedLoginBurstMinutes));
        }
    }

    if (e.dataClass == DataClass::PaymentCard) {
        if (auto gap = pciGapStart(*a, e.occurredAt))
            add(FindingKind::PaymentDataWithoutTraining,
                *gap > 0 ? tr("payment-card data opened at %1 site time (%2), when %3 held no valid PCI DSS awareness "
                              "training: the last pass expired on %4.")
                               .arg(at, zone, who, siteTime(*a, *gap))
                         : tr("payment-card data opened at %1 site time (%2); %3 has no passed PCI DSS awareness "
                              "training on record.")
                               .arg(at, zone, who));
    }

    if (e.occurredAt > a->inactiveFrom)
        add(FindingKind::InactiveAgentAccess,
            (a->departed ? tr("%1 site time (%2) is after %3 departed on %4.")
                         : tr("%1 site time (%2) is after %3 was suspended on %4."))
                .arg(at, zone, who, siteTime(*a, a->inactiveFrom)));

    if (e.workstationId) {
        auto pair = pairVerdict(*a, e.workstationId, e.occurredAt, e.sessionId);
        if (!pair)
            return pair.error();
        if (*pair && (*pair)->verdict == PairState::Verdict::New && e.sessionId == (*pair)->firstSession) {
            const auto ws = m_workstations.find(e.workstationId);
            const QString host = ws == m_workstations.end() ? QString::number(e.workstationId) : ws->second.hostname;
            QString why = tr("this session is the first use of workstation %1 by %2, at %3 site time (%4), %5 days "
                             "after %6 first recorded activity (the baseline is %7 days).")
                              .arg(host, who, siteTime(*a, (*pair)->firstSeen), zoneAt(*a, (*pair)->firstSeen))
                              .arg(((*pair)->firstSeen - a->firstSeen) / DayMs)
                              .arg(whose)
                              .arg(m_settings.newWorkstationBaselineDays);
            const qint64 wsSite = ws == m_workstations.end() ? 0 : ws->second.siteId;
            const qint64 agentSite = a->site >= 0 ? m_sites[std::size_t(a->site)].id : 0;
            if (wsSite != 0 && agentSite != 0 && wsSite != agentSite) {
                for (const SiteState& s : m_sites) {
                    if (s.id == wsSite)
                        why += QLatin1Char(' ')
                            + tr("The workstation belongs to %1; %2 works at %3.")
                                  .arg(s.name, who, m_sites[std::size_t(a->site)].name);
                }
            }
            add(FindingKind::NewWorkstation, why);
        }
    }

    if (e.outcome == AccessOutcome::Success && e.dataClass != DataClass::None
        && !granted(*a, e.dataClass, e.occurredAt))
        add(FindingKind::AccessBeyondRole,
            tr("%1 opened at %2 site time (%3), though no role %4 held at that moment grants it. Roles held then: %5.")
                .arg(dataClassText(int(e.dataClass)), at, zone, who, rolesHeld(*a, e.occurredAt)));
    return out;
}

Status DetectionEngine::detectBulkAccess(const std::vector<std::pair<qint64, qint64>>& batchAgentHours, Report& report)
{
    if (batchAgentHours.empty())
        return {};
    std::vector<std::pair<qint64, qint64>> agentHours = batchAgentHours;
    std::sort(agentHours.begin(), agentHours.end());
    agentHours.erase(std::unique(agentHours.begin(), agentHours.end()), agentHours.end());
    std::vector<qint64> hours;
    hours.reserve(agentHours.size());
    for (const auto& [agentId, hour] : agentHours)
        hours.push_back(hour);
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());

    const qint64 threshold = m_settings.bulkAccessThresholdPerHour;
    // The rollup is the cheap pre-check (an hour with no more events than the threshold cannot have more
    // distinct records); hours close together are read in one range scan of its primary key.
    constexpr qint64 MaxGapHours = 24;
    for (std::size_t i = 0; i < hours.size();) {
        std::size_t j = i;
        while (j + 1 < hours.size() && hours[j + 1] - hours[j] <= MaxGapHours)
            ++j;
        auto busy = m_facts.busyAgentHours(hours[i], hours[j], threshold);
        if (!busy)
            return busy.error();
        i = j + 1;
        for (const DetectionFacts::AgentHour& candidate : *busy) {
            if (!std::binary_search(agentHours.begin(), agentHours.end(),
                                    std::pair { candidate.agentId, candidate.hour }))
                continue; // not touched by this batch: judged when its events came
            const qint64 from = candidate.hour * HourMs;
            auto distinct = m_facts.distinctRecords(candidate.agentId, from, from + HourMs);
            if (!distinct)
                return distinct.error();
            if (*distinct <= threshold)
                continue;
            auto events = m_facts.events(candidate.agentId, from, from + HourMs);
            if (!events)
                return events.error();
            if (events->empty())
                continue;
            AgentState* a = agent(candidate.agentId);
            if (!a)
                continue;
            const FindingCatalogue::Entry& entry = FindingCatalogue::entry(FindingKind::BulkAccess);
            FindingRepository::Draft draft;
            draft.kind = FindingKind::BulkAccess;
            draft.severity = entry.severity;
            draft.controlRef = QLatin1String(entry.controlRef);
            draft.agentId = candidate.agentId;
            draft.detectedAt = detectedAt(events->back().occurredAt);
            draft.windowStart = events->front().occurredAt;
            draft.windowEnd = events->back().occurredAt;
            draft.dedupeKey = dedupeKey(FindingKind::BulkAccess, candidate.agentId, candidate.hour);
            draft.summary = tr("%1 distinct customer records in one clock hour, %2 to %3 site time (%4); the "
                               "threshold is %5 per hour.")
                                .arg(*distinct)
                                .arg(siteTime(*a, from), siteTime(*a, from + HourMs, false), zoneOf(*a))
                                .arg(threshold);
            std::vector<qint64> ids;
            ids.reserve(events->size());
            for (const DetectionFacts::TimedEvent& e : *events)
                ids.push_back(e.id);
            if (auto status = store(draft, ids, report); !status)
                return status;
        }
    }
    return {};
}

Status DetectionEngine::detectFailedLoginBursts(std::vector<std::pair<qint64, qint64>> failed, Report& report)
{
    if (failed.empty())
        return {};
    std::sort(failed.begin(), failed.end());
    const qint64 window = qint64(m_settings.failedLoginBurstMinutes) * MinuteMs;
    const std::size_t needed = std::size_t(m_settings.failedLoginBurstCount);
    const FindingCatalogue::Entry& entry = FindingCatalogue::entry(FindingKind::FailedLoginBurst);
    for (std::size_t i = 0; i < failed.size();) {
        // This batch's failed logins of one agent that lie within a window of each other: one look-up of
        // the agent's failed logins around them (earlier batches' included).
        const qint64 agentId = failed[i].first;
        std::size_t j = i;
        while (j + 1 < failed.size() && failed[j + 1].first == agentId
               && failed[j + 1].second - failed[j].second <= window)
            ++j;
        auto around = m_facts.failedLogins(agentId, failed[i].second - window, failed[j].second + window);
        if (!around)
            return around.error();
        i = j + 1;
        const std::vector<DetectionFacts::TimedEvent>& logins = *around;
        const std::vector<bool> inBurst = inBursts(logins, window, needed);
        AgentState* a = agent(agentId);
        if (!a)
            continue;
        // Bursts: failed logins in windows, chained while less than a window apart.
        for (std::size_t k = 0; k < logins.size();) {
            if (!inBurst[k]) {
                ++k;
                continue;
            }
            std::vector<qint64> ids { logins[k].id };
            qint64 first = logins[k].occurredAt;
            qint64 last = first;
            std::size_t next = k + 1;
            for (; next < logins.size(); ++next) {
                if (!inBurst[next])
                    continue;
                if (logins[next].occurredAt - last > window)
                    break;
                ids.push_back(logins[next].id);
                last = logins[next].occurredAt;
            }
            k = next;
            auto existing
                = m_findings.findOverlapping(FindingKind::FailedLoginBurst, agentId, first - window, last + window);
            if (!existing)
                return existing.error();
            FindingRepository::Draft draft;
            draft.kind = FindingKind::FailedLoginBurst;
            draft.severity = entry.severity;
            draft.controlRef = QLatin1String(entry.controlRef);
            draft.agentId = agentId;
            draft.detectedAt = detectedAt(last);
            draft.windowStart = *existing ? std::min((*existing)->windowStart, first) : first;
            draft.windowEnd = *existing ? std::max((*existing)->windowEnd, last) : last;
            draft.dedupeKey
                = *existing ? (*existing)->dedupeKey : dedupeKey(FindingKind::FailedLoginBurst, agentId, ids.front());
            draft.summary = tr("Failed logins from %1 to %2 site time (%3): %4 or more within %5 minutes.")
                                .arg(siteTime(*a, draft.windowStart), siteTime(*a, draft.windowEnd, false), zoneOf(*a))
                                .arg(m_settings.failedLoginBurstCount)
                                .arg(m_settings.failedLoginBurstMinutes);
            if (auto status = store(draft, ids, report); !status)
                return status;
        }
    }
    return {};
}

} // namespace custodian
