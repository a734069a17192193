#include "export/TrainingEvidencePdfWriter.h"

#include <QDateTime>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>

namespace custodian {

namespace {
constexpr int Resolution = 300; // dpi

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

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // As AccessPdfWriter: a tiny letter spacing keeps Qt from forming ligatures, so extracted text is the text written.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

bool deviceFailed(QIODevice* device)
{
    const auto* file = qobject_cast<QFileDevice*>(device);
    return file && file->error() != QFileDevice::NoError;
}

Error deviceError(QIODevice* device)
{
    const auto* file = qobject_cast<QFileDevice*>(device);
    const bool full = file && file->error() == QFileDevice::ResourceError;
    return Error(full ? Error::Code::DiskFull : Error::Code::Io,
                 TrainingEvidencePdfWriter::tr("Cannot write the PDF file: %1").arg(device->errorString()));
}

// "2026-03-01 14:00": the headings say UTC.
QString shortTime(const std::optional<qint64>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

TrainingEvidencePdfWriter::TrainingEvidencePdfWriter(QIODevice* device)
    : m_device(device)
{
}

TrainingEvidencePdfWriter::~TrainingEvidencePdfWriter()
{
    if (m_painter.isActive())
        m_painter.end();
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
        switch (row.state) {
        case TrainingState::NotRequired:
            return tr("not required");
        case TrainingState::Compliant:
            return tr("compliant");
        case TrainingState::DueSoon:
            return tr("due soon");
        case TrainingState::Pending:
            return tr("pending");
        case TrainingState::Overdue:
            return tr("overdue");
        case TrainingState::Expired:
            return tr("expired");
        }
        return QString();
    case Cell::Certificate:
        return row.certificateRef;
    }
    return QString();
}

Status TrainingEvidencePdfWriter::begin(const QString& title, const QStringList& facts, const QString& footer)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(Error::Code::InvalidArgument, tr("A PDF export needs the graphical application (for its fonts)."));
    m_writer = std::make_unique<QPdfWriter>(m_device);
    m_writer->setResolution(Resolution);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                        QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Custodian"));
    if (!m_painter.begin(m_writer.get()))
        return deviceFailed(m_device) ? deviceError(m_device)
                                      : Error(Error::Code::Io, tr("Cannot start the PDF file."));
    const QRect paint = m_writer->pageLayout().paintRectPixels(m_writer->resolution());
    m_width = paint.width();
    m_height = paint.height();
    m_bodyFont = font(6);
    m_headingFont = font(6, true);
    m_titleFont = font(13, true);
    m_infoFont = font(8);
    const QFontMetricsF body(m_bodyFont, m_writer.get());
    const QFontMetricsF info(m_infoFont, m_writer.get());
    const QFontMetricsF titleMetrics(m_titleFont, m_writer.get());
    m_padding = body.height() * 0.25;
    m_rowHeight = body.height() * 1.4;
    m_tableBottom = m_height - info.height() * 2;
    const QFontMetricsF heading(m_headingFont, m_writer.get());
    qreal widths[Cells] {};
    qreal fixed = 0;
    qreal weights = 0;
    for (int c = 0; c < Cells; ++c) {
        if (Weights[c] > 0) {
            weights += Weights[c];
            continue;
        }
        widths[c] = std::max(heading.horizontalAdvance(this->heading(Cell(c))),
                             body.horizontalAdvance(QString::fromLatin1(FixedSample[c])))
            + 2 * m_padding;
        fixed += widths[c];
    }
    const qreal flexible = std::max<qreal>(0, m_width - fixed);
    m_left[0] = 0;
    for (int c = 0; c < Cells; ++c)
        m_left[c + 1] = m_left[c] + (Weights[c] > 0 ? flexible * Weights[c] / weights : widths[c]);

    qreal y = 0;
    m_painter.setFont(m_titleFont);
    m_painter.drawText(QPointF(0, y + titleMetrics.ascent()), title);
    y += titleMetrics.height() * 1.4;
    m_painter.setFont(m_infoFont);
    for (const QString& fact : facts) {
        m_painter.drawText(QPointF(0, y + info.ascent()), info.elidedText(fact, Qt::ElideRight, m_width));
        y += info.height() * 1.2;
    }
    m_tableTopFirst = y + info.height() * 0.6;
    m_footer = footer;
    m_page = 0;
    startPage();
    if (deviceFailed(m_device))
        return deviceError(m_device);
    return {};
}

void TrainingEvidencePdfWriter::startPage()
{
    if (m_page > 0)
        m_writer->newPage();
    ++m_page;
    const QFontMetricsF info(m_infoFont, m_writer.get());
    m_painter.setFont(m_infoFont);
    const QString pageText = tr("Page %1").arg(m_page);
    const qreal footerBaseline = m_height - info.descent();
    m_painter.drawText(QPointF(0, footerBaseline),
                       info.elidedText(m_footer, Qt::ElideRight, m_width - info.horizontalAdvance(pageText) * 2));
    m_painter.drawText(QPointF(m_width - info.horizontalAdvance(pageText), footerBaseline), pageText);

    const qreal top = m_page == 1 ? m_tableTopFirst : 0;
    const qreal height = m_rowHeight * 1.25;
    m_painter.fillRect(QRectF(0, top, m_width, height), QColor(225, 229, 236));
    m_painter.setFont(m_headingFont);
    const QFontMetricsF metrics(m_headingFont, m_writer.get());
    for (int c = 0; c < Cells; ++c)
        m_painter.drawText(
            QPointF(m_left[c] + m_padding, top + (height - metrics.height()) / 2 + metrics.ascent()),
            metrics.elidedText(heading(Cell(c)), Qt::ElideRight, m_left[c + 1] - m_left[c] - 2 * m_padding));
    m_painter.setFont(m_bodyFont);
    m_rowTop = top + height;
}

Status TrainingEvidencePdfWriter::write(const TrainingEvidence::Row& row)
{
    if (m_rowTop + m_rowHeight > m_tableBottom) {
        startPage();
        if (deviceFailed(m_device))
            return deviceError(m_device);
    }
    const QFontMetricsF body(m_bodyFont, m_writer.get());
    if (m_rows % 2 == 1)
        m_painter.fillRect(QRectF(0, m_rowTop, m_width, m_rowHeight), QColor(244, 245, 247));
    const qreal baseline = m_rowTop + (m_rowHeight - body.height()) / 2 + body.ascent();
    for (int c = 0; c < Cells; ++c) {
        const QString cell = text(row, Cell(c));
        if (!cell.isEmpty())
            m_painter.drawText(QPointF(m_left[c] + m_padding, baseline),
                               body.elidedText(cell, Qt::ElideRight, m_left[c + 1] - m_left[c] - 2 * m_padding));
    }
    m_rowTop += m_rowHeight;
    ++m_rows;
    return {};
}

Status TrainingEvidencePdfWriter::finish()
{
    if (!m_painter.isActive())
        return Error(Error::Code::Io, tr("The PDF file was not started."));
    if (m_rows == 0) {
        const QFontMetricsF info(m_infoFont, m_writer.get());
        m_painter.setFont(m_infoFont);
        m_painter.drawText(QPointF(m_padding, m_rowTop + info.height() * 1.5),
                           tr("No agent in this scope needs these modules or completed one in this period."));
    }
    if (!m_painter.end() || deviceFailed(m_device))
        return deviceError(m_device);
    return {};
}

} // namespace custodian
