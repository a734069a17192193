#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

namespace custodian {

class Database;

// The GDPR 72-hour clocks that still run in this store (docs/incidents-gdpr.md): personal-data breaches with an
// aware-at and no first notification yet, read from the incident's own columns (notification_deadline_at,
// authority_notified_at) as every reader of the clock is. For the status bar (the nearest one, once under 24 h) and
// the Today page (how many run, the nearest deadline first). One statement each, on the caller's (worker's)
// connection.
class BreachClockReader
{
public:
    struct Nearest
    {
        qint64 incidentId = 0;
        QString reference;
        qint64 deadline = 0;
    };

    struct Running
    {
        qint64 count = 0;
        std::optional<Nearest> nearest; // the earliest deadline, overdue ones first
    };

    explicit BreachClockReader(Database& database);

    // Every unnotified clock, and the one with the nearest deadline.
    [[nodiscard]] Result<Running> running();
    // The unnotified clock with the nearest deadline, if that deadline is at or before `deadlineAtOrBefore`.
    [[nodiscard]] Result<std::optional<Nearest>> nearest(qint64 deadlineAtOrBefore);

private:
    Database& m_database;
};

} // namespace custodian
