#include "rules/BreachWorkflow.h"

#include "domain/Clock.h"
#include "rules/BreachNotificationClock.h"
#include "rules/IncidentOutbox.h"
#include "store/BreachExposureReader.h"
#include "store/BreachRepository.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/IncidentTimeline.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace custodian {

namespace {
using Facts = BreachRepository::IncidentFacts;

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue optionalIso(std::optional<qint64> ms)
{
    return ms ? QJsonValue(iso(*ms)) : QJsonValue();
}

// "3 h 12 min", "45 min", "2 s": how late, in words a supervisor reads at a glance.
QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (ms < 1000)
        return BreachWorkflow::tr("less than a second"); // 72 h + 1 ms is late, and "0 s late" would read as in time
    if (minutes == 0)
        return BreachWorkflow::tr("%1 s").arg(ms / 1000);
    if (minutes < 60)
        return BreachWorkflow::tr("%1 min").arg(minutes);
    return BreachWorkflow::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString target(qint64 incidentId)
{
    return QStringLiteral("incident:%1").arg(incidentId);
}

Status checkReason(const QString& reason, const QString& what)
{
    if (reason.isEmpty())
        return Error(Error::Code::InvalidArgument, BreachWorkflow::tr("Give the reason %1.").arg(what));
    if (reason.size() > BreachWorkflow::MaxReasonLength)
        return Error(Error::Code::InvalidArgument,
                     BreachWorkflow::tr("The reason is %1 characters long; at most %2 "
                                        "are kept.")
                         .arg(reason.size())
                         .arg(BreachWorkflow::MaxReasonLength));
    return {};
}

Status checkActor(const BreachWorkflow::Actor& actor)
{
    if (actor.supervisorId <= 0 || actor.auditActor.isEmpty())
        return Error(Error::Code::NotConfigured,
                     BreachWorkflow::tr("A breach decision is taken by a supervisor this console knows."));
    return {};
}

// The incident, which must exist.
Result<Facts> incidentFacts(BreachRepository& repository, qint64 incidentId)
{
    auto facts = repository.incident(incidentId);
    if (!facts)
        return facts.error();
    if (!*facts)
        return Error(Error::Code::NotFound, BreachWorkflow::tr("There is no incident %1.").arg(incidentId));
    return **facts;
}

// The incident, which must be a personal-data breach now.
Result<Facts> breachFacts(BreachRepository& repository, qint64 incidentId)
{
    auto facts = incidentFacts(repository, incidentId);
    if (!facts)
        return facts;
    if (!facts->personalDataBreach || !facts->awareAt)
        return Error(Error::Code::InvalidArgument,
                     BreachWorkflow::tr("Incident %1 is not recorded as a personal-data breach; record when the "
                                        "organisation became aware of it first.")
                         .arg(facts->reference));
    return facts;
}

// An aware-at is when there was reasonable certainty that personal data was compromised: it cannot lie ahead, and
// the incident had to be detected before anyone could be aware of a breach in it.
Status checkAwareAt(const Facts& facts, qint64 awareAt, qint64 now)
{
    if (awareAt > now)
        return Error(Error::Code::InvalidArgument,
                     BreachWorkflow::tr("The aware-at instant %1 is in the future; record it once the organisation is "
                                        "aware of the breach.")
                         .arg(utc(awareAt)));
    if (awareAt < facts.detectedAt)
        return Error(Error::Code::InvalidArgument,
                     BreachWorkflow::tr("The aware-at instant %1 is before incident %2 was detected (%3); nobody "
                                        "could be aware of a breach in it yet.")
                         .arg(utc(awareAt), facts.reference, utc(facts.detectedAt)));
    return {};
}

// Who takes a decision, and when (`now` < 0: the clock): what every decision settles before anything else.
Result<qint64> decisionTime(const BreachWorkflow::Actor& actor, qint64 now)
{
    if (auto status = checkActor(actor); !status)
        return status.error();
    return now < 0 ? Clock::nowMs() : now;
}

// The same for a decision that needs a reason, which `what` names when it is missing.
Result<qint64> reasonedDecisionTime(const BreachWorkflow::Actor& actor, qint64 now, const QString& reason,
                                    const QString& what)
{
    auto when = decisionTime(actor, now);
    if (!when)
        return when;
    if (auto status = checkReason(reason, what); !status)
        return status.error();
    return when;
}

// An aware-at recorded or changed: the incident's breach columns and the awareness history row. Returns the deadline.
Result<qint64> setAwareness(BreachRepository& repository, qint64 incidentId, const QString& kind, qint64 awareAt,
                            std::optional<qint64> previous, const QString& reason, const BreachWorkflow::Actor& actor,
                            qint64 now)
{
    const qint64 deadline = *BreachNotificationClock::at(awareAt, std::nullopt, now).deadline;
    if (auto status = repository.setBreach(incidentId, awareAt, deadline); !status)
        return status.error();
    if (auto status = repository.addAwareness(incidentId, kind, awareAt, previous, reason, now, actor.supervisorId);
        !status)
        return status.error();
    return deadline;
}

// What a decision's body leaves to decide(): its one console-audit entry, and what the incident's timeline says of it.
struct Audit
{
    QString action;
    QJsonObject detail;
    QString timeline; // the entry's text (kind "gdpr"); every GDPR decision is a step of the incident's own record
    QJsonObject push; // the sync-outbox payload with its "action": the service records it through this workflow
};

using FactsOf = Result<Facts> (*)(BreachRepository&, qint64);

// The frame every decision shares, written once: ONE transaction, the incident's facts as `factsOf` reads and checks
// them, the decision's body (its rows, or a refusal), its console-audit entry and the commit. A body returns
// Result<Audit> and hands any answer back through what it captures.
template <typename Body>
Status decide(Database& database, qint64 incidentId, const BreachWorkflow::Actor& actor, qint64 now, FactsOf factsOf,
              Body body)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    BreachRepository repository(database);
    auto facts = factsOf(repository, incidentId);
    if (!facts)
        return facts.error();
    Result<Audit> audit = body(repository, *facts);
    if (!audit)
        return audit.error();
    // On the timeline too, chained like every other step: the report and the timeline tab tell the breach's story
    // (aware at, notified, the data subjects' decision) where the incident's other steps are, not only in the audit.
    IncidentTimeline::Entry entry;
    entry.at = now;
    entry.authorId = actor.supervisorId;
    entry.authorActor = actor.auditActor;
    entry.kind = QStringLiteral("gdpr");
    entry.text = audit->timeline;
    auto appended = IncidentTimeline::append(database, incidentId, entry);
    if (!appended)
        return appended.error();
    audit->detail.insert(QStringLiteral("timeline_entry"), appended->position);
    if (auto seq
        = ConsoleAudit::append(database, actor.auditActor, audit->action, target(incidentId), audit->detail, now);
        !seq)
        return seq.error();
    if (!audit->push.isEmpty())
        if (auto status = IncidentOutbox::enqueue(database, actor, incidentId, audit->push, now); !status)
            return status;
    return transaction->commit();
}

