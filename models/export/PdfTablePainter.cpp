#include "export/PdfTablePainter.h"

#include <QFileDevice>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace custodian {

namespace {
constexpr qsizetype CacheLimit = 4096; // elided texts kept per column before the cache starts over
constexpr qreal HeadingRows = 1.25; // the headings' band, in rows

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing makes Qt shape without ligatures: "fi" stays two letters, so the text a reader copies or
    // searches (or pdftotext extracts) is the text that was written. 0.05 device pixels is invisible; below 1/64
    // pixel Qt rounds it to none.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}
} // namespace

PdfTablePainter::PdfTablePainter(QIODevice* device)
    : m_device(device)
{
}

PdfTablePainter::~PdfTablePainter()
{
    if (m_painter.isActive())
        m_painter.end();
}

int PdfTablePainter::pagesFor(qint64 rows, int firstPageRows, int rowsPerPage)
{
    if (rows <= firstPageRows || rowsPerPage <= 0)
        return 1;
    return int(1 + (rows - firstPageRows + rowsPerPage - 1) / rowsPerPage);
}

bool PdfTablePainter::deviceFailed() const
{
    const auto* file = qobject_cast<QFileDevice*>(m_device);
    return file && file->error() != QFileDevice::NoError;
}

Error PdfTablePainter::deviceError() const
{
    const auto* file = qobject_cast<QFileDevice*>(m_device);
    const bool full = file && file->error() == QFileDevice::ResourceError;
    return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                 tr("Cannot write the PDF file: %1").arg(m_device->errorString()));
}

QFontMetricsF PdfTablePainter::bodyMetrics() const
{
    return QFontMetricsF(m_bodyFont, m_writer.get());
}

QFontMetricsF PdfTablePainter::headingMetrics() const
{
    return QFontMetricsF(m_headingFont, m_writer.get());
}

QFontMetricsF PdfTablePainter::infoMetrics() const
{
    return QFontMetricsF(m_infoFont, m_writer.get());
}

QPaintDevice* PdfTablePainter::paintDevice() const
{
    return m_writer.get();
}

Status PdfTablePainter::begin(const QString& title, int resolution, qreal bodyPoints)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(Error::Code::InvalidArgument, tr("A PDF export needs the graphical application (for its fonts)."));
    m_writer = std::make_unique<QPdfWriter>(m_device);
    m_writer->setResolution(resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                        QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Custodian"));
    if (!m_painter.begin(m_writer.get()))
        return deviceFailed() ? deviceError() : Error(Error::Code::Io, tr("Cannot start the PDF file."));
    const QRect paint = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
    m_width = paint.width();
    m_height = paint.height();

    m_bodyFont = font(bodyPoints);
    m_headingFont = font(bodyPoints, true);
    m_titleFont = font(13, true);
    m_infoFont = font(8);
    const QFontMetricsF body = bodyMetrics();
    m_padding = body.height() * 0.25;
    m_rowHeight = body.height() * 1.4;
    m_baseline = (m_rowHeight - body.height()) / 2 + body.ascent();
    for (char16_t c = 0; c < 128; ++c)
        m_asciiAdvance[c] = c < 32 ? body.maxWidth() : body.horizontalAdvance(QChar(c));
    m_tableBottom = m_height - infoMetrics().height() * 2; // room for the footer
    m_y = 0;
    return {};
}

void PdfTablePainter::drawTitle(const QString& title)
{
    const QFontMetricsF metrics(m_titleFont, m_writer.get());
    m_painter.setFont(m_titleFont);
    m_painter.drawText(QPointF(0, m_y + metrics.ascent()), title);
    m_y += metrics.height() * 1.4;
}

void PdfTablePainter::drawInfoLine(const QString& text, qreal indent)
{
    const QFontMetricsF info = infoMetrics();
    if (!text.isEmpty()) {
        m_painter.setFont(m_infoFont);
        m_painter.drawText(QPointF(indent, m_y + info.ascent()),
                           info.elidedText(text, Qt::ElideRight, m_width - indent));
    }
    m_y += info.height() * 1.2;
}

