// The GDPR Art. 33/34 decisions on a small hand-built store (docs/incidents-gdpr.md): the 72-hour clock on a test
// clock (a first notification at 71 h 59 min needs no reasons, exactly at 72 h neither, at 72 h + 1 ms it is refused
// without them and accepted with them), later phases that leave the clock alone; the notification form's pre-fill
// against a hand count of the linked events (several events on one record, two records of one class, an event without
// a record, a payment-card record, and events linked to another incident or none that must not count); the aware-at's
// validation (future, before detection, no reason, twice), its change (old and new in the audit entry, refused when it
// would make a sent notification late) and its withdrawal; the Art. 34 decision recorded and changed. Every refusal
// writes nothing; every change writes one console-audit entry.
#include "rules/BreachWorkflow.h"

#include "rules/BreachNotificationClock.h"
#include "store/BreachRepository.h"
#include "store/Database.h"
#include "store/IncidentTimeline.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;
// 2026-12-01T12:00:00Z: every incident was detected then.
constexpr qint64 Detected = 1'796'126'400'000;
constexpr qint64 Aware = Detected + 2 * HourMs;

// The incidents of the fixture.
enum Incident : qint64 {
    Exposure = 1, // linked events on records of every kind
    Other = 2, // one event on a record that Exposure does not touch
    Plain = 3, // no linked events
};

// The hand count of Exposure's linked events: events 101–103 on record 1 (pii, account), 104 on record 2 (pii,
// national_id), 105 on record 3 (payment card), 106 a login without a record. 107 (record 4) is linked to no incident,
// 108 (record 4) to Other only.
constexpr qint64 HandEvents = 6;
constexpr qint64 HandWithoutRecord = 1;
constexpr qint64 HandRecords = 3;
constexpr qint64 HandPii = 2;
constexpr qint64 HandCard = 1;

qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

struct Footprint
{
    qint64 awareness, notifications, decisions, audit, version, timeline;
    static Footprint of(Database& db, qint64 incident)
    {
        return { count(db, QStringLiteral("SELECT count(*) FROM incident_breach_awareness")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_breach_notification")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_subject_decision")),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit")),
                 count(db, QStringLiteral("SELECT version FROM incident WHERE id = %1").arg(incident)),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_timeline")) };
    }
    bool operator==(const Footprint&) const = default;
};

BreachWorkflow::Notification notification(qint64 sentAt, const QString& delayReasons = QString())
{
    BreachWorkflow::Notification n;
    n.form.nature = QStringLiteral("Customer records opened by an agent outside their work");
    n.form.contactPoint = QStringLiteral("DPO, dpo@example.org");
    n.sentAt = sentAt;
    n.delayReasons = delayReasons;
    return n;
}
} // namespace

class BreachWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    BreachWorkflow::Actor m_actor { 1, QStringLiteral("console:msilva") };

    Database& db() { return m_store->store().database(); }

    QJsonObject lastAudit(const QString& action)
    {
        auto statement = db().prepare(
            QStringLiteral("SELECT target, detail FROM console_audit WHERE action = ? ORDER BY seq DESC LIMIT 1"));
        if (!statement)
            return {};
        statement->bind(1, action);
        if (!*statement->step())
            return {};
        QJsonObject detail = QJsonDocument::fromJson(statement->text(1).toUtf8()).object();
        detail.insert(QStringLiteral("_target"), statement->text(0));
        return detail;
    }

    std::optional<qint64> column(qint64 incident, const QString& name)
    {
        auto statement = db().prepare(QStringLiteral("SELECT %1 FROM incident WHERE id = ?").arg(name));
        if (!statement)
            return std::nullopt;
        statement->bind(1, incident);
        if (!*statement->step())
            return std::nullopt;
        return statement->optionalInt64(0);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        const QString sql
            = QStringLiteral(
                  "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                  "'PT');"
                  "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
                  "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', "
                  "1);"
                  "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', "
                  "1, 0), (2, 'E2', 'Bruno Reis', 1, 0);"
                  "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES "
                  "(1, x'01', 1, 'account', '****0001'), (2, x'02', 1, 'national_id', '****0002'), "
                  "(3, x'03', 2, 'card', '411111******1111'), (4, x'04', 3, 'call_recording', '****0004');"
                  "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, "
                  "channel, workstation_id, session_id) VALUES "
                  "(101, %1, 1, 1, 1, 1, 1, 1, NULL, 1), (102, %1, 1, 1, 1, 1, 1, 1, NULL, 1), "
                  "(103, %1, 2, 1, 1, 3, 1, 1, NULL, 2), (104, %1, 1, 2, 1, 1, 1, 1, NULL, 1), "
                  "(105, %1, 1, 3, 2, 1, 1, 1, NULL, 1), (106, %1, 1, NULL, 0, 6, 1, 1, NULL, 1), "
                  "(107, %1, 1, 4, 3, 1, 1, 1, NULL, 1), (108, %1, 2, 4, 3, 1, 1, 1, NULL, 2);"
                  "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) "
                  "VALUES (1, 'INC-2026-0001', 'Records opened outside work', 3, 'insider_misuse', 2, %2, %2), "
                  "(2, 'INC-2026-0002', 'A call recording played', 2, 'insider_misuse', 2, %2, %2), "
                  "(3, 'INC-2026-0003', 'Lost workstation', 2, 'lost_device', 1, %2, %2);"
                  "INSERT INTO incident_event (incident_id, event_id) VALUES (1, 101), (1, 102), (1, 103), (1, 104), "
                  "(1, 105), (1, 106), (2, 108);")
                  .arg(Detected - HourMs)
                  .arg(Detected);
        QVERIFY2(db().execScript(sql.toUtf8()).ok(), "the fixture loads");
    }

    void prefillMatchesTheHandCount()
    {
        auto form = BreachWorkflow::prefill(db(), Exposure);
        CUSTODIAN_VERIFY_OK(form);
        QCOMPARE(form->recordsApprox, std::optional<qint64>(HandRecords));
        // No record is linked to a person here: each record counts as one data subject at most.
        QCOMPARE(form->subjectsApprox, std::optional<qint64>(HandRecords));
        QVERIFY2(form->nature.contains(QStringLiteral("%1 events").arg(HandEvents)), qPrintable(form->nature));
        QVERIFY2(form->nature.contains(QStringLiteral("%1 distinct").arg(HandRecords)), qPrintable(form->nature));
        QVERIFY2(form->nature.contains(QStringLiteral("%1 events without").arg(HandWithoutRecord)),
                 qPrintable(form->nature));
        QVERIFY2(form->recordCategories.contains(QStringLiteral("personal data: %1 records").arg(HandPii)),
                 qPrintable(form->recordCategories));
        QVERIFY2(form->recordCategories.contains(QStringLiteral("payment card data: 1 record")),
                 qPrintable(form->recordCategories));
        QVERIFY2(!form->recordCategories.contains(QStringLiteral("communications")),
                 qPrintable(form->recordCategories)); // record 4 is Other's, or nobody's
        QVERIFY2(form->recordCategories.contains(QStringLiteral("account: 1"))
                     && form->recordCategories.contains(QStringLiteral("card: %1").arg(HandCard)),
                 qPrintable(form->recordCategories));
        QVERIFY(form->contactPoint.isEmpty()); // the supervisor's to write
        QVERIFY(form->likelyConsequences.isEmpty());

        auto other = BreachWorkflow::prefill(db(), Other);
        CUSTODIAN_VERIFY_OK(other);
        QCOMPARE(other->recordsApprox, std::optional<qint64>(1));
        QVERIFY2(other->recordCategories.startsWith(QStringLiteral("communications: 1 record")),
                 qPrintable(other->recordCategories));

        auto plain = BreachWorkflow::prefill(db(), Plain);
        CUSTODIAN_VERIFY_OK(plain);
        QCOMPARE(*plain, BreachNotificationForm {}); // nothing linked: nothing is made up
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::prefill(db(), 99), Error::Code::NotFound);
    }

    void notifiedJustInTimeNeedsNoReasons()
    {
        test::TestClock clock(Aware + 10 * MinuteMs);
        auto deadline
            = BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Agent admitted it"), m_actor);
        CUSTODIAN_VERIFY_OK(deadline);
        QCOMPARE(*deadline, Aware + 72 * HourMs);
        QCOMPARE(column(Exposure, QStringLiteral("personal_data_breach")), std::optional<qint64>(1));
        QCOMPARE(column(Exposure, QStringLiteral("breach_established_at")), std::optional<qint64>(Aware));
        QCOMPARE(column(Exposure, QStringLiteral("notification_deadline_at")), std::optional<qint64>(*deadline));

        clock.set(Aware + 71 * HourMs + 59 * MinuteMs);
        auto notified = BreachWorkflow::notifyAuthority(db(), Exposure, notification(Clock::nowMs()), m_actor);
        CUSTODIAN_VERIFY_OK(notified);
        QCOMPARE(notified->phase, 1);
        QVERIFY(!notified->late);
        QCOMPARE(column(Exposure, QStringLiteral("authority_notified_at")),
                 std::optional<qint64>(Aware + 71 * HourMs + 59 * MinuteMs));
        const QJsonObject detail = lastAudit(QStringLiteral("incident.breach.notify"));
        QCOMPARE(detail.value(QStringLiteral("_target")).toString(), QStringLiteral("incident:1"));
        QCOMPARE(detail.value(QStringLiteral("late")).toBool(), false);
        QVERIFY(!detail.contains(QStringLiteral("delay_reasons")));

        // The deadline instant itself is still "not later than 72 hours".
        clock.set(Aware + 72 * HourMs);
        CUSTODIAN_VERIFY_OK(BreachWorkflow::recordAwareness(db(), Other, Aware, QStringLiteral("Confirmed"), m_actor));
        auto atDeadline = BreachWorkflow::notifyAuthority(db(), Other, notification(Aware + 72 * HourMs), m_actor);
        CUSTODIAN_VERIFY_OK(atDeadline);
        QVERIFY(!atDeadline->late);
    }

    void lateNotificationNeedsReasons()
    {
        test::TestClock clock(Aware);
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Confirmed"), m_actor));
        clock.set(Aware + 72 * HourMs + 1);
        QCOMPARE(BreachNotificationClock::at(Aware, std::nullopt, Clock::nowMs()).state,
                 BreachNotificationClock::State::Overdue);
        const Footprint before = Footprint::of(db(), Exposure);
        auto refused = BreachWorkflow::notifyAuthority(db(), Exposure, notification(Clock::nowMs()), m_actor);
        CUSTODIAN_VERIFY_ERROR(refused, Error::Code::InvalidArgument);
        QVERIFY2(refused.error().message().contains(QStringLiteral("less than a second after the 72-hour deadline"))
                     && refused.error().message().contains(QStringLiteral("reasons for the delay")),
                 qPrintable(refused.error().message()));
        QCOMPARE(Footprint::of(db(), Exposure), before);
        QVERIFY(!column(Exposure, QStringLiteral("authority_notified_at")));
        // Blank reasons are none.
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::notifyAuthority(
                                   db(), Exposure, notification(Clock::nowMs(), QStringLiteral("  ")), m_actor),
                               Error::Code::InvalidArgument);

        auto accepted = BreachWorkflow::notifyAuthority(
            db(), Exposure, notification(Clock::nowMs(), QStringLiteral("The DPO was on leave")), m_actor);
        CUSTODIAN_VERIFY_OK(accepted);
        QVERIFY(accepted->late);
        QCOMPARE(column(Exposure, QStringLiteral("authority_notified_at")), std::optional<qint64>(Clock::nowMs()));
        const QJsonObject detail = lastAudit(QStringLiteral("incident.breach.notify"));
        QCOMPARE(detail.value(QStringLiteral("late")).toBool(), true);
        QCOMPARE(detail.value(QStringLiteral("delay_reasons")).toString(), QStringLiteral("The DPO was on leave"));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_breach_notification WHERE delay_reasons = "
                                      "'The DPO was on leave'")),
                 1);
    }

    void laterPhasesAddInformation()
    {
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Confirmed"), m_actor, Aware));
        auto first = notification(Aware + HourMs);
        first.authorityReference = QStringLiteral("CNPD-2026-123");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), Exposure, first, m_actor, Aware + HourMs));
        // After the deadline, a later phase needs no reasons and does not move the first notification.
        auto second = notification(Aware + 100 * HourMs);
        second.form.likelyConsequences = QStringLiteral("Fraudulent use of one card");
        second.form.recordsApprox = 5;
        second.form.subjectsApprox = 2; // records 1 and 2 are one customer's, as the supervisor knows
        auto phase = BreachWorkflow::notifyAuthority(db(), Exposure, second, m_actor, Aware + 100 * HourMs);
        CUSTODIAN_VERIFY_OK(phase);
        QCOMPARE(phase->phase, 2);
        QVERIFY(!phase->late);
        QCOMPARE(column(Exposure, QStringLiteral("authority_notified_at")), std::optional<qint64>(Aware + HourMs));
        // The next phase's pre-fill starts from what phase 2 sent, and counts only what it left out.
        auto next = BreachWorkflow::prefill(db(), Exposure);
        CUSTODIAN_VERIFY_OK(next);
        QCOMPARE(next->recordsApprox, std::optional<qint64>(5));
        QCOMPARE(next->subjectsApprox, std::optional<qint64>(2));
        QCOMPARE(next->likelyConsequences, QStringLiteral("Fraudulent use of one card"));
        QCOMPARE(next->contactPoint, QStringLiteral("DPO, dpo@example.org"));
        QCOMPARE(next->nature, QStringLiteral("Customer records opened by an agent outside their work"));
        QVERIFY2(next->recordCategories.contains(QStringLiteral("payment card data")),
                 qPrintable(next->recordCategories));
        // A phase cannot precede the one before it, nor be sent in the future.
        const Footprint before = Footprint::of(db(), Exposure);
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::notifyAuthority(db(), Exposure, notification(Aware + 50 * HourMs),
                                                               m_actor, Aware + 101 * HourMs),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::notifyAuthority(db(), Exposure, notification(Aware + 102 * HourMs),
                                                               m_actor, Aware + 101 * HourMs),
                               Error::Code::InvalidArgument);
        // Every phase says what happened and whom to ask.
        auto noContact = notification(Aware + 101 * HourMs);
        noContact.form.contactPoint.clear();
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::notifyAuthority(db(), Exposure, noContact, m_actor, Aware + 101 * HourMs),
            Error::Code::InvalidArgument);
        QCOMPARE(Footprint::of(db(), Exposure), before);
        // No notification of what is not a breach.
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::notifyAuthority(db(), Plain, notification(Aware), m_actor, Aware),
                               Error::Code::InvalidArgument);
    }

    void awareAtIsValidated()
    {
        const Footprint before = Footprint::of(db(), Exposure);
        auto future
            = BreachWorkflow::recordAwareness(db(), Exposure, Aware + 1, QStringLiteral("Sure"), m_actor, Aware);
        CUSTODIAN_VERIFY_ERROR(future, Error::Code::InvalidArgument);
        QVERIFY2(future.error().message().contains(QStringLiteral("future")), qPrintable(future.error().message()));
        auto early
            = BreachWorkflow::recordAwareness(db(), Exposure, Detected - 1, QStringLiteral("Sure"), m_actor, Aware);
        CUSTODIAN_VERIFY_ERROR(early, Error::Code::InvalidArgument);
        QVERIFY2(early.error().message().contains(QStringLiteral("before incident INC-2026-0001 was detected")),
                 qPrintable(early.error().message()));
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral(" "), m_actor, Aware),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::recordAwareness(db(), 99, Aware, QStringLiteral("Sure"), m_actor, Aware),
                               Error::Code::NotFound);
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Sure"),
                                                               BreachWorkflow::Actor {}, Aware),
                               Error::Code::NotConfigured);
        QCOMPARE(Footprint::of(db(), Exposure), before);
        QVERIFY(!column(Exposure, QStringLiteral("breach_established_at")));

        // At the detection instant and at now are both possible.
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Exposure, Detected, QStringLiteral("Sure"), m_actor, Aware));
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Other, Aware, QStringLiteral("Sure"), m_actor, Aware));
        // Recording it again is a change, which says so.
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Sure"), m_actor, Aware),
            Error::Code::InvalidArgument);
        const QJsonObject detail = lastAudit(QStringLiteral("incident.breach.aware"));
        QCOMPARE(detail.value(QStringLiteral("_target")).toString(), QStringLiteral("incident:2"));
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("Sure"));
        QVERIFY(!detail.contains(QStringLiteral("previous_aware_at")));
    }

    void awareAtChangedAndWithdrawn()
    {
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Confirmed"), m_actor, Aware));
        const qint64 now = Aware + 5 * HourMs;
        const Footprint before = Footprint::of(db(), Exposure);
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::changeAwareness(db(), Exposure, Aware + HourMs, QString(), m_actor, now),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::changeAwareness(db(), Exposure, Aware, QStringLiteral("Same"), m_actor, now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::changeAwareness(db(), Plain, Aware, QStringLiteral("Not one"), m_actor, now),
            Error::Code::InvalidArgument);
        QCOMPARE(Footprint::of(db(), Exposure), before);

        auto deadline = BreachWorkflow::changeAwareness(
            db(), Exposure, Aware + HourMs, QStringLiteral("The log shows the call an hour later"), m_actor, now);
        CUSTODIAN_VERIFY_OK(deadline);
        QCOMPARE(*deadline, Aware + 73 * HourMs);
        QCOMPARE(column(Exposure, QStringLiteral("notification_deadline_at")), std::optional<qint64>(*deadline));
        QCOMPARE(Footprint::of(db(), Exposure).audit, before.audit + 1);
        QCOMPARE(Footprint::of(db(), Exposure).version, before.version + 1);
        const QJsonObject changed = lastAudit(QStringLiteral("incident.breach.aware"));
        QCOMPARE(changed.value(QStringLiteral("aware_at")).toString(), QStringLiteral("2026-12-01T15:00:00.000Z"));
        QCOMPARE(changed.value(QStringLiteral("previous_aware_at")).toString(),
                 QStringLiteral("2026-12-01T14:00:00.000Z"));

        // Notified at 72 h after the current aware-at: moving the aware-at earlier would make that late, unexplained.
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::notifyAuthority(db(), Exposure, notification(*deadline), m_actor, *deadline));
        auto refused = BreachWorkflow::changeAwareness(db(), Exposure, Aware, QStringLiteral("Earlier after all"),
                                                       m_actor, *deadline);
        CUSTODIAN_VERIFY_ERROR(refused, Error::Code::InvalidArgument);
        QVERIFY2(refused.error().message().contains(QStringLiteral("1 h 0 min late")),
                 qPrintable(refused.error().message()));

        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::withdraw(db(), Exposure, QString(), m_actor, *deadline),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_OK(BreachWorkflow::withdraw(db(), Exposure, QStringLiteral("Only test records were opened"),
                                                     m_actor, *deadline + 1));
        QCOMPARE(column(Exposure, QStringLiteral("personal_data_breach")), std::optional<qint64>(0));
        QVERIFY(!column(Exposure, QStringLiteral("breach_established_at")));
        QVERIFY(!column(Exposure, QStringLiteral("notification_deadline_at")));
        // What was sent stays sent.
        QCOMPARE(column(Exposure, QStringLiteral("authority_notified_at")), std::optional<qint64>(*deadline));
        const QJsonObject withdrawn = lastAudit(QStringLiteral("incident.breach.withdraw"));
        QCOMPARE(withdrawn.value(QStringLiteral("previous_aware_at")).toString(),
                 QStringLiteral("2026-12-01T15:00:00.000Z"));
        QCOMPARE(withdrawn.value(QStringLiteral("reason")).toString(), QStringLiteral("Only test records were opened"));
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::withdraw(db(), Exposure, QStringLiteral("Again"), m_actor, *deadline + 2),
            Error::Code::InvalidArgument);
        auto kinds = db().prepare(QStringLiteral(
            "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM incident_breach_awareness ORDER BY id)"));
        CUSTODIAN_VERIFY_OK(kinds);
        QVERIFY(*kinds->step());
        QCOMPARE(kinds->text(0), QStringLiteral("recorded changed withdrawn"));
        // Each decision is queued for the central service in its own transaction (docs/incidents.md, "Sync"), the
        // refused ones not at all. The payload is compact JSON with sorted keys: "action" comes first.
        auto pushed = db().prepare(
            QStringLiteral("SELECT group_concat(a, ' ') FROM (SELECT substr(payload, 12, instr(substr(payload, 12), "
                           "'\"') - 1) AS a FROM sync_outbox WHERE kind = 'incident.change' AND entity_id = %1 ORDER "
                           "BY id)")
                .arg(Exposure));
        CUSTODIAN_VERIFY_OK(pushed);
        QVERIFY(*pushed->step());
        QCOMPARE(pushed->text(0), QStringLiteral("breach_aware breach_change breach_notify breach_withdraw"));
    }

    // Each GDPR decision is a step on the incident's own timeline, chained like the others, and its audit entry
    // names the position; a refused one adds nothing.
    void gdprStepsAreOnTheChainedTimeline()
    {
        CUSTODIAN_VERIFY_OK(BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Agent admitted it"),
                                                            m_actor, Aware));
        QCOMPARE(lastAudit(QStringLiteral("incident.breach.aware")).value(QStringLiteral("timeline_entry")).toInt(), 1);
        const Footprint before = Footprint::of(db(), Exposure);
        CUSTODIAN_VERIFY_ERROR(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Again"), m_actor, Aware + MinuteMs),
            Error::Code::InvalidArgument);
        QCOMPARE(Footprint::of(db(), Exposure), before);

        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::notifyAuthority(db(), Exposure, notification(Aware + HourMs), m_actor, Aware + HourMs));
        SubjectDecision decision;
        decision.exemption = SubjectExemption::NoHighRisk;
        decision.reason = QStringLiteral("Only account numbers, no credentials");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::decideSubjects(db(), Exposure, decision, m_actor, Aware + 2 * HourMs));
        QCOMPARE(lastAudit(QStringLiteral("incident.breach.subjects")).value(QStringLiteral("timeline_entry")).toInt(),
                 3);

        auto rows = db().prepare(QStringLiteral("SELECT kind, text, author_id, at FROM incident_timeline "
                                                "WHERE incident_id = ? ORDER BY chain_seq"));
        CUSTODIAN_VERIFY_OK(rows);
        rows->bind(1, Exposure);
        QStringList texts;
        CUSTODIAN_VERIFY_OK(rows->forEachRow([&](const Statement& row) {
            QCOMPARE(row.text(0), QStringLiteral("gdpr"));
            QCOMPARE(row.int64(2), qint64(1));
            texts << row.text(1);
        }));
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts[0].contains(QStringLiteral("aware at"))
                     && texts[0].contains(QStringLiteral("Agent admitted it")),
                 qPrintable(texts[0]));
        QVERIFY2(texts[1].contains(QStringLiteral("phase 1")), qPrintable(texts[1]));
        QVERIFY2(texts[2].contains(QStringLiteral("34(1)")), qPrintable(texts[2]));
        auto chain = IncidentTimeline::verify(db(), Exposure);
        CUSTODIAN_VERIFY_OK(chain);
        QVERIFY2(chain->intact, qPrintable(chain->reason));
        QCOMPARE(chain->chained, qint64(3));
    }

    void subjectDecisionRecordedAndChanged()
    {
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::recordAwareness(db(), Exposure, Aware, QStringLiteral("Confirmed"), m_actor, Aware));
        const qint64 now = Aware + HourMs;
        const Footprint before = Footprint::of(db(), Exposure);

        SubjectDecision bad;
        bad.notify = false;
        bad.reason = QStringLiteral("Why not");
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Exposure, bad, m_actor, now),
                               Error::Code::InvalidArgument); // no ground
        bad.exemption = SubjectExemption::DisproportionateEffort;
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Exposure, bad, m_actor, now),
                               Error::Code::InvalidArgument); // no public communication
        SubjectDecision noMeans;
        noMeans.notify = true;
        noMeans.reason = QStringLiteral("High risk");
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Exposure, noMeans, m_actor, now),
                               Error::Code::InvalidArgument);
        SubjectDecision noReason;
        noReason.exemption = SubjectExemption::NoHighRisk;
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Exposure, noReason, m_actor, now),
                               Error::Code::InvalidArgument);
        noReason.reason = QStringLiteral("Not a breach");
        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Plain, noReason, m_actor, now),
                               Error::Code::InvalidArgument);
        QCOMPARE(Footprint::of(db(), Exposure), before);

        SubjectDecision encrypted;
        encrypted.exemption = SubjectExemption::Unintelligible;
        encrypted.means = QStringLiteral("ignored: nobody is told");
        encrypted.reason = QStringLiteral("The export was encrypted with a key the agent did not have");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::decideSubjects(db(), Exposure, encrypted, m_actor, now));
        BreachRepository repository(db());
        auto inForce = repository.subjectDecision(Exposure);
        CUSTODIAN_VERIFY_OK(inForce);
        QVERIFY(inForce->has_value());
        QCOMPARE((*inForce)->exemption, std::optional(SubjectExemption::Unintelligible));
        QVERIFY((*inForce)->means.isEmpty());
        QCOMPARE((*inForce)->decidedAt, now);
        QCOMPARE((*inForce)->decidedBy, 1);
        const QJsonObject first = lastAudit(QStringLiteral("incident.breach.subjects"));
        QCOMPARE(first.value(QStringLiteral("exemption")).toString(), QStringLiteral("unintelligible"));
        QVERIFY(!first.contains(QStringLiteral("previous")));

        CUSTODIAN_VERIFY_ERROR(BreachWorkflow::decideSubjects(db(), Exposure, encrypted, m_actor, now + 1),
                               Error::Code::InvalidArgument); // nothing changes

        SubjectDecision tell;
        tell.notify = true;
        tell.communicatedAt = now + 2 * HourMs;
        tell.means = QStringLiteral("Letter to each customer");
        tell.reason = QStringLiteral("The key was on the same laptop");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::decideSubjects(db(), Exposure, tell, m_actor, now + HourMs));
        inForce = repository.subjectDecision(Exposure);
        CUSTODIAN_VERIFY_OK(inForce);
        QVERIFY((*inForce)->notify);
        QVERIFY(!(*inForce)->exemption);
        QCOMPARE((*inForce)->communicatedAt, std::optional<qint64>(now + 2 * HourMs));
        QCOMPARE((*inForce)->means, QStringLiteral("Letter to each customer"));
        const QJsonObject changed = lastAudit(QStringLiteral("incident.breach.subjects"));
        QCOMPARE(changed.value(QStringLiteral("notify")).toBool(), true);
        QCOMPARE(changed.value(QStringLiteral("reason")).toString(), QStringLiteral("The key was on the same laptop"));
        QCOMPARE(changed.value(QStringLiteral("previous")).toObject().value(QStringLiteral("exemption")).toString(),
                 QStringLiteral("unintelligible"));
        QCOMPARE(Footprint::of(db(), Exposure).decisions, 2);
        QCOMPARE(Footprint::of(db(), Exposure).audit, before.audit + 2);
    }
};

QTEST_GUILESS_MAIN(BreachWorkflowTest)
#include "BreachWorkflowTest.moc"
