#pragma once

#include <QString>

class QAbstractItemView;
class QTableView;

namespace custodian::ItemViews {

// Makes a table, tree or list usable without a mouse and a screen: its accessible name is `caption`, the text on
// screen that says what it lists (a table's name is not taken from anything around it, so a screen reader would
// announce only "table"), and Tab leaves it instead of walking its cells (QTableView's default: Tab through 21 000
// rows and the controls after the table are out of reach); the arrow keys move within it; and cells the model marks
// with a ToneRole are coloured by the theme (ToneDelegate). Every view of a page goes through this or
// ReadOnlyTable::view, which calls it.
// Text that does not fit a cell is elided at its end ("Payments and Bil…") and shown whole in the cell's tooltip.
void prepare(QAbstractItemView* view, const QString& caption);

// Sizes a table's columns to their contents, each at most MaxColumnCharacters average characters wide (a long
// name or summary elides rather than pushing the columns after it out of view), and leaves the last section to
// the header's stretch. Columns the supervisor resized stay as they are only until the next fit.
void fitColumns(QTableView* table);
// The widest a column sizes itself to, in average character widths of the table's font.
constexpr int MaxColumnCharacters = 32;

} // namespace custodian::ItemViews
