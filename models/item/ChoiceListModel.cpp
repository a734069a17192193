#include "item/ChoiceListModel.h"

namespace custodian {

void ChoiceListModel::setChoices(std::vector<ChoiceLists::Choice> choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

int ChoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex& index, int role) const
{
    // A combo box with nothing chosen asks for its current text with an invalid index.
    if (!index.isValid() || index.parent().isValid() || index.row() >= int(m_choices.size()))
        return {};
    const ChoiceLists::Choice& choice = m_choices[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.label;
    case Qt::UserRole:
        return choice.id;
    default:
        return {};
    }
}

} // namespace custodian