// Counts in words: "3 records" / "1 record".
QString records(qint64 n)
{
    return n == 1 ? BreachWorkflow::tr("1 record") : BreachWorkflow::tr("%1 records").arg(n);
}

QString className(int dataClass)
{
    switch (dataClass) {
    case 1:
        return BreachWorkflow::tr("personal data");
    case 2:
        return BreachWorkflow::tr("payment card data");
    case 3:
        return BreachWorkflow::tr("communications");
    default:
        return BreachWorkflow::tr("no personal-data class");
    }
}

// The Art. 34 decision in a timeline entry's words.
QString subjectsText(const SubjectDecision& d)
{
    if (d.notify)
        return BreachWorkflow::tr("Art. 34: the data subjects are told (%1).").arg(d.means);
    switch (d.exemption.value_or(SubjectExemption::NoHighRisk)) {
    case SubjectExemption::Unintelligible:
        return BreachWorkflow::tr("Art. 34: the data subjects are not told; the data was unintelligible (34(3)(a)).");
    case SubjectExemption::MeasuresTaken:
        return BreachWorkflow::tr("Art. 34: the data subjects are not told; measures remove the high risk (34(3)(b)).");
    case SubjectExemption::DisproportionateEffort:
        return BreachWorkflow::tr("Art. 34: a public communication instead of telling each data subject (34(3)(c)): "
                                  "%1.")
            .arg(d.means);
    case SubjectExemption::NoHighRisk:
        break;
    }
    return BreachWorkflow::tr("Art. 34: the data subjects are not told; no high risk to them (34(1)).");
}

