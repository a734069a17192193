#include "export/AccessPdfWriter.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace custodian {

namespace {
constexpr int Resolution = 600; // dpi: fine enough for exact placement, small coordinates
constexpr qreal BodyPoints = 6.2;

// The widest text each column is sized for; longer texts (names, teams, hosts) are elided.
const char* sampleText(AccessExportColumns::Column column)
{
    using C = AccessExportColumns::Column;
    switch (column) {
    case C::Time:
        return "2026-12-28 23:59:59.999";
    case C::EventId:
        return "1777777777777777777";
    case C::EmployeeNo:
        return "E1234567";
    case C::AgentName:
        return "Alexandria Montgomery";
    case C::Team:
        return "Payments and Billing";
    case C::Site:
        return "MNLX";
    case C::Action:
        return "bulk search";
    case C::Outcome:
        return "success";
    case C::DataClass:
        return "payment card data";
    case C::Channel:
        return "back office";
    case C::Record:
        return "424242*********4242"; // the longest masked card number: BIN, nine stars, last four
    case C::RecordKind:
        return "chat_transcript";
    case C::Workstation:
        return "MMM-WS-0000";
    case C::SourceAddress:
        return "255.255.255.255";
    case C::Session:
        return "99999999";
    }
    return "";
}

// Share of the width left over (or missing) that each column takes: the free-text columns give and take. The
// others hold values that must show whole (times, ids, masked records, addresses).
qreal flexWeight(AccessExportColumns::Column column)
{
    using C = AccessExportColumns::Column;
    switch (column) {
    case C::AgentName:
        return 3;
    case C::Team:
        return 2;
    default:
        return 0;
    }
}

// Texts that come from outside or from a translation (the code words of Vocabulary) can be any length; the time is
// bounded by its sample.
bool mayOverflow(AccessExportColumns::Column column)
{
    using C = AccessExportColumns::Column;
    switch (column) {
    case C::Time:
        return false;
    default:
        return true;
    }
}

} // namespace

AccessPdfWriter::AccessPdfWriter(QIODevice* device)
    : m_table(device)
{
}

Status AccessPdfWriter::begin(const TitleBlock& titleBlock)
{
    if (auto status = m_table.begin(titleBlock.title, Resolution, BodyPoints); !status)
        return status;
    // Title block: the title and four lines (the filter may take two), always the same height.
    m_table.drawTitle(titleBlock.title);
    drawFilter(titleBlock.filter);
    m_table.drawInfoLine(tr("Time range: %1").arg(titleBlock.timeRange));
    m_table.drawInfoLine(tr("Generated: %1").arg(titleBlock.generated));
    m_cells.resize(Columns);
    return m_table.startTable(layOutColumns(), tr("Custodian access events · generated %1").arg(titleBlock.generated));
}

void AccessPdfWriter::drawFilter(const QString& filter)
{
    const QFontMetricsF info = m_table.infoMetrics();
    const qreal width = m_table.width();
    const QString filterLabel = tr("Filter:") + QLatin1Char(' ');
    QTextLayout layout(filterLabel + filter, m_table.infoFont(), m_table.paintDevice());
    layout.beginLayout();
    QStringList filterLines;
    for (int i = 0; i < 2; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        QString text = layout.text().mid(textLine.textStart(), textLine.textLength());
        if (i == 1 && textLine.textStart() + textLine.textLength() < layout.text().size())
            text = info.elidedText(layout.text().mid(textLine.textStart()), Qt::ElideRight, width);
        filterLines << text.trimmed();
    }
    layout.endLayout();
    for (int i = 0; i < 2; ++i)
        m_table.drawInfoLine(i < filterLines.size() ? filterLines[i] : QString(),
                             i ? info.horizontalAdvance(filterLabel) : 0);
}

std::vector<PdfTablePainter::Column> AccessPdfWriter::layOutColumns() const
{
    const QFontMetricsF body = m_table.bodyMetrics();
    const QFontMetricsF heading = m_table.headingMetrics();
    const qreal padding = m_table.padding();
    const qreal pageWidth = m_table.width();
    std::vector<PdfTablePainter::Column> columns(Columns);
    std::array<qreal, Columns> minimum {};
    qreal total = 0;
    for (int c = 0; c < Columns; ++c) {
        const auto column = Column(c);
        PdfTablePainter::Column& laid = columns[std::size_t(c)];
        laid.heading = AccessExportColumns::title(column);
        const qreal headingWidth = heading.horizontalAdvance(laid.heading) + 2 * padding;
        const qreal natural = body.horizontalAdvance(QString::fromLatin1(sampleText(column))) + 2 * padding;
        laid.width = std::max(headingWidth, natural);
        // A free-text column keeps at least its heading and about half its sample.
        minimum[std::size_t(c)] = flexWeight(column) > 0 ? std::max(headingWidth, natural / 2) : laid.width;
        laid.mayOverflow = mayOverflow(column);
        total += laid.width;
    }
    // Spare width goes to the free-text columns by weight; missing width is taken from them by weight, down to
    // their minimum (what one column cannot give, the others give).
    qreal spare = pageWidth - total;
    for (int round = 0; round < Columns && std::abs(spare) > 0.01; ++round) {
        qreal weights = 0;
        for (int c = 0; c < Columns; ++c) {
            if (flexWeight(Column(c)) > 0 && (spare > 0 || columns[std::size_t(c)].width > minimum[std::size_t(c)]))
                weights += flexWeight(Column(c));
        }
        if (weights == 0)
            break;
        qreal given = 0;
        for (int c = 0; c < Columns; ++c) {
            const qreal weight = flexWeight(Column(c));
            qreal& width = columns[std::size_t(c)].width;
            if (weight == 0 || (spare < 0 && width <= minimum[std::size_t(c)]))
                continue;
            const qreal next = std::max(minimum[std::size_t(c)], width + spare * weight / weights);
            given += next - width;
            width = next;
        }
        spare -= given;
    }
    qreal sum = 0;
    for (const auto& column : columns)
        sum += column.width;
    if (sum > pageWidth) { // a last resort: every column narrower, and any may then overflow
        for (auto& column : columns) {
            column.width *= pageWidth / sum;
            column.mayOverflow = true;
        }
    }
    return columns;
}

QString AccessPdfWriter::cellText(const AccessEventRow& row, int column)
{
    if (Column(column) == Column::Time) {
        // "2026-02-28 13:45:12.345": the heading says UTC.
        QString text = AccessExportColumns::isoTime(row.occurredAt);
        text[10] = QLatin1Char(' ');
        text.chop(1);
        return text;
    }
    return AccessExportColumns::text(row, Column(column));
}

Status AccessPdfWriter::write(const AccessEventRow& row)
{
    for (int c = 0; c < Columns; ++c)
        m_cells[c] = cellText(row, c);
    return m_table.writeRow(m_cells);
}

Status AccessPdfWriter::finish()
{
    return m_table.finish(tr("No access events match this filter."));
}

} // namespace custodian
