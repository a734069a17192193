#include "domain/LocalUser.h"

#include <pwd.h>
#include <unistd.h>

namespace custodian {

QString localUserName()
{
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

} // namespace custodian
