#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace custodian {

// SHA-256 over data that arrives in pieces (an evidence file read chunk by chunk): the whole file is never one buffer
// in memory, yet its digest is the same as Digest::sha256 of all of it. OpenSSL EVP underneath, as Digest.
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(Sha256Stream&&) noexcept;
    Sha256Stream& operator=(Sha256Stream&&) noexcept;
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void add(QByteArrayView data);
    // The digest of everything added (32 bytes); the stream starts again empty.
    [[nodiscard]] QByteArray finish();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace custodian
