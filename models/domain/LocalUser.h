#pragma once

#include <QString>

namespace custodian {

// The login name of the user running this process, for the console audit's actor ("console:alice",
// "cli:alice"): from the password database, since USER is not set in every session (services, su, containers).
QString localUserName();

} // namespace custodian
