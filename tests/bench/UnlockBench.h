#pragma once

#include <QStringList>

namespace custodian::bench {

// `custodian-bench unlock --store PATH`: how long unlocking an existing store takes, split into the key
// derivation (keyring checks, scrypt, unwrapping) and opening the rest (SQLCipher open, key check,
// truncation check, WAL and pragmas, schema check). Medians over several runs.
class UnlockBench
{
public:
    static int run(const QStringList& arguments);
};

} // namespace custodian::bench
