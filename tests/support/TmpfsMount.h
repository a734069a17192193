#pragma once

#include <QString>
#include <QTemporaryDir>

namespace custodian::test {

// A small tmpfs mounted on a fresh temporary directory, for disk-full tests: mount(2) needs root (or
// CAP_SYS_ADMIN); when it is refused, isMounted() is false and errorString() says why, so the test can QSKIP.
// Unmounted (lazily, MNT_DETACH) on destruction.
class TmpfsMount
{
public:
    explicit TmpfsMount(qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    [[nodiscard]] bool isMounted() const { return m_mounted; }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString& name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Free bytes as statvfs reports them.
    [[nodiscard]] qint64 freeBytes() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace custodian::test
