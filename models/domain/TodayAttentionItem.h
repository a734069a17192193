#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace custodian {

// One row of the Today page's "needs you now" list: something waiting on the supervisor, how serious it is, by when it
// must be done, and what it is about (the page opens that subject). `before()` is the list's order: the most severe
// first, then the nearest deadline (overdue ones are nearest), then what has no deadline, then by kind and id so that
// the order is stable.
struct TodayAttentionItem
{
    enum class Kind {
        Finding, // an open critical finding; subjectId is the finding
        Approval, // a sensitive-role request I may decide; subjectId is the assignment
        Review, // an access review of mine due soon or overdue; subjectId is the campaign
        Conflicts, // sync conflicts to resolve; subjectId is 0, count says how many
    };

    Kind kind = Kind::Finding;
    qint64 subjectId = 0;
    Severity severity = Severity::Medium;
    std::optional<qint64> deadline; // ms since the epoch
    QString subject; // the finding's summary, "agent — role", the campaign's name; never a customer identifier
    qint64 count = 0; // undecided items of a review, open conflicts

    [[nodiscard]] static bool before(const TodayAttentionItem& a, const TodayAttentionItem& b)
    {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.deadline.has_value() != b.deadline.has_value())
            return a.deadline.has_value();
        if (a.deadline && *a.deadline != *b.deadline)
            return *a.deadline < *b.deadline;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.subjectId < b.subjectId;
    }
};

} // namespace custodian
