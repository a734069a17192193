#include "store/CrashPoint.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace custodian {

void CrashPoint::reached(const char* name)
{
    const char* target = std::getenv("CUSTODIAN_CRASH_AT");
    if (!target || std::strcmp(target, name) != 0)
        return;
    // CUSTODIAN_CRASH_AFTER=N: the N-th time the point is reached, so that a test can cut a repeated step (an
    // evidence upload's chunks) half-way. Only the named point counts.
    static std::atomic<long> count { 0 };
    const char* after = std::getenv("CUSTODIAN_CRASH_AFTER");
    const long wanted = after ? std::max(1L, std::strtol(after, nullptr, 10)) : 1L;
    if (++count >= wanted)
        std::raise(SIGKILL);
}

} // namespace custodian
