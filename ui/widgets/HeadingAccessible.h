#pragma once

#include <QAccessibleWidget>

class QLabel;

namespace custodian {

// What a screen reader sees of a PageTitle: a heading named by its text. Qt's own interface for a QLabel says
// "static text", and Qt 6.4 has no property to ask for another role, so an accessibility factory supplies this one
// for PageTitle (and only for it: every other label keeps Qt's interface).
class HeadingAccessible : public QAccessibleWidget
{
public:
    explicit HeadingAccessible(QLabel* label);

    QString text(QAccessible::Text t) const override;

    // Installs the factory once per process; PageTitle's constructor calls it, so a page gets it with its title.
    static void install();
};

} // namespace custodian
