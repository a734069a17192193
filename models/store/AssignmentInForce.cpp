#include "store/AssignmentInForce.h"

#include <algorithm>

namespace custodian {

QString AssignmentInForce::condition(QStringView alias, int parameter)
{
    return QStringLiteral("%1.status = %2 AND %1.valid_from <= ?%3 AND (%1.valid_until IS NULL OR "
                          "%1.valid_until > ?%3)")
        .arg(alias)
        .arg(int(AssignmentStatus::Active))
        .arg(parameter);
}

bool AssignmentInForce::heldAt(const History& a, qint64 t, std::optional<qint64>* validUntilAtTime)
{
    std::optional<qint64> until = a.validUntil;
    if (validUntilAtTime)
        *validUntilAtTime = until;
    if (a.validFrom > t)
        return false;
    if (a.changes.empty()) {
        const bool everInForce = a.status == AssignmentStatus::Active || a.status == AssignmentStatus::Revoked
            || a.status == AssignmentStatus::Expired;
        if (!everInForce || a.approvedAt.value_or(a.validFrom) > t)
            return false;
        if (a.endedAt && *a.endedAt <= t)
            return false;
    } else {
        std::optional<qint64> statusAtTime;
        for (const History::Change& change : a.changes) {
            if (change.changedAt > t)
                break;
            if (change.newStatus)
                statusAtTime = change.newStatus;
        }
        if (statusAtTime != qint64(AssignmentStatus::Active))
            return false;
        // Undo, latest first, the changes of valid_until made after t.
        for (auto it = a.changes.rbegin(); it != a.changes.rend() && it->changedAt > t; ++it) {
            if (it->oldValidUntil != it->newValidUntil)
                until = it->oldValidUntil;
        }
        if (validUntilAtTime)
            *validUntilAtTime = until;
    }
    return !until || t < *until;
}

std::vector<std::pair<qint64, qint64>> AssignmentInForce::heldIntervals(const History& a)
{
    std::vector<std::pair<qint64, qint64>> held;
    auto add = [&](qint64 from, qint64 until) {
        from = std::max(from, a.validFrom);
        if (from >= until)
            return;
        if (!held.empty() && held.back().second >= from)
            held.back().second = std::max(held.back().second, until);
        else
            held.emplace_back(from, until);
    };
    if (a.changes.empty()) {
        const bool everInForce = a.status == AssignmentStatus::Active || a.status == AssignmentStatus::Revoked
            || a.status == AssignmentStatus::Expired;
        if (everInForce)
            add(a.approvedAt.value_or(a.validFrom), std::min(a.endedAt.value_or(Open), a.validUntil.value_or(Open)));
        return held;
    }
    // heldAt is constant between two distinct change times: the status and valid_until at t only depend on which
    // changes lie at or before t. So judge each segment [c_j, c_j+1) once.
    std::optional<qint64> status;
    for (std::size_t i = 0; i < a.changes.size();) {
        const qint64 start = a.changes[i].changedAt;
        std::size_t next = i;
        for (; next < a.changes.size() && a.changes[next].changedAt == start; ++next) {
            if (a.changes[next].newStatus)
                status = a.changes[next].newStatus;
        }
        const qint64 end = next < a.changes.size() ? a.changes[next].changedAt : Open;
        i = next;
        if (status != qint64(AssignmentStatus::Active))
            continue;
        // valid_until in this segment: today's, with the later changes undone (the earliest later change that
        // moved it wins, as heldAt undoes latest first).
        std::optional<qint64> until = a.validUntil;
        for (std::size_t k = a.changes.size(); k-- > next;) {
            if (a.changes[k].oldValidUntil != a.changes[k].newValidUntil)
                until = a.changes[k].oldValidUntil;
        }
        add(start, std::min(end, until.value_or(Open)));
    }
    return held;
}

} // namespace custodian
