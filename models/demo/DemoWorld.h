#pragma once

#include "demo/DemoClock.h"
#include "demo/DemoNames.h"
#include "domain/Enums.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace custodian {

// The demo contact center in memory, built step by step (organisation, access control, anomaly plan,
// training) before anything is written, so that later steps can shape earlier ones deterministically.
// Indexes into the vectors are 0-based; ids in the store are index + 1 unless stated otherwise.
struct DemoWorld
{
    enum class TeamKind { CareVoice, Payments, Chat, Complaints, BackOffice, Fraud, Retention, Billing };
    // Role indexes (id = index + 1) and training-module indexes (id = index + 1).
    enum RoleIndex {
        AgentBasic,
        PaymentsAgent,
        ComplaintsHandler,
        QualityReviewer,
        TeamLead,
        RefundsInitiator,
        RefundsApprover,
        DataExporter,
        FraudInvestigator,
        WorkforceAdmin,
        RoleCount
    };
    enum ModuleIndex { PciDss, Gdpr, Phishing, SocialEngineering, ModuleCount };
    enum ShiftIndex { Early, Day, Late, Night, Weekend, ShiftCount };

    struct Site
    {
        QString code;
        QString name;
        QString timezone;
        QString country;
        DemoNames::Locale locale = DemoNames::Locale::Portuguese;
        DemoClock clock;
        int share = 0; // percent of agents
        qint64 managerId = 0;
    };

    struct Shift
    {
        QString name;
        int startMinute = 0;
        int durationMinutes = 0;
        int weekdays = 0; // bit 0 = Monday; applies to the day a shift starts
        [[nodiscard]] int endMinute() const { return (startMinute + durationMinutes) % 1440; }
    };

    struct Team
    {
        int site = 0;
        QString name;
        TeamKind kind = TeamKind::CareVoice;
        qint64 supervisorId = 0;
    };

    struct Supervisor
    {
        QString username;
        QString displayName;
        int site = -1; // -1: central (no site)
    };

    struct Workstation
    {
        int site = 0;
        QString hostname;
        QString address; // the source address events from it report
    };

    struct Agent
    {
        int site = 0;
        int team = 0;
        int shift = 0;
        qint64 managerId = 0;
        QString displayName;
        QString employeeNo;
        AgentStatus status = AgentStatus::Active;
        qint64 hiredAt = 0;
        std::optional<qint64> statusChangedAt;
        std::optional<qint64> departedAt;
        // The part of the log in which the agent works shifts: [activeFrom, activeUntil).
        qint64 activeFrom = 0;
        qint64 activeUntil = 0;
        std::array<qint64, 2> workstations {}; // ids; [1] is 0 when the agent uses one workstation
        double productivity = 1.0;
        quint32 roles = 0; // bit per RoleIndex held at some time in the log
        // Windows in which the agent's roles let them touch payment cards, export, investigate fraud.
        qint64 payFrom = 0, payUntil = 0;
        qint64 exportFrom = 0, exportUntil = 0;
        qint64 fraudFrom = 0, fraudUntil = 0;
        bool communications = false; // may open call recordings, chats, e-mails
        bool reserved = false; // chosen for a planted anomaly
        // Planted "payment data without valid PCI DSS training": payment-card events from here on count.
        qint64 pciInvalidFrom = 0;
        int pciAnomaly = -1;
    };

    struct Role
    {
        QString code;
        QString name;
        QString description;
        bool sensitive = false;
        std::optional<qint64> maxDurationDays;
        QString trainingGate;
        std::vector<int> permissions; // indexes into permissionCodes
        std::vector<DataClass> dataClasses;
        std::vector<int> modules;
    };

    struct Assignment
    {
        int agent = 0;
        int role = 0;
        AssignmentStatus status = AssignmentStatus::Active;
        qint64 validFrom = 0;
        std::optional<qint64> validUntil;
        QString justification;
        qint64 requestedBy = 0;
        qint64 requestedAt = 0;
        std::optional<qint64> approvedBy;
        std::optional<qint64> approvedAt;
        std::optional<QString> sodExceptionReason;
        std::optional<qint64> endedAt;
        std::optional<qint64> endedBy;
        std::optional<QString> endReason;
    };

