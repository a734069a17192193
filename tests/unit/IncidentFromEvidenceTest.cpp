// From evidence to incident (issue 17, point 3; docs/incidents-observables.md) on a real store holding the demo at a
// few thousand events: an incident opened from two sessions' events has one timeline entry per session at the
// session's own time, naming the agent and no customer identifier, and its chain verifies; events added later; findings
// escalated into a new and an existing incident (their status, incident and events, the decision audited and queued
// for sync as before); a merge moving events, agents, findings and open tasks and closing the merged incident as a
// duplicate; link and unlink; and every refusal writing nothing.
#include "rules/IncidentFromEvidence.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/IncidentEventLink.h"
#include "store/IncidentLinkRepository.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace custodian;
using Flow = IncidentFromEvidence;

namespace {
qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

std::vector<qint64> ints(Database& db, const QString& sql)
{
    std::vector<qint64> out;
    auto s = db.prepare(sql);
    if (!s)
        return out;
    (void)s->forEachRow([&](const Statement& row) { out.push_back(row.int64(0)); });
    return out;
}

// What a refusal must leave untouched.
struct Footprint
{
    qint64 incidents, versions, events, agents, timeline, audit, findings, outbox, links, tasks;
    static Footprint of(Database& db)
    {
        return { count(db, QStringLiteral("SELECT count(*) FROM incident")),
                 count(db, QStringLiteral("SELECT coalesce(sum(version), 0) FROM incident")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_event")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_agent")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_timeline")),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit")),
                 count(db,
                       QStringLiteral("SELECT coalesce(sum(version * 7 + coalesce(incident_id, 0) % 1000), 0) "
                                      "FROM finding")),
                 count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_link")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_task WHERE state = 0")) };
    }
    bool operator==(const Footprint&) const = default;
};
} // namespace

class IncidentFromEvidenceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_fixture;
    Database* m_db = nullptr;
    Flow::Actor m_actor;
    qint64 m_owner = 0;
    qint64 m_now = 0;

    Database& db() { return *m_db; }

    Flow::OpenDraft draft(qint64 detectedAt, const QString& category = QStringLiteral("insider_misuse"))
    {
        Flow::OpenDraft d;
        d.title = QStringLiteral("Records opened without a call");
        d.category = category;
        d.severity = Severity::High;
        d.ownerId = m_owner;
        d.detectedAt = detectedAt;
        return d;
    }

    // Two sessions' events not linked to any incident yet: a few of each.
    std::vector<std::pair<qint64, std::vector<qint64>>> twoSessions(int skip)
    {
        std::vector<std::pair<qint64, std::vector<qint64>>> out;
        const auto sessions = ints(db(),
                                   QStringLiteral("SELECT session_id FROM access_event e WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM incident_event ie WHERE ie.event_id = e.id) "
                                                  "GROUP BY session_id HAVING count(*) >= 3 ORDER BY session_id "
                                                  "LIMIT 2 OFFSET %1")
                                       .arg(skip));
        for (const qint64 session : sessions)
            out.push_back({ session,
                            ints(db(),
                                 QStringLiteral("SELECT id FROM access_event WHERE session_id = %1 "
                                                "ORDER BY id LIMIT 3")
                                     .arg(session)) });
        return out;
    }

    qint64 newFinding(int kind, int severity, const std::vector<qint64>& events, const QString& key)
    {
        const qint64 agent
            = count(db(), QStringLiteral("SELECT agent_id FROM access_event WHERE id = %1").arg(events[0]));
        if (!db().exec(QStringLiteral("INSERT INTO finding (kind, severity, control_ref, agent_id, detected_at, "
                                      "window_start, window_end, summary, dedupe_key) VALUES (%1, %2, 'GDPR Art. 32', "
                                      "%3, %4, %4, %4, 'test', '%5')")
                           .arg(kind)
                           .arg(severity)
                           .arg(agent)
                           .arg(m_now - 3'600'000)
                           .arg(key))
                 .ok())
            return 0;
        const qint64 id = db().lastInsertRowId();
        for (const qint64 event : events)
            if (!db().exec(QStringLiteral("INSERT INTO finding_evidence VALUES (%1, %2)").arg(id).arg(event)).ok())
                return 0;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 12'000; // more than an incident holds, so that MaxEvents is reached
        options.seed = 42;
        options.end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.days = 20;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        m_db = &m_fixture->store().database();
        m_owner = count(db(), QStringLiteral("SELECT min(id) FROM supervisor"));
        QVERIFY(m_owner > 0);
        m_actor = { m_owner, QStringLiteral("console:tester") };
        m_now = QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    void openFromTwoSessions()
    {
        const auto sessions = twoSessions(0);
        QCOMPARE(sessions.size(), size_t(2));
        std::vector<qint64> events;
        for (const auto& [session, ids] : sessions)
            events.insert(events.end(), ids.begin(), ids.end());
        const qint64 auditBefore = count(db(), QStringLiteral("SELECT count(*) FROM console_audit"));
        auto added = Flow::open(db(), draft(m_now - 86'400'000), events, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(added);
        QCOMPARE(added->added, qint64(events.size()));
        QCOMPARE(added->sessions, qint64(2));
        QCOMPARE(
            count(db(),
                  QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(added->incidentId)),
            qint64(events.size()));
        // One "events" entry per session, dated at the session's first selected event.
        for (const auto& [session, ids] : sessions) {
            const qint64 first
                = count(db(),
                        QStringLiteral("SELECT min(occurred_at) FROM access_event WHERE id IN (%1, %2, %3)")
                            .arg(ids[0])
                            .arg(ids[1])
                            .arg(ids[2]));
            QCOMPARE(count(db(),
                           QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND "
                                          "kind = 'events' AND at = %2 AND text LIKE '%, session %3 (%'")
                               .arg(added->incidentId)
                               .arg(first)
                               .arg(session)),
                     qint64(1));
        }
        QCOMPARE(
            count(
                db(),
                QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(added->incidentId)),
            qint64(3)); // opened + 2 sessions
        // The entries name the agent and never a customer's identifier.
        const qint64 named = count(db(),
                                   QStringLiteral("SELECT count(*) FROM incident_timeline t JOIN agent a ON "
                                                  "instr(t.text, a.display_name) = 1 WHERE t.incident_id = %1 "
                                                  "AND t.kind = 'events'")
                                       .arg(added->incidentId));
        QCOMPARE(named, qint64(2));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_timeline t, access_event e JOIN "
                                      "customer_record r ON r.id = e.record_id WHERE t.incident_id = %1 AND "
                                      "e.id IN (SELECT event_id FROM incident_event WHERE incident_id = %1) "
                                      "AND instr(t.text, r.masked) > 0")
                           .arg(added->incidentId)),
                 qint64(0));
        auto verified = IncidentTimeline::verify(db(), added->incidentId);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QCOMPARE(verified->chained, qint64(3));
        // incident.open and incident.events, with counts.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore + 2);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.events' AND "
                                      "instr(detail, '\"events_added\":%1') > 0")
                           .arg(events.size())),
                 qint64(1));

        // Adding: the other events of the same sessions; those it holds are not linked twice.
        std::vector<qint64> more
            = ints(db(), QStringLiteral("SELECT id FROM access_event WHERE session_id = %1").arg(sessions[0].first));
        auto again = Flow::addEvents(db(), added->incidentId, more, m_actor, m_now + 1000);
        CUSTODIAN_VERIFY_OK(again);
        QCOMPARE(again->alreadyLinked, qint64(3));
        QCOMPARE(again->added, qint64(more.size()) - 3);
        QCOMPARE(again->sessions, qint64(1));
        QVERIFY(IncidentTimeline::verify(db(), added->incidentId)->intact);
    }

    void refusalsWriteNothing()
    {
        const auto sessions = twoSessions(2);
        QCOMPARE(sessions.size(), size_t(2));
        const Footprint before = Footprint::of(db());
        // An event the store does not hold: the opening is undone with it.
        std::vector<qint64> events = sessions[0].second;
        events.push_back(count(db(), QStringLiteral("SELECT max(id) + 1000 FROM access_event")));
        QVERIFY(!Flow::open(db(), draft(m_now - 1000), events, m_actor, m_now));
        QVERIFY(!Flow::open(db(), draft(m_now - 1000), {}, m_actor, m_now));
        Flow::OpenDraft noTitle = draft(m_now - 1000);
        noTitle.title.clear();
        QVERIFY(!Flow::open(db(), noTitle, sessions[0].second, m_actor, m_now));
        QVERIFY(!Flow::addEvents(db(), 987'654'321, sessions[0].second, m_actor, m_now));
        QVERIFY(!Flow::link(db(), 1, 1, QStringLiteral("x"), m_actor, m_now));
        QVERIFY(Footprint::of(db()) == before);

        // Past MaxEvents: refused, naming the limit, nothing written.
        auto opened = Flow::open(db(), draft(m_now - 1000), sessions[0].second, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(opened);
        const Footprint withIt = Footprint::of(db());
        const auto many
            = ints(db(), QStringLiteral("SELECT id FROM access_event LIMIT %1").arg(IncidentEventLink::MaxEvents + 1));
        QCOMPARE(qint64(many.size()), IncidentEventLink::MaxEvents + 1);
        auto refused = Flow::addEvents(db(), opened->incidentId, many, m_actor, m_now);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QString::number(IncidentEventLink::MaxEvents)));
        // Events it holds already, only: refused.
        QVERIFY(!Flow::addEvents(db(), opened->incidentId, sessions[0].second, m_actor, m_now));
        QVERIFY(Footprint::of(db()) == withIt);
    }

    void findingsEscalated()
    {
        const auto sessions = twoSessions(4);
        QCOMPARE(sessions.size(), size_t(2));
        const qint64 bulk = newFinding(2, 3, sessions[0].second, QStringLiteral("test:bulk:1"));
        const qint64 offHours = newFinding(1, 2, sessions[1].second, QStringLiteral("test:offhours:1"));
        QVERIFY(bulk > 0 && offHours > 0);
        auto prefilled = Flow::draftFor(db(), { bulk, offHours });
        CUSTODIAN_VERIFY_OK(prefilled);
        QCOMPARE(int(prefilled->severity), 3);
        QCOMPARE(prefilled->category, QStringLiteral("insider_misuse"));
        QVERIFY(!prefilled->title.isEmpty());
        Flow::OpenDraft d = *prefilled;
        d.ownerId = m_owner;
        const qint64 outboxBefore = count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
        auto escalated = Flow::escalate(db(), d, { bulk }, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(escalated);
        QCOMPARE(escalated->findings, qint64(1));
        QCOMPARE(escalated->added, qint64(3));
        QCOMPARE(count(db(), QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(bulk)),
                 qint64(FindingStatus::Escalated));
        QCOMPARE(count(db(), QStringLiteral("SELECT incident_id FROM finding WHERE id = %1").arg(bulk)),
                 escalated->incidentId);
        QCOMPARE(count(db(), QStringLiteral("SELECT escalated_to FROM finding WHERE id = %1").arg(bulk)), m_owner);
        // The finding's decision is audited and queued for sync as any escalation is.
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'finding.status' AND "
                                      "target = 'finding:%1' AND instr(detail, '\"incident\":\"%2\"') > 0")
                           .arg(bulk)
                           .arg(escalated->reference)),
                 qint64(1));
        // Beside it, the incident's opening and its linked events, for the central service to repeat (docs/sync-api.md,
        // incident.change), in that order and with no base version: the service has not seen the incident yet.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore + 3);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT group_concat(CASE WHEN instr(payload, '\"action\":\"open\"') THEN 'open' "
                                      "WHEN instr(payload, '\"action\":\"events\"') THEN 'events' END, ',') = "
                                      "'open,events' FROM (SELECT payload FROM sync_outbox WHERE kind = "
                                      "'incident.change' AND entity_id = %1 AND base_version IS NULL ORDER BY id)")
                           .arg(escalated->incidentId)),
                 qint64(1));

        // Into the existing incident; the one already in it is refused, and nothing is written.
        const Footprint before = Footprint::of(db());
        QVERIFY(!Flow::escalateInto(db(), escalated->incidentId, { offHours, bulk }, m_actor, m_now + 1000));
        QVERIFY(Footprint::of(db()) == before);
        auto into = Flow::escalateInto(db(), escalated->incidentId, { offHours }, m_actor, m_now + 1000);
        CUSTODIAN_VERIFY_OK(into);
        QCOMPARE(into->added, qint64(3));
        QCOMPARE(into->total, qint64(6));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM finding WHERE incident_id = %1 AND status = %2")
                           .arg(escalated->incidentId)
                           .arg(int(FindingStatus::Escalated))),
                 qint64(2));
        QVERIFY(IncidentTimeline::verify(db(), escalated->incidentId)->intact);
        // A dismissed finding is not escalated: reopen it first.
        const qint64 dismissed = newFinding(2, 2, sessions[0].second, QStringLiteral("test:dismissed:1"));
        QVERIFY(db().exec(QStringLiteral("UPDATE finding SET status = 3 WHERE id = %1").arg(dismissed)).ok());
        const Footprint again = Footprint::of(db());
        QVERIFY(!Flow::escalateInto(db(), escalated->incidentId, { dismissed }, m_actor, m_now + 2000));
        QVERIFY(Footprint::of(db()) == again);
    }

    void mergeMovesAndClosesAsDuplicate()
    {
        const auto sessions = twoSessions(6);
        QCOMPARE(sessions.size(), size_t(2));
        auto a = Flow::open(db(), draft(m_now - 1000), sessions[0].second, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(a);
        auto b = Flow::open(db(), draft(m_now - 1000, QStringLiteral("account_takeover")), sessions[1].second, m_actor,
                            m_now);
        CUSTODIAN_VERIFY_OK(b);
        const qint64 bOpenTasks
            = count(db(),
                    QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1 AND state = 0")
                        .arg(b->incidentId));
        QVERIFY(bOpenTasks > 0);
        const qint64 aTasks = count(
            db(), QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(a->incidentId));

        // Refused: no reason; into itself.
        const Footprint before = Footprint::of(db());
        QVERIFY(!Flow::merge(db(), a->incidentId, b->incidentId, QString(), m_actor, m_now + 1000));
        QVERIFY(!Flow::merge(db(), a->incidentId, a->incidentId, QStringLiteral("same"), m_actor, m_now + 1000));
        QVERIFY(Footprint::of(db()) == before);

        const qint64 outboxBefore = count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
        CUSTODIAN_VERIFY_OK(Flow::merge(db(), a->incidentId, b->incidentId, QStringLiteral("The same agent, same week"),
                                        m_actor, m_now + 1000));
        // Pushed whole, as one "merge" of the surviving incident: its events, task decisions and the duplicate's
        // closure queue nothing of their own (the central service repeats the merge; docs/incidents.md, "Sync").
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore + 1);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' AND entity_id = "
                                      "%1 AND instr(payload, '\"action\":\"merge\"') > 0 AND instr(payload, "
                                      "'\"from\":%2') > 0")
                           .arg(a->incidentId)
                           .arg(b->incidentId)),
                 qint64(1));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(a->incidentId)),
                 qint64(6));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_agent a WHERE a.incident_id = %1 AND "
                                      "NOT EXISTS (SELECT 1 FROM incident_agent x WHERE x.incident_id = %2 AND "
                                      "x.agent_id = a.agent_id)")
                           .arg(b->incidentId)
                           .arg(a->incidentId)),
                 qint64(0));
        // B's open tasks (another category's) are A's now; B's are not applicable, and B is a closed duplicate of A.
        QCOMPARE(
            count(db(), QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(a->incidentId)),
            aTasks + bOpenTasks);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1 AND state = 0")
                           .arg(b->incidentId)),
                 qint64(0));
        QCOMPARE(count(db(), QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(b->incidentId)),
                 qint64(IncidentPhase::Closed));
        QCOMPARE(count(db(), QStringLiteral("SELECT closure_outcome FROM incident WHERE id = %1").arg(b->incidentId)),
                 qint64(IncidentOutcome::Duplicate));
        QCOMPARE(count(db(), QStringLiteral("SELECT duplicate_of FROM incident WHERE id = %1").arg(b->incidentId)),
                 a->incidentId);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                      "'merge' AND instr(text, '%2') > 0")
                           .arg(a->incidentId)
                           .arg(b->reference)),
                 qint64(1));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                      "'closed' AND instr(text, '%2') > 0")
                           .arg(b->incidentId)
                           .arg(a->reference)),
                 qint64(1));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.merge'")),
                 qint64(1));
        QVERIFY(IncidentTimeline::verify(db(), a->incidentId)->intact);
        QVERIFY(IncidentTimeline::verify(db(), b->incidentId)->intact);

        // Two incidents whose events together exceed what one holds: the merge is refused, writing nothing.
        const auto halfA = ints(db(),
                                QStringLiteral("SELECT id FROM access_event WHERE id NOT IN (SELECT event_id FROM "
                                               "incident_event) ORDER BY id LIMIT 5001"));
        const auto halfB = ints(db(),
                                QStringLiteral("SELECT id FROM access_event WHERE id NOT IN (SELECT event_id FROM "
                                               "incident_event) ORDER BY id DESC LIMIT 5001"));
        QCOMPARE(halfA.size(), size_t(5001));
        QVERIFY(halfA.back() < halfB.back());
        auto bigA = Flow::open(db(), draft(m_now - 1000), halfA, m_actor, m_now);
        auto bigB = Flow::open(db(), draft(m_now - 1000), halfB, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(bigA);
        CUSTODIAN_VERIFY_OK(bigB);
        const Footprint big = Footprint::of(db());
        auto tooMany = Flow::merge(db(), bigA->incidentId, bigB->incidentId, QStringLiteral("same"), m_actor, m_now);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message().contains(QString::number(IncidentEventLink::MaxEvents)));
        QVERIFY(Footprint::of(db()) == big);

        // B is closed now: merging again is refused, writing nothing.
        const Footprint after = Footprint::of(db());
        QVERIFY(!Flow::merge(db(), a->incidentId, b->incidentId, QStringLiteral("again"), m_actor, m_now + 2000));
        QVERIFY(Footprint::of(db()) == after);
    }

    void linkAndUnlink()
    {
        const auto sessions = twoSessions(8);
        QCOMPARE(sessions.size(), size_t(2));
        auto a = Flow::open(db(), draft(m_now - 1000), sessions[0].second, m_actor, m_now);
        auto b = Flow::open(db(), draft(m_now - 1000), sessions[1].second, m_actor, m_now);
        CUSTODIAN_VERIFY_OK(a);
        CUSTODIAN_VERIFY_OK(b);
        const Footprint before = Footprint::of(db());
        QVERIFY(!Flow::link(db(), a->incidentId, b->incidentId, QStringLiteral("  "), m_actor, m_now));
        QVERIFY(!Flow::unlink(db(), a->incidentId, b->incidentId, QStringLiteral("not linked"), m_actor, m_now));
        QVERIFY(Footprint::of(db()) == before);

        CUSTODIAN_VERIFY_OK(Flow::link(db(), b->incidentId, a->incidentId, QStringLiteral("Same caller number"),
                                       m_actor, m_now + 1000));
        IncidentLinkRepository links(db());
        auto fromA = links.linksOf(a->incidentId);
        CUSTODIAN_VERIFY_OK(fromA);
        QCOMPARE(fromA->size(), size_t(1));
        QCOMPARE(fromA->front().otherId, b->incidentId);
        QCOMPARE(fromA->front().otherReference, b->reference);
        QCOMPARE(fromA->front().reason, QStringLiteral("Same caller number"));
        QCOMPARE(fromA->front().byActor, m_actor.auditActor);
        QCOMPARE(fromA->front().at, m_now + 1000);
        auto fromB = links.linksOf(b->incidentId);
        CUSTODIAN_VERIFY_OK(fromB);
        QCOMPARE(fromB->size(), size_t(1));
        QCOMPARE(fromB->front().otherId, a->incidentId);
        // Linked twice: refused, either way round.
        const Footprint linked = Footprint::of(db());
        QVERIFY(!Flow::link(db(), a->incidentId, b->incidentId, QStringLiteral("again"), m_actor, m_now + 2000));
        QVERIFY(Footprint::of(db()) == linked);

        CUSTODIAN_VERIFY_OK(Flow::unlink(db(), a->incidentId, b->incidentId, QStringLiteral("Different callers"),
                                         m_actor, m_now + 3000));
        QCOMPARE(links.linksOf(a->incidentId)->size(), size_t(0));
        for (const qint64 id : { a->incidentId, b->incidentId }) {
            QCOMPARE(count(db(),
                           QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind "
                                          "IN ('link', 'unlink')")
                               .arg(id)),
                     qint64(2));
            QVERIFY(IncidentTimeline::verify(db(), id)->intact);
        }
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit WHERE action IN ('incident.link', "
                                      "'incident.unlink')")),
                 qint64(2));
    }
};

QTEST_GUILESS_MAIN(IncidentFromEvidenceTest)
#include "IncidentFromEvidenceTest.moc"
