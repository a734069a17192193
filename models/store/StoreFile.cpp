#include "store/StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace custodian {

namespace {
// An encrypted store looks like random bytes; a start that is all printable ASCII text is a text file (a random
// 16-byte start passes with probability 0.38^16, about 2e-7; a 512-byte one, never).
bool looksLikeText(const QByteArray& head)
{
    const QByteArray probe = head.left(512);
    return probe.size() >= 16 && std::all_of(probe.cbegin(), probe.cend(), [](char c) {
               const auto byte = static_cast<unsigned char>(c);
               return byte == '\t' || byte == '\n' || byte == '\r' || (byte >= 0x20 && byte < 0x7f);
           });
}
} // namespace

Result<QByteArray> StoreFile::inspect(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound, tr("There is no store at %1.").arg(path));
    // Opened without waiting (a FIFO put in its place must not block) and checked on the descriptor, so that what is
    // checked is what is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENXIO || error == EISDIR)
            return Error(Error::Code::NotAStore, tr("%1 is not a file, so it is not a Custodian store.").arg(path));
        return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return Error(Error::Code::NotAStore, tr("%1 is not a file, so it is not a Custodian store.").arg(path));
    }
    const qint64 size = status.st_size;
    QByteArray head(PageSize, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < head.size()) {
        const ssize_t n = ::read(fd, head.data() + filled, std::size_t(head.size() - filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        filled += n;
    }
    ::close(fd);
    head.truncate(filled);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Error(Error::Code::NotAStore,
                     tr("%1 is an unencrypted SQLite database, not a Custodian store.").arg(path));
    if (size == 0)
        return Error(Error::Code::NotAStore, tr("%1 is empty: it is not a Custodian store.").arg(path));
    if (looksLikeText(head))
        return Error(Error::Code::NotAStore, tr("%1 is a text file, not a Custodian store.").arg(path));
    if (size < PageSize || size % PageSize != 0)
        return Error(Error::Code::StoreTruncated,
                     tr("%1 is cut short: its size (%2 bytes) is not a whole number of 4096-byte pages. The file "
                        "was truncated or is not a Custodian store; restore it from a backup.")
                         .arg(path)
                         .arg(size));
    return head.left(SaltSize);
}

std::optional<qint64> StoreFile::declaredPageCount(const QString& path, const SecureBuffer& key)
{
    constexpr qsizetype Reserved = 48; // IV 16 + HMAC-SHA1 20, rounded up to the AES block size
    QFile file(path);
    if (key.size() != 32 || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray page = file.read(PageSize);
    if (page.size() != PageSize)
        return std::nullopt;
    const auto* bytes = reinterpret_cast<const unsigned char*>(page.constData());
    SecureBuffer plain { std::size_t(PageSize) };
    int written = 0;
    int finished = 0;
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context
        || EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytes + PageSize - Reserved) != 1
        || EVP_CIPHER_CTX_set_padding(context.get(), 0) != 1
        || EVP_DecryptUpdate(context.get(), plain.data(), &written, bytes + SaltSize,
                             int(PageSize - SaltSize - Reserved))
            != 1
        || EVP_DecryptFinal_ex(context.get(), plain.data() + written, &finished) != 1)
        return std::nullopt;
    // Byte n of the SQLite header is plain[n - 16]: page size (16), payload fractions (21..23), change counter (24),
    // page count (28), and the change counter for which the page count is valid (92).
    auto header = [&plain](int offset) { return plain.data() + offset - SaltSize; };
    if (qFromBigEndian<quint16>(header(16)) != PageSize || *header(21) != 64 || *header(22) != 32 || *header(23) != 32
        || qFromBigEndian<quint32>(header(24)) != qFromBigEndian<quint32>(header(92)))
        return std::nullopt;
    return qint64(qFromBigEndian<quint32>(header(28)));
}

bool StoreFile::keyAuthenticatesPages(const QString& path, const SecureBuffer& key)
{
    constexpr qsizetype Reserved = 48; // IV 16 + HMAC-SHA1 20, rounded up to the AES block size
    constexpr qsizetype IvSize = 16;
    constexpr qsizetype MacSize = 20;
    constexpr int PagesToTry = 8;
    QFile file(path);
    if (key.size() != 32 || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pages = file.read(PageSize * PagesToTry);
    if (pages.size() < PageSize)
        return false;
    // The HMAC key: PBKDF2-HMAC-SHA1 over the raw key with the file's salt, each byte XOR 0x3a, two iterations.
    unsigned char salt[SaltSize];
    for (qsizetype i = 0; i < SaltSize; ++i)
        salt[i] = static_cast<unsigned char>(pages[i]) ^ 0x3a;
    SecureBuffer macKey(32);
    if (PKCS5_PBKDF2_HMAC_SHA1(reinterpret_cast<const char*>(key.data()), int(key.size()), salt, int(SaltSize), 2,
                               int(macKey.size()), macKey.data())
        != 1)
        return false;
    for (qsizetype number = 1; number * PageSize <= pages.size(); ++number) {
        // Page 1 starts with the salt in clear; its encrypted part (and what the HMAC covers) follows it.
        const qsizetype offset = number == 1 ? SaltSize : 0;
        const auto* page = reinterpret_cast<const unsigned char*>(pages.constData()) + (number - 1) * PageSize;
        const qsizetype covered = PageSize - Reserved + IvSize - offset; // ciphertext and IV
        QByteArray covering(reinterpret_cast<const char*>(page + offset), covered + 4);
        qToLittleEndian(quint32(number), covering.data() + covered);
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macLength = 0;
        if (!HMAC(EVP_sha1(), macKey.data(), int(macKey.size()),
                  reinterpret_cast<const unsigned char*>(covering.constData()), std::size_t(covering.size()), mac,
                  &macLength)
            || macLength != MacSize)
            return false;
        if (CRYPTO_memcmp(mac, page + offset + covered, MacSize) == 0)
            return true;
    }
    return false;
}

bool StoreFile::walIsEmpty(const QString& path)
{
    QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

} // namespace custodian
