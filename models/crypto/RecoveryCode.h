#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

namespace custodian {

// The one-time recovery code handed to the data protection officer at store creation: 25 characters of
// Crockford base32 (125 random bits) in five groups, e.g. "7K3QX-…". Typing is forgiving: case, spaces,
// dashes and the look-alikes O/I/L are normalised before use.
class RecoveryCode
{
public:
    static constexpr int Characters = 25;

    static SecureBuffer generate(); // formatted with dashes
    [[nodiscard]] static Result<SecureBuffer> normalise(QByteArrayView typed); // 25 canonical characters
};

} // namespace custodian
