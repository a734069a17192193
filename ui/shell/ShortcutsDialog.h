#pragma once

#include "item/ShortcutModel.h"

#include <QDialog>

#include <vector>

class QTableView;

namespace custodian {

// The keyboard shortcuts overview (F1): what each shortcut does, its keys and the page it works on. Modeless, so a
// supervisor can keep it open beside the page while learning the keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    // Shows these rows; the "Where" column only when the shortcuts work on more than one page.
    void setShortcuts(std::vector<ShortcutModel::Shortcut> rows);

    [[nodiscard]] QTableView* table() const { return m_table; }

private:
    ShortcutModel* m_model;
    QTableView* m_table;
};

} // namespace custodian
