#pragma once

namespace custodian {

// Process-wide protections for a program that holds keys: no core dumps (RLIMIT_CORE 0 and not dumpable,
// which also blocks ptrace attach by other processes of the same user), and the secure heap for
// SecureBuffer. Call first thing in main().
class ProcessHardening
{
public:
    struct Outcome
    {
        bool coreDumpsDisabled = false;
        bool secureHeap = false;
    };
    static Outcome apply();
};

} // namespace custodian
