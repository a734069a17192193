#include "ui/widgets/ItemViews.h"

#include "ui/widgets/ToneDelegate.h"

#include <QAbstractItemView>
#include <QStyledItemDelegate>

namespace custodian::ItemViews {

void prepare(QAbstractItemView* view, const QString& caption)
{
    view->setAccessibleName(caption);
    view->setTabKeyNavigation(false);
    // Cells a model marks as a warning or an error get the theme's colour; a view with a delegate of its own keeps it.
    if (view->itemDelegate()->metaObject() == &QStyledItemDelegate::staticMetaObject)
        view->setItemDelegate(new ToneDelegate(view));
}

} // namespace custodian::ItemViews
