#include "export/AccessPdfWriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace custodian {

namespace {
constexpr int Resolution = 600; // dpi: fine enough for exact placement, small coordinates
constexpr qsizetype CacheLimit = 4096; // elided texts kept per column before the cache starts over

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

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters, so the text a reader copies or
    // searches (or pdftotext extracts) is the text that was written. 0.05 device pixels at 600 dpi is invisible;
    // below 1/64 pixel Qt rounds it to none.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

Error deviceError(QIODevice* device)
{
    const auto* file = qobject_cast<QFileDevice*>(device);
    const bool full = file && file->error() == QFileDevice::ResourceError;
    return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                 AccessPdfWriter::tr("Cannot write the PDF file: %1").arg(device->errorString()));
}

bool deviceFailed(QIODevice* device)
{
    const auto* file = qobject_cast<QFileDevice*>(device);
    return file && file->error() != QFileDevice::NoError;
}
} // namespace

AccessPdfWriter::AccessPdfWriter(QIODevice* device)
    : m_device(device)
{
}

AccessPdfWriter::~AccessPdfWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

int AccessPdfWriter::pagesFor(qint64 rows, int firstPageRows, int rowsPerPage)
{
    if (rows <= firstPageRows || rowsPerPage <= 0)
        return 1;
    return int(1 + (rows - firstPageRows + rowsPerPage - 1) / rowsPerPage);
}

Status AccessPdfWriter::begin(const TitleBlock& titleBlock)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(Error::Code::InvalidArgument, tr("A PDF export needs the graphical application (for its fonts)."));
    m_writer = std::make_unique<QPdfWriter>(m_device);
    m_writer->setResolution(Resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                        QPageLayout::Millimeter));
    m_writer->setTitle(titleBlock.title);
    m_writer->setCreator(QStringLiteral("Custodian"));
    if (!m_painter.begin(m_writer.get()))
        return deviceFailed(m_device) ? deviceError(m_device)
                                      : Error(Error::Code::Io, tr("Cannot start the PDF file."));
    const QRect paint = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
    m_width = paint.width();
    m_height = paint.height();

    m_bodyFont = font(6.2);
    m_headingFont = font(6.2, true);
    m_titleFont = font(13, true);
    m_infoFont = font(8);
    const QFontMetricsF body(m_bodyFont, m_writer.get());
    const QFontMetricsF info(m_infoFont, m_writer.get());
    const QFontMetricsF title(m_titleFont, m_writer.get());

    m_padding = body.height() * 0.25;
    m_rowHeight = body.height() * 1.4;
    m_baseline = (m_rowHeight - body.height()) / 2 + body.ascent();
    for (char16_t c = 0; c < 128; ++c)
        m_asciiAdvance[c] = c < 32 ? body.maxWidth() : body.horizontalAdvance(QChar(c));
    const qreal footerHeight = info.height() * 2;
    m_tableBottom = m_height - footerHeight;
    layOutColumns();

    // Title block: the title and four lines (the filter may take two), always the same height.
    qreal y = 0;
    m_painter.setFont(m_titleFont);
    m_painter.drawText(QPointF(0, y + title.ascent()), titleBlock.title);
    y += title.height() * 1.4;
    m_painter.setFont(m_infoFont);
    const qreal line = info.height() * 1.2;
    const QString filterLabel = tr("Filter:") + QLatin1Char(' ');
    QTextLayout layout(filterLabel + titleBlock.filter, m_infoFont, m_writer.get());
    layout.beginLayout();
    QStringList filterLines;
    for (int i = 0; i < 2; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(m_width);
        QString text = layout.text().mid(textLine.textStart(), textLine.textLength());
        if (i == 1 && textLine.textStart() + textLine.textLength() < layout.text().size())
            text = info.elidedText(layout.text().mid(textLine.textStart()), Qt::ElideRight, m_width);
        filterLines << text.trimmed();
    }
    layout.endLayout();
    for (int i = 0; i < 2; ++i) {
        if (i < filterLines.size())
            m_painter.drawText(QPointF(i ? info.horizontalAdvance(filterLabel) : 0, y + info.ascent()), filterLines[i]);
        y += line;
    }
    m_painter.drawText(QPointF(0, y + info.ascent()),
                       info.elidedText(tr("Time range: %1").arg(titleBlock.timeRange), Qt::ElideRight, m_width));
    y += line;
    m_painter.drawText(QPointF(0, y + info.ascent()),
                       info.elidedText(tr("Generated: %1").arg(titleBlock.generated), Qt::ElideRight, m_width));
    y += line + info.height() * 0.6;
    m_tableTopFirst = y;

    const qreal headingHeight = m_rowHeight * 1.25;
    m_firstPageRows = std::max(1, int(std::floor((m_tableBottom - m_tableTopFirst - headingHeight) / m_rowHeight)));
    m_pageRows = std::max(1, int(std::floor((m_tableBottom - headingHeight) / m_rowHeight)));
    m_footer = tr("Custodian access events · generated %1").arg(titleBlock.generated);

    m_page = 0;
    startPage();
    if (deviceFailed(m_device))
        return deviceError(m_device);
    return {};
}

