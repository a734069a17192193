#include "crypto/PrivateFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace custodian {

Status PrivateFile::write(const QString& path, QByteArrayView contents)
{
    const QByteArray local = path.toLocal8Bit();
    const int fd = ::open(local.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(errno == EEXIST ? Error::Code::AlreadyExists : Error::Code::NotWritable,
                     QCoreApplication::translate("PrivateFile", "Cannot create %1: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    bool ok = true;
    qsizetype written = 0;
    while (ok && written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, std::size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (!ok) {
        ::unlink(local.constData());
        return Error(Error::Code::Io, QCoreApplication::translate("PrivateFile", "Cannot write %1.").arg(path));
    }
    return {};
}

} // namespace custodian
