#include "crypto/SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace custodian {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_size(size)
    , m_capacity(size)
{
    if (size == 0)
        return;
    // OPENSSL_secure_zalloc falls back to the normal heap when the secure heap is not initialised; we
    // still wipe on free in that case.
    m_data = static_cast<unsigned char*>(OPENSSL_secure_zalloc(size));
    if (!m_data)
        throw std::bad_alloc();
}

SecureBuffer SecureBuffer::copyOf(QByteArrayView bytes)
{
    SecureBuffer buffer(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.data(), bytes.data(), std::size_t(bytes.size()));
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, m_size - size);
    m_size = size;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::clear()
{
    if (m_data) {
        OPENSSL_secure_clear_free(m_data, m_capacity);
        m_data = nullptr;
    }
    m_size = 0;
    m_capacity = 0;
}

void SecureBuffer::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size())); // data() detaches: a shared copy is not touched
}

bool SecureBuffer::initialiseSecureHeap()
{
    if (CRYPTO_secure_malloc_initialized())
        return true;
    // 256 KiB holds every key, passphrase and recovery code the process has at once many times over.
    return CRYPTO_secure_malloc_init(256 * 1024, 32) == 1;
}

bool SecureBuffer::secureHeapActive()
{
    return CRYPTO_secure_malloc_initialized() == 1;
}

} // namespace custodian
