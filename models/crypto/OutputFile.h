#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace custodian {

// A file Custodian writes for a person or another program: an export, a report, a recovery code, a token, a TLS
// key, a port file. Every such file follows the same rules (docs/security-notes.md, "Files Custodian writes"):
//  - the file's own name must not be a symbolic link, dangling or not: Custodian never writes through one (checked
//    with lstat before anything is written, and the final step — link or rename — never follows one either);
//  - it is created readable and writable by its owner only (0600), whatever the umask;
//  - an existing file is replaced only when the caller says so (`--force`, or a file dialog whose overwrite question
//    the supervisor answered), and only if it is a regular file;
//  - the contents go to a temporary file in the same directory — unnamed (O_TMPFILE) where the file system allows, so
//    that even a killed process leaves nothing behind —, synced, and appear under the final name only at commit():
//    nobody ever sees half a file, and a failure leaves nothing behind;
//  - resolvedPath() — the directory resolved through any symbolic links, plus the file name — is what audit entries
//    record, so that the entry names where the file really is.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Existing { Refuse, Replace };

    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    ~OutputFile(); // an uncommitted file is removed

    // AlreadyExists when the file exists and `existing` is Refuse; InvalidArgument for a symbolic link or anything but
    // a regular file; NotFound when the directory does not exist; NotWritable when the temporary file cannot be made.
    [[nodiscard]] static Result<std::unique_ptr<OutputFile>> create(const QString& path, Existing existing);
    // The checks create() makes, without creating anything (a command line checks before it asks for a passphrase):
    // the resolved path, or why the file cannot be written.
    [[nodiscard]] static Result<QString> preflight(const QString& path, Existing existing);
    // A small file in one step (create, write, commit).
    [[nodiscard]] static Status write(const QString& path, QByteArrayView contents, Existing existing);

    // Where the contents go until commit().
    [[nodiscard]] QIODevice* device() { return &m_file; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QString& resolvedPath() const { return m_resolvedPath; }

    // Flushes and syncs the contents and gives them the final name: atomically refusing an existing file (Refuse) or
    // replacing a regular file (Replace). On failure the temporary file is removed and the final name is untouched.
    [[nodiscard]] Status commit();
    // Takes a committed file away again (its audit entry could not be written): removes the final name.
    void withdraw();

private:
    OutputFile() = default;
    // Removes the temporary file (unnamed: closing is enough).
    void discard();
    // Gives the temporary file `name` without replacing anything there: 0, or the errno.
    [[nodiscard]] int giveName(const QByteArray& name);

    QString m_path;
    QString m_resolvedPath;
    QString m_temporaryPath; // empty while the temporary file is unnamed (O_TMPFILE)
    Existing m_existing = Existing::Refuse;
    QFile m_file;
    bool m_pending = false; // a temporary file exists
    bool m_committed = false;
};

} // namespace custodian
