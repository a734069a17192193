// The demo generator's contract (docs/demo-data.md): exactly N events in time order, the same data for the same
// seed and end, every incident phase, the planted anomalies exactly where demo_anomalies says (and nowhere
// else: the background never trips a detection), refusal of a store that holds data, and customer identifiers
// only ever masked, tokenised and sealed.
#include "demo/DemoGenerator.h"
#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "demo/DemoClock.h"
#include "demo/DemoIdentifiers.h"
#include "domain/IdentifierMasking.h"
#include "store/EvidenceRegister.h"
#include "store/IncidentTimeline.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <map>
#include <memory>

using namespace custodian;

namespace {
const QDateTime End = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

using test::queryInt;

using test::forEachRow;

// SHA-256 over the semantic columns (not tokens or seals, which depend on the store's own secrets).
QByteArray contentDigest(Store& store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries {
        QStringLiteral("SELECT id, employee_no, display_name, team_id, shift_id, manager_id, status, hired_at, "
                       "status_changed_at, departed_at FROM agent ORDER BY id"),
        QStringLiteral("SELECT id, agent_id, role_id, status, valid_from, valid_until, justification, requested_by, "
                       "requested_at, approved_by, approved_at, sod_exception_reason, ended_at, ended_by, end_reason "
                       "FROM role_assignment ORDER BY id"),
        QStringLiteral("SELECT id, agent_id, module_id, campaign_id, assigned_at, due_at, completed_at, score, passed, "
                       "expires_at FROM training_record ORDER BY id"),
        QStringLiteral("SELECT id, reference, title, description, severity, category, phase, assignee_id, reported_by, "
                       "opened_at, detected_at, personal_data_breach, breach_established_at, notification_deadline_at, "
                       "authority_notified_at, closed_at FROM incident ORDER BY id"),
        QStringLiteral("SELECT incident_id, event_id FROM incident_event ORDER BY incident_id, event_id"),
        QStringLiteral("SELECT id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
                       "workstation_id, source_address, session_id FROM access_event ORDER BY id"),
        QStringLiteral("SELECT id, data_class, kind, masked FROM customer_record ORDER BY id"),
        QStringLiteral("SELECT value FROM store_meta WHERE key = 'demo_anomalies'"),
    };
    for (const QString& sql : queries) {
        forEachRow(store, sql, [&](const Statement& row) {
            for (int c = 0; c < row.columnCount(); ++c) {
                hash.addData(row.isNull(c) ? QByteArrayView("\\N") : QByteArrayView(row.text(c).toUtf8()));
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        });
    }
    return hash.result();
}

Result<DemoGenerator::Summary> seed(Store& store, qint64 events, quint64 seedValue = 7, int days = 90)
{
    DemoGenerator::Options options;
    options.events = events;
    options.seed = seedValue;
    options.end = End;
    options.days = days;
    return DemoGenerator::generate(store, options);
}

QJsonObject anomalies(Store& store)
{
    auto text = store.database().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'demo_anomalies'"));
    if (!text)
        return {};
    return QJsonDocument::fromJson(text->toUtf8()).object();
}

QString ids(const QJsonArray& values)
{
    QStringList out;
    for (const QJsonValue& v : values)
        out << QString::number(v.toInteger());
    return out.join(QLatin1Char(','));
}
} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void exactEventCount_data();
    void exactEventCount();
    void sameSeedSameData();
    void differentSeedDifferentData();
    void everyIncidentPhase();
    void organisationAndAccessControl();
    void trainingStates();

    void anomalyCatalogue();
    // Each detection's condition holds exactly for the planted anomalies, on stores of several sizes, seeds and
    // spans (column "store": index into m_stores).
    void offHoursOnlyWherePlanted_data() { storesData(); }
    void offHoursOnlyWherePlanted();
    void bulkAccessOnlyWherePlanted_data() { storesData(); }
    void bulkAccessOnlyWherePlanted();
    void failedLoginBurstsOnlyWherePlanted_data() { storesData(); }
    void failedLoginBurstsOnlyWherePlanted();
    void paymentDataWithoutTrainingOnlyWherePlanted_data() { storesData(); }
    void paymentDataWithoutTrainingOnlyWherePlanted();
    void accessAfterLeavingOnlyWherePlanted_data() { storesData(); }
    void accessAfterLeavingOnlyWherePlanted();
    void newWorkstationOnlyWherePlanted_data() { storesData(); }
    void newWorkstationOnlyWherePlanted();

