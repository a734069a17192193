#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custodian {

namespace {
constexpr int PollMs = 50;

struct flock wholeFile(short type)
{
    struct flock lock
    {
    };
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 0; // to the end, whatever the size
    lock.l_pid = 0; // required for OFD locks
    return lock;
}

// Tries once; true when taken. `conflict` says whether the holder in the way holds it exclusively.
bool tryLock(int fd, short type, bool* exclusiveHolder, int* error)
{
    struct flock lock = wholeFile(type);
    if (::fcntl(fd, F_OFD_SETLK, &lock) == 0)
        return true;
    *error = errno;
    if (*error != EAGAIN && *error != EACCES)
        return false;
    *error = 0;
    struct flock probe = wholeFile(type);
    *exclusiveHolder = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type == F_WRLCK;
    return false;
}
} // namespace

StoreLock::~StoreLock()
{
    release();
}

StoreLock::StoreLock(StoreLock&& other) noexcept
    : m_fd(other.m_fd)
    , m_exclusive(other.m_exclusive)
    , m_path(std::move(other.m_path))
    , m_unavailable(std::move(other.m_unavailable))
{
    other.m_fd = -1;
    other.m_exclusive = false;
}

StoreLock& StoreLock::operator=(StoreLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        m_exclusive = other.m_exclusive;
        m_path = std::move(other.m_path);
        m_unavailable = std::move(other.m_unavailable);
        other.m_fd = -1;
        other.m_exclusive = false;
    }
    return *this;
}

QString StoreLock::pathFor(const QString& canonicalStorePath)
{
    return canonicalStorePath + QStringLiteral(".lock");
}

Status StoreLock::refusal(bool exclusiveHolder) const
{
    if (exclusiveHolder)
        return Error(Error::Code::KeyChangeInProgress,
                     tr("A key change is in progress on this store: another program is rotating its key or changing "
                        "its passphrase (custodian-cli rekey, passwd or recover). Try again when it has finished; "
                        "nothing was changed."));
    return Error(Error::Code::StoreInUse,
                 tr("Another program has this store open (the console or another custodian-cli command): its key "
                    "cannot change while it is in use. Close the store there and try again; nothing was changed."));
}

Result<StoreLock> StoreLock::acquire(const QString& canonicalStorePath, Mode mode, int waitMs)
{
    StoreLock lock;
    lock.m_path = pathFor(canonicalStorePath);
    const QByteArray local = QFile::encodeName(lock.m_path);
    // O_NOFOLLOW: a lock file is never a link (someone else's file must not be created or locked through it).
    const int flags = O_CLOEXEC | O_NOFOLLOW | O_NOCTTY;
    lock.m_fd = ::open(local.constData(), O_RDWR | O_CREAT | flags, 0600);
    const int error = lock.m_fd < 0 ? errno : 0;
    const bool cannotWrite = error == EACCES || error == EROFS || error == EPERM;
    if (lock.m_fd < 0 && mode == Mode::Shared && cannotWrite)
        lock.m_fd = ::open(local.constData(), O_RDONLY | flags); // a reader needs only a read lock
    if (lock.m_fd < 0) {
        lock.m_unavailable = QString::fromLocal8Bit(std::strerror(error));
        if (mode == Mode::Shared && cannotWrite)
            return lock; // nobody who cannot write here can change the key here either
        if (error == ENOSPC)
            return Error(Error::Code::DiskFull,
                         tr("The disk is full: the store's lock file %1 cannot be created. Nothing was changed.")
                             .arg(lock.m_path));
        return Error(Error::Code::NotWritable,
                     tr("The store's directory cannot be written: its lock file %1 cannot be created (%2). Nothing "
                        "was changed.")
                         .arg(lock.m_path, lock.m_unavailable));
    }
    struct stat status
    {
    };
    if (::fstat(lock.m_fd, &status) != 0 || !S_ISREG(status.st_mode))
        return Error(
            Error::Code::NotWritable,
            tr("The store's lock file %1 is not a regular file. Remove it; nothing was changed.").arg(lock.m_path));

    const short type = mode == Mode::Exclusive ? F_WRLCK : F_RDLCK;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool exclusiveHolder = false;
        int lockError = 0;
        if (tryLock(lock.m_fd, type, &exclusiveHolder, &lockError)) {
            lock.m_exclusive = mode == Mode::Exclusive;
            return lock;
        }
        if (lockError != 0) {
            if (mode == Mode::Shared) {
                lock.m_unavailable = QString::fromLocal8Bit(std::strerror(lockError));
                ::close(lock.m_fd);
                lock.m_fd = -1;
                return lock;
            }
            return Error(Error::Code::NotWritable,
                         tr("The store's lock file %1 cannot be locked (%2). Nothing was changed.")
                             .arg(lock.m_path, QString::fromLocal8Bit(std::strerror(lockError))));
        }
        // Only a key change's exclusive lock keeps a shared one out.
        if (waited.elapsed() >= waitMs)
            return lock.refusal(mode == Mode::Shared || exclusiveHolder).error();
        QThread::msleep(PollMs);
    }
}

Status StoreLock::makeExclusive(int waitMs)
{
    if (m_exclusive)
        return {};
    if (m_fd < 0)
        return Error(Error::Code::NotWritable,
                     tr("The store's directory cannot be written: its lock file %1 cannot be opened for writing (%2), "
                        "and a key change needs it. Nothing was changed.")
                         .arg(m_path, m_unavailable.isEmpty() ? tr("the store is locked") : m_unavailable));
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool exclusiveHolder = false;
        int error = 0;
        if (tryLock(m_fd, F_WRLCK, &exclusiveHolder, &error)) {
            m_exclusive = true;
            return {};
        }
        if (error == EBADF)
            return Error(Error::Code::NotWritable,
                         tr("The store's directory cannot be written: its lock file %1 is open for reading only, and a "
                            "key change needs to write-lock it. Nothing was changed.")
                             .arg(m_path));
        if (error != 0)
            return Error(Error::Code::NotWritable,
                         tr("The store's lock file %1 cannot be locked (%2). Nothing was changed.")
                             .arg(m_path, QString::fromLocal8Bit(std::strerror(error))));
        if (waited.elapsed() >= waitMs)
            return refusal(exclusiveHolder);
        QThread::msleep(PollMs);
    }
}

void StoreLock::makeShared()
{
    if (m_fd < 0 || !m_exclusive)
        return;
    // Exclusive to shared never conflicts with anyone.
    struct flock lock = wholeFile(F_RDLCK);
    (void)::fcntl(m_fd, F_OFD_SETLK, &lock);
    m_exclusive = false;
}

void StoreLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // the last descriptor of the description: the lock goes with it
    m_fd = -1;
    m_exclusive = false;
}

} // namespace custodian
