#pragma once

#include <Qt>

namespace custodian {

// Item-data roles shared by the console's models, in one place so that views and tests agree.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // qint64: the row's primary key (event id, finding id, ...)
    SortKeyRole, // the raw value behind a formatted cell (time in ms, code, ...)
};

} // namespace custodian
