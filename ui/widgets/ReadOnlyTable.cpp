#include "ui/widgets/ReadOnlyTable.h"

#include "ui/widgets/ItemViews.h"

#include <QHeaderView>
#include <QTableWidget>

namespace custodian::ReadOnlyTable {

QTableWidget* make(const QString& caption, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    ItemViews::prepare(table, caption);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->setWordWrap(false);
    // Columns fit the rows in view, not every row: a campaign of a few hundred items sizes as fast as one of ten.
    table->horizontalHeader()->setResizeContentsPrecision(64);
    return table;
}

void fit(QTableWidget* table)
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
