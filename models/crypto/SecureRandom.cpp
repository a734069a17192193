#include "crypto/SecureRandom.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace custodian {

namespace {
void fill(unsigned char* out, std::size_t size)
{
    // RAND_bytes failing means the process cannot get entropy at all; continuing would create weak keys.
    if (size > 0 && RAND_bytes(out, int(size)) != 1)
        throw std::runtime_error("RAND_bytes failed: no entropy available");
}
} // namespace

SecureBuffer SecureRandom::key(std::size_t size)
{
    SecureBuffer buffer(size);
    fill(buffer.data(), size);
    return buffer;
}

QByteArray SecureRandom::bytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    fill(reinterpret_cast<unsigned char*>(out.data()), std::size_t(size));
    return out;
}

} // namespace custodian
