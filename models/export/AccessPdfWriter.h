#pragma once

#include "domain/Result.h"
#include "export/AccessExportColumns.h"
#include "store/AccessEventRow.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QString>

#include <array>
#include <memory>

class QIODevice;
class QPdfWriter;

namespace custodian {

// Writes access events as a PDF report: A4 landscape, a title block on the first page (title, the filter in
// words, the time range, when and by whom it was generated), then a table whose column headings repeat on
// every page, and "Page N" at the foot of each page. Streamed: each page goes to the device as soon as the next
// one starts (QPdfWriter writes finished pages out), and nothing here grows with the row count, so millions of
// rows export in flat memory. The layout is fixed — the title block always takes the same space — so the number
// of pages follows from the row count alone (pagesFor).
//
// Needs a QGuiApplication (fonts come from the platform; the CLI runs one on the offscreen platform). Use from
// one thread.
class AccessPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(AccessPdfWriter)

public:
    struct TitleBlock
    {
        QString title;
        QString filter; // the filter in words; at most two lines are shown
        QString timeRange;
        QString generated; // when and by whom
    };

    explicit AccessPdfWriter(QIODevice* device);
    ~AccessPdfWriter();
    AccessPdfWriter(const AccessPdfWriter&) = delete;
    AccessPdfWriter& operator=(const AccessPdfWriter&) = delete;

    [[nodiscard]] Status begin(const TitleBlock& titleBlock);
    [[nodiscard]] Status write(const AccessEventRow& row);
    [[nodiscard]] Status finish();

    // Valid after begin().
    [[nodiscard]] int rowsOnFirstPage() const { return m_firstPageRows; }
    [[nodiscard]] int rowsPerPage() const { return m_pageRows; }
    [[nodiscard]] int pageCount() const { return m_page; }
    [[nodiscard]] qint64 rowCount() const { return m_rows; }

    // Pages for `rows` rows: the first page, then as many full pages as needed (an empty export is one page).
    [[nodiscard]] static int pagesFor(qint64 rows, int firstPageRows, int rowsPerPage);

private:
    using Column = AccessExportColumns::Column;
    static constexpr int Columns = AccessExportColumns::Count;

    void layOutColumns();
    void startPage();
    void drawColumnHeadings(qreal top);
    [[nodiscard]] QString cellText(const AccessEventRow& row, int column);
    [[nodiscard]] QString elided(int column, const QString& text);

    QIODevice* m_device = nullptr;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_bodyFont;
    QFont m_headingFont;
    QFont m_titleFont;
    QFont m_infoFont;
    QString m_footer;

    qreal m_width = 0; // the printable area, in device pixels
    qreal m_height = 0;
    qreal m_rowHeight = 0;
    qreal m_baseline = 0; // from a row's top to the text baseline
    qreal m_padding = 0;
    qreal m_tableTopFirst = 0; // below the title block
    qreal m_tableBottom = 0; // above the footer
    std::array<qreal, Columns> m_left {};
    std::array<qreal, Columns> m_columnWidth {};
    std::array<bool, Columns> m_mayOverflow {};
    // Advance of each ASCII character in the body font: most cells are ASCII and far from their column's edge,
    // and summing a table is much cheaper than shaping the text to find that out.
    std::array<qreal, 128> m_asciiAdvance {};
    // Elided forms of the repeating texts (names, teams, hosts): a few hundred distinct values, measured once.
    std::array<QHash<QString, QString>, Columns> m_elidedCache;

    int m_firstPageRows = 0;
    int m_pageRows = 0;
    int m_page = 0;
    int m_rowsOnPage = 0;
    int m_capacity = 0;
    qreal m_rowTop = 0;
    qint64 m_rows = 0;
};

} // namespace custodian
