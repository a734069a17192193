#pragma once

#include "domain/Result.h"
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace custodian {

class Database;

// Exports the breach register (GDPR Art. 33(5), docs/incidents-gdpr.md) to CSV or PDF, on the calling thread — a
// worker in the console (LatestResultRunner), the CLI's own — as TrainingEvidenceJob exports the training evidence:
//
//  * Reads every personal-data breach, notified or not, and every withdrawn one (BreachRegisterReader) inside one
//    read transaction on `reader`: one consistent snapshot. The cancel flag interrupts the read and the writing.
//  * Writes through ExportFile: a temporary file in the target's folder, mode 0600, never through a symbolic link,
//    over an existing file only with `replace`, which becomes the target only on success — a cancelled or failed
//    export leaves nothing behind. The register names no customer: records are counted, never shown.
//  * On success appends ONE console-audit entry through `auditWriter` — action "export", target "breach_register",
//    detail {"format", "rows", "file" (resolved), "withdrawn", "unnotified"} — and moves the file into place inside
//    that entry's transaction (ExportFile::commit). Never an unaudited export.
class BreachRegisterJob
{
    Q_DECLARE_TR_FUNCTIONS(BreachRegisterJob)

public:
    using Format = ExportFormat;

    struct Request
    {
        Format format = Format::Csv;
        QString path;
        bool replace = false;
        QString actor; // console-audit actor, e.g. "console:alice", "cli:alice"
        qint64 nowMs = 0; // "generated at" and the instant the clocks are read at; 0: now
    };

    struct Summary
    {
        qint64 rows = 0;
        qint64 withdrawn = 0;
        qint64 unnotified = 0; // breaches in force without a first notification
        int pages = 0; // PDF only
        qint64 bytes = 0;
        qint64 auditSeq = 0;
        QString path; // resolved
    };

    BreachRegisterJob(Database& reader, Database& auditWriter, Request request);

    // The flag must outlive run(). While it is true the export stops and run() returns Error::Code::Cancelled.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }

    [[nodiscard]] Result<Summary> run();

private:
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database& m_reader;
    Database& m_auditWriter;
    Request m_request;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace custodian
