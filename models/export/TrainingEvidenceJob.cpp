#include "export/TrainingEvidenceJob.h"

#include "domain/Clock.h"
#include "export/AccessCsvWriter.h"
#include "export/ExportFile.h"
#include "export/TrainingEvidencePdfWriter.h"
#include "store/AuditNames.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonObject>

namespace custodian {

namespace {
Error cancelledError()
{
    return Error(Error::Code::Cancelled, TrainingEvidenceJob::tr("The export was cancelled; no file was written."));
}

QString scopeKind(TrainingFactsReader::Scope::Kind kind)
{
    switch (kind) {
    case TrainingFactsReader::Scope::Kind::All:
        return QStringLiteral("all");
    case TrainingFactsReader::Scope::Kind::Team:
        return QStringLiteral("team");
    case TrainingFactsReader::Scope::Kind::Site:
        return QStringLiteral("site");
    case TrainingFactsReader::Scope::Kind::Agent:
        return QStringLiteral("agent");
    }
    return QString();
}

// What the header of either file says, in the order the PDF prints it.
struct Header
{
    QString generatedBy; // the supervisor's name (AuditNames), else the actor
    qint64 generatedAt = 0;
    QString scope; // in words
    QString module; // code — title; empty: every module
    std::optional<qint64> from;
    qint64 end = 0; // the last instant of the period
};

Status writeBytes(QIODevice* device, const QByteArray& bytes)
{
    if (device->write(bytes) == bytes.size())
        return {};
    const auto* file = qobject_cast<QFileDevice*>(device);
    const bool full = file && file->error() == QFileDevice::ResourceError;
    return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                 TrainingEvidenceJob::tr("Cannot write the CSV file: %1").arg(device->errorString()));
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

// The CSV's header block: "key,value" lines with stable keys, then an empty line, then the table (docs/training.md).
QByteArray csvHeader(const Header& h, const TrainingEvidence::Counts& c)
{
    const auto number = [](int n) { return QString::number(n); };
    QByteArray out;
    const std::pair<const char*, QString> facts[] = {
        { "report", QStringLiteral("training_evidence") },
        { "generated_by", h.generatedBy },
        { "generated_at_utc", TrainingEvidence::isoTime(h.generatedAt) },
        { "scope", h.scope.isEmpty() ? QStringLiteral("all") : h.scope },
        { "module", h.module.isEmpty() ? QStringLiteral("all") : h.module },
        { "period_from_utc", h.from ? TrainingEvidence::isoTime(*h.from) : QString() },
        { "period_end_utc", TrainingEvidence::isoTime(h.end) },
        { "agents", number(c.agents) },
        { "rows", number(c.rows) },
        { "required", number(c.required) },
        { "complete_at_end", number(c.complete) },
        { "completed_in_period", number(c.completedInPeriod) },
        { "passed_in_period", number(c.passedInPeriod) },
        { "overdue_at_end", number(c.overdue) },
        { "expired_at_end", number(c.expired) },
    };
    for (const auto& [key, value] : facts)
        out += csvLine({ QString::fromLatin1(key), value });
    out += "\r\n";
    QStringList columns;
    for (int column = 0; column < TrainingEvidence::ColumnCount; ++column)
        columns << TrainingEvidence::key(TrainingEvidence::Column(column));
    out += csvLine(columns);
    return out;
}

QStringList pdfFacts(const Header& h, const TrainingEvidence::Counts& c)
{
    const QString period = h.from
        ? TrainingEvidenceJob::tr("completions from %1 to %2 (UTC)")
              .arg(TrainingEvidence::isoTime(*h.from), TrainingEvidence::isoTime(h.end))
        : TrainingEvidenceJob::tr("completions up to %1 (UTC)").arg(TrainingEvidence::isoTime(h.end));
    return {
        TrainingEvidenceJob::tr("Generated: %1 by %2").arg(TrainingEvidence::isoTime(h.generatedAt), h.generatedBy),
        TrainingEvidenceJob::tr("Scope: %1").arg(h.scope.isEmpty() ? TrainingEvidenceJob::tr("all agents") : h.scope),
        TrainingEvidenceJob::tr("Modules: %1").arg(h.module.isEmpty() ? TrainingEvidenceJob::tr("all") : h.module),
        TrainingEvidenceJob::tr("Period: %1; state at the period's end").arg(period),
        TrainingEvidenceJob::tr("%1 agents, %2 rows: %3 required, %4 complete at the end, %5 overdue, %6 expired; "
                                "%7 completed in the period, %8 passed")
            .arg(c.agents)
            .arg(c.rows)
            .arg(c.required)
            .arg(c.complete)
            .arg(c.overdue)
            .arg(c.expired)
            .arg(c.completedInPeriod)
            .arg(c.passedInPeriod),
    };
}
} // namespace

TrainingEvidenceJob::TrainingEvidenceJob(Database& reader, Database& auditWriter, Request request)
    : m_reader(reader)
    , m_auditWriter(auditWriter)
    , m_request(std::move(request))
{
}

Result<TrainingEvidenceJob::Summary> TrainingEvidenceJob::run()
{
    if (auto status = ExportFile::check(m_request.actor, m_request.path); !status)
        return status.error();
    if (m_request.scope.kind == TrainingFactsReader::Scope::Kind::Agent)
        return Error(Error::Code::InvalidArgument, tr("The evidence export covers everyone, a team or a site."));
    const qint64 now = m_request.nowMs ? m_request.nowMs : Clock::nowMs();
    const qint64 to = m_request.toMs.value_or(now + 1);
    if (m_request.fromMs && *m_request.fromMs >= to)
        return Error(Error::Code::InvalidArgument, tr("The period's start must come before its end."));
    if (cancelled())
        return cancelledError();
    return exportRows(now, to - 1);
}

Result<TrainingEvidenceJob::Summary> TrainingEvidenceJob::exportRows(qint64 now, qint64 end)
{
    if (m_progress)
        m_progress({ 0, 0.0 });
    // One read transaction: the facts, the names and the scope are one snapshot. The cancel flag interrupts a long
    // read of a large scope too.
    Header header;
    std::optional<TrainingFacts> facts;
    {
        m_reader.setCancelFlag(m_cancel);
        if (auto status = m_reader.exec(QStringLiteral("BEGIN")); !status) {
            m_reader.setCancelFlag(nullptr);
            return cancelled() ? cancelledError() : status.error();
        }
        const auto endReading = [this] {
            m_reader.setCancelFlag(nullptr); // first, so that a set flag cannot interrupt the ROLLBACK
            (void)m_reader.exec(QStringLiteral("ROLLBACK")); // it only read
        };
        TrainingFactsReader reader(m_reader);
        auto scope = reader.describe(m_request.scope);
        auto read = scope ? reader.read(m_request.scope, end) : Result<TrainingFacts>(scope.error());
        if (!read) {
            endReading();
            return cancelled() ? cancelledError() : read.error();
        }
        header.scope = *scope;
        // Who generated it by name, as an auditor reads it (the login stays in the console audit's entry).
        header.generatedBy = AuditNames(m_reader).actor(m_request.actor);
        endReading();
        facts = std::move(*read);
    }
    if (m_request.moduleId) {
        const TrainingFacts::Module* module = facts->module(*m_request.moduleId);
        if (!module)
            return Error(Error::Code::NotFound, tr("There is no training module %1.").arg(*m_request.moduleId));
        header.module = tr("%1 — %2").arg(module->code, module->title);
    }
    header.generatedAt = now;
    header.from = m_request.fromMs;
    header.end = end;
    if (cancelled())
        return cancelledError();

    const TrainingEvidence evidence = TrainingEvidence::build(*facts, m_request.moduleId, m_request.fromMs, end);

    auto output = ExportFile::create(m_request.path, m_request.replace);
    if (!output)
        return output.error();
    ExportFile& file = *output;

    std::unique_ptr<TrainingEvidencePdfWriter> pdf;
    QByteArray csv;
    if (m_request.format == Format::Pdf) {
        pdf = std::make_unique<TrainingEvidencePdfWriter>(file.device());
        if (auto status = pdf->begin(tr("Training evidence"), pdfFacts(header, evidence.counts),
                                     tr("Custodian training evidence · generated %1 by %2")
                                         .arg(TrainingEvidence::isoTime(now), header.generatedBy));
            !status)
            return status.error();
    } else {
        csv = csvHeader(header, evidence.counts);
    }

    constexpr qsizetype FlushAt = qsizetype(64) * 1024;
    QElapsedTimer sinceReport;
    sinceReport.start();
    qint64 written = 0;
    const qint64 total = qint64(evidence.rows.size());
    for (const TrainingEvidence::Row& row : evidence.rows) {
        if (cancelled())
            return cancelledError();
        if (pdf) {
            if (auto status = pdf->write(row); !status)
                return status.error();
        } else {
            QStringList fields;
            for (int c = 0; c < TrainingEvidence::ColumnCount; ++c)
                fields << TrainingEvidence::text(row, TrainingEvidence::Column(c));
            csv += csvLine(fields);
            if (csv.size() >= FlushAt) {
                if (auto status = writeBytes(file.device(), csv); !status)
                    return status.error();
                csv.clear();
            }
        }
        ++written;
        if (m_progress && sinceReport.elapsed() >= ProgressIntervalMs) {
            m_progress({ written, double(written) / double(total) });
            sinceReport.restart();
        }
    }
    if (auto status = pdf ? pdf->finish() : writeBytes(file.device(), csv); !status)
        return status.error();
    if (cancelled())
        return cancelledError();
    if (m_progress)
        m_progress({ written, 1.0 });

    // The file becomes visible inside the audit entry's transaction: both or neither.
    QJsonObject detail {
        { QStringLiteral("format"), exportFormatName(m_request.format) },
        { QStringLiteral("rows"), written },
        { QStringLiteral("file"), file.resolvedPath() },
        { QStringLiteral("scope"),
          QJsonObject { { QStringLiteral("kind"), scopeKind(m_request.scope.kind) },
                        { QStringLiteral("id"), m_request.scope.id } } },
        { QStringLiteral("to"), TrainingEvidence::isoTime(end + 1) },
    };
    if (m_request.moduleId)
        detail.insert(QStringLiteral("module"), facts->module(*m_request.moduleId)->code);
    if (m_request.fromMs)
        detail.insert(QStringLiteral("from"), TrainingEvidence::isoTime(*m_request.fromMs));
    auto seq = file.commit(m_auditWriter, m_request.actor, QStringLiteral("training"), detail, now);
    if (!seq)
        return seq.error();

    Summary summary;
    summary.counts = evidence.counts;
    summary.pages = pdf ? pdf->pageCount() : 0;
    summary.bytes = QFileInfo(file.resolvedPath()).size();
    summary.auditSeq = *seq;
    summary.path = file.resolvedPath();
    return summary;
}

} // namespace custodian
