#include "store/AssignmentHistoryRow.h"

#include "store/Statement.h"

namespace custodian {

AssignmentInForce::History AssignmentHistoryRow::history(const Statement& row, int first)
{
    AssignmentInForce::History history;
    history.status = AssignmentStatus(row.int64(first));
    history.validFrom = row.int64(first + 1);
    history.validUntil = row.optionalInt64(first + 2);
    history.approvedAt = row.optionalInt64(first + 3);
    history.endedAt = row.optionalInt64(first + 4);
    return history;
}

AssignmentInForce::History::Change AssignmentHistoryRow::change(const Statement& row, int first)
{
    return { row.int64(first), row.optionalInt64(first + 1), row.optionalInt64(first + 2),
             row.optionalInt64(first + 3) };
}

} // namespace custodian
