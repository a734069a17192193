#pragma once

#include "store/ChoiceLists.h"

#include <QAbstractListModel>

#include <vector>

namespace custodian {

// A picker's (id, label) choices as a list model: a combo box takes 20 000 agents at once through setModel(), where
// adding them one item at a time holds the GUI thread for a tenth of a second. The label is the display text, the id
// is Qt::UserRole (what QComboBox::itemData() and findData() ask by default).
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setChoices(std::vector<ChoiceLists::Choice> choices);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<ChoiceLists::Choice> m_choices;
};

} // namespace custodian