void AccessPdfWriter::layOutColumns()
{
    const QFontMetricsF body(m_bodyFont, m_writer.get());
    const QFontMetricsF heading(m_headingFont, m_writer.get());
    std::array<qreal, Columns> minimum {};
    qreal total = 0;
    for (int c = 0; c < Columns; ++c) {
        const auto column = Column(c);
        const qreal headingWidth = heading.horizontalAdvance(AccessExportColumns::title(column)) + 2 * m_padding;
        const qreal natural = body.horizontalAdvance(QString::fromLatin1(sampleText(column))) + 2 * m_padding;
        m_columnWidth[std::size_t(c)] = std::max(headingWidth, natural);
        // A free-text column keeps at least its heading and about half its sample.
        minimum[std::size_t(c)]
            = flexWeight(column) > 0 ? std::max(headingWidth, natural / 2) : m_columnWidth[std::size_t(c)];
        m_mayOverflow[std::size_t(c)] = mayOverflow(column);
        total += m_columnWidth[std::size_t(c)];
    }
    // Spare width goes to the free-text columns by weight; missing width is taken from them by weight, down to
    // their minimum (what one column cannot give, the others give).
    qreal spare = m_width - total;
    for (int round = 0; round < Columns && std::abs(spare) > 0.01; ++round) {
        qreal weights = 0;
        for (int c = 0; c < Columns; ++c) {
            if (flexWeight(Column(c)) > 0 && (spare > 0 || m_columnWidth[std::size_t(c)] > minimum[std::size_t(c)]))
                weights += flexWeight(Column(c));
        }
        if (weights == 0)
            break;
        qreal given = 0;
        for (int c = 0; c < Columns; ++c) {
            const qreal weight = flexWeight(Column(c));
            qreal& width = m_columnWidth[std::size_t(c)];
            if (weight == 0 || (spare < 0 && width <= minimum[std::size_t(c)]))
                continue;
            const qreal next = std::max(minimum[std::size_t(c)], width + spare * weight / weights);
            given += next - width;
            width = next;
        }
        spare -= given;
    }
    qreal sum = 0;
    for (qreal width : m_columnWidth)
        sum += width;
    const qreal scale = sum > m_width ? m_width / sum : 1.0; // a last resort: every column narrower
    qreal x = 0;
    for (int c = 0; c < Columns; ++c) {
        m_columnWidth[std::size_t(c)] *= scale;
        m_left[std::size_t(c)] = x;
        x += m_columnWidth[std::size_t(c)];
        if (scale < 1.0)
            m_mayOverflow[std::size_t(c)] = true;
    }
}