    struct SodRule
    {
        QString name;
        int roleA = 0; // RoleIndex, roleA < roleB
        int roleB = 0;
        bool allowException = false;
        QString controlRef;
        QString rationale;
    };

    // A planted separation-of-duties conflict: one agent holds both roles of a rule at once, no exception.
    struct SodConflict
    {
        int agent = 0;
        int rule = 0;
        qint64 assignmentA = 0; // role_assignment ids
        qint64 assignmentB = 0;
    };

    enum class AnomalyKind {
        OffHours,
        BulkAccess,
        FailedLoginBurst,
        PaymentWithoutTraining,
        InactiveAgentAccess,
        NewWorkstation,
        AccessBeyondRole
    };

    // One planted anomaly: chosen with its agent (DemoAnomalyPlan), given a session in the log (DemoActivity),
    // and counted while the events are written, so that demo_anomalies states exact event ids and counts.
    struct Anomaly
    {
        AnomalyKind kind = AnomalyKind::OffHours;
        int agent = 0;
        int size = 0; // records touched (or failed logins) in the planted session
        QString reason; // payment data without training: expired, failed, never_trained
        qint64 invalidFrom = 0; // payment data without training: from here on the agent has no valid PCI DSS
        qint64 foreignWorkstation = 0; // new workstation: the other site's workstation id
        // Access beyond role: the data class opened, and whether the session was planted for it (otherwise the
        // events belong to another planted anomaly, e.g. a leaver's access after their roles were revoked).
        DataClass dataClass = DataClass::None;
        bool planted = false;
        // The planted session, scheduled by DemoActivity.
        qint64 sessionId = 0;
        qint64 sessionStart = 0;
        int plantedEvents = 0;
        // What was written: every event that counts for this anomaly.
        qint64 events = 0;
        qint64 recordEvents = 0;
        qint64 firstEventId = 0;
        qint64 lastEventId = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };

    struct Module
    {
        QString code;
        QString title;
        QString framework;
        QString controlRef;
        int validityDays = 365;
        int passScore = 80;
    };

    struct Campaign
    {
        int module = 0;
        QString name;
        qint64 startsAt = 0;
        qint64 dueAt = 0;
    };

    struct TrainingRecord
    {
        int agent = 0;
        int module = 0;
        std::optional<qint64> campaignId;
        qint64 assignedAt = 0;
        qint64 dueAt = 0;
        std::optional<qint64> completedAt;
        std::optional<qint64> score;
        std::optional<qint64> passed;
        std::optional<qint64> expiresAt;
    };

    // Time span of the access log.
    qint64 startMs = 0;
    qint64 endMs = 0;
    int days = 0;
    quint64 seed = 0;
    qint64 events = 0;

    // Detection thresholds the anomalies are sized against (read back from detection_setting).
    int bulkThreshold = 100;
    int failedLoginCount = 5;
    int failedLoginMinutes = 10;
    int offHoursGraceMinutes = 30;

    std::vector<Site> sites;
    std::vector<Shift> shifts;
    std::vector<Team> teams;
    std::vector<Supervisor> supervisors;
    std::vector<Workstation> workstations;
    std::vector<Agent> agents;
    std::vector<Role> roles;
    std::vector<QString> permissionCodes;
    std::vector<QString> permissionDescriptions;
    std::vector<Assignment> assignments;
    std::vector<SodRule> sodRules;
    std::vector<SodConflict> sodConflicts;
    std::vector<Anomaly> anomalies;
    std::vector<Module> modules;
    std::vector<Campaign> campaigns;
    std::vector<TrainingRecord> trainingRecords;
    qint64 securityOfficerId = 0;
    qint64 dataProtectionOfficerId = 0;

    // Customer records per data class (ids in ascending order), filled when the records are written.
    std::array<std::vector<qint32>, 4> recordsByClass;
    qint64 recordCount = 0;

    [[nodiscard]] bool holds(const Agent& agent, RoleIndex role) const { return agent.roles & (1u << role); }
    [[nodiscard]] qint64 spanMs() const { return endMs - startMs; }
    // A moment `fraction` (0..1) through the log.
    [[nodiscard]] qint64 at(double fraction) const { return startMs + qint64(double(spanMs()) * fraction); }
};

} // namespace custodian
