#include "store/BreachRepository.h"

#include "store/Database.h"

namespace custodian {

namespace {
void bindText(Statement& statement, int index, const QString& text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}
} // namespace

BreachRepository::BreachRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<BreachRepository::IncidentFacts>> BreachRepository::incident(qint64 incidentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT id, reference, detected_at, personal_data_breach, breach_established_at, "
                       "authority_notified_at FROM incident WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    return statement->firstRow([](const Statement& row) {
        return IncidentFacts { row.int64(0),      row.text(1),          row.int64(2),
                               row.int64(3) != 0, row.optionalInt64(4), row.optionalInt64(5) };
    });
}

Status BreachRepository::setBreach(qint64 incidentId, std::optional<qint64> awareAt, std::optional<qint64> deadline)
{
    auto statement
        = m_database.prepare(QStringLiteral("UPDATE incident SET personal_data_breach = ?, breach_established_at = ?, "
                                            "notification_deadline_at = ?, version = version + 1 WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, awareAt ? 1 : 0).bindOptional(2, awareAt).bindOptional(3, deadline).bind(4, incidentId);
    return statement->run();
}

Status BreachRepository::addAwareness(qint64 incidentId, const QString& kind, std::optional<qint64> awareAt,
                                      std::optional<qint64> previousAwareAt, const QString& reason, qint64 at,
                                      qint64 by)
{
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO incident_breach_awareness (incident_id, kind, aware_at, previous_aware_at, reason, "
                       "changed_at, changed_by) VALUES (?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId).bind(2, kind).bindOptional(3, awareAt).bindOptional(4, previousAwareAt);
    statement->bind(5, reason).bind(6, at).bind(7, by);
    return statement->run();
}

Result<int> BreachRepository::nextPhase(qint64 incidentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT coalesce(max(phase), 0) + 1 FROM incident_breach_notification WHERE incident_id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return int(statement->int64(0));
}

Result<std::optional<qint64>> BreachRepository::lastSentAt(qint64 incidentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT max(sent_at) FROM incident_breach_notification WHERE incident_id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->optionalInt64(0);
}

Result<qint64> BreachRepository::addNotification(const Notification& n)
{
    auto statement = m_database.prepare(QStringLiteral(
        "INSERT INTO incident_breach_notification (incident_id, phase, sent_at, recorded_at, recorded_by, "
        "authority_reference, delay_reasons, nature, subject_categories, subjects_approx, record_categories, "
        "records_approx, contact_point, likely_consequences, measures) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, n.incidentId).bind(2, n.phase).bind(3, n.sentAt).bind(4, n.recordedAt).bind(5, n.recordedBy);
    bindText(*statement, 6, n.authorityReference);
    bindText(*statement, 7, n.delayReasons);
    statement->bind(8, n.form.nature).bind(9, n.form.subjectCategories).bindOptional(10, n.form.subjectsApprox);
    statement->bind(11, n.form.recordCategories).bindOptional(12, n.form.recordsApprox);
    statement->bind(13, n.form.contactPoint).bind(14, n.form.likelyConsequences).bind(15, n.form.measures);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.lastInsertRowId();
}

Status BreachRepository::setAuthorityNotified(qint64 incidentId, qint64 at)
{
    auto statement = m_database.prepare(
        QStringLiteral("UPDATE incident SET authority_notified_at = ?, version = version + 1 WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, at).bind(2, incidentId);
    return statement->run();
}

Result<std::optional<BreachNotificationForm>> BreachRepository::lastForm(qint64 incidentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT nature, subject_categories, subjects_approx, record_categories, records_approx, "
                       "contact_point, likely_consequences, measures FROM incident_breach_notification WHERE "
                       "incident_id = ? ORDER BY phase DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    return statement->firstRow([](const Statement& row) {
        return BreachNotificationForm { row.text(0),          row.text(1), row.optionalInt64(2), row.text(3),
                                        row.optionalInt64(4), row.text(5), row.text(6),          row.text(7) };
    });
}

Result<std::optional<SubjectDecision>> BreachRepository::subjectDecision(qint64 incidentId)
{
    auto statement = m_database.prepare(
        QStringLiteral("SELECT notify, exemption, communicated_at, means, reason, decided_at, decided_by FROM "
                       "incident_subject_decision WHERE incident_id = ? ORDER BY id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    return statement->firstRow([](const Statement& row) {
        SubjectDecision decision;
        decision.notify = row.int64(0) != 0;
        if (!row.isNull(1))
            decision.exemption = subjectExemptionFromString(row.text(1));
        decision.communicatedAt = row.optionalInt64(2);
        decision.means = row.text(3);
        decision.reason = row.text(4);
        decision.decidedAt = row.int64(5);
        decision.decidedBy = row.int64(6);
        return decision;
    });
}

Result<qint64> BreachRepository::addSubjectDecision(qint64 incidentId, const SubjectDecision& d)
{
    auto statement = m_database.prepare(
        QStringLiteral("INSERT INTO incident_subject_decision (incident_id, notify, exemption, communicated_at, means, "
                       "reason, decided_at, decided_by) VALUES (?,?,?,?,?,?,?,?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId).bind(2, d.notify ? 1 : 0);
    bindText(*statement, 3, d.exemption ? toString(*d.exemption) : QString());
    statement->bindOptional(4, d.communicatedAt);
    bindText(*statement, 5, d.means);
    statement->bind(6, d.reason).bind(7, d.decidedAt).bind(8, d.decidedBy);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.lastInsertRowId();
}

} // namespace custodian
