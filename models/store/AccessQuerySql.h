#pragma once

#include "store/AccessQuery.h"

#include <QString>
#include <QStringList>

namespace custodian {

// An AccessQuery's filters as SQL over `access_event e`, for every reader of the log (the windows of
// AccessEventRepository, the exact counts of AccessTimelineRepository), so that what is listed and what is counted
// mean the same thing.
class AccessQuerySql
{
public:
    // The filter that the read's driving index applies already, and so is not repeated as a row condition.
    enum class Driven { Nothing, Agents, Records, Events };

    // Every filter as row conditions, except the driven one. A unary + keeps SQLite from choosing an index for a
    // term the read is not driven by.
    [[nodiscard]] static QStringList rowConditions(const AccessQuery& q, Driven driven);

    // Integer lists go into the SQL text: they are numbers we hold, not user text, and an IN list of literals is
    // what lets SQLite 3.15 build its look-up table once.
    template <typename List> [[nodiscard]] static QString list(const List& values)
    {
        QString out;
        out.reserve(int(values.size()) * 8);
        for (auto value : values) {
            if (!out.isEmpty())
                out += QLatin1Char(',');
            out += QString::number(qint64(value));
        }
        return out;
    }
};

} // namespace custodian
