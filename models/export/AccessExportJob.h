#pragma once

#include "domain/AccessFilter.h"
#include "domain/AccessSort.h"
#include "domain/Result.h"
#include "export/ExportFormat.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace custodian {

class Database;

// Exports the access events a filter matches — all of them, no cap — to a CSV or PDF file, on the calling
// thread (a worker thread in the console: the GUI thread never waits on it).
//
//  * Reads through `reader` (a connection of this thread, read-only is enough) inside one read transaction, so
//    the file is one consistent snapshot even while events are being ingested, page by page with
//    AccessEventRepository::forEach: memory stays flat whatever the row count.
//  * Writes through ExportFile (an OutputFile): a temporary file in the target's folder, mode 0600, that becomes the
//    target only on success — a cancelled or failed export leaves neither the file nor a partial file behind —, never
//    through a symbolic link, and over an existing file only when the request says so.
//  * Reports progress: rows written, and a fraction estimated from where the current row's time (and, in agent
//    order, its agent) lies between the first and the last matching event — ids are time-ordered, so those two
//    bounds cost two index probes.
//  * Honours a cancel flag, checked at every row and installed on `reader` (Database::setCancelFlag), so a long
//    read stops within microseconds too.
//  * On success appends ONE console-audit entry through `auditWriter` in its own transaction: action "export",
//    target "access", detail {"format", "rows", "file" (the resolved path: where the file really is), "filter"
//    (AccessFilter::toJson(): ids, never identifiers)}. The file is moved into place inside that transaction
//    (ExportFile::commit); if the entry cannot be written the file is removed and the error reported: never an
//    unaudited export.
//
// `reader` and `auditWriter` may be the same connection. The new file is readable by its owner only (it names
// agents and what they opened).
class AccessExportJob
{
    Q_DECLARE_TR_FUNCTIONS(AccessExportJob)

public:
    using Format = ExportFormat;

    struct Request
    {
        AccessFilter filter;
        AccessSort sort = AccessSort::OldestFirst;
        Format format = Format::Csv;
        QString path; // the file to write
        bool replace = false; // an existing regular file is replaced (--force, or the supervisor confirmed)
        QString actor; // console-audit actor, e.g. "console:alice", "cli:alice"
        QString description; // the filter in words for the PDF; empty: named from the store (AccessLookups)
        qint64 nowMs = 0; // the moment relative time presets are resolved at; 0: now
    };

    struct Progress
    {
        qint64 rows = 0;
        double fraction = 0; // 0..1, an estimate
    };

    struct Summary
    {
        qint64 rows = 0;
        int pages = 0; // PDF only
        qint64 bytes = 0;
        qint64 auditSeq = 0; // the console-audit entry of this export
        QString path; // resolved: the directory through any symbolic links, plus the file name
    };

    AccessExportJob(Database& reader, Database& auditWriter, Request request);

    // The flag must outlive run(). While it is true the export stops and run() returns Error::Code::Cancelled.
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    // Called on the running thread, at most about every ProgressIntervalMs, and once at the end.
    void setProgressHandler(std::function<void(const Progress&)> handler) { m_progress = std::move(handler); }

    [[nodiscard]] Result<Summary> run();

    static constexpr qint64 ProgressIntervalMs = 100;
    // Page cache run() gives `reader` (a per-connection setting; the export's connection is its own).
    static constexpr int ReaderCacheKiB = 64 * 1024;

private:
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }
    [[nodiscard]] Result<Summary> exportRows();
    void endReading();

    Database& m_reader;
    Database& m_auditWriter;
    Request m_request;
    const std::atomic_bool* m_cancel = nullptr;
    std::function<void(const Progress&)> m_progress;
    bool m_reading = false; // inside the read transaction
};

} // namespace custodian
