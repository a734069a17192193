#include "export/AccessExportJob.h"

#include "domain/Clock.h"

#include "export/AccessCsvWriter.h"
#include "export/AccessFilterDescription.h"
#include "export/AccessPdfWriter.h"
#include "export/ExportFile.h"
#include "store/AccessEventRepository.h"
#include "store/AccessLookups.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <optional>

namespace custodian {

namespace {
Error cancelledError()
{
    return Error(Error::Code::Cancelled, AccessExportJob::tr("The export was cancelled; no file was written."));
}

// Where a row lies in the export, from 0 to 1: its time between the first and the last matching event (and in
// agent order, its agent between the lowest and the highest). Agent ids are dense enough for an estimate.
class ProgressEstimate
{
public:
    ProgressEstimate() = default;
    ProgressEstimate(AccessSort sort, qint64 firstTime, qint64 lastTime, qint64 lowAgent, qint64 highAgent)
        : m_sort(sort)
        , m_firstTime(firstTime)
        , m_lastTime(lastTime)
        , m_lowAgent(lowAgent)
        , m_highAgent(highAgent)
    {
    }

    [[nodiscard]] double at(const AccessEventRow& row) const
    {
        const double span = double(std::max<qint64>(1, m_lastTime - m_firstTime));
        const double time = std::clamp(double(row.occurredAt - m_firstTime) / span, 0.0, 1.0);
        const double agents = double(m_highAgent - m_lowAgent + 1);
        switch (m_sort) {
        case AccessSort::OldestFirst:
            return time;
        case AccessSort::NewestFirst:
            return 1.0 - time;
        case AccessSort::AgentAscending:
            return std::clamp((double(row.agentId - m_lowAgent) + time) / agents, 0.0, 1.0);
        case AccessSort::AgentDescending:
            return std::clamp((double(m_highAgent - row.agentId) + 1.0 - time) / agents, 0.0, 1.0);
        }
        return 0;
    }

private:
    AccessSort m_sort = AccessSort::OldestFirst;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
    qint64 m_lowAgent = 0;
    qint64 m_highAgent = 0;
};

// The first row of `query` in `sort` order, if any.
Result<std::optional<AccessEventRow>> firstRow(AccessEventRepository& repository, const AccessQuery& query,
                                               AccessSort sort)
{
    auto rows = repository.page(query, sort, std::nullopt, false, 1);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<AccessEventRow>();
    return std::optional<AccessEventRow>(rows->front());
}
} // namespace

AccessExportJob::AccessExportJob(Database& reader, Database& auditWriter, Request request)
    : m_reader(reader)
    , m_auditWriter(auditWriter)
    , m_request(std::move(request))
{
}

Result<AccessExportJob::Summary> AccessExportJob::run()
{
    if (auto status = ExportFile::check(m_request.actor, m_request.path); !status)
        return status.error();
    if (cancelled())
        return cancelledError();

    // Rows join their agent, team, site, record and workstation by id: with SQLite's default 8 MiB page cache
    // the record look-ups miss and decrypt the same pages again and again (measured: 3x slower at 1 M events).
    (void)m_reader.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(ReaderCacheKiB));
    m_reader.setCancelFlag(m_cancel);
    // One read transaction: every page of the export sees the same snapshot.
    if (auto status = m_reader.exec(QStringLiteral("BEGIN")); !status) {
        m_reader.setCancelFlag(nullptr);
        return cancelled() ? cancelledError() : status.error();
    }
    m_reading = true;
    auto summary = exportRows();
    endReading();
    return summary;
}

void AccessExportJob::endReading()
{
    m_reader.setCancelFlag(nullptr); // first, so that a set flag cannot interrupt the ROLLBACK
    if (m_reading)
        (void)m_reader.exec(QStringLiteral("ROLLBACK")); // it only read
    m_reading = false;
}