QJsonObject decisionJson(const SubjectDecision& d)
{
    QJsonObject json { { QStringLiteral("notify"), d.notify },
                       { QStringLiteral("communicated_at"), optionalIso(d.communicatedAt) } };
    if (d.exemption)
        json.insert(QStringLiteral("exemption"), toString(*d.exemption));
    if (!d.means.isEmpty())
        json.insert(QStringLiteral("means"), d.means);
    return json;
}
} // namespace

Result<qint64> BreachWorkflow::recordAwareness(Database& database, qint64 incidentId, qint64 awareAt,
                                               const QString& reasonGiven, const Actor& actor, qint64 now)
{
    const QString reason = reasonGiven.trimmed();
    auto when = reasonedDecisionTime(actor, now, reason, tr("for treating the incident as a personal-data breach"));
    if (!when)
        return when.error();
    now = *when;
    qint64 deadline = 0;
    auto decided = decide(
        database, incidentId, actor, now, incidentFacts,
        [&](BreachRepository& repository, const Facts& facts) -> Result<Audit> {
            if (facts.personalDataBreach)
                return Error(
                    Error::Code::InvalidArgument,
                    tr("Incident %1 is already a personal-data breach, aware at %2; change that instant instead.")
                        .arg(facts.reference, facts.awareAt ? utc(*facts.awareAt) : tr("an unknown instant")));
            if (auto status = checkAwareAt(facts, awareAt, now); !status)
                return status.error();
            auto set = setAwareness(repository, incidentId, QStringLiteral("recorded"), awareAt, std::nullopt, reason,
                                    actor, now);
            if (!set)
                return set.error();
            deadline = *set;
            const QJsonObject detail { { QStringLiteral("aware_at"), iso(awareAt) },
                                       { QStringLiteral("deadline"), iso(deadline) },
                                       { QStringLiteral("reason"), reason } };
            return Audit { QStringLiteral("incident.breach.aware"),
                           detail,
                           tr("Personal-data breach: aware at %1; the authority is to be notified by %2 "
                              "(Art. 33(1)). %3")
                               .arg(utc(awareAt), utc(deadline), reason),
                           { { QStringLiteral("action"), QStringLiteral("breach_aware") },
                             { QStringLiteral("aware_at"), awareAt },
                             { QStringLiteral("reason"), reason } } };
        });
    if (!decided)
        return decided.error();
    return deadline;
}

