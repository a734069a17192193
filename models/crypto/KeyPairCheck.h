#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace custodian {

// Whether a PEM private key belongs to a PEM certificate. Qt cannot derive a public key from a private one, so
// OpenSSL compares them; both the console (its client certificate) and custodian-central (its server certificate)
// check this up front, because a mismatch otherwise shows only as a handshake that fails for every peer.
class KeyPairCheck
{
public:
    [[nodiscard]] static bool matches(const QByteArray& certificatePem, QByteArrayView keyPem);
};

} // namespace custodian
