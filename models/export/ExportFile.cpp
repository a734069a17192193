#include "export/ExportFile.h"

#include "crypto/OutputFile.h"
#include "store/ConsoleAudit.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace custodian {

ExportFile::ExportFile(std::unique_ptr<OutputFile> file)
    : m_file(std::move(file))
{
}

ExportFile::~ExportFile() = default;
ExportFile::ExportFile(ExportFile&&) noexcept = default;

Status ExportFile::check(const QString& actor, const QString& path)
{
    if (actor.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("An export needs the name of who exports."));
    if (path.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No file was given to export to."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error(Error::Code::NotFound,
                     tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Error(Error::Code::InvalidArgument,
                     tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(target.filePath())));
    return {};
}

Result<ExportFile> ExportFile::create(const QString& path, bool replace)
{
    auto output = OutputFile::create(path, replace ? OutputFile::Existing::Replace : OutputFile::Existing::Refuse);
    if (!output)
        return output.error();
    return ExportFile(std::move(*output));
}

QIODevice* ExportFile::device()
{
    return m_file->device();
}

const QString& ExportFile::resolvedPath() const
{
    return m_file->resolvedPath();
}

Result<qint64> ExportFile::commit(Database& auditWriter, const QString& actor, const QString& target,
                                  const QJsonObject& detail, qint64 atMs,
                                  const std::function<Status(Database&)>& alsoRecord)
{
    return commit(auditWriter, actor, QStringLiteral("export"), target, detail, atMs, alsoRecord);
}

Result<qint64> ExportFile::commit(Database& auditWriter, const QString& actor, const QString& action,
                                  const QString& target, const QJsonObject& detail, qint64 atMs,
                                  const std::function<Status(Database&)>& alsoRecord)
{
    auto transaction = Transaction::begin(auditWriter);
    if (!transaction)
        return transaction.error().prefixed(tr("The export could not be recorded in the console audit, so no file was "
                                               "written"));
    auto seq = ConsoleAudit::append(auditWriter, actor, action, target, detail, atMs);
    if (!seq)
        return seq.error().prefixed(tr("The export could not be recorded in the console audit, so no file was "
                                       "written"));
    if (alsoRecord) {
        if (auto status = alsoRecord(auditWriter); !status)
            return status.error().prefixed(tr("The export could not be recorded, so no file was written"));
    }
    // Named before the entry is committed: a file that cannot be named rolls the entry back.
    if (auto status = m_file->commit(); !status)
        return status.error();
    if (auto status = transaction->commit(); !status) {
        m_file->withdraw();
        return status.error().prefixed(tr("The export could not be recorded in the console audit, so its file was "
                                          "removed"));
    }
    return *seq;
}

} // namespace custodian