Result<AccessExportJob::Summary> AccessExportJob::exportRows()
{
    const qint64 now = m_request.nowMs ? m_request.nowMs : Clock::nowMs();
    const auto failed = [this](const Error& error) -> Error { return cancelled() ? cancelledError() : error; };

    AccessEventRepository repository(m_reader);
    auto query = repository.resolve(m_request.filter, now);
    if (!query)
        return failed(query.error());

    // The bounds of what matches: the progress estimate, and an empty result without a second scan.
    ProgressEstimate estimate;
    bool anyRow = false;
    {
        auto first = firstRow(repository, *query, AccessSort::OldestFirst);
        if (!first)
            return failed(first.error());
        anyRow = first->has_value();
        if (anyRow) {
            auto last = firstRow(repository, *query, AccessSort::NewestFirst);
            if (!last)
                return failed(last.error());
            qint64 lowAgent = 0;
            qint64 highAgent = 0;
            if (m_request.sort == AccessSort::AgentAscending || m_request.sort == AccessSort::AgentDescending) {
                auto low = firstRow(repository, *query, AccessSort::AgentAscending);
                if (!low)
                    return failed(low.error());
                auto high = firstRow(repository, *query, AccessSort::AgentDescending);
                if (!high)
                    return failed(high.error());
                lowAgent = low->has_value() ? (*low)->agentId : 0;
                highAgent = high->has_value() ? (*high)->agentId : lowAgent;
            }
            const qint64 firstTime = (*first)->occurredAt;
            const qint64 lastTime = last->has_value() ? (*last)->occurredAt : firstTime;
            estimate = ProgressEstimate(m_request.sort, firstTime, lastTime, lowAgent, highAgent);
        }
    }

    QString description = m_request.description;
    if (description.isEmpty() && m_request.format == Format::Pdf) {
        auto lookups = AccessLookups::load(m_reader);
        if (!lookups)
            return failed(lookups.error());
        description = AccessFilterDescription::describe(m_request.filter, *lookups);
    }

    auto output = ExportFile::create(m_request.path, m_request.replace);
    if (!output)
        return output.error();
    ExportFile& file = *output;

    std::optional<AccessCsvWriter> csv;
    std::unique_ptr<AccessPdfWriter> pdf;
    Status started;
    if (m_request.format == Format::Csv) {
        csv.emplace(file.device());
        started = csv->begin();
    } else {
        pdf = std::make_unique<AccessPdfWriter>(file.device());
        started = pdf->begin({ tr("Access events"), description,
                               AccessFilterDescription::timeRange(m_request.filter, query->fromMs, query->toMs),
                               tr("%1 by %2").arg(AccessFilterDescription::utc(now), m_request.actor) });
    }
    if (!started)
        return started.error();

    qint64 rows = 0;
    Status writeStatus;
    QElapsedTimer sinceReport;
    sinceReport.start();
    if (m_progress)
        m_progress({ 0, 0.0 });
    const auto sink = [&](const AccessEventRow& row) {
        if (cancelled())
            return false;
        Status status = csv ? csv->write(row) : pdf->write(row);
        if (!status) {
            writeStatus = status;
            return false;
        }
        ++rows;
        if (m_progress && (rows & 255) == 0 && sinceReport.elapsed() >= ProgressIntervalMs) {
            m_progress({ rows, estimate.at(row) });
            sinceReport.restart();
        }
        return true;
    };
    if (anyRow) {
        Status read = repository.forEach(*query, m_request.sort, sink);
        if (cancelled())
            return cancelledError();
        if (!writeStatus)
            return writeStatus.error();
        if (!read)
            return read.error();
    }
    if (auto status = csv ? csv->finish() : pdf->finish(); !status)
        return status.error();
    if (cancelled())
        return cancelledError();
    if (m_progress)
        m_progress({ rows, 1.0 });
    endReading(); // the audit may go through the same connection

    // The file becomes visible inside the audit entry's transaction: both or neither.
    const QJsonObject detail {
        { QStringLiteral("format"), exportFormatName(m_request.format) },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("file"), file.resolvedPath() },
        { QStringLiteral("filter"), m_request.filter.toJson() },
    };
    auto seq = file.commit(m_auditWriter, m_request.actor, QStringLiteral("access"), detail);
    if (!seq)
        return seq.error();

    Summary summary;
    summary.rows = rows;
    summary.pages = pdf ? pdf->pageCount() : 0;
    summary.bytes = QFileInfo(file.resolvedPath()).size();
    summary.auditSeq = *seq;
    summary.path = file.resolvedPath();
    return summary;
}

} // namespace custodian
