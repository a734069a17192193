#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace custodian {

class Database;
class OutputFile;

// The file of an export (the access events, the training evidence, an access review's report) and its console-audit
// entry as one decision.
//
//  * check() refuses, before anything is read, what no export can do: no actor for the audit entry, no file name, a
//    folder that does not exist, a folder given as the file.
//  * The contents go to an OutputFile: a temporary file in the target's folder, mode 0600, never written through a
//    symbolic link, over an existing file only with `replace` (docs/security-notes.md, "Files Custodian writes").
//  * commit() appends the entry through the audit connection and names the file inside that one transaction: if the
//    entry cannot be written the file never appears, and if the transaction does not commit the named file is taken
//    away again. Never an unaudited export, never an entry for a file that is not there.
//  * Destroyed before commit() (a failure, a cancel), it leaves nothing behind.
//
// Each failure's message names the problem and what became of the file.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    ~ExportFile();
    ExportFile(ExportFile&&) noexcept;
    ExportFile& operator=(ExportFile&&) = delete;
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;

    [[nodiscard]] static Status check(const QString& actor, const QString& path);
    [[nodiscard]] static Result<ExportFile> create(const QString& path, bool replace);

    // Where the contents go until commit().
    [[nodiscard]] QIODevice* device();
    // The directory resolved through any symbolic links, plus the file name: what the audit entry records.
    [[nodiscard]] const QString& resolvedPath() const;

    // Appends the entry {actor, "export", target, detail} at `atMs` (-1: now) and names the file, both or neither;
    // the entry's sequence number. `alsoRecord`, when given, writes what else belongs to the same decision (the
    // evidence register's custody entry) inside that transaction: its failure too leaves no file.
    [[nodiscard]] Result<qint64> commit(Database& auditWriter, const QString& actor, const QString& target,
                                        const QJsonObject& detail, qint64 atMs = -1,
                                        const std::function<Status(Database&)>& alsoRecord = {});
    // The same with an action of the export's own, for exports their readers tell apart ("review.export").
    [[nodiscard]] Result<qint64> commit(Database& auditWriter, const QString& actor, const QString& action,
                                        const QString& target, const QJsonObject& detail, qint64 atMs = -1,
                                        const std::function<Status(Database&)>& alsoRecord = {});

private:
    explicit ExportFile(std::unique_ptr<OutputFile> file);

    std::unique_ptr<OutputFile> m_file;
};

} // namespace custodian
