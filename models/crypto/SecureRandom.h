#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace custodian {

// Cryptographically secure random bytes from OpenSSL's DRBG.
class SecureRandom
{
public:
    static SecureBuffer key(std::size_t size); // secret: lives in a SecureBuffer
    static QByteArray bytes(qsizetype size); // public: salts, nonces, identifiers
};

} // namespace custodian
