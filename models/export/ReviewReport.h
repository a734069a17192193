#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// The report of one access-review campaign, in CSV or PDF: the campaign (scope, reviewer, dates, default decision,
// progress) and every item with the assignment, its evidence over the campaign's window (ReviewEvidenceReader:
// use of the role's data classes, exports, training, open findings, incidents) and the decision with who, when and
// why. The file appears together with its console-audit entry ("review.export"), in one transaction: both or
// neither. The PDF needs a QGuiApplication (fonts); the CLI runs one on the offscreen platform.
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    enum class Format { Csv, Pdf };

    struct Request
    {
        qint64 campaignId = 0;
        QString path;
        bool replace = false; // an existing regular file is replaced (--force, or the supervisor confirmed)
        Format format = Format::Csv;
        QString actor; // console-audit actor
        qint64 now = -1; // < 0: now; the evidence window of an open campaign ends here
    };

    struct Summary
    {
        int items = 0;
        qint64 bytes = 0;
        qint64 auditSeq = 0;
        QString path; // resolved: the directory through any symbolic links, plus the file name
    };

    // From the file name: ".pdf" is PDF, ".csv" CSV; anything else is refused.
    [[nodiscard]] static Result<Format> formatFor(const QString& path);
    [[nodiscard]] static Result<Summary> write(Database& database, const Request& request);
};

} // namespace custodian
