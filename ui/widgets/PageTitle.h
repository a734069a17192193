#pragma once

#include <QLabel>

namespace custodian {

// The large bold heading at the top of a page ("Roles and access", "Access reviews"). Screen readers see it with the
// Heading role (HeadingAccessible), so that a user can jump from page to page by headings and hears where they are;
// a plain QLabel is only static text.
class PageTitle : public QLabel
{
    Q_OBJECT
public:
    PageTitle(const QString& text, QWidget* parent);
};

} // namespace custodian
