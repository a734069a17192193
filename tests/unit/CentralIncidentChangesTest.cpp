// The central service decides "incident.change" (docs/sync-api.md section 6) with the console's own workflow on its
// own store: each action applied as the token's supervisor at the service's clock, the service's reference numbering,
// the console's ids kept and a held id refused, 409 with the incident as the stream carries it on a stale version,
// closure refused while a mandatory task is open, a replay answered from the record, and every applied change on the
// incidents feed. A real demo organisation in a real SQLCipher store, the real CentralService and SqlCentralRepository.
#include "central/CentralService.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "rules/IncidentTemplates.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "store/central/SqlCentralRepository.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QCborArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <set>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 Base = 7'000'000'000'000; // ids as a console picks them: anywhere in 1 .. 2^53 - 1
const QString Category = QStringLiteral("card_data_exposure");

QString message(const CentralService::Reply& reply)
{
    return reply.body.value(QLatin1String("error")).toMap().value(QLatin1String("message")).toString();
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class CentralIncidentChangesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openKeepsTheConsolesIdsAndNumbersTheReference();
    void aReplayGetsTheRecordedAnswer();
    void aHeldIdIsRefused();
    void aStaleVersionIsAConflictWithTheIncident();
    void anUpdateAppliesOnlyTheFieldsItChanged();
    void closureIsRefusedWhileAMandatoryTaskIsOpen();
    void phaseNoteReopenAndEvents();
    void aStepOnAnUnknownIncidentIsRefused();
    void gdprDecisionsFollowBreachWorkflow();
    void aMergeIsRepeatedWithTheCarriedTasksIds();

private:
    CentralService::Reply change(const CentralRepository::Supervisor& who, const QString& key, qint64 incident,
                                 const QCborValue& base, QCborMap payload);
    CentralService::Reply open(qint64 id, QString* key = nullptr);
    std::optional<IncidentRepository::Incident> incident(qint64 id);
    QCborArray incidentsFeed();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SqlCentralRepository> m_repository;
    std::unique_ptr<CentralService> m_service;
    CentralRepository::Supervisor m_alice;
    CentralRepository::Supervisor m_bob;
    qint64 m_startedAt = 0;
};

void CentralIncidentChangesTest::initTestCase()
{
    m_startedAt = Clock::nowMs();
    m_store = std::make_unique<TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 3000;
    options.seed = 17;
    options.cardNumbersSealed = true;
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_store->store(), options));
    m_repository = std::make_unique<SqlCentralRepository>(m_store->store());
    CUSTODIAN_VERIFY_OK(m_repository->initialise());
    CUSTODIAN_VERIFY_OK(m_repository->publishAll());
    m_service = std::make_unique<CentralService>(*m_repository);
    auto supervisors = m_repository->supervisors();
    CUSTODIAN_VERIFY_OK(supervisors);
    QVERIFY(supervisors->size() >= 2);
    m_alice = supervisors->at(0);
    m_bob = supervisors->at(1);
}

CentralService::Reply CentralIncidentChangesTest::change(const CentralRepository::Supervisor& who, const QString& key,
                                                         qint64 incident, const QCborValue& base, QCborMap payload)
{
    if (!payload.contains(QLatin1String("at")))
        payload.insert(QLatin1String("at"), Clock::nowMs());
    QCborMap request;
    request.insert(QLatin1String("kind"), QLatin1String("incident.change"));
    request.insert(QLatin1String("entity"), QString::number(incident));
    request.insert(QLatin1String("base_version"), base);
    request.insert(QLatin1String("payload"), payload);
    return m_service->applyChange(who, QStringLiteral("console-key"), key, request);
}

