#pragma once

#include "domain/AccessEvent.h"
#include "domain/Result.h"
#include "rules/DetectionSettings.h"
#include "rules/ShiftWindow.h"
#include "rules/SiteClock.h"
#include "store/DetectionFacts.h"
#include "store/FindingRepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace custodian {

class Database;

// The seven detections of docs/detections.md, computed incrementally: given a batch of access events that was
// just written (inside the same transaction), it creates or extends findings with their evidence. Per event
// it only consults what it caches in memory (agents, shifts, site clocks, PCI DSS training intervals, the
// intervals in which each data class was granted to each agent, each agent's first-seen workstations); the store is
// asked only per batch (busy agent-hours from the hourly rollup) or for the rare events that need it (failed logins, a
// new workstation's first session). Findings are keyed (dedupe_key), so processing the same batch again adds nothing.
//
// One engine serves one connection and one ingest run; call reload() when agents, shifts, sites, training
// records or role assignments change underneath it (sync does, between pulls).
class DetectionEngine
{
    Q_DECLARE_TR_FUNCTIONS(DetectionEngine)

public:
    enum class DetectedAt {
        WallClock, // detected_at = now (live ingest)
        EventTime, // detected_at = the event time at which the rule fired (deterministic: the demo seeding)
    };

    struct Options
    {
        std::optional<DetectionSettings> settings; // default: detection_setting, read at first use
        DetectedAt detectedAt = DetectedAt::WallClock;
    };

    struct Report
    {
        qint64 findingsCreated = 0;
        qint64 findingsChanged = 0; // existing findings whose window, severity or summary changed
        qint64 evidenceAdded = 0;
        qint64 eventsWithoutAgent = 0; // events of agents the store does not know (nothing to judge them by)
        void add(const Report& other);
    };

    explicit DetectionEngine(Database& database);
    DetectionEngine(Database& database, Options options);
    DetectionEngine(const DetectionEngine&) = delete;
    DetectionEngine& operator=(const DetectionEngine&) = delete;

    // Why one detection flags an event, in words, with the values that made it match.
    struct Explanation
    {
        FindingKind kind = FindingKind::OffHours;
        QString text; // "Off-hours: 18:01 site time (Europe/Lisbon, UTC+00:00) is outside …"
    };

    [[nodiscard]] Result<Report> process(const std::vector<AccessEvent>& batch);
    // Why `event` (already in the store) is notable: one explanation for each detection that flags it, in the order
    // of FindingKind, from the same predicates process() applies, with the thresholds in force now. Empty: no
    // detection flags it. `agentName` names the agent in the words ("the agent" when empty).
    [[nodiscard]] Result<std::vector<Explanation>> explain(const AccessEvent& event, const QString& agentName = {});
    // Forgets the cached reference data (and the settings, unless they were given): read again on next use.
    void reload();
    [[nodiscard]] Result<DetectionSettings> settings();

private:
    struct HeldRole
    {
        qint64 roleId = 0;
        qint64 from = 0;
        qint64 until = 0;
    };
    struct AgentState
    {
        qint64 id = 0;
        int site = -1; // index into m_sites
        int shift = -1; // index into m_shifts
        qint64 inactiveFrom = 0; // events after this are by an inactive agent (max: active)
        bool departed = false;
        std::vector<std::pair<qint64, qint64>> pciValid; // merged [from, until), ascending
        // Per data class code: when some role the agent held granted it (AssignmentInForce::heldIntervals of each
        // assignment, merged [from, until), ascending). Classes no role ever granted them are empty or missing.
        std::vector<std::vector<std::pair<qint64, qint64>>> granted;
        std::vector<HeldRole> roles; // every interval in which the agent held a role, for the summaries
        qint64 firstSeen = 0; // earliest first use of any workstation (max: none yet)
    };
    struct SiteState
    {
        qint64 id = 0;
        QString name;
        SiteClock clock;
    };
    struct ShiftState
    {
        int startMinute = 0;
        int endMinute = 0;
        int weekdays = 0;
        ShiftWindow window;
    };
    struct PairState
    {
        qint64 firstSeen = 0;
        qint64 firstSession = 0;
        enum class Verdict : quint8 { Unknown, Usual, New } verdict = Verdict::Unknown;
    };
    struct PairKey
    {
        qint64 agent = 0;
        qint64 workstation = 0;
        bool operator==(const PairKey&) const = default;
    };
    struct PairHash
    {
        std::size_t operator()(const PairKey& key) const noexcept
        {
            return std::hash<quint64>()(quint64(key.agent) * 0x9E3779B97F4A7C15ULL ^ quint64(key.workstation));
        }
    };

    [[nodiscard]] Status ensureLoaded();
    [[nodiscard]] AgentState* agent(qint64 id);
    [[nodiscard]] bool outsideShift(AgentState& agent, qint64 at);
    [[nodiscard]] static std::optional<qint64> pciGapStart(const AgentState& agent, qint64 at);
    [[nodiscard]] static bool granted(const AgentState& agent, DataClass dataClass, qint64 at);
    [[nodiscard]] QString rolesHeld(const AgentState& agent, qint64 at) const;
    [[nodiscard]] Status detectBulkAccess(const std::vector<std::pair<qint64, qint64>>& agentHours, Report& report);
    [[nodiscard]] Status detectFailedLoginBursts(std::vector<std::pair<qint64, qint64>> failed, Report& report);
    [[nodiscard]] Status store(const FindingRepository::Draft& draft, const std::vector<qint64>& evidence,
                               Report& report);
    [[nodiscard]] qint64 detectedAt(qint64 eventTime) const;
    [[nodiscard]] SiteClock* clockOf(const AgentState& agent);
    [[nodiscard]] QString siteTime(const AgentState& agent, qint64 at, bool withDate = true);
    [[nodiscard]] QString zoneOf(const AgentState& agent);
    // "Europe/Lisbon, UTC+00:00": the zone with its offset at `at`.
    [[nodiscard]] QString zoneAt(const AgentState& agent, qint64 at);
    // The new-workstation verdict of the agent's pair with `workstationId`, worked out once (cached in m_pairs).
    [[nodiscard]] Result<const PairState*> pairVerdict(AgentState& agent, qint64 workstationId, qint64 eventTime,
                                                       qint64 eventSession);
    // For failed logins in time order: whether each lies in some window of `window` ms holding `needed` of them.
    [[nodiscard]] static std::vector<bool> inBursts(const std::vector<DetectionFacts::TimedEvent>& logins,
                                                    qint64 window, std::size_t needed);

    Database& m_database;
    Options m_options;
    DetectionFacts m_facts;
    FindingRepository m_findings;
    bool m_loaded = false;
    DetectionSettings m_settings;
    std::vector<AgentState> m_agents;
    std::unordered_map<qint64, std::size_t> m_agentIndex;
    std::vector<SiteState> m_sites;
    std::vector<ShiftState> m_shifts;
    std::unordered_map<qint64, DetectionFacts::Workstation> m_workstations;
    std::unordered_map<qint64, QString> m_roleNames;
    std::unordered_map<PairKey, PairState, PairHash> m_pairs;
    SiteClock m_utc;
};

} // namespace custodian