Result<qint64> BreachWorkflow::changeAwareness(Database& database, qint64 incidentId, qint64 awareAt,
                                               const QString& reasonGiven, const Actor& actor, qint64 now)
{
    const QString reason = reasonGiven.trimmed();
    auto when = reasonedDecisionTime(actor, now, reason, tr("for changing the aware-at instant"));
    if (!when)
        return when.error();
    now = *when;
    qint64 deadline = 0;
    auto decided = decide(
        database, incidentId, actor, now, breachFacts,
        [&](BreachRepository& repository, const Facts& facts) -> Result<Audit> {
            const qint64 previous = *facts.awareAt;
            if (awareAt == previous)
                return Error(
                    Error::Code::InvalidArgument,
                    tr("Incident %1 is already aware at %2; nothing changes.").arg(facts.reference, utc(awareAt)));
            if (auto status = checkAwareAt(facts, awareAt, now); !status)
                return status.error();
            // A first notification already sent in time carries no reasons for a delay; moving the aware-at must not
            // turn it into a late one without them.
            if (facts.authorityNotifiedAt
                && BreachNotificationClock::needsDelayReasons(awareAt, *facts.authorityNotifiedAt)
                && !BreachNotificationClock::needsDelayReasons(previous, *facts.authorityNotifiedAt))
                return Error(
                    Error::Code::InvalidArgument,
                    tr("The authority was first notified at %1; aware at %2, that notification would be %3 late and "
                       "it carries no reasons for a delay. Record the aware-at the notification was made against, "
                       "or add a phase that explains the delay first.")
                        .arg(utc(*facts.authorityNotifiedAt), utc(awareAt),
                             duration(*facts.authorityNotifiedAt - awareAt - BreachNotificationClock::WindowMs)));
            auto set = setAwareness(repository, incidentId, QStringLiteral("changed"), awareAt, previous, reason, actor,
                                    now);
            if (!set)
                return set.error();
            deadline = *set;
            const QJsonObject detail { { QStringLiteral("aware_at"), iso(awareAt) },
                                       { QStringLiteral("previous_aware_at"), iso(previous) },
                                       { QStringLiteral("deadline"), iso(deadline) },
                                       { QStringLiteral("reason"), reason } };
            return Audit { QStringLiteral("incident.breach.aware"),
                           detail,
                           tr("Aware-at moved from %1 to %2; the authority is to be notified by %3. %4")
                               .arg(utc(previous), utc(awareAt), utc(deadline), reason),
                           { { QStringLiteral("action"), QStringLiteral("breach_change") },
                             { QStringLiteral("aware_at"), awareAt },
                             { QStringLiteral("reason"), reason } } };
        });
    if (!decided)
        return decided.error();
    return deadline;
}

Status BreachWorkflow::withdraw(Database& database, qint64 incidentId, const QString& reasonGiven, const Actor& actor,
                                qint64 now)
{
    const QString reason = reasonGiven.trimmed();
    auto when = reasonedDecisionTime(actor, now, reason, tr("why the incident is not a personal-data breach"));
    if (!when)
        return when.error();
    now = *when;
    return decide(database, incidentId, actor, now, breachFacts,
                  [&](BreachRepository& repository, const Facts& facts) -> Result<Audit> {
                      if (auto status = repository.setBreach(incidentId, std::nullopt, std::nullopt); !status)
                          return status.error();
                      if (auto status = repository.addAwareness(incidentId, QStringLiteral("withdrawn"), std::nullopt,
                                                                facts.awareAt, reason, now, actor.supervisorId);
                          !status)
                          return status.error();
                      const QJsonObject detail { { QStringLiteral("previous_aware_at"), iso(*facts.awareAt) },
                                                 { QStringLiteral("authority_notified_at"),
                                                   optionalIso(facts.authorityNotifiedAt) },
                                                 { QStringLiteral("reason"), reason } };
                      return Audit { QStringLiteral("incident.breach.withdraw"),
                                     detail,
                                     tr("No longer treated as a personal-data breach: %1").arg(reason),
                                     { { QStringLiteral("action"), QStringLiteral("breach_withdraw") },
                                       { QStringLiteral("reason"), reason } } };
                  });
}

