#pragma once

#include <QString>

class QAbstractItemView;

namespace custodian::ItemViews {

// Makes a table, tree or list usable without a mouse and a screen: its accessible name is `caption`, the text on
// screen that says what it lists (a table's name is not taken from anything around it, so a screen reader would
// announce only "table"), and Tab leaves it instead of walking its cells (QTableView's default: Tab through 21 000
// rows and the controls after the table are out of reach); the arrow keys move within it; and cells the model marks
// with a ToneRole are coloured by the theme (ToneDelegate). Every view of a page goes through this or
// ReadOnlyTable::view, which calls it.
void prepare(QAbstractItemView* view, const QString& caption);

} // namespace custodian::ItemViews
