#pragma once

#include "domain/BreachExposure.h"
#include "domain/Result.h"

namespace custodian {

class Database;

// Counts what an incident's linked access events touched, in SQL (incident_event → access_event → customer_record):
// the events, those without a customer record, the distinct records, and the distinct records per data class and per
// kind. One incident's events are found through incident_event's primary key and each event by its own; the records
// by theirs — a few statements whatever the store's size. The numbers behind the notification form's pre-fill
// (BreachWorkflow::prefill) and an unnotified breach's line in the register.
class BreachExposureReader
{
public:
    explicit BreachExposureReader(Database& database);

    [[nodiscard]] Result<BreachExposure> read(qint64 incidentId);

private:
    Database& m_database;
};

} // namespace custodian
