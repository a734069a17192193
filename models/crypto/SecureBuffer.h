#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace custodian {

// Owns key material: allocated from OpenSSL's secure heap (mlock'd, excluded from core dumps, guard pages)
// when it is available, and always wiped with OPENSSL_cleanse when freed. Movable, never copied; it never
// converts to QByteArray/QString implicitly, so secrets do not leak into Qt's implicitly shared buffers.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copyOf(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] QByteArrayView view() const { return { reinterpret_cast<const char*>(m_data), qsizetype(m_size) }; }

    // Shrinks the logical size without reallocating (e.g. after reading a line of unknown length).
    void truncate(std::size_t size);
    [[nodiscard]] bool equals(const SecureBuffer& other) const; // constant time for equal sizes
    void clear();

    // Overwrites a transient copy that could not be avoided (e.g. UTF-8 from a QLineEdit) before it is freed.
    static void wipe(QByteArray& bytes);

    // Sets up OpenSSL's secure heap once per process. Returns whether allocations are really locked.
    static bool initialiseSecureHeap();
    static bool secureHeapActive();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace custodian
