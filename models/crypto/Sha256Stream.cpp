#include "crypto/Sha256Stream.h"

#include "crypto/Digest.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace custodian {

struct Sha256Stream::Context
{
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
};

namespace {
void start(EVP_MD_CTX* md)
{
    if (EVP_DigestInit_ex(md, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
}
} // namespace

Sha256Stream::Sha256Stream()
    : m_context(std::make_unique<Context>())
{
    m_context->md = EVP_MD_CTX_new();
    if (!m_context->md)
        throw std::runtime_error("SHA-256 unavailable");
    start(m_context->md);
}

Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream&&) noexcept = default;
Sha256Stream& Sha256Stream::operator=(Sha256Stream&&) noexcept = default;

void Sha256Stream::add(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (EVP_DigestUpdate(m_context->md, data.data(), std::size_t(data.size())) != 1)
        throw std::runtime_error("SHA-256 failed");
}

QByteArray Sha256Stream::finish()
{
    QByteArray out(Digest::Sha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->md, reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
        throw std::runtime_error("SHA-256 failed");
    start(m_context->md);
    return out;
}

} // namespace custodian
