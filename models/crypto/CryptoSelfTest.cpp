#include "crypto/CryptoSelfTest.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>

namespace custodian {

Status CryptoSelfTest::run()
{
    auto fail = [](const char* what) {
        return Error(
            Error::Code::Crypto,
            QCoreApplication::translate("CryptoSelfTest", "Crypto self-test failed: %1").arg(QLatin1String(what)));
    };
    // RFC 7914 section 12, first vector: scrypt(P="", S="", N=16, r=1, p=1, dkLen=64).
    auto scrypt = Scrypt::derive({}, {}, { 4, 1, 1 }, 64);
    if (!scrypt
        || scrypt->view().toByteArray().toHex()
            != "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0f"
               "b2e0d3628cf35e20c38d18906")
        return fail("scrypt");
    // NIST GCM test case 13 (AES-256, zero key, zero IV, empty plaintext): tag 530f8afbc74536b9a963b4f1c4cb738b.
    SecureBuffer zeroKey(32);
    auto gcm = AesGcm::seal(zeroKey, QByteArray(12, '\0'), {}, {});
    if (!gcm || gcm->toHex() != "530f8afbc74536b9a963b4f1c4cb738b")
        return fail("AES-256-GCM");
    if (Digest::sha256("abc").toHex() != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        return fail("SHA-256");
    return {};
}

} // namespace custodian
