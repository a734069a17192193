#include "ui/shell/ShortcutsDialog.h"

#include "ui/widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new ShortcutModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setModel(m_model);
    ItemViews::prepare(m_table, tr("Keyboard shortcuts"));
    // A list to read, not to work in: the Close button keeps the focus, Escape closes.
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutModel::WhatColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutModel::KeysColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutModel::WhereColumn, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 460);
}

void ShortcutsDialog::setShortcuts(std::vector<ShortcutModel::Shortcut> rows)
{
    m_model->setShortcuts(std::move(rows));
    // Until pages bring shortcuts of their own, "Where" would say "Everywhere" on every line.
    m_table->setColumnHidden(ShortcutModel::WhereColumn, m_model->allInOnePlace());
}

} // namespace custodian
