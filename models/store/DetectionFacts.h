#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/TrainingFacts.h"
#include "store/AssignmentInForce.h"
#include "store/Statement.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace custodian {

class Database;

// What the detections read from the store: the reference data they cache per engine (agents, shifts, sites,
// workstations, PCI DSS training passes, role assignments with their changes and the data classes roles grant,
// first-seen workstations, thresholds) and the few narrow, indexed
// look-ups they make while ingesting (an agent's events in one hour, failed logins around a moment, busy
// agent-hours from the rollup). The SQL of models/rules lives here; the logic does not.
class DetectionFacts
{
public:
    struct Agent
    {
        qint64 id = 0;
        qint64 siteId = 0;
        qint64 shiftId = 0; // 0: no shift on record
        AgentStatus status = AgentStatus::Active;
        qint64 hiredAt = 0;
        std::optional<qint64> statusChangedAt;
        std::optional<qint64> departedAt;
    };

    struct Shift
    {
        qint64 id = 0;
        QString name;
        int startMinute = 0;
        int endMinute = 0;
        int weekdays = 0; // bit 0 = Monday, for the day the shift starts
    };

    struct Site
    {
        qint64 id = 0;
        QString name;
        QString timezone; // IANA
    };

    struct Workstation
    {
        qint64 id = 0;
        qint64 siteId = 0; // 0: unknown
        QString hostname;
    };

    // A passed attempt at a module that counts as PCI DSS awareness, as stored; TrainingRules::validity says over
    // which interval it is valid.
    struct TrainingPass
    {
        qint64 agentId = 0;
        TrainingFacts::Module module; // id and validity_days
        TrainingFacts::Record record;
    };

    // A role assignment with its change history, for the point-in-time rule (AssignmentInForce::heldIntervals).
    struct Assignment
    {
        qint64 id = 0;
        qint64 agentId = 0;
        qint64 roleId = 0;
        AssignmentInForce::History history;
    };

    // A role, with the data classes it grants as a bit set (bit n: DataClass n).
    struct Role
    {
        qint64 id = 0;
        QString name;
        unsigned dataClasses = 0;
    };

    struct FirstSeen
    {
        qint64 agentId = 0;
        qint64 workstationId = 0;
        qint64 firstSeenAt = 0;
    };

    struct TimedEvent
    {
        qint64 id = 0;
        qint64 occurredAt = 0;
    };

    struct AgentHour
    {
        qint64 hour = 0; // occurred_at / 3 600 000
        qint64 agentId = 0;
        qint64 events = 0;
    };

    explicit DetectionFacts(Database& database);

    [[nodiscard]] Result<std::vector<std::pair<QString, QString>>> settingValues();
    [[nodiscard]] Result<std::vector<Agent>> agents();
    [[nodiscard]] Result<std::vector<Shift>> shifts();
    [[nodiscard]] Result<std::vector<Site>> sites();
    [[nodiscard]] Result<std::vector<Workstation>> workstations();
    // Passes of the modules whose framework is PCI DSS, by agent and completion.
    [[nodiscard]] Result<std::vector<TrainingPass>> paymentCardTrainingPasses();
    [[nodiscard]] Result<std::vector<FirstSeen>> workstationsFirstSeen();
    // Every role assignment (any status) with its changes, by agent.
    [[nodiscard]] Result<std::vector<Assignment>> assignments();
    [[nodiscard]] Result<std::vector<Role>> roles();

    // Agent-hours in [fromHour, toHour] whose events (all classes and outcomes) exceed `moreThan`: from the
    // access_hourly rollup, one range scan of its primary key.
    [[nodiscard]] Result<std::vector<AgentHour>> busyAgentHours(qint64 fromHour, qint64 toHour, qint64 moreThan);
    // Distinct customer records an agent touched in [from, until).
    [[nodiscard]] Result<qint64> distinctRecords(qint64 agentId, qint64 from, qint64 until);
    // An agent's events in [from, until), in time order.
    [[nodiscard]] Result<std::vector<TimedEvent>> events(qint64 agentId, qint64 from, qint64 until);
    // An agent's failed logins in [from, to] (both inclusive), in time order.
    [[nodiscard]] Result<std::vector<TimedEvent>> failedLogins(qint64 agentId, qint64 from, qint64 to);
    // The session of the agent's first event at a workstation at `at` (the moment agent_workstation records).
    [[nodiscard]] Result<std::optional<qint64>> sessionAt(qint64 agentId, qint64 workstationId, qint64 at);

private:
    [[nodiscard]] Status prepareAll();

    Database& m_database;
    bool m_prepared = false;
    Statement m_busyHours;
    Statement m_distinct;
    Statement m_events;
    Statement m_failedLogins;
    Statement m_sessionAt;
};

} // namespace custodian
