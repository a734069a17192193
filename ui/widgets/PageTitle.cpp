#include "ui/widgets/PageTitle.h"

#include <QLabel>

namespace custodian::PageTitle {

QLabel* make(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace custodian::PageTitle
