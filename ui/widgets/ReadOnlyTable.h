#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace custodian::ReadOnlyTable {

// The small read-only tables of the sync and roles pages: whole-row single selection, no editing, no row numbers,
// the last column stretched (not stretchLastSection, which resizeColumnsToContents() shrinks back). `caption` is what
// the table is called on screen; it becomes its accessible name (ItemViews::prepare: Tab leaves the table too).
// The table shows `model`, which the caller owns; the headers are the model's.
QTableView* view(const QString& caption, QAbstractItemModel* model, QWidget* parent);
// Sizes the columns to their contents, each within ItemViews::MaxColumnCharacters (longer text elides, whole in the
// tooltip), and stretches the last one over the rest of the width again (sizing to contents takes the stretch away).
void fit(QTableView* table);

} // namespace custodian::ReadOnlyTable