CentralService::Reply CentralIncidentChangesTest::open(qint64 id, QString* key)
{
    QCborArray tasks;
    for (std::size_t i = 0; i < IncidentTemplates::tasksFor(Category).size(); ++i)
        tasks.append(id + 1 + qint64(i));
    QCborMap payload;
    payload.insert(QLatin1String("action"), QLatin1String("open"));
    payload.insert(QLatin1String("reference"), QLatin1String("INC-2026-9999")); // the console's, information only
    payload.insert(QLatin1String("title"), QLatin1String("Card number read out on a recorded call"));
    payload.insert(QLatin1String("description"), QLatin1String("Heard on QA review."));
    payload.insert(QLatin1String("severity"), 3);
    payload.insert(QLatin1String("category"), Category);
    payload.insert(QLatin1String("owner_id"), m_alice.id);
    payload.insert(QLatin1String("detected_at"), m_startedAt - 3'600'000);
    payload.insert(QLatin1String("task_ids"), tasks);
    payload.insert(QLatin1String("at"), m_startedAt); // the same change each time it is pushed
    const QString used = key && !key->isEmpty() ? *key : newKey();
    if (key)
        *key = used;
    return change(m_alice, used, id, QCborValue(nullptr), payload);
}

std::optional<IncidentRepository::Incident> CentralIncidentChangesTest::incident(qint64 id)
{
    auto found = IncidentRepository(m_store->store().database()).find(id);
    if (!found)
        return std::nullopt;
    return *found;
}

QCborArray CentralIncidentChangesTest::incidentsFeed()
{
    CentralRepository::Page page;
    const CentralService::Reply reply = m_service->pull(QStringLiteral("incidents"), QString(), 0, &page);
    if (reply.status != 200)
        return {};
    QCborArray all = page.items;
    while (page.more) {
        CentralRepository::Page next;
        if (m_service->pull(QStringLiteral("incidents"), page.cursor, 0, &next).status != 200)
            break;
        for (const QCborValue& item : next.items)
            all.append(item);
        page = std::move(next);
    }
    return all;
}

void CentralIncidentChangesTest::openKeepsTheConsolesIdsAndNumbersTheReference()
{
    const qint64 id = Base + 100;
    const qint64 before = Clock::nowMs();
    const CentralService::Reply reply = open(id);
    QVERIFY2(reply.status == 200, qPrintable(message(reply)));
    QCOMPARE(reply.body.value(QLatin1String("version")).toInteger(), 1);
    QCOMPARE(reply.body.value(QLatin1String("id")).toInteger(), id);
    const auto held = incident(id);
    QVERIFY(held);
    // The service's own numbering: the next free one of the year on the service, not the console's.
    QVERIFY2(held->reference.startsWith(QStringLiteral("INC-")) && held->reference != QLatin1String("INC-2026-9999"),
             qPrintable(held->reference));
    QCOMPARE(held->reportedBy, m_alice.id);
    QVERIFY(held->openedAt >= before && held->openedAt <= Clock::nowMs());
    auto tasks = IncidentRepository(m_store->store().database()).tasks(id);
    CUSTODIAN_VERIFY_OK(tasks);
    QCOMPARE(tasks->size(), IncidentTemplates::tasksFor(Category).size());
    for (std::size_t i = 0; i < tasks->size(); ++i)
        QCOMPARE(tasks->at(i).id, id + 1 + qint64(i));
    // The service's timeline is chained on its side too, and its audit says who opened it.
    auto verified = IncidentTimeline::verify(m_store->store().database(), id);
    CUSTODIAN_VERIFY_OK(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->chained, 1);
    auto audited = m_store->store().database().queryInt(
        QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.open' AND target = 'incident:%1' "
                       "AND actor = 'central:%2'")
            .arg(id)
            .arg(m_alice.username));
    CUSTODIAN_VERIFY_OK(audited);
    QCOMPARE(*audited, 1);
    // Nothing queued for sync on the service's own store.
    auto queued = m_store->store().database().queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    CUSTODIAN_VERIFY_OK(queued);
    QCOMPARE(*queued, 0);
    // On the feed, with its tasks and the fields the stream gained.
    bool found = false;
    for (const QCborValue& item : incidentsFeed()) {
        const QCborMap map = item.toMap();
        if (map.value(QLatin1String("id")).toInteger() != id)
            continue;
        found = true;
        QCOMPARE(map.value(QLatin1String("reference")).toString(), held->reference);
        QCOMPARE(map.value(QLatin1String("tasks")).toArray().size(), qsizetype(tasks->size()));
        QVERIFY(map.contains(QLatin1String("impact")));
        QVERIFY(map.contains(QLatin1String("closure_outcome")));
        QCOMPARE(map.value(QLatin1String("timeline")).toArray().size(), 1);
    }
    QVERIFY(found);
}

