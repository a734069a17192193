#pragma once

#include <QStyledItemDelegate>

namespace custodian {

// Colours a cell's text by what the model says it means (ToneRole: a warning, an error), with the Theme's colour for
// the palette the view paints with. Chosen at paint time, so a switch to a dark palette recolours every cell at once
// and models stay free of colours. ItemViews::prepare installs it on every view that still has Qt's default delegate.
// A cell whose text is cut off (elided) shows the whole text as its tooltip when the model gives none.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ToneDelegate(QObject* parent = nullptr);

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace custodian
