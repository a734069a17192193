#pragma once

#include <Qt>

namespace custodian {

// Item-data roles shared by the console's models, in one place so that views and tests agree.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // qint64: the row's primary key (event id, finding id, ...)
    SortKeyRole, // the raw value behind a formatted cell (time in ms, code, ...)
    ToneRole, // CellTone: what a cell's value means, which the view colours (ui/widgets/ToneDelegate)
};

// What a cell says beyond its text: a warning (unused access) or an error (overdue, training missing). Models say
// the meaning, never a colour: the colour depends on the palette, which only the widgets know (ui/widgets/Theme).
enum class CellTone { Normal, Warning, Error };

} // namespace custodian
