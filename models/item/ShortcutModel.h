#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace custodian {

// The keyboard shortcuts the console offers, as the shortcuts overview lists them: what each does, its keys, and the
// page it works on. The window collects the rows from its actions when the overview opens; this model only shows
// them, in the order given.
class ShortcutModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString what;
        QString keys;
        QString where;
    };

    enum Column { WhatColumn, KeysColumn, WhereColumn, ColumnCount };

    explicit ShortcutModel(QObject* parent = nullptr);

    void setShortcuts(std::vector<Shortcut> rows);
    // True when every shortcut works on the same page (so a "Where" column would repeat one word on every line).
    [[nodiscard]] bool allInOnePlace() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Shortcut> m_shortcuts;
};

} // namespace custodian
