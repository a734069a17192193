#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custodian {

// What one run of a command made on disk, so that a failure removes exactly that: never a file it found there,
// never what a symbolic link points at (custodian-central init and tls). Directories it made are removed last and
// only when empty; a directory it found is left as it was.
class CreatedPaths
{
    Q_DECLARE_TR_FUNCTIONS(CreatedPaths)

public:
    CreatedPaths() = default;
    CreatedPaths(const CreatedPaths&) = delete;
    CreatedPaths& operator=(const CreatedPaths&) = delete;

    // `path` must not exist, or be an empty directory; a symbolic link is refused. Missing parents are made too.
    [[nodiscard]] Status makeEmptyDirectory(const QString& path);
    // `path` may be an existing directory (not a symbolic link); made with its missing parents otherwise.
    [[nodiscard]] Status makeDirectory(const QString& path);
    // A new file readable by its owner only (PrivateFile: never replaces anything), remembered.
    [[nodiscard]] Status writePrivateFile(const QString& path, QByteArrayView contents);
    // The files of a store about to be created at `path` (the store, its journal, write-ahead log, shared memory,
    // keyring and lock file) that do not exist yet.
    void storeFiles(const QString& path);

    // The run succeeded: nothing is removed.
    void keep();
    // The run failed: removes what it made, newest first.
    void removeAll();

private:
    [[nodiscard]] Status makeMissing(const QString& path);
    void remember(const QString& path);

    QStringList m_files;
    QStringList m_directories;
};

} // namespace custodian
