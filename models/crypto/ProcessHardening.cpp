#include "crypto/ProcessHardening.h"

#include "crypto/SecureBuffer.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace custodian {

ProcessHardening::Outcome ProcessHardening::apply()
{
    Outcome outcome;
    rlimit none { 0, 0 };
    const bool limitSet = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    outcome.coreDumpsDisabled = limitSet && notDumpable;
    outcome.secureHeap = SecureBuffer::initialiseSecureHeap();
    return outcome;
}

} // namespace custodian