BreachNotificationForm BreachWorkflow::prefilled(const BreachExposure& exposure)
{
    BreachNotificationForm form;
    if (exposure.events == 0)
        return form; // nothing linked: nothing to count from, the supervisor writes it all
    form.nature = tr("Customer records opened in the access events linked to the incident: %1 events, %2 distinct "
                     "customer records, %3 events without a customer record (logins, searches).")
                      .arg(exposure.events)
                      .arg(exposure.records)
                      .arg(exposure.eventsWithoutRecord);
    QStringList classes;
    for (const auto& [dataClass, count] : exposure.recordsByClass)
        classes << tr("%1: %2").arg(className(dataClass), records(count));
    QStringList kinds;
    for (const auto& [kind, count] : exposure.recordsByKind)
        kinds << tr("%1: %2").arg(kind).arg(count);
    form.recordCategories = classes.join(QStringLiteral("; "));
    if (!kinds.isEmpty())
        form.recordCategories += tr(" (by kind — %1)").arg(kinds.join(QStringLiteral(", ")));
    form.recordsApprox = exposure.records;
    // The store links no customer record to a person (customer_record has no customer): each distinct record is
    // counted as one data subject at most, an upper bound the supervisor lowers when records belong to one person.
    form.subjectCategories
        = exposure.records ? tr("Customers whose records were opened (counted once per record, at most)") : QString();
    form.subjectsApprox = exposure.records;
    return form;
}

Result<BreachNotificationForm> BreachWorkflow::prefill(Database& database, qint64 incidentId)
{
    BreachRepository repository(database);
    auto facts = incidentFacts(repository, incidentId);
    if (!facts)
        return facts.error();
    auto exposure = BreachExposureReader(database).read(incidentId);
    if (!exposure)
        return exposure.error();
    const BreachNotificationForm counted = prefilled(*exposure);
    auto last = repository.lastForm(incidentId);
    if (!last)
        return last.error();
    if (!*last)
        return counted;
    // A later phase starts from what the last one sent — the supervisor's corrections of the counts included (two
    // records of one customer are one subject) — and takes the counts only where that phase left a value out.
    BreachNotificationForm form = **last;
    for (auto [field, fallback] : { std::pair { &form.nature, &counted.nature },
                                    std::pair { &form.subjectCategories, &counted.subjectCategories },
                                    std::pair { &form.recordCategories, &counted.recordCategories } })
        if (field->isEmpty())
            *field = *fallback;
    if (!form.subjectsApprox)
        form.subjectsApprox = counted.subjectsApprox;
    if (!form.recordsApprox)
        form.recordsApprox = counted.recordsApprox;
    return form;
}