    void refusesSecondSeed();
    void refusesBadOptions();
    void incidentsAtChosenScaleVerify();
    void identifiersMaskedTokenisedSealed();

private:
    struct Seeded
    {
        const char* name;
        qint64 events;
        quint64 seed;
        int days;
    };
    static constexpr Seeded Variants[] = {
        { "20000 events, seed 7", 20'000, 7, 90 }, // m_store: the content checks use this one
        { "1000 events, seed 3", 1'000, 3, 90 },
        { "5000 events, seed 11", 5'000, 11, 90 },
        { "20000 events, seed 42, 30 days", 20'000, 42, 30 },
        { "60000 events, seed 5, 365 days", 60'000, 5, 365 },
        { "8000 events, seed 9, 7 days", 8'000, 9, 7 },
    };
    void storesData();

    // Stores shared by the read-only checks; m_store is the first.
    std::vector<std::unique_ptr<test::TestStore>> m_stores;
    test::TestStore* m_store = nullptr;
};

void DemoGeneratorTest::storesData()
{
    QTest::addColumn<int>("store");
    for (std::size_t i = 0; i < std::size(Variants); ++i)
        QTest::newRow(Variants[i].name) << int(i);
}

void DemoGeneratorTest::initTestCase()
{
    for (const Seeded& v : Variants) {
        auto store = std::make_unique<test::TestStore>();
        QVERIFY2(store->isValid(), qPrintable(store->errorMessage()));
        auto summary = seed(store->store(), v.events, v.seed, v.days);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        QCOMPARE(summary->events, v.events);
        m_stores.push_back(std::move(store));
    }
    m_store = m_stores.front().get();
}

void DemoGeneratorTest::exactEventCount_data()
{
    QTest::addColumn<qint64>("events");
    QTest::newRow("1000") << qint64(1'000);
    QTest::newRow("5000") << qint64(5'000);
    QTest::newRow("20000") << qint64(20'000);
}

void DemoGeneratorTest::exactEventCount()
{
    QFETCH(qint64, events);
    test::TestStore store;
    QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
    auto summary = seed(store.store(), events);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    Store& s = store.store();
    QCOMPARE(summary->events, events);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM access_event")), events);
    // Ids are time-ordered by construction (AccessEventId): id / 65536 is the event's millisecond.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM access_event WHERE id / 65536 <> occurred_at")), 0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event a JOIN access_event b ON b.id = a.id + 1 "
                                     "WHERE b.occurred_at < a.occurred_at")),
             0);
    // Inside the log's span.
    const qint64 end = End.toMSecsSinceEpoch();
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event WHERE occurred_at > %1 OR occurred_at < %2")
                          .arg(end)
                          .arg(end - 90 * DemoClock::DayMs)),
             0);
    // The rollups the writer maintains add up.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT sum(events) FROM access_hourly")), events);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM (SELECT agent_id, workstation_id FROM access_event "
                                     "GROUP BY 1, 2)")),
             queryInt(s, QStringLiteral("SELECT count(*) FROM agent_workstation")));
    // Seeding ran with foreign keys off for speed: every reference must still hold.
    int violations = 0;
    forEachRow(s, QStringLiteral("PRAGMA foreign_key_check"), [&](const Statement&) { ++violations; });
    QCOMPARE(violations, 0);
    QCOMPARE(queryInt(s, QStringLiteral("PRAGMA foreign_keys")), 1);
    // Logins and logouts carry no record; everything else does, with the record's data class.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event WHERE action IN (6, 7) AND "
                                     "(record_id IS NOT NULL OR data_class <> 0)")),
             0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event e JOIN customer_record r ON r.id = "
                                     "e.record_id WHERE r.data_class <> e.data_class")),
             0);
    QCOMPARE(
        queryInt(s,
                 QStringLiteral("SELECT count(*) FROM access_event WHERE action NOT IN (6, 7) AND record_id IS NULL")),
        0);
    // Every kind of anomaly is there even at the smallest size.
    const QJsonObject catalogue = anomalies(s);
    for (const char* kind : { "off_hours", "bulk_access", "failed_login_burst", "payment_data_without_training",
                              "inactive_agent_access", "new_workstation" })
        QVERIFY2(catalogue.value(QLatin1String(kind)).toObject().value(QStringLiteral("count")).toInt() >= 1, kind);
    // Search index filled like the schema backfill does.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM search_text WHERE kind = 'record'")),
             queryInt(s, QStringLiteral("SELECT count(*) FROM customer_record")));
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM search_text WHERE kind = 'agent'")),
             queryInt(s, QStringLiteral("SELECT count(*) FROM agent")));
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM search_text WHERE search_text MATCH 'Payments'")) > 0);
}

