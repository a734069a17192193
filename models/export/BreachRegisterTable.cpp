#include "export/BreachRegisterTable.h"

#include "rules/BreachNotificationClock.h"

#include <QDateTime>

namespace custodian {

namespace {
QString time(const std::optional<qint64>& ms)
{
    return ms ? BreachRegisterTable::isoTime(*ms) : QString();
}

QString number(const std::optional<qint64>& n)
{
    return n ? QString::number(*n) : QString();
}
} // namespace

QString BreachRegisterTable::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString BreachRegisterTable::key(Column column)
{
    switch (column) {
    case Column::Reference:
        return QStringLiteral("reference");
    case Column::Title:
        return QStringLiteral("title");
    case Column::State:
        return QStringLiteral("state");
    case Column::AwareAt:
        return QStringLiteral("aware_at_utc");
    case Column::Deadline:
        return QStringLiteral("deadline_utc");
    case Column::FirstNotifiedAt:
        return QStringLiteral("first_notified_at_utc");
    case Column::Timeliness:
        return QStringLiteral("timeliness");
    case Column::DelayReasons:
        return QStringLiteral("delay_reasons");
    case Column::Phases:
        return QStringLiteral("phases");
    case Column::AuthorityReference:
        return QStringLiteral("authority_reference");
    case Column::RecordsApprox:
        return QStringLiteral("records_approx");
    case Column::SubjectsApprox:
        return QStringLiteral("subjects_approx");
    case Column::CountsFrom:
        return QStringLiteral("counts_from");
    case Column::SubjectsDecision:
        return QStringLiteral("subjects_decision");
    case Column::Exemption:
        return QStringLiteral("exemption");
    case Column::SubjectsCommunicatedAt:
        return QStringLiteral("subjects_communicated_at_utc");
    case Column::SubjectsMeans:
        return QStringLiteral("subjects_means");
    case Column::DecisionReason:
        return QStringLiteral("subjects_decision_reason");
    case Column::WithdrawnAt:
        return QStringLiteral("withdrawn_at_utc");
    case Column::WithdrawalReason:
        return QStringLiteral("withdrawal_reason");
    }
    return QString();
}

QString BreachRegisterTable::heading(Column column)
{
    switch (column) {
    case Column::Reference:
        return tr("Incident");
    case Column::Title:
        return tr("Title");
    case Column::State:
        return tr("State");
    case Column::AwareAt:
        return tr("Aware at (UTC)");
    case Column::Deadline:
        return tr("Deadline (UTC)");
    case Column::FirstNotifiedAt:
        return tr("Notified (UTC)");
    case Column::Timeliness:
        return tr("In time");
    case Column::DelayReasons:
        return tr("Reasons for delay");
    case Column::Phases:
        return tr("Phases");
    case Column::AuthorityReference:
        return tr("Authority ref.");
    case Column::RecordsApprox:
        return tr("Records");
    case Column::SubjectsApprox:
        return tr("Subjects");
    case Column::CountsFrom:
        return tr("Counts from");
    case Column::SubjectsDecision:
        return tr("Art. 34");
    case Column::Exemption:
        return tr("Exemption");
    case Column::SubjectsCommunicatedAt:
        return tr("Subjects told (UTC)");
    case Column::SubjectsMeans:
        return tr("How");
    case Column::DecisionReason:
        return tr("Art. 34 reason");
    case Column::WithdrawnAt:
        return tr("Withdrawn (UTC)");
    case Column::WithdrawalReason:
        return tr("Why withdrawn");
    }
    return QString();
}

QString BreachRegisterTable::state(const BreachRegisterEntry& entry, qint64 now)
{
    if (entry.withdrawn)
        return QStringLiteral("withdrawn");
    switch (BreachNotificationClock::at(entry.awareAt, entry.firstNotifiedAt, now).state) {
    case BreachNotificationClock::State::NotStarted:
        return QStringLiteral("not_started");
    case BreachNotificationClock::State::Running:
        return QStringLiteral("running");
    case BreachNotificationClock::State::Urgent:
        return QStringLiteral("urgent");
    case BreachNotificationClock::State::Overdue:
        return QStringLiteral("overdue");
    case BreachNotificationClock::State::NotifiedInTime:
        return QStringLiteral("notified_in_time");
    case BreachNotificationClock::State::NotifiedLate:
        return QStringLiteral("notified_late");
    }
    return QString();
}

QString BreachRegisterTable::text(const BreachRegisterEntry& e, Column column, qint64 now)
{
    // A withdrawn breach keeps the deadline its aware-at had, for the record; the rule gives it.
    const auto reading = BreachNotificationClock::at(e.awareAt, e.firstNotifiedAt, now);
    const std::optional<SubjectDecision>& d = e.subjectDecision;
    switch (column) {
    case Column::Reference:
        return e.reference;
    case Column::Title:
        return e.title;
    case Column::State:
        return state(e, now);
    case Column::AwareAt:
        return time(e.awareAt);
    case Column::Deadline:
        return time(e.deadline ? e.deadline : reading.deadline);
    case Column::FirstNotifiedAt:
        return time(e.firstNotifiedAt);
    case Column::Timeliness:
        if (!e.firstNotifiedAt || !e.awareAt)
            return QString();
        return BreachNotificationClock::needsDelayReasons(*e.awareAt, *e.firstNotifiedAt) ? QStringLiteral("late")
                                                                                          : QStringLiteral("in_time");
    case Column::DelayReasons:
        return e.delayReasons;
    case Column::Phases:
        return QString::number(e.phases);
    case Column::AuthorityReference:
        return e.authorityReference;
    case Column::RecordsApprox:
        return number(e.recordsApprox);
    case Column::SubjectsApprox:
        return number(e.subjectsApprox);
    case Column::CountsFrom:
        return e.countsFromNotification ? QStringLiteral("notification") : QStringLiteral("linked_events");
    case Column::SubjectsDecision:
        return d ? (d->notify ? QStringLiteral("notify") : QStringLiteral("not_notified")) : QString();
    case Column::Exemption:
        return d && d->exemption ? toString(*d->exemption) : QString();
    case Column::SubjectsCommunicatedAt:
        return d ? time(d->communicatedAt) : QString();
    case Column::SubjectsMeans:
        return d ? d->means : QString();
    case Column::DecisionReason:
        return d ? d->reason : QString();
    case Column::WithdrawnAt:
        return time(e.withdrawnAt);
    case Column::WithdrawalReason:
        return e.withdrawalReason;
    }
    return QString();
}

} // namespace custodian
