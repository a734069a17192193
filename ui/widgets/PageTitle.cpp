#include "ui/widgets/PageTitle.h"

#include "ui/widgets/HeadingAccessible.h"

namespace custodian {

PageTitle::PageTitle(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    HeadingAccessible::install();
    setObjectName(QStringLiteral("pageTitle"));
    setTextFormat(Qt::PlainText);
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    setFont(heading);
}

} // namespace custodian
