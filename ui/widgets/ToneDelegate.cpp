#include "ui/widgets/ToneDelegate.h"

#include "item/ItemRoles.h"
#include "ui/widgets/Theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

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

bool ToneDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                             const QModelIndex& index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip
        && !index.data(Qt::ToolTipRole).isValid()) {
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QStyle* style = view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, view);
        if (!cell.text.isEmpty() && cell.fontMetrics.horizontalAdvance(cell.text) > text.width() - 2 * margin) {
            QToolTip::showText(event->globalPos(), cell.text, view, view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace custodian
