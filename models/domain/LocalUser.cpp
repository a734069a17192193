#include "domain/LocalUser.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace custodian {

QString localUserName()
{
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

QString localUserFullName(const QString& userName)
{
    if (userName.isEmpty())
        return {};
    passwd entry {};
    passwd* found = nullptr;
    const long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(std::size_t(suggested > 0 ? suggested : 16384));
    // getpwnam_r, not getpwnam: the console reads names on worker threads too.
    if (getpwnam_r(userName.toLocal8Bit().constData(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found
        || !found->pw_gecos)
        return {};
    return QString::fromLocal8Bit(found->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
}

} // namespace custodian
