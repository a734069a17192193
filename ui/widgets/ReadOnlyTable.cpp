#include "ui/widgets/ReadOnlyTable.h"

#include "ui/widgets/ItemViews.h"

#include <QHeaderView>
#include <QTableWidget>

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

QTableWidget* make(const QString& caption, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUp(table, caption);
    return table;
}

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
    table->resizeColumnsToContents();
    header->setSectionResizeMode(last, QHeaderView::Stretch);
}

QTableWidgetItem* cell(const QString& text, const QVariant& data)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    item->setToolTip(text);
    return item;
}

} // namespace custodian::ReadOnlyTable
