#include "ui/widgets/PageLayout.h"

#include "ui/widgets/PageTitle.h"

#include <QVBoxLayout>

namespace custodian::PageLayout {

QVBoxLayout* open(QWidget* page, const QString& title)
{
    auto* column = new QVBoxLayout(page);
    // Less at the bottom: the status bar follows right below.
    column->setContentsMargins(8, 8, 8, 4);
    column->setSpacing(6);
    column->addWidget(new PageTitle(title, page));
    return column;
}

} // namespace custodian::PageLayout
