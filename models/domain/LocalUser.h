#pragma once

#include <QString>

namespace custodian {

// The login name of the user running this process, for the console audit's actor ("console:alice",
// "cli:alice"): from the password database, since USER is not set in every session (services, su, containers).
QString localUserName();

// The full name the password database gives for `userName` (the first field of its GECOS entry, "Pedro Soares" in
// "Pedro Soares,,,"); empty when there is none or the user is unknown. What a person is called, for the places where
// a login name would mean nothing to an auditor.
QString localUserFullName(const QString& userName);

} // namespace custodian
