#include "export/BreachRegisterJob.h"

#include "domain/Clock.h"
#include "export/AccessCsvWriter.h"
#include "export/BreachRegisterTable.h"
#include "export/ExportFile.h"
#include "export/PdfTablePainter.h"
#include "store/AuditNames.h"
#include "store/BreachRegisterReader.h"
#include "store/Database.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace custodian {

namespace {
using Column = BreachRegisterTable::Column;

constexpr int Resolution = 300; // dpi
constexpr qreal BodyPoints = 6;

// The PDF is read by a person: fewer, fuller columns than the CSV's twenty (timeliness is in the state, the Art. 34
// decision and the withdrawal one cell each, times to the minute). Each free-text column's share of the width the fixed
// ones leave; 0: a fixed column, as wide as its heading or its widest value, whichever is wider.
enum class PdfCell {
    Reference,
    Title,
    State,
    AwareAt,
    Deadline,
    Notified,
    Phases,
    AuthorityReference,
    DelayReasons,
    Records,
    Subjects,
    Decision,
    Withdrawal
};
constexpr int PdfCells = int(PdfCell::Withdrawal) + 1;
constexpr qreal Weights[] = { 6, 14, 0, 0, 0, 0, 0, 6, 12, 0, 0, 16, 12 };
constexpr const char* FixedSample[] = { "",
                                        "",
                                        "notified_in_time",
                                        "2026-12-31 23:59",
                                        "2026-12-31 23:59",
                                        "2026-12-31 23:59",
                                        "99",
                                        "",
                                        "",
                                        "99999",
                                        "99999",
                                        "",
                                        "" };
static_assert(std::size(Weights) == std::size_t(PdfCells));
static_assert(std::size(FixedSample) == std::size_t(PdfCells));

QString pdfHeading(PdfCell cell)
{
    switch (cell) {
    case PdfCell::Reference:
        return BreachRegisterTable::heading(Column::Reference);
    case PdfCell::Title:
        return BreachRegisterTable::heading(Column::Title);
    case PdfCell::State:
        return BreachRegisterTable::heading(Column::State);
    case PdfCell::AwareAt:
        return BreachRegisterTable::heading(Column::AwareAt);
    case PdfCell::Deadline:
        return BreachRegisterTable::heading(Column::Deadline);
    case PdfCell::Notified:
        return BreachRegisterTable::heading(Column::FirstNotifiedAt);
    case PdfCell::Phases:
        return BreachRegisterTable::heading(Column::Phases);
    case PdfCell::AuthorityReference:
        return BreachRegisterTable::heading(Column::AuthorityReference);
    case PdfCell::DelayReasons:
        return BreachRegisterTable::heading(Column::DelayReasons);
    case PdfCell::Records:
        return BreachRegisterTable::heading(Column::RecordsApprox);
    case PdfCell::Subjects:
        return BreachRegisterTable::heading(Column::SubjectsApprox);
    case PdfCell::Decision:
        return BreachRegisterJob::tr("Data subjects (Art. 34)");
    case PdfCell::Withdrawal:
        return BreachRegisterJob::tr("Withdrawn");
    }
    return QString();
}

// "2026-12-01 13:00": the headings say UTC.
QString shortTime(const QString& iso)
{
    return iso.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QStringList pdfCells(const BreachRegisterEntry& e, qint64 now)
{
    const auto cell = [&e, now](Column column) { return BreachRegisterTable::text(e, column, now); };
    QString decision;
    if (e.subjectDecision) {
        const SubjectDecision& d = *e.subjectDecision;
        QString how = d.means;
        if (d.communicatedAt)
            how = how.isEmpty()
                ? shortTime(cell(Column::SubjectsCommunicatedAt))
                : BreachRegisterJob::tr("%1, %2").arg(how, shortTime(cell(Column::SubjectsCommunicatedAt)));
        decision = d.notify ? BreachRegisterJob::tr("told: %1 — %2").arg(how, d.reason)
            : how.isEmpty() ? BreachRegisterJob::tr("not told (%1) — %2").arg(cell(Column::Exemption), d.reason)
                            : BreachRegisterJob::tr("not told (%1), public communication: %2 — %3")
                                  .arg(cell(Column::Exemption), how, d.reason);
    }
    QString withdrawal;
    if (e.withdrawn)
        withdrawal = BreachRegisterJob::tr("%1 — %2").arg(shortTime(cell(Column::WithdrawnAt)), e.withdrawalReason);
    return { cell(Column::Reference),
             cell(Column::Title),
             cell(Column::State),
             shortTime(cell(Column::AwareAt)),
             shortTime(cell(Column::Deadline)),
             shortTime(cell(Column::FirstNotifiedAt)),
             cell(Column::Phases),
             cell(Column::AuthorityReference),
             cell(Column::DelayReasons),
             cell(Column::RecordsApprox),
             cell(Column::SubjectsApprox),
             decision,
             withdrawal };
}

Error cancelledError()
{
    return Error(Error::Code::Cancelled, BreachRegisterJob::tr("The export was cancelled; no file was written."));
}

Status writeBytes(QIODevice* device, const QByteArray& bytes)
{
    if (device->write(bytes) == bytes.size())
        return {};
    const auto* file = qobject_cast<QFileDevice*>(device);
    const bool full = file && file->error() == QFileDevice::ResourceError;
    return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                 BreachRegisterJob::tr("Cannot write the CSV file: %1").arg(device->errorString()));
}

QByteArray csvLine(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += AccessCsvWriter::field(fields[i]);
    }
    line += "\r\n";
    return line;
}

