#include "ui/widgets/ItemViews.h"

#include <QAbstractItemView>

namespace custodian::ItemViews {

void prepare(QAbstractItemView* view, const QString& caption)
{
    view->setAccessibleName(caption);
    view->setTabKeyNavigation(false);
}

} // namespace custodian::ItemViews
