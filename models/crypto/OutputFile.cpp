#include "crypto/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custodian {

namespace {
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
        return Error(Error::Code::DiskFull,
                     OutputFile::tr("The disk is full: %1 could not be written.").arg(shown(path)));
    return Error(Error::Code::Io, OutputFile::tr("Cannot write %1: %2").arg(shown(path), systemError(error)));
}

// What stands at `path` now, without following a symbolic link there: nothing, a regular file, or a refusal.
Status checkTarget(const QString& path, OutputFile::Existing existing)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ENOENT)
            return {};
        return Error(Error::Code::NotWritable,
                     OutputFile::tr("Cannot check %1: %2").arg(shown(path), systemError(errno)));
    }
    if (S_ISLNK(status.st_mode))
        return Error(Error::Code::InvalidArgument,
                     OutputFile::tr("%1 is a symbolic link; Custodian never writes through one. Name the file itself.")
                         .arg(shown(path)));
    if (!S_ISREG(status.st_mode))
        return Error(Error::Code::InvalidArgument,
                     OutputFile::tr("%1 exists and is not a regular file.").arg(shown(path)));
    if (existing == OutputFile::Existing::Refuse)
        return Error(Error::Code::AlreadyExists,
                     OutputFile::tr("%1 already exists; use --force to replace it.").arg(shown(path)));
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
    if (!m_committed)
        discard();
}

void OutputFile::discard()
{
    m_file.close(); // an unnamed temporary file goes with its descriptor
    if (!m_temporaryPath.isEmpty())
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
    m_temporaryPath.clear();
    m_pending = false;
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

    // Preferably an unnamed file (O_TMPFILE): a process killed while writing leaves nothing at all behind. It gets a
    // name by linkat through /proc/self/fd, so /proc must be there; otherwise a hidden named file beside the target.
    const QByteArray folder = QFile::encodeName(directory);
    int fd = -1;
    if (::access("/proc/self/fd", X_OK) == 0)
        fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        QByteArray pattern = QFile::encodeName(QDir(directory).filePath(QLatin1Char('.') + info.fileName()))
            + QByteArrayLiteral(".XXXXXX");
        fd = ::mkostemp(pattern.data(), O_CLOEXEC);
        if (fd < 0)
            return Error(errno == ENOSPC ? Error::Code::DiskFull : Error::Code::NotWritable,
                         tr("Cannot create a file in %1: %2").arg(shown(directory), systemError(errno)));
        file->m_temporaryPath = QFile::decodeName(pattern);
    }
    file->m_pending = true;
    // Created 0600 either way; said explicitly, as the rule must not depend on the C library's or the umask's choice.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0
        || !file->m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        const int error = errno;
        if (!file->m_file.isOpen())
            ::close(fd);
        file->discard();
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

int OutputFile::giveName(const QByteArray& name)
{
    if (m_temporaryPath.isEmpty()) {
        // linkat never replaces: EEXIST if anything — a file, a link — stands at `name`, which it does not follow.
        const QByteArray self = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(m_file.handle());
        return ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
    }
    const QByteArray temporary = QFile::encodeName(m_temporaryPath);
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(), RENAME_NOREPLACE) == 0) {
        m_temporaryPath.clear();
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // A file system without RENAME_NOREPLACE: a hard link has the same "fails if present" guarantee.
    if (::link(temporary.constData(), name.constData()) != 0)
        return errno;
    ::unlink(temporary.constData());
    m_temporaryPath.clear();
    return 0;
}

Status OutputFile::commit()
{
    if (m_committed || !m_pending)
        return Error(Error::Code::InvalidArgument, tr("%1 was committed already.").arg(shown(m_path)));
    const QByteArray target = QFile::encodeName(m_resolvedPath);
    auto fail = [&](const Error& error) -> Status {
        discard();
        return error;
    };
    errno = 0;
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return fail(writeError(m_path, errno != 0 ? errno : EIO));
    if (::fsync(m_file.handle()) != 0)
        return fail(writeError(m_path, errno));

    if (m_existing == Existing::Refuse) {
        if (const int error = giveName(target); error != 0)
            return fail(error == EEXIST ? checkTarget(m_resolvedPath, m_existing).error() : writeError(m_path, error));
    } else {
        // rename() replaces a symbolic link itself rather than its target, so a link planted after this check cannot
        // redirect the write; the check is there to refuse it with a message.
        if (auto status = checkTarget(m_resolvedPath, m_existing); !status)
            return fail(status.error());
        if (m_temporaryPath.isEmpty()) {
            // An unnamed file needs a (hidden, unique) name of its own before it can replace the target.
            const QString hidden = QDir(QFileInfo(m_resolvedPath).absolutePath())
                                       .filePath(QLatin1Char('.') + QFileInfo(m_resolvedPath).fileName());
            int error = EEXIST;
            for (int attempt = 0; attempt < 16 && error == EEXIST; ++attempt) {
                const QString candidate = hidden
                    + QStringLiteral(".%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
                error = giveName(QFile::encodeName(candidate));
                if (error == 0)
                    m_temporaryPath = candidate;
            }
            if (error != 0)
                return fail(writeError(m_path, error));
        }
        if (::rename(QFile::encodeName(m_temporaryPath).constData(), target.constData()) != 0)
            return fail(writeError(m_path, errno));
        m_temporaryPath.clear();
    }
    m_file.close();
    m_pending = false;
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
