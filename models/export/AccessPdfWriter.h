#pragma once

#include "domain/Result.h"
#include "export/AccessExportColumns.h"
#include "export/PdfTablePainter.h"
#include "store/AccessEventRow.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QIODevice;

namespace custodian {

// Writes access events as a PDF report (PdfTablePainter): A4 landscape, a title block on the first page (title, the
// filter in words, the time range, when and by whom it was generated), then a table whose column headings repeat on
// every page, and "Page N" at the foot of each page. Streamed, in flat memory whatever the row count. The title block
// always takes the same space (the filter two lines, blank or not), so the number of pages follows from the row count
// alone (pagesFor).
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
    AccessPdfWriter(const AccessPdfWriter&) = delete;
    AccessPdfWriter& operator=(const AccessPdfWriter&) = delete;

    [[nodiscard]] Status begin(const TitleBlock& titleBlock);
    [[nodiscard]] Status write(const AccessEventRow& row);
    [[nodiscard]] Status finish();

    // Valid after begin().
    [[nodiscard]] int rowsOnFirstPage() const { return m_table.rowsOnFirstPage(); }
    [[nodiscard]] int rowsPerPage() const { return m_table.rowsPerPage(); }
    [[nodiscard]] int pageCount() const { return m_table.pageCount(); }
    [[nodiscard]] qint64 rowCount() const { return m_table.rowCount(); }

    // Pages for `rows` rows: the first page, then as many full pages as needed (an empty export is one page).
    [[nodiscard]] static int pagesFor(qint64 rows, int firstPageRows, int rowsPerPage)
    {
        return PdfTablePainter::pagesFor(rows, firstPageRows, rowsPerPage);
    }

private:
    using Column = AccessExportColumns::Column;
    static constexpr int Columns = AccessExportColumns::Count;

    // Each column's width: its heading or its sample, whichever is wider, the free-text columns giving and taking
    // what the page's width leaves over or lacks.
    [[nodiscard]] std::vector<PdfTablePainter::Column> layOutColumns() const;
    void drawFilter(const QString& filter);
    [[nodiscard]] static QString cellText(const AccessEventRow& row, int column);

    PdfTablePainter m_table;
    QStringList m_cells; // one row's, reused
};

} // namespace custodian
