#include "ui/widgets/ItemViews.h"

#include "ui/widgets/ToneDelegate.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

#include <QStyledItemDelegate>
#include <algorithm>

namespace custodian::ItemViews {

void prepare(QAbstractItemView* view, const QString& caption)
{
    view->setAccessibleName(caption);
    view->setTabKeyNavigation(false);
    view->setTextElideMode(Qt::ElideRight);
    // Cells a model marks as a warning or an error get the theme's colour; a view with a delegate of its own keeps it.
    if (view->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject)
        view->setItemDelegate(new ToneDelegate(view));
}

void fitColumns(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    const int maximum = table->fontMetrics().averageCharWidth() * MaxColumnCharacters;
    const int last = header->count() - 1;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        if (column == last && header->stretchLastSection())
            continue;
        // QTableView hides sizeHintForColumn(); QAbstractItemView's is public and dispatches to it.
        const int wanted = std::max(static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(column),
                                    header->sectionSizeHint(column));
        header->resizeSection(column, std::min(wanted, maximum));
    }
}

} // namespace custodian::ItemViews
