#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace custodian {

// SHA-256, HMAC-SHA256 and HKDF-SHA256 (RFC 5869): the hashing the keyring, the audit chain and the
// record tokens need.
class Digest
{
public:
    static constexpr std::size_t Sha256Size = 32;

    static QByteArray sha256(QByteArrayView data);
    static SecureBuffer sha256Key(const SecureBuffer& key); // hashes key material into key material
    static QByteArray hmacSha256(const SecureBuffer& key, QByteArrayView data);
    static SecureBuffer hkdfSha256(const SecureBuffer& inputKey, QByteArrayView salt, QByteArrayView info,
                                   std::size_t length);
};

} // namespace custodian