void AccessPdfWriter::drawColumnHeadings(qreal top)
{
    const qreal height = m_rowHeight * 1.25;
    m_painter.setFont(m_headingFont);
    m_painter.fillRect(QRectF(0, top, m_width, height), QColor(225, 229, 236));
    const qreal baseline = top + (height - m_rowHeight) / 2 + m_baseline;
    for (int c = 0; c < Columns; ++c)
        m_painter.drawText(QPointF(m_left[std::size_t(c)] + m_padding, baseline),
                           AccessExportColumns::title(Column(c)));
    m_painter.setFont(m_bodyFont);
    m_rowTop = top + height;
}

void AccessPdfWriter::startPage()
{
    if (m_page > 0)
        m_writer->newPage();
    ++m_page;
    m_rowsOnPage = 0;
    m_capacity = m_page == 1 ? m_firstPageRows : m_pageRows;

    const QFontMetricsF info(m_infoFont, m_writer.get());
    m_painter.setFont(m_infoFont);
    m_painter.setPen(QColor(90, 90, 90));
    const qreal footerBaseline = m_height - info.descent();
    const QString pageText = tr("Page %1").arg(m_page);
    m_painter.drawText(QPointF(0, footerBaseline),
                       info.elidedText(m_footer, Qt::ElideRight, m_width - info.horizontalAdvance(pageText) * 2));
    m_painter.drawText(QPointF(m_width - info.horizontalAdvance(pageText), footerBaseline), pageText);
    m_painter.setPen(Qt::black);
    drawColumnHeadings(m_page == 1 ? m_tableTopFirst : 0);
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

QString AccessPdfWriter::elided(int column, const QString& text)
{
    const qreal room = m_columnWidth[std::size_t(column)] - 2 * m_padding;
    qreal width = 0;
    bool ascii = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 128) {
            ascii = false;
            break;
        }
        width += m_asciiAdvance[u];
    }
    if (ascii && width * 1.02 <= room) // the margin covers kerning, which could only add a little
        return text;
    auto& cache = m_elidedCache[std::size_t(column)];
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return it.value();
    const QFontMetricsF body(m_bodyFont, m_writer.get());
    QString shown = body.horizontalAdvance(text) <= room ? text : body.elidedText(text, Qt::ElideRight, room);
    if (cache.size() >= CacheLimit)
        cache.clear();
    cache.insert(text, shown);
    return shown;
}

Status AccessPdfWriter::write(const AccessEventRow& row)
{
    if (m_rowsOnPage == m_capacity) {
        startPage();
        if (deviceFailed(m_device))
            return deviceError(m_device);
    }
    if (m_rowsOnPage % 2 == 1)
        m_painter.fillRect(QRectF(0, m_rowTop, m_width, m_rowHeight), QColor(244, 245, 247));
    const qreal baseline = m_rowTop + m_baseline;
    for (int c = 0; c < Columns; ++c) {
        QString text = cellText(row, c);
        if (text.isEmpty())
            continue;
        if (m_mayOverflow[std::size_t(c)])
            text = elided(c, text);
        m_painter.drawText(QPointF(m_left[std::size_t(c)] + m_padding, baseline), text);
    }
    m_rowTop += m_rowHeight;
    ++m_rowsOnPage;
    ++m_rows;
    return {};
}

Status AccessPdfWriter::finish()
{
    if (!m_painter.isActive())
        return Error(Error::Code::Io, tr("The PDF file was not started."));
    if (m_rows == 0) {
        m_painter.setFont(m_infoFont);
        const QFontMetricsF info(m_infoFont, m_writer.get());
        m_painter.drawText(QPointF(m_padding, m_rowTop + info.height() * 1.5),
                           tr("No access events match this filter."));
    }
    if (!m_painter.end() || deviceFailed(m_device))
        return deviceError(m_device);
    return {};
}

} // namespace custodian
