#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

class QIODevice;
class QPaintDevice;
class QPdfWriter;

namespace custodian {

// What the PDF reports of the access events and of the training evidence share: a table painted into a PDF as its
// rows arrive. A4 landscape with 10 mm margins; on the first page a title block (the title, then lines of facts);
// then a table whose headings repeat on every page, alternate rows shaded, each cell cut to its column; at the foot
// of every page a line naming the report and "Page N". Streamed: a page goes to the device as soon as the next one
// starts (QPdfWriter writes finished pages out) and nothing here grows with the row count, so millions of rows cost
// the memory of one page. The rows a page holds follow from the layout alone (rowsOnFirstPage, rowsPerPage).
//
// A report's writer decides its columns (from the metrics begin() sets) and its title block's lines; this class
// places and paints them:  begin(), drawTitle(), drawInfoLine()…, startTable(), writeRow()…, finish().
// Needs a QGuiApplication (fonts come from the platform; the CLI runs one on the offscreen platform). One thread.
class PdfTablePainter
{
    Q_DECLARE_TR_FUNCTIONS(PdfTablePainter)

public:
    struct Column
    {
        QString heading;
        qreal width = 0; // in device pixels, padding on both sides included
        // False when every value fits (the column is sized for its widest one): its cells are drawn unmeasured.
        bool mayOverflow = true;
    };

    explicit PdfTablePainter(QIODevice* device);
    ~PdfTablePainter();
    PdfTablePainter(const PdfTablePainter&) = delete;
    PdfTablePainter& operator=(const PdfTablePainter&) = delete;

    // Starts the file at `resolution` dpi, `title` as the document's title, the table's text `bodyPoints` large.
    [[nodiscard]] Status begin(const QString& title, int resolution, qreal bodyPoints);

    // Valid after begin(): what a writer lays its columns out with. Device pixels.
    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal padding() const { return m_padding; }
    [[nodiscard]] QFontMetricsF bodyMetrics() const;
    [[nodiscard]] QFontMetricsF headingMetrics() const;
    [[nodiscard]] QFontMetricsF infoMetrics() const;
    [[nodiscard]] const QFont& infoFont() const { return m_infoFont; }
    [[nodiscard]] QPaintDevice* paintDevice() const;

    // The title block, top down on the first page.
    void drawTitle(const QString& title);
    // One line of the title block at `indent`, cut to the width; an empty one leaves its line blank.
    void drawInfoLine(const QString& text, qreal indent = 0);

    // Ends the title block and starts the table on the first page: `columns` left to right, `footer` at the foot of
    // every page beside its number.
    [[nodiscard]] Status startTable(std::vector<Column> columns, const QString& footer);
    // One row, a text per column (an empty one is left blank).
    [[nodiscard]] Status writeRow(const QStringList& cells);
    // Ends the file; `emptyText` stands below the headings when no row was written.
    [[nodiscard]] Status finish(const QString& emptyText);

    // Valid after startTable().
    [[nodiscard]] int rowsOnFirstPage() const { return m_firstPageRows; }
    [[nodiscard]] int rowsPerPage() const { return m_pageRows; }
    [[nodiscard]] int pageCount() const { return m_page; }
    [[nodiscard]] qint64 rowCount() const { return m_rows; }

    // Pages for `rows` rows: the first page, then as many full pages as needed (an empty table is one page).
    [[nodiscard]] static int pagesFor(qint64 rows, int firstPageRows, int rowsPerPage);

private:
    void startPage();
    [[nodiscard]] QString elided(std::size_t column, const QString& text);
    [[nodiscard]] bool deviceFailed() const;
    [[nodiscard]] Error deviceError() const;

    QIODevice* m_device = nullptr;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_bodyFont;
    QFont m_headingFont;
    QFont m_titleFont;
    QFont m_infoFont;
    QString m_footer;
    std::vector<Column> m_columns;
    std::vector<qreal> m_left; // of each column

    qreal m_width = 0; // the printable area, in device pixels
    qreal m_height = 0;
    qreal m_rowHeight = 0;
    qreal m_baseline = 0; // from a row's top to the text baseline
    qreal m_padding = 0;
    qreal m_y = 0; // the title block's next line
    qreal m_tableTopFirst = 0; // below the title block
    qreal m_tableBottom = 0; // above the footer
    // Advance of each ASCII character in the body font: most cells are ASCII and far from their column's edge,
    // and summing a table is much cheaper than shaping the text to find that out.
    std::array<qreal, 128> m_asciiAdvance {};
    // Elided forms of the repeating texts (names, teams, hosts): a few hundred distinct values, measured once.
    std::vector<QHash<QString, QString>> m_elidedCache;

    int m_firstPageRows = 0;
    int m_pageRows = 0;
    int m_page = 0;
    int m_rowsOnPage = 0;
    int m_capacity = 0;
    qreal m_rowTop = 0;
    qint64 m_rows = 0;
};

} // namespace custodian