void DemoGeneratorTest::sameSeedSameData()
{
    test::TestStore a;
    test::TestStore b;
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(seed(a.store(), 5'000).ok());
    QVERIFY(seed(b.store(), 5'000).ok());
    QCOMPARE(contentDigest(a.store()).toHex(), contentDigest(b.store()).toHex());
    // Tokens are keyed by each store's own secret: same identifiers, different tokens.
    auto tokenA = a.store().database().queryText(QStringLiteral("SELECT hex(token) FROM customer_record WHERE id = 1"));
    auto tokenB = b.store().database().queryText(QStringLiteral("SELECT hex(token) FROM customer_record WHERE id = 1"));
    QVERIFY(tokenA && tokenB);
    QVERIFY(*tokenA != *tokenB);
    QCOMPARE(
        a.store().database().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'demo_seed'"))->toInt(),
        7);
    QCOMPARE(*a.store().database().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'demo_end'")),
             QStringLiteral("2026-03-01T00:00:00Z"));
}

void DemoGeneratorTest::differentSeedDifferentData()
{
    test::TestStore a;
    test::TestStore b;
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(seed(a.store(), 5'000, 1).ok());
    QVERIFY(seed(b.store(), 5'000, 2).ok());
    QVERIFY(contentDigest(a.store()) != contentDigest(b.store()));
    QCOMPARE(queryInt(b.store(), QStringLiteral("SELECT count(*) FROM access_event")), 5'000);
}

void DemoGeneratorTest::everyIncidentPhase()
{
    Store& s = m_store->store();
    // NIST SP 800-61 Rev. 3: declared .. recovering and closed; Rev. 2's post-incident code 6 is withdrawn.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(DISTINCT phase) FROM incident")), 6);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM incident WHERE phase = 6")), 0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident_phase p WHERE NOT EXISTS "
                                     "(SELECT 1 FROM incident i WHERE i.phase = p.code)")),
             0);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident")) >= 10);
    // Closed tickets have closed_at, open ones do not.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM incident WHERE (phase = 7) <> (closed_at IS NOT NULL)")),
             0);
    // GDPR Art. 33: 72 hours from the moment a breach is established.
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident WHERE personal_data_breach = 1")) > 0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident WHERE personal_data_breach = 1 AND "
                                     "notification_deadline_at <> breach_established_at + 72 * 3600000")),
             0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(DISTINCT category) FROM incident WHERE category IN ('phishing', "
                                     "'social_engineering', 'insider_misuse', 'lost_device', 'misdirected_email')")),
             queryInt(s, QStringLiteral("SELECT count(DISTINCT category) FROM incident")));
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident_timeline"))
            > queryInt(s, QStringLiteral("SELECT count(*) FROM incident")));
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident_agent")) > 0);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident_event")) > 0);
    // The first bulk-access case is a ticket with that session's record events as evidence.
    const QJsonObject bulk = anomalies(s).value(QStringLiteral("bulk_access")).toObject();
    const QJsonObject first = bulk.value(QStringLiteral("episodes")).toArray().first().toObject();
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident_event ie JOIN access_event e ON e.id = ie.event_id "
                                     "WHERE e.session_id = %1")
                          .arg(first.value(QStringLiteral("session_id")).toInteger())),
             first.value(QStringLiteral("record_events")).toInteger());
}

void DemoGeneratorTest::organisationAndAccessControl()
{
    Store& s = m_store->store();
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM site")) >= 3);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(DISTINCT timezone) FROM site")),
             queryInt(s, QStringLiteral("SELECT count(*) FROM site")));
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM agent")), 40);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM agent WHERE status = 3 AND departed_at IS NOT NULL"))
            >= 2);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM agent WHERE status = 2")) >= 1);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM agent WHERE status = 3 AND departed_at IS NULL")), 0);
    QVERIFY(queryInt(s,
                     QStringLiteral("SELECT count(*) FROM agent WHERE hired_at > %1")
                         .arg(End.toMSecsSinceEpoch() - 90 * DemoClock::DayMs))
            >= 1);
    QCOMPARE(
        queryInt(
            s,
            QStringLiteral(
                "SELECT count(*) FROM workstation WHERE hostname NOT GLOB '[A-Z][A-Z][A-Z]-WS-[0-9][0-9][0-9][0-9]'")),
        0);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM role")), 10);
    QVERIFY(
        queryInt(s, QStringLiteral("SELECT count(*) FROM role WHERE sensitive = 1 AND max_duration_days IS NOT NULL"))
        >= 3);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM sod_rule WHERE allow_exception = 1")) >= 1);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM sod_rule WHERE allow_exception = 0")) >= 1);
    for (int status = 1; status <= 5; ++status)
        QVERIFY2(queryInt(s, QStringLiteral("SELECT count(*) FROM role_assignment WHERE status = %1").arg(status)) >= 1,
                 qPrintable(QStringLiteral("assignment status %1").arg(status)));
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM role_assignment WHERE sod_exception_reason IS NOT NULL"))
            >= 1);
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM role_assignment WHERE approved_by = requested_by")), 0);
    // Sensitive roles are approved by someone other than the requester (a second supervisor).
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM role_assignment a JOIN role r ON r.id = a.role_id "
                                     "WHERE r.sensitive = 1 AND a.status IN (2, 4, 5) AND a.approved_by IS NULL")),
             0);
    // Every assignment has its history, starting with the request.
    QCOMPARE(
        queryInt(s,
                 QStringLiteral("SELECT count(*) FROM role_assignment a WHERE NOT EXISTS (SELECT 1 FROM "
                                "role_assignment_change c WHERE c.assignment_id = a.id AND c.change = 'requested')")),
        0);
    // The planted SoD conflict: both roles active at once for one agent, without an exception.
    const QJsonObject sod = anomalies(s).value(QStringLiteral("sod_conflict")).toObject();
    QCOMPARE(sod.value(QStringLiteral("count")).toInt(), 1);
    const QJsonArray pair = sod.value(QStringLiteral("conflicts"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("assignment_ids"))
                                .toArray();
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM role_assignment WHERE id IN (%1) AND status = 2 AND "
                                     "sod_exception_reason IS NULL")
                          .arg(ids(pair))),
             2);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM detection_setting WHERE key IN "
                                     "('bulk_access_threshold_per_hour', 'failed_login_burst_count', "
                                     "'failed_login_burst_minutes', 'off_hours_grace_minutes')")),
             4);
}

