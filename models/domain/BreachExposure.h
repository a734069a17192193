#pragma once

#include <QString>

#include <map>

namespace custodian {

// What an incident's linked access events touched (incident_event → access_event → customer_record), counted in SQL
// by BreachExposureReader: the facts behind the Art. 33(3)(a) numbers of the notification form's pre-fill.
struct BreachExposure
{
    qint64 events = 0; // linked events
    qint64 eventsWithoutRecord = 0; // logins, logouts, searches: no customer record
    qint64 records = 0; // distinct customer records among the events
    // Distinct records per data class of the record (customer_record.data_class: 0 none, 1 pii, 2 payment_card,
    // 3 communications). A record the store does not hold (an orphan event) is in `records` but in no class.
    std::map<int, qint64> recordsByClass;
    // Distinct records per kind (card, account, national_id, call_recording, ...): the categories in words.
    std::map<QString, qint64> recordsByKind;
};

} // namespace custodian