void CentralIncidentChangesTest::aReplayGetsTheRecordedAnswer()
{
    const qint64 id = Base + 200;
    QString key;
    const CentralService::Reply first = open(id, &key);
    QCOMPARE(first.status, 200);
    const CentralService::Reply again = open(id, &key);
    QCOMPARE(again.status, 200);
    QVERIFY(again.replayed);
    QCOMPARE(again.body, first.body);
    auto count
        = m_store->store().database().queryInt(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1").arg(id));
    CUSTODIAN_VERIFY_OK(count);
    QCOMPARE(*count, 1);
    // The same key with another change is refused.
    QCborMap note;
    note.insert(QLatin1String("action"), QLatin1String("note"));
    note.insert(QLatin1String("text"), QLatin1String("x"));
    note.insert(QLatin1String("dated"), Clock::nowMs());
    const CentralService::Reply reused = change(m_alice, key, id, 1, note);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.body.value(QLatin1String("error")).toMap().value(QLatin1String("code")).toString(),
             QStringLiteral("key_reused"));
}

void CentralIncidentChangesTest::aHeldIdIsRefused()
{
    const qint64 id = Base + 300;
    QCOMPARE(open(id).status, 200);
    const CentralService::Reply second = open(id);
    QCOMPARE(second.status, 422);
    QVERIFY2(message(second).contains(QLatin1String("taken already")), qPrintable(message(second)));
    // A task id another incident's task holds is refused as well: open(id - 1) names tasks id, id + 1, ..., and id + 1
    // is the first task of incident id.
    QVERIFY(IncidentTemplates::tasksFor(Category).size() >= 2);
    QCOMPARE(open(id - 1).status, 422);
    QVERIFY(!incident(id - 1));
}

void CentralIncidentChangesTest::aStaleVersionIsAConflictWithTheIncident()
{
    const qint64 id = Base + 400;
    QCOMPARE(open(id).status, 200);
    QCborMap update;
    update.insert(QLatin1String("action"), QLatin1String("update"));
    update.insert(QLatin1String("changed"), QCborArray { QLatin1String("severity") });
    update.insert(QLatin1String("title"), QLatin1String("Card number read out on a recorded call"));
    update.insert(QLatin1String("description"), QLatin1String("Heard on QA review."));
    update.insert(QLatin1String("severity"), 4);
    update.insert(QLatin1String("owner_id"), m_alice.id);
    update.insert(QLatin1String("impact"), QCborValue(nullptr));
    const CentralService::Reply first = change(m_bob, newKey(), id, 1, update);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QLatin1String("version")).toInteger(), 2);
    // Another console's change made on version 1 too.
    update.insert(QLatin1String("severity"), 1);
    const CentralService::Reply stale = change(m_alice, newKey(), id, 1, update);
    QCOMPARE(stale.status, 409);
    const QCborMap current = stale.body.value(QLatin1String("current")).toMap();
    QCOMPARE(current.value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(current.value(QLatin1String("severity")).toInteger(), 4);
    QCOMPARE(current.value(QLatin1String("id")).toInteger(), id);
    QVERIFY(current.value(QLatin1String("tasks")).isArray());
    QCOMPARE(int(incident(id)->severity), int(Severity::Critical));
    // No base version on a step is a conflict too (the console never saw the service's incident).
    QCOMPARE(change(m_alice, newKey(), id, QCborValue(nullptr), update).status, 409);
}