void DemoGeneratorTest::trainingStates()
{
    Store& s = m_store->store();
    const qint64 end = End.toMSecsSinceEpoch();
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM training_module")), 4);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM training_campaign")) >= 4);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 1")) > 0);
    // Failures score below the module's pass mark.
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 0")) > 0);
    QCOMPARE(queryInt(s,
                      QStringLiteral(
                          "SELECT count(*) FROM training_record r JOIN training_module m ON m.id = "
                          "r.module_id WHERE (r.passed = 0) <> (r.score < m.pass_score) AND r.passed IS NOT NULL")),
             0);
    // Overdue: never completed, due in the past.
    QVERIFY(
        queryInt(
            s,
            QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NULL AND due_at < %1").arg(end))
        > 0);
    // Still open, not yet due.
    QVERIFY(
        queryInt(
            s,
            QStringLiteral("SELECT count(*) FROM training_record WHERE completed_at IS NULL AND due_at > %1").arg(end))
        > 0);
    // Expiry = completion + the module's validity.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM training_record r JOIN training_module m ON m.id = "
                                     "r.module_id WHERE r.passed = 1 AND r.expires_at <> r.completed_at + "
                                     "m.validity_days * 86400000")),
             0);
    // Lapsed: someone's last pass expired inside the log.
    QVERIFY(queryInt(
                s,
                QStringLiteral("SELECT count(*) FROM training_record WHERE passed = 1 AND expires_at BETWEEN %1 AND %2")
                    .arg(end - 90 * DemoClock::DayMs)
                    .arg(end))
            > 0);
}

