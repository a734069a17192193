#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace custodian::PageTitle {

// The large bold heading at the top of a page ("Roles and access", "Access reviews").
QLabel* make(const QString& text, QWidget* parent);

} // namespace custodian::PageTitle