void CentralIncidentChangesTest::anUpdateAppliesOnlyTheFieldsItChanged()
{
    const qint64 id = Base + 500;
    QCOMPARE(open(id).status, 200);
    QCborMap update;
    update.insert(QLatin1String("action"), QLatin1String("update"));
    update.insert(QLatin1String("changed"), QCborArray { QLatin1String("owner") });
    update.insert(QLatin1String("title"), QLatin1String("Stale title from the console"));
    update.insert(QLatin1String("description"), QLatin1String("Stale"));
    update.insert(QLatin1String("severity"), 1);
    update.insert(QLatin1String("owner_id"), m_bob.id);
    update.insert(QLatin1String("impact"), 3);
    // A bulk assignment's shared reason (optional on the wire): the service's own timeline entry carries it, since
    // that entry replaces the console's on the next pull.
    update.insert(QLatin1String("reason"), QLatin1String("Alice is on leave"));
    QCOMPARE(change(m_bob, newKey(), id, 1, update).status, 200);
    const auto held = incident(id);
    QCOMPARE(held->assigneeId, m_bob.id);
    QCOMPARE(test::queryInt(m_store->store(),
                            QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                           "'assignment' AND text LIKE '%Reason: Alice is on leave'")
                                .arg(id)),
             1);
    QCOMPARE(held->title, QStringLiteral("Card number read out on a recorded call"));
    QCOMPARE(int(held->severity), int(Severity::High));
    QVERIFY(!held->impact);
    // An unknown owner is the workflow's refusal.
    update.insert(QLatin1String("owner_id"), 987'654);
    const CentralService::Reply unknown = change(m_bob, newKey(), id, 2, update);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(incident(id)->version, 2);
}

void CentralIncidentChangesTest::closureIsRefusedWhileAMandatoryTaskIsOpen()
{
    const qint64 id = Base + 600;
    QCOMPARE(open(id).status, 200);
    QCborMap close;
    close.insert(QLatin1String("action"), QLatin1String("close"));
    close.insert(QLatin1String("outcome"), 2);
    close.insert(QLatin1String("summary"), QLatin1String("Agent coached; recording redacted."));
    close.insert(QLatin1String("duplicate_of"), QCborValue(nullptr));
    const CentralService::Reply refused = change(m_alice, newKey(), id, 1, close);
    QCOMPARE(refused.status, 422);
    QVERIFY2(message(refused).contains(QLatin1String("mandatory task")), qPrintable(message(refused)));
    QCOMPARE(int(incident(id)->phase), int(IncidentPhase::Declared));
    auto tasks = IncidentRepository(m_store->store().database()).tasks(id);
    CUSTODIAN_VERIFY_OK(tasks);
    qint64 version = 1;
    for (const auto& task : *tasks) {
        QCborMap decide;
        decide.insert(QLatin1String("action"), QLatin1String("task"));
        decide.insert(QLatin1String("task_id"), task.id);
        decide.insert(QLatin1String("state"), 2);
        decide.insert(QLatin1String("reason"), QLatin1String("Not in this contact center's setup"));
        const CentralService::Reply decided = change(m_alice, newKey(), id, version, decide);
        QCOMPARE(decided.status, 200);
        version = decided.body.value(QLatin1String("version")).toInteger();
    }
    close.insert(QLatin1String("reason"), QLatin1String("Weekly triage"));
    const CentralService::Reply closed = change(m_alice, newKey(), id, version, close);
    QCOMPARE(closed.status, 200);
    QCOMPARE(test::queryInt(m_store->store(),
                            QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                           "'closed' AND text LIKE '%Reason: Weekly triage'")
                                .arg(id)),
             1);
    const auto held = incident(id);
    QCOMPARE(int(held->phase), int(IncidentPhase::Closed));
    QVERIFY(held->outcome == IncidentOutcome::TruePositiveWithoutImpact);
    QVERIFY(held->closedAt);
}