void DemoGeneratorTest::anomalyCatalogue()
{
    Store& s = m_store->store();
    const QJsonObject catalogue = anomalies(s);
    QCOMPARE(catalogue.value(QStringLiteral("events")).toInteger(), 20'000);
    // At 20 000 events: 2 of each, 1 bulk burst, 3 payments agents (see docs/demo-data.md).
    QCOMPARE(catalogue.value(QStringLiteral("off_hours")).toObject().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(catalogue.value(QStringLiteral("bulk_access")).toObject().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(catalogue.value(QStringLiteral("failed_login_burst")).toObject().value(QStringLiteral("count")).toInt(),
             2);
    QCOMPARE(catalogue.value(QStringLiteral("payment_data_without_training"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             3);
    QCOMPARE(catalogue.value(QStringLiteral("inactive_agent_access")).toObject().value(QStringLiteral("count")).toInt(),
             2);
    QCOMPARE(catalogue.value(QStringLiteral("new_workstation")).toObject().value(QStringLiteral("count")).toInt(), 2);
    // Each episode's counts and id range are what the log holds.
    for (const char* kind :
         { "off_hours", "bulk_access", "failed_login_burst", "inactive_agent_access", "new_workstation" }) {
        const QJsonObject entry = catalogue.value(QLatin1String(kind)).toObject();
        qint64 total = 0;
        for (const QJsonValue& value : entry.value(QStringLiteral("episodes")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString session = QString::number(e.value(QStringLiteral("session_id")).toInteger());
            QCOMPARE(
                queryInt(s, QStringLiteral("SELECT count(*) FROM access_event WHERE session_id = %1").arg(session)),
                e.value(QStringLiteral("events")).toInteger());
            QCOMPARE(queryInt(s,
                              QStringLiteral(
                                  "SELECT count(*) FROM access_event WHERE session_id = %1 AND record_id IS NOT NULL")
                                  .arg(session)),
                     e.value(QStringLiteral("record_events")).toInteger());
            QCOMPARE(queryInt(s, QStringLiteral("SELECT min(id) FROM access_event WHERE session_id = %1").arg(session)),
                     e.value(QStringLiteral("first_event_id")).toInteger());
            QCOMPARE(queryInt(s, QStringLiteral("SELECT max(id) FROM access_event WHERE session_id = %1").arg(session)),
                     e.value(QStringLiteral("last_event_id")).toInteger());
            QCOMPARE(queryInt(s,
                              QStringLiteral("SELECT count(DISTINCT agent_id) FROM access_event WHERE session_id = %1")
                                  .arg(session)),
                     1);
            total += e.value(QStringLiteral("events")).toInteger();
        }
        QCOMPARE(entry.value(QStringLiteral("events")).toInteger(), total);
    }
    // All anomaly agents are distinct.
    QSet<qint64> agents;
    int listed = 0;
    for (const char* kind : { "off_hours", "bulk_access", "failed_login_burst", "payment_data_without_training",
                              "inactive_agent_access", "new_workstation" }) {
        for (const QJsonValue& v :
             catalogue.value(QLatin1String(kind)).toObject().value(QStringLiteral("agent_ids")).toArray()) {
            agents.insert(v.toInteger());
            ++listed;
        }
    }
    QCOMPARE(agents.size(), listed);
}

void DemoGeneratorTest::offHoursOnlyWherePlanted()
{
    // Every event outside its agent's shift (± the grace period, in site-local time with the shift's weekday
    // mask) belongs to a planted off-hours episode, and every such episode's events are outside.
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    struct AgentShift
    {
        DemoClock clock;
        int start = 0;
        int end = 0;
        int weekdays = 0;
    };
    std::map<qint64, AgentShift> shifts;
    forEachRow(s,
               QStringLiteral("SELECT a.id, si.timezone, sh.start_minute, sh.end_minute, sh.weekdays FROM agent a "
                              "JOIN team t ON t.id = a.team_id JOIN site si ON si.id = t.site_id JOIN shift sh ON "
                              "sh.id = a.shift_id"),
               [&](const Statement& row) {
                   const QString zone = row.text(1);
                   const DemoClock clock = zone == QLatin1String("Asia/Manila") ? DemoClock(480, false)
                       : zone == QLatin1String("Europe/Warsaw")                 ? DemoClock(60, true)
                                                                                : DemoClock(0, true);
                   shifts[row.int64(0)] = { clock, int(row.int64(2)), int(row.int64(3)), int(row.int64(4)) };
               });
    const int grace = 30;
    qint64 outside = 0;
    QSet<qint64> outsideSessions;
    forEachRow(
        s, QStringLiteral("SELECT agent_id, occurred_at, session_id FROM access_event"), [&](const Statement& row) {
            const AgentShift& shift = shifts.at(row.int64(0));
            const qint64 at = row.int64(1);
            const QDate date = shift.clock.localDate(at);
            const int minute = shift.clock.localMinuteOfDay(at);
            bool inside = false;
            for (int back = 0; back <= 1 && !inside; ++back) { // a shift that started today or (overnight) yesterday
                const QDate day = date.addDays(-back);
                if (!(shift.weekdays & (1 << (day.dayOfWeek() - 1))))
                    continue;
                const int length = (shift.end - shift.start + 1440) % 1440;
                const int since = minute + back * 1440 - shift.start;
                inside = since >= -grace && since <= length + grace;
            }
            if (!inside) {
                ++outside;
                outsideSessions.insert(row.int64(2));
            }
        });
    const QJsonObject entry = anomalies(s).value(QStringLiteral("off_hours")).toObject();
    QSet<qint64> planted;
    for (const QJsonValue& v : entry.value(QStringLiteral("episodes")).toArray())
        planted.insert(v.toObject().value(QStringLiteral("session_id")).toInteger());
    QCOMPARE(outsideSessions, planted);
    QCOMPARE(outside, entry.value(QStringLiteral("events")).toInteger());
}

void DemoGeneratorTest::bulkAccessOnlyWherePlanted()
{
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    const QJsonObject entry = anomalies(s).value(QStringLiteral("bulk_access")).toObject();
    const int threshold = anomalies(s)
                              .value(QStringLiteral("thresholds"))
                              .toObject()
                              .value(QStringLiteral("bulk_access_threshold_per_hour"))
                              .toInt();
    QCOMPARE(threshold, 100);
    // Agent-hours above the threshold, from the rollup: exactly the planted bursts.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM (SELECT hour, agent_id FROM access_hourly GROUP BY 1, 2 "
                                     "HAVING sum(events) > %1)")
                          .arg(threshold)),
             entry.value(QStringLiteral("count")).toInt());
    for (const QJsonValue& v : entry.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject e = v.toObject();
        const qint64 agent = e.value(QStringLiteral("agent_id")).toInteger();
        const qint64 hourStart = e.value(QStringLiteral("hour_start")).toInteger();
        const qint64 distinct = e.value(QStringLiteral("distinct_records")).toInteger();
        QVERIFY(distinct > threshold);
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT count(DISTINCT record_id) FROM access_event WHERE agent_id = %1 AND "
                                         "occurred_at >= %2 AND occurred_at < %3")
                              .arg(agent)
                              .arg(hourStart)
                              .arg(hourStart + 3'600'000)),
                 distinct);
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT sum(events) FROM access_hourly WHERE agent_id = %1 AND hour = %2")
                              .arg(agent)
                              .arg(hourStart / 3'600'000)),
                 e.value(QStringLiteral("events")).toInteger());
    }
    // Nobody else reaches it: the busiest background agent-hour stays under the threshold.
    QVERIFY(queryInt(s,
                     QStringLiteral("SELECT max(n) FROM (SELECT sum(events) AS n FROM access_hourly GROUP BY hour, "
                                    "agent_id HAVING sum(events) <= %1)")
                         .arg(threshold))
            < threshold);
}

