#include "store/BreachExposureReader.h"

#include "store/Database.h"

namespace custodian {

BreachExposureReader::BreachExposureReader(Database& database)
    : m_database(database)
{
}

Result<BreachExposure> BreachExposureReader::read(qint64 incidentId)
{
    BreachExposure exposure;
    auto totals = m_database.prepare(
        QStringLiteral("SELECT count(*), count(*) - count(e.record_id), count(DISTINCT e.record_id) FROM "
                       "incident_event ie JOIN access_event e ON e.id = ie.event_id WHERE ie.incident_id = ?"));
    if (!totals)
        return totals.error();
    totals->bind(1, incidentId);
    if (auto row = totals->step(); !row)
        return row.error();
    exposure.events = totals->int64(0);
    exposure.eventsWithoutRecord = totals->int64(1);
    exposure.records = totals->int64(2);

    // The record's own data class, not the event's: the class is what the record holds (docs/schema.md), and an event
    // of a search or a login may carry another. A record that is not in the store (an orphan event, which
    // `custodian-cli verify` reports) is counted above and in no class here.
    auto classes = m_database.prepare(
        QStringLiteral("SELECT r.data_class, r.kind, count(*) FROM customer_record r WHERE r.id IN (SELECT "
                       "e.record_id FROM incident_event ie JOIN access_event e ON e.id = ie.event_id WHERE "
                       "ie.incident_id = ? AND e.record_id IS NOT NULL) GROUP BY r.data_class, r.kind"));
    if (!classes)
        return classes.error();
    classes->bind(1, incidentId);
    if (auto status = classes->forEachRow([&exposure](const Statement& row) {
            exposure.recordsByClass[int(row.int64(0))] += row.int64(2);
            exposure.recordsByKind[row.text(1)] += row.int64(2);
        });
        !status)
        return status.error();
    return exposure;
}

} // namespace custodian