std::vector<PdfTablePainter::Column> layOut(const PdfTablePainter& table)
{
    const QFontMetricsF body = table.bodyMetrics();
    const QFontMetricsF headings = table.headingMetrics();
    std::vector<PdfTablePainter::Column> columns(PdfCells);
    qreal fixed = 0;
    qreal weights = 0;
    for (int c = 0; c < PdfCells; ++c) {
        PdfTablePainter::Column& column = columns[std::size_t(c)];
        column.heading = pdfHeading(PdfCell(c));
        if (Weights[c] > 0) {
            weights += Weights[c];
            continue;
        }
        column.width = std::max(headings.horizontalAdvance(column.heading),
                                body.horizontalAdvance(QString::fromLatin1(FixedSample[c])))
            + 2 * table.padding();
        column.mayOverflow = false;
        fixed += column.width;
    }
    const qreal flexible = std::max<qreal>(0, table.width() - fixed);
    for (int c = 0; c < PdfCells; ++c)
        if (Weights[c] > 0)
            columns[std::size_t(c)].width = flexible * Weights[c] / weights;
    return columns;
}
} // namespace

BreachRegisterJob::BreachRegisterJob(Database& reader, Database& auditWriter, Request request)
    : m_reader(reader)
    , m_auditWriter(auditWriter)
    , m_request(std::move(request))
{
}

