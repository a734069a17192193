#include "store/StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace custodian {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StoreFile", text);
}

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
    if (!info.isFile())
        return Error(Error::Code::NotAStore, tr("%1 is not a file, so it is not a Custodian store.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(PageSize);
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

bool StoreFile::walIsEmpty(const QString& path)
{
    QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

} // namespace custodian
