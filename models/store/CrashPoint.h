#pragma once

namespace custodian {

// Named points in multi-step operations (key rotation, passphrase change) where the crash-safety tests kill
// the process: if the environment variable CUSTODIAN_CRASH_AT names this point, the process sends itself
// SIGKILL — exactly what a power cut or an OOM kill does, with no cleanup; with CUSTODIAN_CRASH_AFTER=N, the N-th
// time it is reached. Costs one getenv per point.
class CrashPoint
{
public:
    static void reached(const char* name);
};

} // namespace custodian
