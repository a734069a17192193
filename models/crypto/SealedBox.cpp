#include "crypto/SealedBox.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace custodian {

namespace {
using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

Error failure(const char* what)
{
    return Error(Error::Code::Crypto,
                 QCoreApplication::translate("SealedBox", "X25519 failed: %1").arg(QLatin1String(what)));
}

Key privateKey(const SecureBuffer& raw)
{
    return { EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), raw.size()), &EVP_PKEY_free };
}

Key publicKey(QByteArrayView raw)
{
    return { EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, reinterpret_cast<const unsigned char*>(raw.data()),
                                         std::size_t(raw.size())),
             &EVP_PKEY_free };
}

QByteArray rawPublic(EVP_PKEY* key)
{
    QByteArray out(SealedBox::PublicKeySize, Qt::Uninitialized);
    std::size_t length = std::size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
        return {};
    return out;
}

// The wrapping key: HKDF over the shared secret, bound to both public keys.
Result<SecureBuffer> wrappingKey(EVP_PKEY* own, EVP_PKEY* peer, QByteArrayView ephemeralPublic,
                                 QByteArrayView recipientPublic)
{
    KeyContext context(EVP_PKEY_CTX_new(own, nullptr), &EVP_PKEY_CTX_free);
    std::size_t length = 32;
    SecureBuffer shared(32);
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 || EVP_PKEY_derive_set_peer(context.get(), peer) != 1
        || EVP_PKEY_derive(context.get(), shared.data(), &length) != 1 || length != 32)
        return failure("key agreement");
    QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    return Digest::hkdfSha256(shared, salt, "custodian sealed box v1", AesGcm::KeySize);
}
} // namespace

Result<QByteArray> SealedBox::publicKeyFor(const SecureBuffer& raw)
{
    Key key = privateKey(raw);
    if (!key)
        return failure("private key");
    QByteArray out = rawPublic(key.get());
    if (out.isEmpty())
        return failure("public key");
    return out;
}

Result<SealedBox::Sealed> SealedBox::seal(QByteArrayView recipientPublicKey, const SecureBuffer& plaintext,
                                          QByteArrayView associatedData)
{
    Key recipient = publicKey(recipientPublicKey);
    if (!recipient)
        return failure("recipient key");
    SecureBuffer ephemeralRaw = SecureRandom::key(32);
    Key ephemeral = privateKey(ephemeralRaw);
    if (!ephemeral)
        return failure("ephemeral key");
    Sealed sealed;
    sealed.ephemeralPublicKey = rawPublic(ephemeral.get());
    sealed.nonce = SecureRandom::bytes(AesGcm::NonceSize);
    auto key = wrappingKey(ephemeral.get(), recipient.get(), sealed.ephemeralPublicKey, recipientPublicKey);
    if (!key)
        return key.error();
    auto ciphertext = AesGcm::seal(*key, sealed.nonce, plaintext.view(), associatedData);
    if (!ciphertext)
        return ciphertext.error();
    sealed.ciphertext = std::move(ciphertext).value();
    return sealed;
}

Result<SecureBuffer> SealedBox::open(const SecureBuffer& recipientPrivateKey, const Sealed& sealed,
                                     QByteArrayView associatedData)
{
    Key own = privateKey(recipientPrivateKey);
    Key ephemeral = publicKey(sealed.ephemeralPublicKey);
    if (!own || !ephemeral)
        return failure("keys");
    QByteArray recipientPublic = rawPublic(own.get());
    auto key = wrappingKey(own.get(), ephemeral.get(), sealed.ephemeralPublicKey, recipientPublic);
    if (!key)
        return key.error();
    return AesGcm::open(*key, sealed.nonce, sealed.ciphertext, associatedData);
}

} // namespace custodian
