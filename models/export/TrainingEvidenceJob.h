#pragma once

#include "domain/Result.h"
#include "export/ExportFormat.h"
#include "export/TrainingEvidence.h"
#include "store/TrainingFactsReader.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace custodian {

class Database;

// Exports the training evidence an auditor asks for (PCI DSS 12.6.3, GDPR Art. 39; docs/training.md, "Evidence for
// auditors") to CSV or PDF, on the calling thread — a worker in the console (LatestResultRunner), the CLI's own.
//
//  * Reads the facts of the scope at the period's end through `reader` (TrainingFactsReader, inside one read
//    transaction: one consistent snapshot) and decides the rows with TrainingEvidence: per agent × module, the
//    completion within the period, score, pass, expiry, certificate reference and the state at the end.
//  * Writes through ExportFile, like AccessExportJob (an OutputFile, like ReviewReport): a temporary file in the
//  target's folder,
//    mode 0600 (the file names agents: personal data), that becomes the target only on success — a cancelled or
//    failed export leaves nothing behind —, never through a symbolic link, over an existing file only with `replace`.
//  * Honours a cancel flag (checked per row, and installed on `reader` while it reads) and reports progress.
//  * On success appends ONE console-audit entry through `auditWriter` in its own transaction, as the access export
//    does — action "export", target "training", detail {"format", "rows", "file" (resolved), "scope" {"kind","id"},
//    "module" (code, when one), "from", "to" (UTC)} —, and moves the file into place inside that transaction
//    (ExportFile::commit): if the entry cannot be written the file is removed and the error reported. Never an
//    unaudited export.
class TrainingEvidenceJob
{
    Q_DECLARE_TR_FUNCTIONS(TrainingEvidenceJob)

public:
    using Format = ExportFormat;

    struct Request
    {
        TrainingFactsReader::Scope scope; // everyone, a team or a site (not one agent)
        std::optional<qint64> moduleId; // one module; none: every module
        std::optional<qint64> fromMs; // completions from this instant (inclusive); none: from the beginning
        std::optional<qint64> toMs; // … to this one (exclusive); none: now
        Format format = Format::Csv;
        QString path; // the file to write
        bool replace = false; // an existing regular file is replaced (--force, or the supervisor confirmed)
        QString actor; // console-audit actor, e.g. "console:alice", "cli:alice"
        qint64 nowMs = 0; // "generated at", and the period's end when toMs is none; 0: now
    };

    struct Progress
    {
        qint64 rows = 0; // written so far
        double fraction = 0; // 0..1
    };

    struct Summary
    {
        TrainingEvidence::Counts counts;
        int pages = 0; // PDF only
        qint64 bytes = 0;
        qint64 auditSeq = 0; // the console-audit entry of this export
        QString path; // resolved: the directory through any symbolic links, plus the file name
    };

    TrainingEvidenceJob(Database& reader, Database& auditWriter, Request request);

    // The flag must outlive run(). While it is true the export stops and run() returns Error::Code::Cancelled.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    // Called on the running thread: at the start, about every ProgressIntervalMs while writing, and at the end.
    void setProgressHandler(std::function<void(const Progress&)> handler) { m_progress = std::move(handler); }

    [[nodiscard]] Result<Summary> run();

    static constexpr qint64 ProgressIntervalMs = 100;

private:
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }
    [[nodiscard]] Result<Summary> exportRows(qint64 now, qint64 end);

    Database& m_reader;
    Database& m_auditWriter;
    Request m_request;
    const std::atomic_bool* m_cancel = nullptr;
    std::function<void(const Progress&)> m_progress;
};

} // namespace custodian
