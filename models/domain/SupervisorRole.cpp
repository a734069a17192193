#include "domain/SupervisorRole.h"

#include <QCoreApplication>

namespace custodian {

QString toString(SupervisorRole role)
{
    return role == SupervisorRole::SecurityOfficer ? QStringLiteral("security_officer") : QStringLiteral("supervisor");
}

std::optional<SupervisorRole> supervisorRoleFromString(const QString& text)
{
    if (text == QLatin1String("security_officer"))
        return SupervisorRole::SecurityOfficer;
    if (text == QLatin1String("supervisor"))
        return SupervisorRole::Supervisor;
    return std::nullopt;
}

QString describe(SupervisorRole role)
{
    return role == SupervisorRole::SecurityOfficer ? QCoreApplication::translate("SupervisorRole", "security officer")
                                                   : QCoreApplication::translate("SupervisorRole", "supervisor");
}

} // namespace custodian
