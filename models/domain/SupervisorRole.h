#pragma once

#include <QString>

#include <optional>

namespace custodian {

// What a supervisor may change organisation-wide, as the central service records it (custodian-central init makes
// one security officer among the demo supervisors; `custodian-central supervisors --role` changes it) and tells the
// console in the session. Only a security officer changes the organisation's detection thresholds and review rule.
enum class SupervisorRole { Supervisor, SecurityOfficer };

[[nodiscard]] QString toString(SupervisorRole role); // "supervisor", "security_officer" (the wire and the store)
[[nodiscard]] std::optional<SupervisorRole> supervisorRoleFromString(const QString& text);
// "security officer", for messages.
[[nodiscard]] QString describe(SupervisorRole role);

} // namespace custodian