void DemoGeneratorTest::failedLoginBurstsOnlyWherePlanted()
{
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    const QJsonObject entry = anomalies(s).value(QStringLiteral("failed_login_burst")).toObject();
    // Failed logins with at least 5 failed logins of the same agent in the 10 minutes up to them.
    const QString burst = QStringLiteral(
        "SELECT %1 FROM access_event f WHERE f.action = 6 AND f.outcome = 3 AND (SELECT count(*) FROM access_event g "
        "WHERE g.agent_id = f.agent_id AND g.action = 6 AND g.outcome = 3 AND g.occurred_at BETWEEN f.occurred_at - "
        "600000 AND f.occurred_at) >= 5");
    QSet<qint64> sessions;
    forEachRow(s, burst.arg(QStringLiteral("DISTINCT f.session_id")),
               [&](const Statement& row) { sessions.insert(row.int64(0)); });
    QSet<qint64> planted;
    for (const QJsonValue& v : entry.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject e = v.toObject();
        planted.insert(e.value(QStringLiteral("session_id")).toInteger());
        QCOMPARE(e.value(QStringLiteral("failed_logins")).toInt(), 8);
        QVERIFY(e.value(QStringLiteral("window_ms")).toInteger() <= 5 * 60'000);
        QCOMPARE(queryInt(s,
                          QStringLiteral(
                              "SELECT count(*) FROM access_event WHERE session_id = %1 AND action = 6 AND outcome = 3")
                              .arg(e.value(QStringLiteral("session_id")).toInteger())),
                 8);
    }
    QCOMPARE(sessions, planted);
    QCOMPARE(entry.value(QStringLiteral("events")).toInteger(), 8 * entry.value(QStringLiteral("count")).toInt());
}

void DemoGeneratorTest::paymentDataWithoutTrainingOnlyWherePlanted()
{
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    const QJsonObject entry = anomalies(s).value(QStringLiteral("payment_data_without_training")).toObject();
    // Card events by an agent without a passed PCI DSS module (id 1) valid at that moment.
    const QString untrained = QStringLiteral(
        "FROM access_event e WHERE e.data_class = 2 AND NOT EXISTS (SELECT 1 FROM training_record r WHERE r.agent_id "
        "= e.agent_id AND r.module_id = 1 AND r.passed = 1 AND r.completed_at <= e.occurred_at AND r.expires_at > "
        "e.occurred_at)");
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) ") + untrained),
             entry.value(QStringLiteral("events")).toInteger());
    QStringList reasons;
    int withEvents = 0;
    for (const QJsonValue& v : entry.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject e = v.toObject();
        withEvents += e.value(QStringLiteral("events")).toInteger() > 0 ? 1 : 0;
        reasons << e.value(QStringLiteral("reason")).toString();
        const qint64 agent = e.value(QStringLiteral("agent_id")).toInteger();
        QVERIFY(e.value(QStringLiteral("events")).toInteger() >= e.value(QStringLiteral("planted_events")).toInteger());
        if (e.contains(QStringLiteral("session_id"))) // a planted session, unless the log was too short for one
            QVERIFY(e.value(QStringLiteral("planted_events")).toInteger() >= 3);
        if (e.value(QStringLiteral("events")).toInteger() > 0)
            QVERIFY(e.value(QStringLiteral("first_at")).toInteger()
                    >= e.value(QStringLiteral("invalid_from")).toInteger());
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) %1 AND e.agent_id = %2").arg(untrained).arg(agent)),
                 e.value(QStringLiteral("events")).toInteger());
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id = %1 AND data_class = 2 "
                                         "AND occurred_at >= %2")
                              .arg(agent)
                              .arg(e.value(QStringLiteral("invalid_from")).toInteger())),
                 e.value(QStringLiteral("events")).toInteger());
        // They hold the payments role.
        QCOMPARE(
            queryInt(
                s,
                QStringLiteral("SELECT count(*) FROM role_assignment WHERE agent_id = %1 AND role_id = 2").arg(agent)),
            1);
    }
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(DISTINCT e.agent_id) ") + untrained), withEvents);
    if (store == 0) { // one of each reason at this size, each with card events
        QCOMPARE(withEvents, 3);
        reasons.sort();
        QCOMPARE(
            reasons,
            (QStringList { QStringLiteral("expired"), QStringLiteral("failed"), QStringLiteral("never_trained") }));
    }
}

void DemoGeneratorTest::accessAfterLeavingOnlyWherePlanted()
{
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    const QJsonObject entry = anomalies(s).value(QStringLiteral("inactive_agent_access")).toObject();
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event e JOIN agent a ON a.id = e.agent_id WHERE "
                                     "a.departed_at IS NOT NULL AND e.occurred_at > a.departed_at")),
             entry.value(QStringLiteral("events")).toInteger());
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(DISTINCT e.agent_id) FROM access_event e JOIN agent a ON a.id = "
                                     "e.agent_id WHERE a.departed_at IS NOT NULL AND e.occurred_at > a.departed_at")),
             entry.value(QStringLiteral("count")).toInt());
    // Suspended agents do nothing after their suspension.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event e JOIN agent a ON a.id = e.agent_id WHERE "
                                     "a.status = 2 AND e.occurred_at > a.status_changed_at")),
             0);
    // Nor does anyone before they were hired.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM access_event e JOIN agent a ON a.id = e.agent_id WHERE "
                                     "e.occurred_at < a.hired_at")),
             0);
}

void DemoGeneratorTest::newWorkstationOnlyWherePlanted()
{
    QFETCH(int, store);
    Store& s = m_stores[std::size_t(store)]->store();
    const QJsonObject entry = anomalies(s).value(QStringLiteral("new_workstation")).toObject();
    const QString foreign = QStringLiteral(
        "FROM access_event e JOIN agent a ON a.id = e.agent_id JOIN team t ON t.id = a.team_id JOIN workstation w ON "
        "w.id = e.workstation_id WHERE w.site_id <> t.site_id");
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) ") + foreign),
             entry.value(QStringLiteral("events")).toInteger());
    for (const QJsonValue& v : entry.value(QStringLiteral("episodes")).toArray()) {
        const QJsonObject e = v.toObject();
        const qint64 agent = e.value(QStringLiteral("agent_id")).toInteger();
        const qint64 workstation = e.value(QStringLiteral("workstation_id")).toInteger();
        QVERIFY(e.value(QStringLiteral("workstation_site_id")).toInt()
                != e.value(QStringLiteral("agent_site_id")).toInt());
        // First seen there with the planted session, after weeks of history elsewhere.
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT first_seen_at FROM agent_workstation WHERE agent_id = %1 AND "
                                         "workstation_id = %2")
                              .arg(agent)
                              .arg(workstation)),
                 e.value(QStringLiteral("first_at")).toInteger());
        QVERIFY(queryInt(s, QStringLiteral("SELECT min(occurred_at) FROM access_event WHERE agent_id = %1").arg(agent))
                < e.value(QStringLiteral("first_at")).toInteger());
        QVERIFY(queryInt(s, QStringLiteral("SELECT hired_at FROM agent WHERE id = %1").arg(agent))
                <= e.value(QStringLiteral("first_at")).toInteger() - 14 * DemoClock::DayMs);
    }
    // Background agents use at most two workstations, all at their own site.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM (SELECT agent_id FROM agent_workstation GROUP BY agent_id "
                                     "HAVING count(*) > 3)")),
             0);
}

