#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArrayView>

#include <cstdint>

namespace custodian {

// scrypt (RFC 7914) through OpenSSL's EVP_KDF. Parameters travel with each key slot so that they can be
// raised later without changing the keyring format.
class Scrypt
{
public:
    struct Parameters
    {
        std::uint8_t log2N = 18; // N = 2^18: 256 MiB with r = 8, ~0.8 s here (OWASP minimum is 2^17)
        std::uint32_t r = 8;
        std::uint32_t p = 1;

        // Refuses parameters a hostile keyring could use to make unlock take forever or exhaust memory.
        [[nodiscard]] bool isSane() const;
        [[nodiscard]] std::uint64_t memoryBytes() const { return 128ull * r * (1ull << log2N) * 1; }
        // The work of one derivation in scrypt's block mixes: N·r·p (time grows with it, memory with N·r).
        [[nodiscard]] std::uint64_t cost() const { return (1ull << log2N) * std::uint64_t(r) * p; }
    };

    static Parameters defaults();
    // The most key-derivation work one unlock may spend, summed over every slot it would try: four times the
    // defaults (about 3 s here). Room to raise the parameters later; a keyring that asks for more was not written by
    // Custodian, and is refused before anything is derived.
    static constexpr std::uint64_t MaxUnlockCost = 4ull * (1ull << 18) * 8 * 1;
    // How many derivations this process has run: lets tests prove that a refusal derived nothing.
    [[nodiscard]] static std::uint64_t derivations();

    [[nodiscard]] static Result<SecureBuffer> derive(QByteArrayView secret, QByteArrayView salt,
                                                     const Parameters& parameters, std::size_t length);
};

} // namespace custodian
