#include "export/ReviewReport.h"

#include "domain/Clock.h"
#include "export/AccessCsvWriter.h"
#include "export/ExportFile.h"
#include "store/AuditNames.h"
#include "store/Database.h"
#include "store/ReviewEvidenceReader.h"
#include "store/ReviewListReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace custodian {

namespace {
QString when(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString statusName(AssignmentStatus status)
{
    return toString(status);
}

struct Line
{
    ReviewListReader::ItemRow item;
    ReviewEvidence evidence;
};

QString trainingText(const ReviewEvidence& evidence)
{
    if (evidence.training.empty())
        return ReviewReport::tr("none required");
    QStringList parts;
    for (const ReviewEvidence::Training& t : evidence.training)
        parts << (t.current          ? ReviewReport::tr("%1: valid until %2").arg(t.title, when(t.validUntil))
                      : t.validUntil ? ReviewReport::tr("%1: expired %2").arg(t.title, when(t.validUntil))
                                     : ReviewReport::tr("%1: never passed").arg(t.title));
    return parts.join(QStringLiteral("; "));
}

// "17 open: <the latest>; <the next>; … and 15 more": the count and the latest few, so that a report row stays a row.
QString findingsText(const ReviewEvidence& evidence, std::size_t listed)
{
    if (evidence.openFindingCount == 0)
        return QString();
    QStringList parts;
    for (std::size_t i = 0; i < std::min(listed, evidence.openFindings.size()); ++i)
        parts << evidence.openFindings[i].summary;
    QString text = ReviewReport::tr("%1 open: %2").arg(evidence.openFindingCount).arg(parts.join(QStringLiteral("; ")));
    if (evidence.openFindingCount > qint64(parts.size()))
        text += ReviewReport::tr("; … and %1 more").arg(evidence.openFindingCount - qint64(parts.size()));
    return text;
}

QString incidentsText(const ReviewEvidence& evidence)
{
    QStringList parts;
    for (const ReviewEvidence::Incident& i : evidence.incidents)
        parts << ReviewReport::tr("%1 %2 (%3)").arg(i.reference, i.title, toString(i.phase));
    return parts.join(QStringLiteral("; "));
}

QString decisionText(const ReviewItem& item)
{
    if (!item.decision)
        return ReviewReport::tr("undecided");
    QString text = toString(*item.decision);
    if (item.newValidUntil)
        text += ReviewReport::tr(" to %1").arg(when(item.newValidUntil));
    if (item.byDefault)
        text += ReviewReport::tr(" (by default)");
    return text;
}

QByteArray csv(const ReviewListReader::CampaignRow& campaign, const std::vector<Line>& lines)
{
    static const char* const columns[] {
        "campaign",      "item_id",         "agent",         "employee_no", "team",
        "role",          "sensitive",       "valid_from",    "valid_until", "assignment_status",
        "evidence_from", "evidence_to",     "events",        "last_used",   "exports",
        "usage",         "training",        "open_findings", "incidents",   "decision",
        "by_default",    "new_valid_until", "justification", "decided_by",  "decided_at"
    };
    QStringList header;
    for (const char* column : columns)
        header << QString::fromLatin1(column);
    QByteArray out;
    auto row = [&](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += AccessCsvWriter::field(fields[i]);
        }
        out += "\r\n";
    };
    row(header);
    for (const Line& line : lines) {
        const auto& i = line.item;
        const qint64 events = line.evidence.totalEvents();
        const std::optional<qint64> lastUsed = line.evidence.lastUsed();
        row({ campaign.campaign.name,
              QString::number(i.item.id),
              i.agentName,
              i.employeeNo,
              i.team,
              i.roleName,
              i.sensitive ? QStringLiteral("yes") : QStringLiteral("no"),
              when(i.validFrom),
              when(i.validUntil),
              statusName(i.status),
              when(line.evidence.windowStart),
              when(line.evidence.windowEnd),
              QString::number(events),
              lastUsed ? QDateTime::fromMSecsSinceEpoch(*lastUsed, Qt::UTC).date().toString(Qt::ISODate) : QString(),
              line.evidence.exports ? QString::number(*line.evidence.exports) : QString(),
              line.evidence.summary(),
              trainingText(line.evidence),
              findingsText(line.evidence, 3),
              incidentsText(line.evidence),
              i.item.decision ? toString(*i.item.decision) : QString(),
              i.item.byDefault ? QStringLiteral("yes") : QStringLiteral("no"),
              when(i.item.newValidUntil),
              i.item.justification,
              i.decidedByName,
              when(i.item.decidedAt) });
    }
    return out;
}

QString html(const ReviewListReader::CampaignRow& row, const std::vector<Line>& lines, const QString& generated)
{
    const ReviewCampaign& c = row.campaign;
    auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 8pt'>");
    out += QStringLiteral("<h2>%1</h2>").arg(e(ReviewReport::tr("Access review: %1").arg(c.name)));
    out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto fact = [&](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(label), e(value));
    };
    fact(ReviewReport::tr("Scope"), ReviewReport::tr("%1 %2").arg(toString(c.scope), row.scopeName));
    fact(ReviewReport::tr("Reviewer"), row.reviewerName);
    fact(ReviewReport::tr("Created"), ReviewReport::tr("%1 by %2").arg(when(c.createdAt), row.createdByName));
    fact(ReviewReport::tr("Due"), when(c.dueAt));
    fact(ReviewReport::tr("Closed"), c.closedAt ? when(c.closedAt) : ReviewReport::tr("open"));
    fact(ReviewReport::tr("Default decision at close"), toString(c.defaultDecision));
    fact(ReviewReport::tr("Evidence window"), ReviewReport::tr("%1 days").arg(c.evidenceDays));
    fact(ReviewReport::tr("Progress"),
         ReviewReport::tr("%1 of %2 decided: %3 kept, %4 revoked, %5 shortened, %6 by default")
             .arg(row.decided)
             .arg(row.items)
             .arg(row.kept)
             .arg(row.revoked)
             .arg(row.shortened)
             .arg(row.byDefault));
    fact(ReviewReport::tr("Generated"), generated);
    out += QStringLiteral("</table><br/>");
    out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    const std::pair<QString, int> headings[]
        = { { ReviewReport::tr("Agent"), 13 },    { ReviewReport::tr("Role"), 12 },
            { ReviewReport::tr("Validity"), 12 }, { ReviewReport::tr("Evidence"), 31 },
            { ReviewReport::tr("Decision"), 8 },  { ReviewReport::tr("Justification"), 15 },
            { ReviewReport::tr("Decided"), 9 } };
    for (const auto& [heading, percent] : headings)
        out += QStringLiteral("<th align='left' bgcolor='#e8e8e8' width='%2%'>%1</th>").arg(e(heading)).arg(percent);
    out += QStringLiteral("</tr></thead>");
    for (const Line& line : lines) {
        const auto& i = line.item;
        QString evidence = e(line.evidence.summary());
        if (!line.evidence.openFindings.empty())
            evidence
                += QStringLiteral("<br/>") + e(ReviewReport::tr("Findings: %1").arg(findingsText(line.evidence, 1)));
        if (!line.evidence.incidents.empty())
            evidence
                += QStringLiteral("<br/>") + e(ReviewReport::tr("Incidents: %1").arg(incidentsText(line.evidence)));
        out += QStringLiteral("<tr><td>%1<br/>%2 · %3</td><td>%4%5</td><td>%6 – %7<br/>%8</td><td>%9</td>"
                              "<td>%10</td><td>%11</td><td>%12<br/>%13</td></tr>")
                   .arg(e(i.agentName), e(i.employeeNo), e(i.team), e(i.roleName),
                        i.sensitive ? e(ReviewReport::tr(" (sensitive)")) : QString(), e(when(i.validFrom)),
                        i.validUntil ? e(when(i.validUntil)) : e(ReviewReport::tr("open-ended")),
                        e(statusName(i.status)), evidence, e(decisionText(i.item)), e(i.item.justification),
                        e(i.decidedByName), e(when(i.item.decidedAt)));
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}
} // namespace