void CentralIncidentChangesTest::phaseNoteReopenAndEvents()
{
    const qint64 id = Base + 700;
    QCOMPARE(open(id).status, 200);
    QCborMap phase;
    phase.insert(QLatin1String("action"), QLatin1String("phase"));
    phase.insert(QLatin1String("to"), 3);
    phase.insert(QLatin1String("reason"), QString());
    QCOMPARE(change(m_alice, newKey(), id, 1, phase).status, 200);
    QCOMPARE(int(incident(id)->phase), int(IncidentPhase::Containing));
    phase.insert(QLatin1String("to"), 2); // back needs a reason
    QCOMPARE(change(m_alice, newKey(), id, 2, phase).status, 422);
    phase.insert(QLatin1String("to"), 6); // withdrawn
    QCOMPARE(change(m_alice, newKey(), id, 2, phase).status, 422);

    // A note dated in the past keeps its date; one "in the future" by the console's clock is the service's now.
    const qint64 earlier = Clock::nowMs() - 86'400'000;
    QCborMap note;
    note.insert(QLatin1String("action"), QLatin1String("note"));
    note.insert(QLatin1String("text"), QLatin1String("Call recording 4411 kept for the investigation."));
    note.insert(QLatin1String("dated"), earlier);
    QCOMPARE(change(m_bob, newKey(), id, 2, note).status, 200);
    auto dated = m_store->store().database().queryInt(
        QStringLiteral(
            "SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = 'note' AND at = %2 AND "
            "author_id = %3")
            .arg(id)
            .arg(earlier)
            .arg(m_bob.id));
    CUSTODIAN_VERIFY_OK(dated);
    QCOMPARE(*dated, 1);

    auto events = m_store->store().database().queryInt(QStringLiteral("SELECT min(id) FROM access_event"));
    CUSTODIAN_VERIFY_OK(events);
    QCborMap link;
    link.insert(QLatin1String("action"), QLatin1String("events"));
    link.insert(QLatin1String("events"), QCborArray { *events });
    QCOMPARE(change(m_alice, newKey(), id, 3, link).status, 200);
    auto linked = m_store->store().database().queryInt(
        QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(id));
    CUSTODIAN_VERIFY_OK(linked);
    QCOMPARE(*linked, 1);
    link.insert(QLatin1String("events"), QCborArray { qint64(1) }); // no such event on the service
    QCOMPARE(change(m_alice, newKey(), id, 4, link).status, 422);

    QCborMap reopen;
    reopen.insert(QLatin1String("action"), QLatin1String("reopen"));
    reopen.insert(QLatin1String("reason"), QLatin1String("x"));
    QCOMPARE(change(m_alice, newKey(), id, 4, reopen).status, 422); // not closed
    auto verified = IncidentTimeline::verify(m_store->store().database(), id);
    CUSTODIAN_VERIFY_OK(verified);
    QVERIFY(verified->intact);
}

