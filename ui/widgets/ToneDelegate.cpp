#include "ui/widgets/ToneDelegate.h"

#include "item/ItemRoles.h"
#include "ui/widgets/Theme.h"

namespace custodian {

ToneDelegate::ToneDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(ToneRole);
    if (!tone.isValid())
        return;
    switch (tone.value<CellTone>()) {
    case CellTone::Normal:
        return;
    case CellTone::Warning:
        option->palette.setColor(QPalette::Text, Theme::foreground(Theme::Tone::Warning, option->palette));
        return;
    case CellTone::Error:
        option->palette.setColor(QPalette::Text, Theme::foreground(Theme::Tone::Error, option->palette));
        return;
    }
}

} // namespace custodian
