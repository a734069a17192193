#include "crypto/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custodian {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OutputFile", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error writeError(const QString& path, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return Error(Error::Code::DiskFull, tr("The disk is full: %1 could not be written.").arg(shown(path)));
    return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(shown(path), systemError(error)));
}

// What stands at `path` now, without following a symbolic link there: nothing, a regular file, or a refusal.
Status checkTarget(const QString& path, OutputFile::Existing existing)
{
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ENOENT)
            return {};
        return Error(Error::Code::NotWritable, tr("Cannot check %1: %2").arg(shown(path), systemError(errno)));
    }
    if (S_ISLNK(status.st_mode))
        return Error(Error::Code::InvalidArgument,
                     tr("%1 is a symbolic link; Custodian never writes through one. Name the file itself.")
                         .arg(shown(path)));
    if (!S_ISREG(status.st_mode))
        return Error(Error::Code::InvalidArgument, tr("%1 exists and is not a regular file.").arg(shown(path)));
    if (existing == OutputFile::Existing::Refuse)
        return Error(Error::Code::AlreadyExists,
                     tr("%1 already exists; use --force to replace it.").arg(shown(path)));
    return {};
}

void syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd); // durability of the new name; the contents are synced already
        ::close(fd);
    }
}
} // namespace

OutputFile::~OutputFile()
{
    if (!m_committed && !m_temporaryPath.isEmpty()) {
        m_file.close();
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
    }
}

Result<QString> OutputFile::preflight(const QString& path, Existing existing)
{
    if (path.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No file name was given."));
    const QFileInfo info(path);
    if (info.fileName().isEmpty() || info.fileName() == QLatin1String(".") || info.fileName() == QLatin1String(".."))
        return Error(Error::Code::InvalidArgument, tr("%1 does not name a file.").arg(shown(path)));
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (directory.isEmpty())
        return Error(Error::Code::NotFound, tr("The directory %1 does not exist.").arg(shown(info.absolutePath())));
    const QString resolved = QDir(directory).filePath(info.fileName());
    if (auto status = checkTarget(resolved, existing); !status)
        return status.error();
    return resolved;
}

Result<std::unique_ptr<OutputFile>> OutputFile::create(const QString& path, Existing existing)
{
    auto resolved = preflight(path, existing);
    if (!resolved)
        return resolved.error();
    const QString directory = QFileInfo(*resolved).absolutePath();
    const QFileInfo info(*resolved);
    std::unique_ptr<OutputFile> file(new OutputFile);
    file->m_path = path;
    file->m_resolvedPath = *resolved;
    file->m_existing = existing;

    QByteArray pattern = QFile::encodeName(QDir(directory).filePath(QLatin1Char('.') + info.fileName()))
        + QByteArrayLiteral(".XXXXXX");
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return Error(errno == ENOSPC ? Error::Code::DiskFull : Error::Code::NotWritable,
                     tr("Cannot create a file in %1: %2").arg(shown(directory), systemError(errno)));
    file->m_temporaryPath = QFile::decodeName(pattern);
    // mkostemp creates 0600; say so explicitly, as the rule does not depend on the C library's choice.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0
        || !file->m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        const int error = errno;
        ::close(fd);
        ::unlink(pattern.constData());
        file->m_temporaryPath.clear();
        return Error(Error::Code::NotWritable, tr("Cannot create %1: %2").arg(shown(path), systemError(error)));
    }
    return file;
}

Status OutputFile::write(const QString& path, QByteArrayView contents, Existing existing)
{
    auto file = create(path, existing);
    if (!file)
        return file.error();
    if ((*file)->device()->write(contents.data(), contents.size()) != contents.size())
        return writeError(path, errno);
    return (*file)->commit();
}

Status OutputFile::commit()
{
    if (m_committed || m_temporaryPath.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("%1 was committed already.").arg(shown(m_path)));
    const QByteArray temporary = QFile::encodeName(m_temporaryPath);
    const QByteArray target = QFile::encodeName(m_resolvedPath);
    auto discard = [&](const Error& error) -> Status {
        m_file.close();
        ::unlink(temporary.constData());
        m_temporaryPath.clear();
        return error;
    };
    errno = 0;
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return discard(writeError(m_path, errno != 0 ? errno : EIO));
    if (::fsync(m_file.handle()) != 0)
        return discard(writeError(m_path, errno));
    m_file.close();

    if (m_existing == Existing::Refuse) {
        // Atomic "create if absent": neither call follows a symbolic link at the target, and both fail with EEXIST if
        // anything — a file, a link — appeared there since create().
        if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) != 0) {
            if (errno != EINVAL && errno != ENOSYS)
                return discard(errno == EEXIST ? checkTarget(m_resolvedPath, m_existing).error()
                                               : writeError(m_path, errno));
            // A file system without RENAME_NOREPLACE: a hard link has the same "fails if present" guarantee.
            if (::link(temporary.constData(), target.constData()) != 0) {
                if (errno == EEXIST)
                    return discard(checkTarget(m_resolvedPath, m_existing).error());
                return discard(writeError(m_path, errno));
            }
            ::unlink(temporary.constData());
        }
    } else {
        // rename() replaces a symbolic link itself rather than its target, so a link planted after this check cannot
        // redirect the write; the check is there to refuse it with a message.
        if (auto status = checkTarget(m_resolvedPath, m_existing); !status)
            return discard(status.error());
        if (::rename(temporary.constData(), target.constData()) != 0)
            return discard(writeError(m_path, errno));
    }
    m_temporaryPath.clear();
    m_committed = true;
    syncDirectory(QFileInfo(m_resolvedPath).absolutePath());
    return {};
}

void OutputFile::withdraw()
{
    if (m_committed) {
        ::unlink(QFile::encodeName(m_resolvedPath).constData());
        m_committed = false;
    }
}

} // namespace custodian
