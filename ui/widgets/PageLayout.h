#pragma once

#include <QString>

class QVBoxLayout;
class QWidget;

namespace custodian::PageLayout {

// The opening every page shares: a column with the console's page margins and spacing, headed by the page's title
// (a PageTitle, which screen readers hear as a heading). The page adds its own widgets below. Written once so that
// pages line up with each other when the supervisor moves between them, and a new page cannot forget its heading.
[[nodiscard]] QVBoxLayout* open(QWidget* page, const QString& title);

} // namespace custodian::PageLayout