void DemoGeneratorTest::refusesSecondSeed()
{
    Store& s = m_store->store();
    const QByteArray before = contentDigest(s);
    const qint64 agents = queryInt(s, QStringLiteral("SELECT count(*) FROM agent"));
    auto again = seed(s, 1'000);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), Error::Code::AlreadyExists);
    QVERIFY2(again.error().message().contains(QStringLiteral("already holds data")),
             qPrintable(again.error().message()));
    QVERIFY(again.error().message().contains(QStringLiteral("%1 agents").arg(agents)));
    QCOMPARE(contentDigest(s), before);
    // The demo's settings only: five thresholds and the training reminders' two escalation thresholds.
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM detection_setting")), 7);
}

void DemoGeneratorTest::refusesBadOptions()
{
    test::TestStore store;
    QVERIFY(store.isValid());
    for (qint64 events : { qint64(999), qint64(10'000'001) }) {
        auto result = seed(store.store(), events);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
    }
    DemoGenerator::Options options;
    options.events = 1'000;
    options.days = 3;
    auto result = DemoGenerator::generate(store.store(), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
    QCOMPARE(queryInt(store.store(), QStringLiteral("SELECT count(*) FROM agent")), 0);
}

void DemoGeneratorTest::incidentsAtChosenScaleVerify()
{
    // The largest demo's options on a small log: exactly that many tickets, about that many timeline entries each,
    // and every ticket's chain verifies as one worked on the console does (no entry counted as pulled).
    test::TestStore store;
    QVERIFY(store.isValid());
    DemoGenerator::Options options;
    options.events = 2'000;
    options.days = 1095;
    options.incidents = 500;
    options.incidentTimeline = 20;
    options.evidenceBytes = 3 * EvidenceRegister::ChunkSize + 1000; // the largest demo's 50 MB, scaled down
    auto summary = DemoGenerator::generate(store.store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    QCOMPARE(summary->incidents, 500);
    Store& s = store.store();
    QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM incident")), 500);
    // Closed tickets carry about 20 entries (18 to 26 asked, more when their milestones and tasks alone exceed it);
    // open ones a little fewer, as they are not over: about 20 on average.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident i WHERE i.phase = 7 AND (SELECT count(*) FROM "
                                     "incident_timeline t WHERE t.incident_id = i.id) NOT BETWEEN 18 AND 30")),
             0);
    const qint64 entries = queryInt(s, QStringLiteral("SELECT count(*) FROM incident_timeline"));
    QVERIFY2(entries > 500 * 18 && entries < 500 * 23, qPrintable(QString::number(entries)));
    // Closed tickets carry an outcome and a summary, and every task of theirs is decided; tasks come from the
    // category's template (the templated categories among the demo's have tasks, the others none).
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident WHERE phase = 7 AND (closure_outcome IS NULL OR "
                                     "coalesce(closure_summary, '') = '')")),
             0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident_task t JOIN incident i ON i.id = t.incident_id "
                                     "WHERE i.phase = 7 AND t.state = 0")),
             0);
    QVERIFY(queryInt(s, QStringLiteral("SELECT count(*) FROM incident_task WHERE state = 0")) > 0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident i WHERE category IN ('insider_misuse', "
                                     "'lost_device', 'social_engineering') AND NOT EXISTS (SELECT 1 FROM "
                                     "incident_task t WHERE t.incident_id = i.id)")),
             0);
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM incident_task WHERE state = 2 AND coalesce(reason, '') = "
                                     "''")),
             0);
    // The evidence went through the register: one item of that size on an insider-misuse incident, which verifies.
    QCOMPARE(queryInt(s,
                      QStringLiteral("SELECT count(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                                     "WHERE i.category = 'insider_misuse' AND e.size = %1")
                          .arg(options.evidenceBytes)),
             1);
    const qint64 evidenceIncident = queryInt(s, QStringLiteral("SELECT incident_id FROM evidence_item"));
    auto checks = EvidenceRegister::verifyIncident(s.database(), evidenceIncident, QStringLiteral("test"));
    QVERIFY2(checks.ok(), checks.ok() ? "" : qPrintable(checks.error().message()));
    QCOMPARE(checks->size(), std::size_t(1));
    QVERIFY2(checks->front().intact(), qPrintable(checks->front().summary()));
    QCOMPARE(checks->front().bytes, options.evidenceBytes);
    // Spread over the three years, not bunched at the end.
    QVERIFY(queryInt(s, QStringLiteral("SELECT max(opened_at) - min(opened_at) FROM incident"))
            > 2LL * 365 * 24 * 3600 * 1000);
    for (qint64 id = 1; id <= 500; ++id) {
        auto verification = IncidentTimeline::verify(s.database(), id);
        QVERIFY2(verification.ok(), qPrintable(QString::number(id)));
        QVERIFY2(verification->intact, qPrintable(verification->reason));
        QCOMPARE(verification->fromService, 0);
        QCOMPARE(verification->chained,
                 queryInt(s, QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id)));
    }
    // Out of range: refused before anything is written.
    test::TestStore other;
    QVERIFY(other.isValid());
    for (const auto& [incidents, timeline] : { std::pair<qint64, int> { 9, 0 }, std::pair<qint64, int> { 100'001, 0 },
                                               std::pair<qint64, int> { 0, 3 }, std::pair<qint64, int> { 0, 51 } }) {
        DemoGenerator::Options bad;
        bad.events = 1'000;
        bad.incidents = incidents;
        bad.incidentTimeline = timeline;
        auto refused = DemoGenerator::generate(other.store(), bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::InvalidArgument);
    }
    QCOMPARE(queryInt(other.store(), QStringLiteral("SELECT count(*) FROM agent")), 0);
}

