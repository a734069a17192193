#pragma once

#include "domain/Result.h"

namespace custodian {

// Known-answer checks run once at start-up (as keepassxc's Crypto::init does): a broken or misconfigured
// OpenSSL must stop the program before it wraps a key with it.
class CryptoSelfTest
{
public:
    [[nodiscard]] static Status run();
};

} // namespace custodian
