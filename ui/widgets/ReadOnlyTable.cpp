#include "ui/widgets/ReadOnlyTable.h"

#include "ui/widgets/ItemViews.h"

#include <QHeaderView>
#include <QTableView>

namespace custodian::ReadOnlyTable {

namespace {
void setUp(QTableView* table, const QString& caption)
{
    ItemViews::prepare(table, caption);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(table->horizontalHeader()->count() - 1, QHeaderView::Stretch);
    table->setWordWrap(false);
    // Columns fit the rows in view, not every row: a campaign of a few hundred items sizes as fast as one of ten.
    table->horizontalHeader()->setResizeContentsPrecision(64);
}
} // namespace

QTableView* view(const QString& caption, QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    setUp(table, caption);
    return table;
}

void fit(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    const int last = header->count() - 1;
    header->setSectionResizeMode(last, QHeaderView::Interactive);
    ItemViews::fitColumns(table);
    header->setSectionResizeMode(last, QHeaderView::Stretch);
}

} // namespace custodian::ReadOnlyTable