void DemoGeneratorTest::identifiersMaskedTokenisedSealed()
{
    // A console's store (`custodian-cli seed`) holds what a console holds after a sync; the central service's store
    // (`custodian-central init`) is the one place card numbers are sealed.
    test::TestStore central;
    QVERIFY(central.isValid());
    DemoGenerator::Options options;
    options.events = 1'000;
    options.seed = 7;
    options.end = End;
    options.cardNumbersSealed = true;
    CUSTODIAN_VERIFY_OK(DemoGenerator::generate(central.store(), options));
    for (Store* store : { &m_store->store(), &central.store() }) {
        const bool cardsSealed = store == &central.store();
        Store& s = *store;
        auto tokenKey = s.secret(QStringLiteral("token_key"));
        auto sealKey = s.secret(QStringLiteral("seal_key"));
        QVERIFY(tokenKey.ok() && sealKey.ok());
        const QRegularExpression card(QStringLiteral("^[0-9]{6}\\*{5,9}[0-9]{4}$"));
        const QRegularExpression other(QStringLiteral("^\\*{4}[0-9A-Z]{4}$"));
        QSet<QString> bins;
        QSet<int> lengths;
        int checked = 0;
        int cards = 0;
        forEachRow(s, QStringLiteral("SELECT id, token, data_class, kind, masked, sealed_value FROM customer_record"),
                   [&](const Statement& row) {
                       const QString masked = row.text(4);
                       QCOMPARE(row.blob(1).size(), 32);
                       ++checked;
                       if (row.int64(2) == int(DataClass::PaymentCard)) {
                           ++cards;
                           QCOMPARE(row.text(3), QStringLiteral("card"));
                           QVERIFY2(card.match(masked).hasMatch(), qPrintable(masked));
                           bins.insert(masked.left(6));
                           lengths.insert(int(masked.size()));
                           if (!cardsSealed) {
                               // No number, and a token under a key this store does not hold.
                               QVERIFY(row.isNull(5));
                               return;
                           }
                       }
                       // The seal opens to the identifier; its token and mask follow from it.
                       const QByteArray sealed = row.blob(5);
                       auto opened = AesGcm::open(*sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                                  QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
                       QVERIFY(opened.ok());
                       const QByteArray identifier = opened->view().toByteArray();
                       QCOMPARE(Digest::hmacSha256(*tokenKey, identifier), row.blob(1));
                       if (row.int64(2) == int(DataClass::PaymentCard)) {
                           QVERIFY(identifier.size() >= 15 && identifier.size() <= 19);
                           QVERIFY(DemoIdentifiers::luhnValid(identifier));
                           QCOMPARE(masked.size(), identifier.size());
                           QCOMPARE(masked.left(6), QString::fromLatin1(identifier.left(6)));
                           QCOMPARE(masked.right(4), QString::fromLatin1(identifier.right(4)));
                       } else {
                           QVERIFY2(other.match(masked).hasMatch(), qPrintable(masked));
                           QCOMPARE(masked.right(4), QString::fromLatin1(identifier.right(4)));
                           QVERIFY(!IdentifierMasking::looksLikePan(identifier));
                       }
                       // The clear identifier appears in no column.
                       QVERIFY(!masked.contains(QString::fromLatin1(identifier)));
                   });
        QCOMPARE(checked, cardsSealed ? 2'000 : 2'500);
        QVERIFY(cards > checked / 8);
        QVERIFY(bins.size() >= 8);
        QVERIFY(lengths.contains(15) && lengths.contains(16) && lengths.contains(19));
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(DISTINCT kind) FROM customer_record")), 7);
        // A console's card tokens match no number under its own token key: it cannot test candidates.
        QCOMPARE(queryInt(s,
                          QStringLiteral("SELECT count(*) FROM customer_record WHERE kind = 'card' AND sealed_value "
                                         "IS NOT NULL")),
                 cardsSealed ? qint64(cards) : 0);
    }
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "DemoGeneratorTest.moc"
