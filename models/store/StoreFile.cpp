#include "store/StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace custodian {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StoreFile", text);
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
    if (size < PageSize || size % PageSize != 0)
        return Error(Error::Code::StoreTruncated,
                     tr("%1 is cut short: its size (%2 bytes) is not a whole number of 4096-byte pages. The file "
                        "was truncated or is not a Custodian store; restore it from a backup.")
                         .arg(path)
                         .arg(size));
    return head.left(SaltSize);
}

bool StoreFile::walIsEmpty(const QString& path)
{
    QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

} // namespace custodian