Result<ReviewReport::Format> ReviewReport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Error(Error::Code::InvalidArgument,
                 tr("The report is written as CSV or PDF; name the file …%1 or …%2.")
                     .arg(QStringLiteral(".csv"), QStringLiteral(".pdf")));
}

Result<ReviewReport::Summary> ReviewReport::write(Database& database, const Request& request)
{
    if (auto status = ExportFile::check(request.actor, request.path); !status)
        return status.error();
    const qint64 now = request.now < 0 ? Clock::nowMs() : request.now;
    ReviewListReader reader(database);
    auto campaign = reader.campaign(request.campaignId);
    if (!campaign)
        return campaign.error();
    if (!*campaign)
        return Error(Error::Code::NotFound, tr("There is no campaign %1.").arg(request.campaignId));
    auto items = reader.items(request.campaignId);
    if (!items)
        return items.error();
    const ReviewCampaign& c = (*campaign)->campaign;
    const qint64 evidenceEnd = c.closedAt.value_or(now);
    std::vector<Line> lines;
    ReviewEvidenceReader evidence(database);
    for (const ReviewListReader::ItemRow& item : *items) {
        auto found = evidence.read(item.agentId, item.roleId, evidenceEnd, c.evidenceDays);
        if (!found)
            return found.error();
        lines.push_back({ item, std::move(*found) });
    }

    auto output = ExportFile::create(request.path, request.replace);
    if (!output)
        return output.error();
    ExportFile& file = *output;
    if (request.format == Format::Csv) {
        const QByteArray bytes = csv(**campaign, lines);
        if (file.device()->write(bytes) != bytes.size())
            return Error(
                Error::Code::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(request.path), file.device()->errorString()));
    } else {
        QPdfWriter pdf(file.device());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(tr("Access review: %1").arg(c.name));
        pdf.setCreator(QStringLiteral("Custodian"));
        QTextDocument document;
        // Who generated it by name, as an auditor reads it (the login stays in the console audit's entry).
        document.setHtml(
            html(**campaign, lines, tr("%1 by %2").arg(when(now), AuditNames(database).actor(request.actor))));
        document.print(&pdf);
    }

    const QJsonObject detail { { QStringLiteral("format"),
                                 request.format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf") },
                               { QStringLiteral("items"), int(lines.size()) },
                               { QStringLiteral("file"), file.resolvedPath() } };
    auto seq = file.commit(database, request.actor, QStringLiteral("review.export"),
                           QStringLiteral("review:%1").arg(c.id), detail, now);
    if (!seq)
        return seq.error();
    return Summary { int(lines.size()), QFileInfo(file.resolvedPath()).size(), *seq, file.resolvedPath() };
}

} // namespace custodian