Status PdfTablePainter::startTable(std::vector<Column> columns, const QString& footer)
{
    m_columns = std::move(columns);
    m_left.assign(m_columns.size(), 0);
    qreal x = 0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        m_left[c] = x;
        x += m_columns[c].width;
    }
    m_elidedCache.assign(m_columns.size(), {});
    m_footer = footer;
    m_tableTopFirst = m_y + infoMetrics().height() * 0.6;
    const qreal headingHeight = m_rowHeight * HeadingRows;
    m_firstPageRows = std::max(1, int(std::floor((m_tableBottom - m_tableTopFirst - headingHeight) / m_rowHeight)));
    m_pageRows = std::max(1, int(std::floor((m_tableBottom - headingHeight) / m_rowHeight)));
    m_page = 0;
    startPage();
    if (deviceFailed())
        return deviceError();
    return {};
}

void PdfTablePainter::startPage()
{
    if (m_page > 0)
        m_writer->newPage();
    ++m_page;
    m_rowsOnPage = 0;
    m_capacity = m_page == 1 ? m_firstPageRows : m_pageRows;

    const QFontMetricsF info = infoMetrics();
    m_painter.setFont(m_infoFont);
    m_painter.setPen(QColor(90, 90, 90));
    const qreal footerBaseline = m_height - info.descent();
    const QString pageText = tr("Page %1").arg(m_page);
    m_painter.drawText(QPointF(0, footerBaseline),
                       info.elidedText(m_footer, Qt::ElideRight, m_width - info.horizontalAdvance(pageText) * 2));
    m_painter.drawText(QPointF(m_width - info.horizontalAdvance(pageText), footerBaseline), pageText);
    m_painter.setPen(Qt::black);

    const qreal top = m_page == 1 ? m_tableTopFirst : 0;
    const qreal height = m_rowHeight * HeadingRows;
    const QFontMetricsF heading = headingMetrics();
    m_painter.fillRect(QRectF(0, top, m_width, height), QColor(225, 229, 236));
    m_painter.setFont(m_headingFont);
    const qreal baseline = top + (height - heading.height()) / 2 + heading.ascent();
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        m_painter.drawText(
            QPointF(m_left[c] + m_padding, baseline),
            heading.elidedText(m_columns[c].heading, Qt::ElideRight, m_columns[c].width - 2 * m_padding));
    m_painter.setFont(m_bodyFont);
    m_rowTop = top + height;
}

QString PdfTablePainter::elided(std::size_t column, const QString& text)
{
    const qreal room = m_columns[column].width - 2 * m_padding;
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
    auto& cache = m_elidedCache[column];
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return it.value();
    const QFontMetricsF body = bodyMetrics();
    QString shown = body.horizontalAdvance(text) <= room ? text : body.elidedText(text, Qt::ElideRight, room);
    if (cache.size() >= CacheLimit)
        cache.clear();
    cache.insert(text, shown);
    return shown;
}

Status PdfTablePainter::writeRow(const QStringList& cells)
{
    if (m_rowsOnPage == m_capacity) {
        startPage();
        if (deviceFailed())
            return deviceError();
    }
    if (m_rowsOnPage % 2 == 1)
        m_painter.fillRect(QRectF(0, m_rowTop, m_width, m_rowHeight), QColor(244, 245, 247));
    const qreal baseline = m_rowTop + m_baseline;
    const std::size_t count = std::min(m_columns.size(), std::size_t(cells.size()));
    for (std::size_t c = 0; c < count; ++c) {
        const QString& text = cells[qsizetype(c)];
        if (text.isEmpty())
            continue;
        m_painter.drawText(QPointF(m_left[c] + m_padding, baseline), m_columns[c].mayOverflow ? elided(c, text) : text);
    }
    m_rowTop += m_rowHeight;
    ++m_rowsOnPage;
    ++m_rows;
    return {};
}

Status PdfTablePainter::finish(const QString& emptyText)
{
    if (!m_painter.isActive())
        return Error(Error::Code::Io, tr("The PDF file was not started."));
    if (m_rows == 0) {
        m_painter.setFont(m_infoFont);
        m_painter.drawText(QPointF(m_padding, m_rowTop + infoMetrics().height() * 1.5), emptyText);
    }
    if (!m_painter.end() || deviceFailed())
        return deviceError();
    return {};
}

} // namespace custodian