Result<BreachRegisterJob::Summary> BreachRegisterJob::run()
{
    if (auto status = ExportFile::check(m_request.actor, m_request.path); !status)
        return status.error();
    const qint64 now = m_request.nowMs ? m_request.nowMs : Clock::nowMs();
    if (cancelled())
        return cancelledError();

    // One read transaction: the register and the exporter's name are one snapshot.
    std::vector<BreachRegisterEntry> entries;
    QString generatedBy;
    {
        m_reader.setCancelFlag(m_cancel);
        if (auto status = m_reader.exec(QStringLiteral("BEGIN")); !status) {
            m_reader.setCancelFlag(nullptr);
            return cancelled() ? cancelledError() : status.error();
        }
        auto read = BreachRegisterReader(m_reader).read();
        if (read)
            generatedBy = AuditNames(m_reader).actor(m_request.actor);
        m_reader.setCancelFlag(nullptr); // first, so that a set flag cannot interrupt the ROLLBACK
        (void)m_reader.exec(QStringLiteral("ROLLBACK")); // it only read
        if (!read)
            return cancelled() ? cancelledError() : read.error();
        entries = std::move(*read);
    }
    if (cancelled())
        return cancelledError();

    Summary summary;
    for (const BreachRegisterEntry& e : entries) {
        summary.withdrawn += e.withdrawn ? 1 : 0;
        summary.unnotified += !e.withdrawn && !e.firstNotifiedAt ? 1 : 0;
    }
    const QString facts
        = tr("Entries: %1, of which %2 withdrawn and %3 in force but not yet notified to the supervisory authority.")
              .arg(entries.size())
              .arg(summary.withdrawn)
              .arg(summary.unnotified);

    auto output = ExportFile::create(m_request.path, m_request.replace);
    if (!output)
        return output.error();
    ExportFile& file = *output;

    QStringList cells;
    const auto fill = [&cells, now](const BreachRegisterEntry& entry) {
        cells.clear();
        for (int c = 0; c < BreachRegisterTable::ColumnCount; ++c)
            cells << BreachRegisterTable::text(entry, Column(c), now);
    };
    if (m_request.format == Format::Pdf) {
        PdfTablePainter table(file.device());
        const QString title = tr("Breach register (GDPR Art. 33(5))");
        if (auto status = table.begin(title, Resolution, BodyPoints); !status)
            return status.error();
        table.drawTitle(title);
        table.drawInfoLine(
            tr("Generated: %1 by %2; clocks read at that instant").arg(BreachRegisterTable::isoTime(now), generatedBy));
        table.drawInfoLine(facts);
        table.drawInfoLine(
            tr("Records and subjects: the latest numbers a notification gave, or the linked events' distinct "
               "records (subjects at most one per record) while none was sent."));
        if (auto status = table.startTable(layOut(table),
                                           tr("Custodian breach register · generated %1 by %2")
                                               .arg(BreachRegisterTable::isoTime(now), generatedBy));
            !status)
            return status.error();
        for (const BreachRegisterEntry& entry : entries) {
            if (cancelled())
                return cancelledError();
            if (auto status = table.writeRow(pdfCells(entry, now)); !status)
                return status.error();
        }
        if (auto status = table.finish(tr("No personal-data breach has been recorded.")); !status)
            return status.error();
        summary.pages = table.pageCount();
    } else {
        QByteArray csv;
        csv += csvLine({ QStringLiteral("report"), QStringLiteral("breach_register") });
        csv += csvLine({ QStringLiteral("generated_by"), generatedBy });
        csv += csvLine({ QStringLiteral("generated_at_utc"), BreachRegisterTable::isoTime(now) });
        csv += csvLine({ QStringLiteral("entries"), QString::number(entries.size()) });
        csv += csvLine({ QStringLiteral("withdrawn"), QString::number(summary.withdrawn) });
        csv += csvLine({ QStringLiteral("unnotified"), QString::number(summary.unnotified) });
        csv += "\r\n";
        QStringList keys;
        for (int c = 0; c < BreachRegisterTable::ColumnCount; ++c)
            keys << BreachRegisterTable::key(Column(c));
        csv += csvLine(keys);
        for (const BreachRegisterEntry& entry : entries) {
            if (cancelled())
                return cancelledError();
            fill(entry);
            csv += csvLine(cells);
        }
        if (auto status = writeBytes(file.device(), csv); !status)
            return status.error();
    }
    if (cancelled())
        return cancelledError();

    // The file becomes visible inside the audit entry's transaction: both or neither.
    const QJsonObject detail { { QStringLiteral("format"), exportFormatName(m_request.format) },
                               { QStringLiteral("rows"), qint64(entries.size()) },
                               { QStringLiteral("file"), file.resolvedPath() },
                               { QStringLiteral("withdrawn"), summary.withdrawn },
                               { QStringLiteral("unnotified"), summary.unnotified } };
    auto seq = file.commit(m_auditWriter, m_request.actor, QStringLiteral("breach_register"), detail, now);
    if (!seq)
        return seq.error();
    summary.rows = qint64(entries.size());
    summary.bytes = QFileInfo(file.resolvedPath()).size();
    summary.auditSeq = *seq;
    summary.path = file.resolvedPath();
    return summary;
}

} // namespace custodian
