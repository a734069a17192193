#include "central/CreatedPaths.h"

#include "crypto/PrivateFile.h"
#include "store/Store.h"
#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace custodian {

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

enum class Kind { Missing, Directory, SymbolicLink, Other };

Kind kindOf(const QString& path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT ? Kind::Missing : Kind::Other;
    if (S_ISLNK(status.st_mode))
        return Kind::SymbolicLink;
    return S_ISDIR(status.st_mode) ? Kind::Directory : Kind::Other;
}

Error symbolicLink(const QString& path)
{
    return Error(Error::Code::InvalidArgument,
                 CreatedPaths::tr("%1 is a symbolic link; name the directory itself.").arg(shown(path)));
}
} // namespace

Status CreatedPaths::makeMissing(const QString& path)
{
    // Parents first, each remembered only if this run made it.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    for (QString at = absolute; kindOf(at) == Kind::Missing; at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    for (const QString& directory : missing) {
        if (::mkdir(QFile::encodeName(directory).constData(), 0700) != 0)
            return Error(errno == ENOSPC ? Error::Code::DiskFull : Error::Code::NotWritable,
                         tr("Cannot create the directory %1: %2")
                             .arg(shown(directory), QString::fromLocal8Bit(std::strerror(errno))));
        m_directories.append(directory);
    }
    return {};
}

Status CreatedPaths::makeEmptyDirectory(const QString& path)
{
    switch (kindOf(path)) {
    case Kind::Missing:
        return makeMissing(path);
    case Kind::SymbolicLink:
        return symbolicLink(path);
    case Kind::Other:
        return Error(Error::Code::InvalidArgument, tr("%1 exists and is not a directory.").arg(shown(path)));
    case Kind::Directory:
        break;
    }
    if (!QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error(Error::Code::AlreadyExists,
                     tr("%1 is not empty; use a new or empty directory (nothing in it was changed).").arg(shown(path)));
    return {};
}

Status CreatedPaths::makeDirectory(const QString& path)
{
    switch (kindOf(path)) {
    case Kind::Missing:
        return makeMissing(path);
    case Kind::SymbolicLink:
        return symbolicLink(path);
    case Kind::Other:
        return Error(Error::Code::InvalidArgument, tr("%1 exists and is not a directory.").arg(shown(path)));
    case Kind::Directory:
        return {};
    }
    return {};
}

Status CreatedPaths::writePrivateFile(const QString& path, QByteArrayView contents)
{
    if (auto status = PrivateFile::write(path, contents); !status)
        return status; // refused or failed: PrivateFile left nothing, and what stood there is not ours
    m_files.append(path);
    return {};
}

void CreatedPaths::remember(const QString& path)
{
    if (kindOf(path) == Kind::Missing)
        m_files.append(path);
}

void CreatedPaths::storeFiles(const QString& path)
{
    for (const QString& suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        remember(path + suffix);
    remember(Keyring::pathFor(path));
    remember(StoreLock::pathFor(Keyring::canonicalStorePath(path)));
}

void CreatedPaths::keep()
{
    m_files.clear();
    m_directories.clear();
}

void CreatedPaths::removeAll()
{
    for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
        QFile::remove(*it); // a path remembered before it existed may never have been made: nothing to do then
    for (auto it = m_directories.crbegin(); it != m_directories.crend(); ++it)
        (void)QDir().rmdir(*it); // only an empty directory goes
    keep();
}

} // namespace custodian