Result<BreachWorkflow::Notified> BreachWorkflow::notifyAuthority(Database& database, qint64 incidentId,
                                                                 const Notification& given, const Actor& actor,
                                                                 qint64 now)
{
    auto when = decisionTime(actor, now);
    if (!when)
        return when.error();
    now = *when;
    Notification n = given;
    BreachNotificationForm& form = n.form;
    for (QString* text : { &form.nature, &form.subjectCategories, &form.recordCategories, &form.contactPoint,
                           &form.likelyConsequences, &form.measures, &n.authorityReference, &n.delayReasons })
        *text = text->trimmed();
    // Art. 33(4): what is not known yet may follow in a later phase, but every phase says what happened and whom the
    // authority can ask.
    if (form.nature.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("Describe the nature of the breach (Art. 33(3)(a))."));
    if (form.contactPoint.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Name the contact point where the authority can obtain more information (Art. 33(3)(b))."));
    for (const QString* text : { &form.nature, &form.subjectCategories, &form.recordCategories, &form.contactPoint,
                                 &form.likelyConsequences, &form.measures, &n.delayReasons })
        if (text->size() > MaxTextLength)
            return Error(Error::Code::InvalidArgument,
                         tr("A text of the notification is %1 characters long; at most %2 are kept.")
                             .arg(text->size())
                             .arg(MaxTextLength));
    if (n.authorityReference.size() > MaxReferenceLength)
        return Error(Error::Code::InvalidArgument,
                     tr("The authority's reference is longer than %1 characters.").arg(MaxReferenceLength));
    if ((form.subjectsApprox && *form.subjectsApprox < 0) || (form.recordsApprox && *form.recordsApprox < 0))
        return Error(Error::Code::InvalidArgument, tr("The approximate numbers cannot be negative."));
    if (n.sentAt > now)
        return Error(
            Error::Code::InvalidArgument,
            tr("The notification's sending time %1 is in the future; record it once it is sent.").arg(utc(n.sentAt)));

    Notified notified;
    auto decided = decide(
        database, incidentId, actor, now, breachFacts,
        [&](BreachRepository& repository, const Facts& facts) -> Result<Audit> {
            auto phase = repository.nextPhase(incidentId);
            if (!phase)
                return phase.error();
            auto last = repository.lastSentAt(incidentId);
            if (!last)
                return last.error();
            if (*last && n.sentAt < **last)
                return Error(Error::Code::InvalidArgument,
                             tr("Phase %1 cannot have been sent at %2, before phase %3 (%4).")
                                 .arg(*phase)
                                 .arg(utc(n.sentAt))
                                 .arg(*phase - 1)
                                 .arg(utc(**last)));
            const qint64 awareAt = *facts.awareAt;
            if (n.sentAt < awareAt)
                return Error(
                    Error::Code::InvalidArgument,
                    tr("The notification's sending time %1 is before the organisation became aware of the breach "
                       "(%2).")
                        .arg(utc(n.sentAt), utc(awareAt)));
            notified.phase = *phase;
            if (*phase == 1) {
                notified.late = BreachNotificationClock::needsDelayReasons(awareAt, n.sentAt);
                if (notified.late && n.delayReasons.isEmpty())
                    return Error(
                        Error::Code::InvalidArgument,
                        tr("This first notification is sent at %1, %2 after the 72-hour deadline (%3). Art. 33(1) "
                           "requires the reasons for the delay: give them to record it.")
                            .arg(utc(n.sentAt), duration(n.sentAt - awareAt - BreachNotificationClock::WindowMs),
                                 utc(awareAt + BreachNotificationClock::WindowMs)));
                if (!notified.late)
                    n.delayReasons.clear(); // nothing was late: no reasons stand beside a notification in time
            }

            BreachRepository::Notification row;
            row.incidentId = incidentId;
            row.phase = *phase;
            row.sentAt = n.sentAt;
            row.recordedAt = now;
            row.recordedBy = actor.supervisorId;
            row.authorityReference = n.authorityReference;
            row.delayReasons = n.delayReasons;
            row.form = form;
            auto id = repository.addNotification(row);
            if (!id)
                return id.error();
            notified.notificationId = *id;
            if (*phase == 1)
                if (auto status = repository.setAuthorityNotified(incidentId, n.sentAt); !status)
                    return status.error();
            QJsonObject detail { { QStringLiteral("phase"), *phase },
                                 { QStringLiteral("sent_at"), iso(n.sentAt) },
                                 { QStringLiteral("aware_at"), iso(awareAt) },
                                 { QStringLiteral("late"), notified.late },
                                 { QStringLiteral("records_approx"),
                                   form.recordsApprox ? QJsonValue(*form.recordsApprox) : QJsonValue() },
                                 { QStringLiteral("subjects_approx"),
                                   form.subjectsApprox ? QJsonValue(*form.subjectsApprox) : QJsonValue() } };
            if (!n.authorityReference.isEmpty())
                detail.insert(QStringLiteral("authority_reference"), n.authorityReference);
            if (!n.delayReasons.isEmpty())
                detail.insert(QStringLiteral("delay_reasons"), n.delayReasons);
            QString text = tr("Supervisory authority notified, phase %1, sent %2.").arg(*phase).arg(utc(n.sentAt));
            if (!n.authorityReference.isEmpty())
                text += QLatin1Char(' ') + tr("Its reference: %1.").arg(n.authorityReference);
            if (notified.late)
                text += QLatin1Char(' ') + tr("Late, with the reasons for the delay.");
            // The form as sent, for the service to record the same phase (its own phase number and recording time).
            const QJsonObject push { { QStringLiteral("action"), QStringLiteral("breach_notify") },
                                     { QStringLiteral("sent_at"), n.sentAt },
                                     { QStringLiteral("authority_reference"), n.authorityReference },
                                     { QStringLiteral("delay_reasons"), n.delayReasons },
                                     { QStringLiteral("nature"), form.nature },
                                     { QStringLiteral("subject_categories"), form.subjectCategories },
                                     { QStringLiteral("subjects_approx"),
                                       form.subjectsApprox ? QJsonValue(*form.subjectsApprox) : QJsonValue() },
                                     { QStringLiteral("record_categories"), form.recordCategories },
                                     { QStringLiteral("records_approx"),
                                       form.recordsApprox ? QJsonValue(*form.recordsApprox) : QJsonValue() },
                                     { QStringLiteral("contact_point"), form.contactPoint },
                                     { QStringLiteral("likely_consequences"), form.likelyConsequences },
                                     { QStringLiteral("measures"), form.measures } };
            return Audit { QStringLiteral("incident.breach.notify"), detail, text, push };
        });
    if (!decided)
        return decided.error();
    return notified;
}

Status BreachWorkflow::decideSubjects(Database& database, qint64 incidentId, const SubjectDecision& given,
                                      const Actor& actor, qint64 now)
{
    auto when = decisionTime(actor, now);
    if (!when)
        return when.error();
    now = *when;
    SubjectDecision decision = given;
    decision.reason = decision.reason.trimmed();
    decision.means = decision.means.trimmed();
    decision.decidedAt = now;
    decision.decidedBy = actor.supervisorId;
    if (decision.notify) {
        if (decision.exemption)
            return Error(Error::Code::InvalidArgument,
                         tr("Either the data subjects are told, or an exemption applies; not both."));
        if (decision.means.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("Say how the data subjects are told (letter, e-mail, phone call)."));
    } else {
        if (!decision.exemption)
            return Error(Error::Code::InvalidArgument,
                         tr("Not telling the data subjects needs its ground: an exemption of Art. 34(3), or no high "
                            "risk to their rights and freedoms."));
        if (*decision.exemption == SubjectExemption::DisproportionateEffort && decision.means.isEmpty())
            return Error(Error::Code::InvalidArgument,
                         tr("Under Art. 34(3)(c) a public communication replaces telling each data subject: say how "
                            "the public is told."));
        if (*decision.exemption != SubjectExemption::DisproportionateEffort) {
            // Nobody is told: no when, no how.
            decision.means.clear();
            decision.communicatedAt.reset();
        }
    }
    if (decision.means.size() > MaxTextLength)
        return Error(
            Error::Code::InvalidArgument,
            tr("The means is %1 characters long; at most %2 are kept.").arg(decision.means.size()).arg(MaxTextLength));
    if (auto status = checkReason(decision.reason, tr("for the decision about the data subjects")); !status)
        return status;

    return decide(
        database, incidentId, actor, now, breachFacts,
        [&](BreachRepository& repository, const Facts& facts) -> Result<Audit> {
            auto previous = repository.subjectDecision(incidentId);
            if (!previous)
                return previous.error();
            if (*previous && (*previous)->sameDecision(decision))
                return Error(Error::Code::InvalidArgument,
                             tr("That is already the decision about the data subjects of incident %1; nothing changes.")
                                 .arg(facts.reference));
            if (auto id = repository.addSubjectDecision(incidentId, decision); !id)
                return id.error();
            QJsonObject detail = decisionJson(decision);
            detail.insert(QStringLiteral("reason"), decision.reason);
            if (*previous)
                detail.insert(QStringLiteral("previous"), decisionJson(**previous));
            return Audit { QStringLiteral("incident.breach.subjects"),
                           detail,
                           subjectsText(decision) + QLatin1Char(' ') + decision.reason,
                           { { QStringLiteral("action"), QStringLiteral("breach_subjects") },
                             { QStringLiteral("notify"), decision.notify },
                             { QStringLiteral("exemption"),
                               decision.exemption ? QJsonValue(toString(*decision.exemption)) : QJsonValue() },
                             { QStringLiteral("communicated_at"),
                               decision.communicatedAt ? QJsonValue(*decision.communicatedAt) : QJsonValue() },
                             { QStringLiteral("means"), decision.means },
                             { QStringLiteral("reason"), decision.reason } } };
        });
}

} // namespace custodian
