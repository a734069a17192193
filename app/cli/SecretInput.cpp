#include "cli/SecretInput.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace custodian {

namespace {
constexpr std::size_t MaxSecret = 4096;

void dropTrailingNewline(SecureBuffer& buffer)
{
    std::size_t size = buffer.size();
    if (size > 0 && buffer.data()[size - 1] == '\n')
        --size;
    if (size > 0 && buffer.data()[size - 1] == '\r')
        --size;
    buffer.truncate(size);
}
} // namespace

Result<SecureBuffer> SecretInput::fromFile(const QString& path, const QString& what)
{
    // Read with plain POSIX calls into the secure buffer: QFile::readAll would leave copies in a QByteArray.
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(
            Error::Code::NotFound,
            tr("Cannot read the %1 file %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
    SecureBuffer buffer(MaxSecret + 1);
    std::size_t total = 0;
    while (total < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + total, buffer.size() - total);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        total += std::size_t(n);
    }
    ::close(fd);
    if (total > MaxSecret)
        return Error(Error::Code::InvalidArgument,
                     tr("The %1 file %2 is too long (over %3 bytes).").arg(what, path).arg(MaxSecret));
    buffer.truncate(total);
    dropTrailingNewline(buffer);
    if (buffer.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The %1 file %2 is empty.").arg(what, path));
    return buffer;
}

Result<SecureBuffer> SecretInput::prompt(const QString& question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error(Error::Code::InvalidArgument,
                     tr("No terminal to ask for the secret on; use the --passphrase-file option or the "
                        "CUSTODIAN_PASSPHRASE variable."));
    const QByteArray prompt = question.toLocal8Bit() + ": ";
    if (::write(fd, prompt.constData(), std::size_t(prompt.size())) < 0) {
        // Best effort: the secret can be read without the prompt.
    }
    termios saved {};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    SecureBuffer buffer(MaxSecret + 1);
    std::size_t total = 0;
    char c = 0;
    while (total < buffer.size() && ::read(fd, &c, 1) == 1 && c != '\n')
        buffer.data()[total++] = static_cast<unsigned char>(c);
    c = 0;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (total > MaxSecret)
        return Error(Error::Code::InvalidArgument, tr("The secret is too long."));
    buffer.truncate(total);
    dropTrailingNewline(buffer);
    if (buffer.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Nothing was entered."));
    return buffer;
}

Result<SecureBuffer> SecretInput::obtain(const QString& file, const char* environmentVariable, const QString& question,
                                         const QString& what)
{
    if (!file.isEmpty())
        return fromFile(file, what);
    if (environmentVariable) {
        if (const char* value = std::getenv(environmentVariable); value && *value)
            return SecureBuffer::copyOf(QByteArrayView(value, qsizetype(std::strlen(value))));
    }
    return prompt(question);
}

Result<SecureBuffer> SecretInput::obtainNew(const QString& file, const QString& question, const QString& what)
{
    if (!file.isEmpty())
        return fromFile(file, what);
    auto first = prompt(question);
    if (!first)
        return first;
    auto second = prompt(tr("Repeat it"));
    if (!second)
        return second;
    if (!first->equals(*second))
        return Error(Error::Code::InvalidArgument, tr("The two entries differ; nothing was changed."));
    return first;
}

} // namespace custodian
