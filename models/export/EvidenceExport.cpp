#include "export/EvidenceExport.h"

#include "domain/Clock.h"
#include "export/ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

#include <optional>

namespace custodian {

Result<EvidenceRegister::Check> EvidenceExport::exportTo(Database& database, qint64 itemId, const QString& path,
                                                         bool replace, const QString& actor,
                                                         const EvidenceRegister::Progress& progress, qint64 atMs)
{
    if (auto status = ExportFile::check(actor, path); !status)
        return status.error();
    auto item = EvidenceRegister::item(database, itemId);
    if (!item)
        return item.error();
    std::optional<ExportFile> file;
    {
        auto created = ExportFile::create(path, replace);
        if (!created)
            return created.error();
        file.emplace(std::move(*created));
    }
    auto check = EvidenceRegister::scan(database, *item, file->device(), progress);
    if (!check)
        return check.error(); // the ExportFile's destructor takes its temporary file away
    const qint64 at = atMs < 0 ? Clock::nowMs() : atMs;
    if (!check->intact()) {
        file.reset(); // before anything else: a tampered item never reaches the destination
        if (auto status = EvidenceRegister::recordTamper(database, *check, actor, QStringLiteral("export"), at);
            !status)
            return status.error();
        return Error(Error::Code::Tampered,
                     tr("%1 The export was refused; nothing was written to %2.")
                         .arg(check->summary(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    const QString sha256 = QString::fromLatin1(check->sha256.toHex());
    // The audit gets the folder, not the file's name: a name suggested from the evidence's own may name a customer
    // (docs/incidents-evidence.md, "What is audited"). The custody trail, inside the encrypted store, keeps the path.
    const QJsonObject audit { { QStringLiteral("kind"), QStringLiteral("evidence") },
                              { QStringLiteral("incident"), item->incidentId },
                              { QStringLiteral("size"), check->bytes },
                              { QStringLiteral("sha256"), sha256 },
                              { QStringLiteral("folder"), QFileInfo(file->resolvedPath()).absolutePath() } };
    const QJsonObject custody { { QStringLiteral("size"), check->bytes },
                                { QStringLiteral("sha256"), sha256 },
                                { QStringLiteral("file"), file->resolvedPath() } };
    auto seq = file->commit(database, actor, EvidenceRegister::auditTarget(itemId), audit, at, [&](Database& writer) {
        return EvidenceRegister::appendCustody(writer, itemId, EvidenceRegister::Action::Exported, actor, custody, at);
    });
    if (!seq)
        return seq.error();
    return check;
}

} // namespace custodian
