#pragma once

#include <QString>

#include <cstdint>

// The closed vocabularies of the product. They are stored as small integers (compact rows matter at 10 M
// access events) and each has a lookup table in the schema so that the sqlcipher shell shows names too.
// The integer values are part of the store format and the sync contract: append, never renumber.
namespace custodian {

enum class DataClass : std::uint8_t { None = 0, Pii = 1, PaymentCard = 2, Communications = 3 };
enum class AccessAction : std::uint8_t {
    View = 1,
    Search = 2,
    Update = 3,
    Export = 4,
    Print = 5,
    Login = 6,
    Logout = 7,
    BulkSearch = 8
};
enum class AccessOutcome : std::uint8_t { Success = 1, Denied = 2, Failed = 3 };
enum class Channel : std::uint8_t { Voice = 1, Chat = 2, Email = 3, BackOffice = 4 };
enum class AgentStatus : std::uint8_t { Active = 1, Suspended = 2, Departed = 3 };
enum class AssignmentStatus : std::uint8_t { Pending = 1, Active = 2, Rejected = 3, Revoked = 4, Expired = 5 };
enum class Severity : std::uint8_t { Low = 1, Medium = 2, High = 3, Critical = 4 };
// NIST SP 800-61 Rev. 3 (a CSF 2.0 profile) phases as a ticket moves through them, plus the closed state. 6 was Rev.
// 2's post-incident activity, withdrawn (schema 15 moved its incidents to recovering): never reuse it.
enum class IncidentPhase : std::uint8_t {
    Declared = 1,
    Analysing = 2,
    Containing = 3,
    Eradicating = 4,
    Recovering = 5,
    Closed = 7
};
// What an incident did to the contact center (docs/incidents.md says what each step means); NULL in the store: not
// assessed yet.
enum class IncidentImpact : std::uint8_t { None = 1, Minor = 2, Moderate = 3, Major = 4 };
// How an incident ended, required to close it.
enum class IncidentOutcome : std::uint8_t {
    TruePositiveWithImpact = 1,
    TruePositiveWithoutImpact = 2,
    FalsePositive = 3,
    Duplicate = 4, // of the incident named in incident.duplicate_of
    Benign = 5 // benign or expected activity
};
// A template task of an incident: still to do, done, or not applicable (always with a reason).
enum class IncidentTaskState : std::uint8_t { Open = 0, Done = 1, NotApplicable = 2 };
enum class FindingStatus : std::uint8_t { Open = 1, Acknowledged = 2, Dismissed = 3, Escalated = 4 };
enum class FindingKind : std::uint8_t {
    OffHours = 1,
    BulkAccess = 2,
    FailedLoginBurst = 3,
    PaymentDataWithoutTraining = 4,
    InactiveAgentAccess = 5,
    NewWorkstation = 6,
    AccessBeyondRole = 7,
    UntrainedRoleHolder = 8
};
enum class TrainingStatus : std::uint8_t { Assigned = 1, Completed = 2, Failed = 3, Overdue = 4, Expired = 5 };

QString toString(DataClass value);
QString toString(AccessAction value);
QString toString(AccessOutcome value);
QString toString(Channel value);
QString toString(AgentStatus value);
QString toString(AssignmentStatus value);
QString toString(Severity value);
QString toString(IncidentPhase value);
QString toString(IncidentImpact value);
QString toString(IncidentOutcome value);
QString toString(IncidentTaskState value);
QString toString(FindingStatus value);
QString toString(FindingKind value);
QString toString(TrainingStatus value);

} // namespace custodian
