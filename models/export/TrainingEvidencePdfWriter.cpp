#include "export/TrainingEvidencePdfWriter.h"

#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QFontMetricsF>

#include <algorithm>

namespace custodian {

namespace {
constexpr int Resolution = 300; // dpi
constexpr qreal BodyPoints = 6;

// Each free-text column's share of the width the fixed ones leave, in the order of Cell; 0: a fixed column, as wide
// as its heading or its widest value (a time, a score, yes/no, a state), whichever is wider.
constexpr qreal Weights[] = { 16, 10, 0, 11, 14, 9, 0, 0, 0, 0, 0, 0, 0, 12 };
constexpr const char* FixedSample[] = { "",
                                        "",
                                        "WWWW",
                                        "",
                                        "",
                                        "",
                                        "2026-12-31 23:59",
                                        "2026-12-31 23:59",
                                        "2026-12-31 23:59",
                                        "100",
                                        "yes",
                                        "2026-12-31 23:59",
                                        "not required",
                                        "" };

// "2026-03-01 14:00": the headings say UTC.
QString shortTime(const std::optional<qint64>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

TrainingEvidencePdfWriter::TrainingEvidencePdfWriter(QIODevice* device)
    : m_table(device)
{
}

QString TrainingEvidencePdfWriter::heading(Cell cell)
{
    switch (cell) {
    case Cell::Agent:
        return tr("Agent");
    case Cell::Team:
        return tr("Team");
    case Cell::Site:
        return tr("Site");
    case Cell::Module:
        return tr("Module");
    case Cell::Title:
        return tr("Title");
    case Cell::Control:
        return tr("Control");
    case Cell::Assigned:
        return tr("Assigned (UTC)");
    case Cell::Due:
        return tr("Due (UTC)");
    case Cell::Completed:
        return tr("Completed (UTC)");
    case Cell::Score:
        return tr("Score");
    case Cell::Passed:
        return tr("Passed");
    case Cell::Expires:
        return tr("Expires (UTC)");
    case Cell::State:
        return tr("State at end");
    case Cell::Certificate:
        return tr("Certificate");
    }
    return QString();
}

QString TrainingEvidencePdfWriter::text(const TrainingEvidence::Row& row, Cell cell)
{
    switch (cell) {
    case Cell::Agent:
        return tr("%1 (%2)").arg(row.agent->displayName, row.agent->employeeNo);
    case Cell::Team:
        return row.agent->teamName;
    case Cell::Site:
        return row.agent->siteCode;
    case Cell::Module:
        return row.module->code;
    case Cell::Title:
        return row.module->title;
    case Cell::Control:
        // Control references often name their framework already ("PCI DSS 12.6.3").
        if (row.module->controlRef.isEmpty())
            return row.module->framework;
        if (row.module->controlRef.startsWith(row.module->framework))
            return row.module->controlRef;
        return tr("%1 %2").arg(row.module->framework, row.module->controlRef);
    case Cell::Assigned:
        return shortTime(row.assignedAt);
    case Cell::Due:
        return shortTime(row.dueAt);
    case Cell::Completed:
        return shortTime(row.completedAt);
    case Cell::Score:
        return row.score ? QString::number(*row.score) : QString();
    case Cell::Passed:
        return row.passed ? (*row.passed ? tr("yes") : tr("no")) : QString();
    case Cell::Expires:
        return shortTime(row.expiresAt);
    case Cell::State:
        return Vocabulary::trainingState(row.state); // the words the console shows, as the access PDF's cells
    case Cell::Certificate:
        return row.certificateRef;
    }
    return QString();
}

Status TrainingEvidencePdfWriter::begin(const QString& title, const QStringList& facts, const QString& footer)
{
    if (auto status = m_table.begin(title, Resolution, BodyPoints); !status)
        return status;
    m_table.drawTitle(title);
    for (const QString& fact : facts)
        m_table.drawInfoLine(fact);
    m_cells.resize(Cells);
    return m_table.startTable(layOutColumns(), footer);
}

std::vector<PdfTablePainter::Column> TrainingEvidencePdfWriter::layOutColumns() const
{
    const QFontMetricsF body = m_table.bodyMetrics();
    const QFontMetricsF headings = m_table.headingMetrics();
    std::vector<PdfTablePainter::Column> columns(Cells);
    qreal fixed = 0;
    qreal weights = 0;
    for (int c = 0; c < Cells; ++c) {
        PdfTablePainter::Column& column = columns[std::size_t(c)];
        column.heading = heading(Cell(c));
        if (Weights[c] > 0) {
            weights += Weights[c];
            continue;
        }
        column.width = std::max(headings.horizontalAdvance(column.heading),
                                body.horizontalAdvance(QString::fromLatin1(FixedSample[c])))
            + 2 * m_table.padding();
        fixed += column.width;
    }
    const qreal flexible = std::max<qreal>(0, m_table.width() - fixed);
    for (int c = 0; c < Cells; ++c) {
        if (Weights[c] > 0)
            columns[std::size_t(c)].width = flexible * Weights[c] / weights;
    }
    return columns;
}

Status TrainingEvidencePdfWriter::write(const TrainingEvidence::Row& row)
{
    for (int c = 0; c < Cells; ++c)
        m_cells[c] = text(row, Cell(c));
    return m_table.writeRow(m_cells);
}

Status TrainingEvidencePdfWriter::finish()
{
    return m_table.finish(tr("No agent in this scope needs these modules or completed one in this period."));
}

} // namespace custodian
