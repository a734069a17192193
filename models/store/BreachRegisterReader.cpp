#include "store/BreachRegisterReader.h"

#include "store/BreachExposureReader.h"
#include "store/Database.h"

namespace custodian {

BreachRegisterReader::BreachRegisterReader(Database& database)
    : m_database(database)
{
}

Result<std::vector<BreachRegisterEntry>> BreachRegisterReader::read()
{
    // w: the aware-at's last change (for a withdrawn breach, the withdrawal, whose previous_aware_at is the instant
    // withdrawn); n1: the first phase; d: the Art. 34 decision in force. The numbers are the latest a phase gave: a
    // phase may leave them for a later one (Art. 33(4)), which does not make them unknown again.
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT i.id, i.reference, i.title, i.personal_data_breach, i.breach_established_at, "
        "i.notification_deadline_at, i.authority_notified_at, w.kind, w.previous_aware_at, w.changed_at, w.reason, "
        "n1.delay_reasons, (SELECT authority_reference FROM incident_breach_notification WHERE incident_id = i.id AND "
        "authority_reference IS NOT NULL ORDER BY phase LIMIT 1), (SELECT count(*) FROM incident_breach_notification "
        "WHERE incident_id = i.id), (SELECT records_approx FROM incident_breach_notification WHERE incident_id = i.id "
        "AND "
        "records_approx IS NOT NULL ORDER BY phase DESC LIMIT 1), (SELECT subjects_approx FROM "
        "incident_breach_notification WHERE incident_id = i.id AND subjects_approx IS NOT NULL ORDER BY phase DESC "
        "LIMIT 1), d.notify, d.exemption, d.communicated_at, "
        "d.means, d.reason, d.decided_at, d.decided_by "
        "FROM incident i "
        "LEFT JOIN incident_breach_awareness w ON w.id = (SELECT max(id) FROM incident_breach_awareness WHERE "
        "incident_id = i.id) "
        "LEFT JOIN incident_breach_notification n1 ON n1.incident_id = i.id AND n1.phase = 1 "
        "LEFT JOIN incident_subject_decision d ON d.id = (SELECT max(id) FROM incident_subject_decision WHERE "
        "incident_id = i.id) "
        "WHERE i.personal_data_breach = 1 OR w.id IS NOT NULL "
        "ORDER BY coalesce(i.breach_established_at, w.previous_aware_at, w.changed_at), i.id"));
    if (!statement)
        return statement.error();
    std::vector<BreachRegisterEntry> entries;
    if (auto status = statement->forEachRow([&entries](const Statement& row) {
            BreachRegisterEntry e;
            e.incidentId = row.int64(0);
            e.reference = row.text(1);
            e.title = row.text(2);
            e.withdrawn = row.int64(3) == 0;
            if (e.withdrawn) {
                e.awareAt = row.optionalInt64(8);
                e.withdrawnAt = row.optionalInt64(9);
                e.withdrawalReason = row.text(10);
            } else {
                e.awareAt = row.optionalInt64(4);
                e.deadline = row.optionalInt64(5);
            }
            e.firstNotifiedAt = row.optionalInt64(6);
            e.delayReasons = row.text(11);
            e.authorityReference = row.text(12);
            e.phases = int(row.int64(13));
            e.recordsApprox = row.optionalInt64(14);
            e.subjectsApprox = row.optionalInt64(15);
            e.countsFromNotification = e.recordsApprox || e.subjectsApprox;
            if (!row.isNull(16)) {
                SubjectDecision d;
                d.notify = row.int64(16) != 0;
                if (!row.isNull(17))
                    d.exemption = subjectExemptionFromString(row.text(17));
                d.communicatedAt = row.optionalInt64(18);
                d.means = row.text(19);
                d.reason = row.text(20);
                d.decidedAt = row.int64(21);
                d.decidedBy = row.int64(22);
                e.subjectDecision = d;
            }
            entries.push_back(std::move(e));
        });
        !status)
        return status.error();

    BreachExposureReader exposure(m_database);
    for (BreachRegisterEntry& e : entries) {
        if (e.countsFromNotification)
            continue;
        auto counted = exposure.read(e.incidentId);
        if (!counted)
            return counted.error();
        // The same upper bound the form's pre-fill gives (BreachWorkflow::prefill): the store links no record to a
        // person, so each distinct record counts as one data subject at most.
        e.recordsApprox = counted->records;
        e.subjectsApprox = counted->records;
    }
    return entries;
}

} // namespace custodian
