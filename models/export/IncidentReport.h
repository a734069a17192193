#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// The report of one incident (issue 17, point 7; docs/incidents.md, "Report"), as Markdown or PDF with the same
// content: the summary (reference, title, category, severity, impact, owner, phase and its CSF function, opened,
// detected and closed, the SLA, the outcome and closing summary), the tasks with who decided them, the timeline with
// its chain's verification, the observables (records only ever masked), the evidence with SHA-256 and size —
// re-verified while the report is made, a tampered item named —, the GDPR notifications and the Art. 34 decision,
// and the related incidents. The date and who made it head it; the PDF's pages are numbered.
//
// The file appears together with its console-audit entry ("incident.report", target "incident:<id>", detail
// {"format", "file" (resolved), "intact", "tampered"}) in one transaction (ExportFile): both or neither, never a
// clear temporary file left behind. The evidence re-verification records its own custody entries (`verified`,
// `tamper_detected`) as EvidenceRegister does for every verification. The PDF needs a QGuiApplication (fonts).
class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    enum class Format { Markdown, Pdf };

    struct Request
    {
        qint64 incidentId = 0;
        QString path;
        bool replace = false; // an existing regular file is replaced (--force, or the supervisor confirmed)
        Format format = Format::Pdf;
        QString actor; // console-audit actor, e.g. "console:alice", "cli:alice"
        qint64 now = -1; // < 0: now; the report's date and the instant the SLA is read at
    };

    struct Summary
    {
        qint64 bytes = 0;
        qint64 auditSeq = 0;
        bool timelineIntact = true;
        int evidenceItems = 0;
        int tamperedItems = 0;
        QString path; // resolved: the directory through any symbolic links, plus the file name
    };

    // "md" (or "markdown") and "pdf", any case.
    [[nodiscard]] static Result<Format> formatFromName(const QString& name);
    // The report as Markdown, without writing or auditing anything but the evidence's re-verification: what write()
    // puts in a .md file and, laid out, in a PDF.
    [[nodiscard]] static Result<QString> markdown(Database& database, qint64 incidentId, const QString& actor,
                                                  qint64 now);
    [[nodiscard]] static Result<Summary> write(Database& database, const Request& request);
};

} // namespace custodian