void CentralIncidentChangesTest::aStepOnAnUnknownIncidentIsRefused()
{
    QCborMap note;
    note.insert(QLatin1String("action"), QLatin1String("note"));
    note.insert(QLatin1String("text"), QLatin1String("x"));
    note.insert(QLatin1String("dated"), Clock::nowMs());
    QCOMPARE(change(m_alice, newKey(), Base + 999'999, QCborValue(nullptr), note).status, 422);
    QCborMap unknown;
    unknown.insert(QLatin1String("action"), QLatin1String("delete"));
    QCOMPARE(open(Base + 800).status, 200);
    QCOMPARE(change(m_alice, newKey(), Base + 800, 1, unknown).status, 422);
}

void CentralIncidentChangesTest::gdprDecisionsFollowBreachWorkflow()
{
    const qint64 id = Base + 900;
    QCOMPARE(open(id).status, 200);
    QCborMap aware;
    aware.insert(QLatin1String("action"), QLatin1String("breach_aware"));
    aware.insert(QLatin1String("aware_at"), m_startedAt - 7'200'000); // before the incident was detected
    aware.insert(QLatin1String("reason"), QLatin1String("Card numbers confirmed on the recording"));
    const CentralService::Reply early = change(m_alice, newKey(), id, 1, aware);
    QCOMPARE(early.status, 422);
    QVERIFY2(message(early).contains(QLatin1String("before incident")), qPrintable(message(early)));
    // A console's clock a minute ahead: "now" there is the service's now.
    const qint64 ahead = Clock::nowMs() + 60'000;
    aware.insert(QLatin1String("aware_at"), ahead);
    const CentralService::Reply recorded = change(m_alice, newKey(), id, 1, aware);
    QVERIFY2(recorded.status == 200, qPrintable(message(recorded)));
    QCOMPARE(recorded.body.value(QLatin1String("version")).toInteger(), 2);
    auto held = incident(id);
    QVERIFY(held->personalDataBreach);
    QVERIFY(held->breachEstablishedAt && *held->breachEstablishedAt < ahead);

    QCborMap notify;
    notify.insert(QLatin1String("action"), QLatin1String("breach_notify"));
    notify.insert(QLatin1String("sent_at"), Clock::nowMs());
    notify.insert(QLatin1String("authority_reference"), QLatin1String("CNPD-2026-118"));
    notify.insert(QLatin1String("delay_reasons"), QString());
    notify.insert(QLatin1String("nature"), QLatin1String("Card numbers read out on a recorded call"));
    notify.insert(QLatin1String("subject_categories"), QLatin1String("Customers"));
    notify.insert(QLatin1String("subjects_approx"), 1);
    notify.insert(QLatin1String("record_categories"), QLatin1String("payment card: 1 record"));
    notify.insert(QLatin1String("records_approx"), 1);
    notify.insert(QLatin1String("contact_point"), QLatin1String("dpo@example.org"));
    notify.insert(QLatin1String("likely_consequences"), QString());
    notify.insert(QLatin1String("measures"), QString());
    QCOMPARE(change(m_alice, newKey(), id, 2, notify).status, 200);
    QVERIFY(incident(id)->version == 3);
    auto phases = m_store->store().database().queryInt(
        QStringLiteral("SELECT count(*) FROM incident_breach_notification WHERE incident_id = %1 AND recorded_by = %2")
            .arg(id)
            .arg(m_alice.id));
    CUSTODIAN_VERIFY_OK(phases);
    QCOMPARE(*phases, 1);

    // The Art. 34 decision changes no column of the incident, and still steps its version.
    QCborMap subjects;
    subjects.insert(QLatin1String("action"), QLatin1String("breach_subjects"));
    subjects.insert(QLatin1String("notify"), false);
    subjects.insert(QLatin1String("exemption"), QLatin1String("no_high_risk"));
    subjects.insert(QLatin1String("communicated_at"), QCborValue(nullptr));
    subjects.insert(QLatin1String("means"), QString());
    subjects.insert(QLatin1String("reason"), QLatin1String("BIN and last four only were heard"));
    const CentralService::Reply decided = change(m_bob, newKey(), id, 3, subjects);
    QVERIFY2(decided.status == 200, qPrintable(message(decided)));
    QCOMPARE(decided.body.value(QLatin1String("version")).toInteger(), 4);
    QCOMPARE(change(m_bob, newKey(), id, 4, subjects).status, 422); // the same decision again: nothing changes

    QCborMap withdraw;
    withdraw.insert(QLatin1String("action"), QLatin1String("breach_withdraw"));
    withdraw.insert(QLatin1String("reason"), QLatin1String("Test recording, no real customer"));
    QCOMPARE(change(m_alice, newKey(), id, 4, withdraw).status, 200);
    QVERIFY(!incident(id)->personalDataBreach);
    bool onFeed = false;
    for (const QCborValue& item : incidentsFeed()) {
        const QCborMap map = item.toMap();
        if (map.value(QLatin1String("id")).toInteger() == id) {
            onFeed = true;
            QCOMPARE(map.value(QLatin1String("version")).toInteger(), 5);
            QCOMPARE(map.value(QLatin1String("personal_data_breach")).toBool(), false);
            QVERIFY(map.value(QLatin1String("authority_notified_at")).isInteger());
        }
    }
    QVERIFY(onFeed);
}

void CentralIncidentChangesTest::aMergeIsRepeatedWithTheCarriedTasksIds()
{
    const qint64 into = Base + 1000;
    QCOMPARE(open(into).status, 200);
    // The merged incident is of another category: its tasks are not the surviving one's, so they are carried over.
    const qint64 from = Base + 1100;
    const auto fromTasks = IncidentTemplates::tasksFor(QStringLiteral("account_takeover"));
    QVERIFY(!fromTasks.empty());
    QCborArray fromTaskIds;
    for (std::size_t i = 0; i < fromTasks.size(); ++i)
        fromTaskIds.append(from + 1 + qint64(i));
    QCborMap other;
    other.insert(QLatin1String("action"), QLatin1String("open"));
    other.insert(QLatin1String("title"), QLatin1String("Password reset on a caller's say-so"));
    other.insert(QLatin1String("description"), QString());
    other.insert(QLatin1String("severity"), 2);
    other.insert(QLatin1String("category"), QLatin1String("account_takeover"));
    other.insert(QLatin1String("owner_id"), m_bob.id);
    other.insert(QLatin1String("detected_at"), m_startedAt - 60'000);
    other.insert(QLatin1String("task_ids"), fromTaskIds);
    QCOMPARE(change(m_bob, newKey(), from, QCborValue(nullptr), other).status, 200);

    QCborArray carried;
    for (std::size_t i = 0; i < fromTasks.size(); ++i)
        carried.append(into + 500 + qint64(i));
    QCborMap merge;
    merge.insert(QLatin1String("action"), QLatin1String("merge"));
    merge.insert(QLatin1String("from"), from);
    merge.insert(QLatin1String("reason"), QLatin1String("The same caller, the same evening"));
    merge.insert(QLatin1String("carried_task_ids"), carried);
    // On a stale version of the surviving incident: a conflict, with that incident.
    const CentralService::Reply stale = change(m_alice, newKey(), into, 2, merge);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.body.value(QLatin1String("current")).toMap().value(QLatin1String("id")).toInteger(), into);
    const CentralService::Reply merged = change(m_alice, newKey(), into, 1, merge);
    QVERIFY2(merged.status == 200, qPrintable(message(merged)));
    QCOMPARE(int(incident(from)->phase), int(IncidentPhase::Closed));
    QCOMPARE(incident(from)->duplicateOf, into);
    auto tasks = IncidentRepository(m_store->store().database()).tasks(into);
    CUSTODIAN_VERIFY_OK(tasks);
    std::set<qint64> ids;
    for (const auto& task : *tasks)
        ids.insert(task.id);
    for (const QCborValue& id : carried)
        QVERIFY2(ids.count(id.toInteger()), "a carried task keeps the id the console chose");
    // On the feed, the merged incident after the one it duplicates.
    qint64 intoAt = -1;
    qint64 fromAt = -1;
    const QCborArray feed = incidentsFeed();
    for (qsizetype i = 0; i < feed.size(); ++i) {
        const qint64 id = feed.at(i).toMap().value(QLatin1String("id")).toInteger();
        if (id == into)
            intoAt = i;
        if (id == from)
            fromAt = i;
    }
    QVERIFY(intoAt >= 0 && fromAt > intoAt);
}

QTEST_GUILESS_MAIN(CentralIncidentChangesTest)
#include "CentralIncidentChangesTest.moc"
