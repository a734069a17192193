#include "ui/widgets/HeadingAccessible.h"

#include "ui/widgets/PageTitle.h"

#include <QLabel>

namespace custodian {

namespace {
QAccessibleInterface* headingFactory(const QString& key, QObject* object)
{
    if (key == QLatin1String(PageTitle::staticMetaObject.className())) {
        if (auto* title = qobject_cast<PageTitle*>(object))
            return new HeadingAccessible(title);
    }
    return nullptr;
}
} // namespace

HeadingAccessible::HeadingAccessible(QLabel* label)
    : QAccessibleWidget(label, QAccessible::Heading)
{
}

QString HeadingAccessible::text(QAccessible::Text t) const
{
    const QString own = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && own.isEmpty())
        return static_cast<const QLabel*>(widget())->text();
    return own;
}

void HeadingAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(headingFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace custodian
