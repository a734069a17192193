// Bulk assign and bulk close with one shared reason on a real store in a temporary directory (docs/incidents.md,
// "Bulk actions"): each incident changed in its own transaction through IncidentWorkflow — its own timeline entry, its
// own console-audit entry and its own `incident.change` outbox line, each carrying the shared reason —, one
// incident's refusal (a mandatory task open, already closed, already the owner's, not in the store) reported with the
// workflow's words while the others go on and nothing of it is written, an empty or too long reason refused before
// anything changes, and a cancel that stops after the incident being changed.
#include "rules/IncidentBulkAction.h"
#include "rules/IncidentWorkflow.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 Now = 1'796'126'400'000; // 2026-12-01T12:00:00Z

// A failing query stops the test: a check never passes on a query that did not run.
qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    if (!value)
        qFatal("%s: %s", qPrintable(sql), qPrintable(value.error().message()));
    return *value;
}

QStringList texts(Database& db, const QString& sql)
{
    QStringList result;
    auto statement = db.prepare(sql);
    if (!statement)
        qFatal("%s: %s", qPrintable(sql), qPrintable(statement.error().message()));
    if (auto read = statement->forEachRow([&](const Statement& s) { result << s.text(0); }); !read)
        qFatal("%s: %s", qPrintable(sql), qPrintable(read.error().message()));
    return result;
}

// Everything a change writes, for one incident.
struct Written
{
    qint64 version, timeline, audit, outbox;
    static Written of(Database& db, qint64 id)
    {
        return { count(db, QStringLiteral("SELECT version FROM incident WHERE id = %1").arg(id)),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id)),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit WHERE target = 'incident:%1'").arg(id)),
                 count(db,
                       QStringLiteral(
                           "SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' AND entity_id = %1")
                           .arg(id)) };
    }
    bool operator==(const Written&) const = default;
};
} // namespace

class IncidentBulkActionTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    IncidentWorkflow::Actor m_marta { 1, QStringLiteral("console:msilva") };

    Database& db() { return m_store->store().database(); }

    qint64 openIncident(const QString& category, qint64 ownerId = 1)
    {
        IncidentWorkflow::OpenDraft d;
        d.title = QStringLiteral("Bulk test incident");
        d.category = category;
        d.severity = Severity::Medium;
        d.ownerId = ownerId;
        d.detectedAt = Now - HourMs;
        auto opened = IncidentWorkflow::open(db(), d, m_marta, Now);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return 0;
        }
        return opened->id;
    }

    QString referenceOf(qint64 id)
    {
        const QStringList refs = texts(db(), QStringLiteral("SELECT reference FROM incident WHERE id = %1").arg(id));
        return refs.value(0);
    }

    IncidentBulkAction::Request closing(std::vector<qint64> ids, const QString& reason)
    {
        IncidentBulkAction::Request request;
        request.kind = IncidentBulkAction::Kind::Close;
        request.incidentIds = std::move(ids);
        request.reason = reason;
        request.closing.outcome = IncidentOutcome::FalsePositive;
        request.closing.summary = QStringLiteral("The mail filter's test campaign, not an attack.");
        return request;
    }

    // The one JSON object among `sql`'s rows (a text column) that holds `key` (no JSON functions in this SQLite).
    QJsonObject json(const QString& sql, const QString& key)
    {
        QList<QJsonObject> found;
        for (const QString& text : texts(db(), sql)) {
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
            if (object.contains(key))
                found << object;
        }
        if (found.size() != 1)
            qWarning("expected one object with %s, got %lld: %s", qPrintable(key), qlonglong(found.size()),
                     qPrintable(sql));
        return found.value(0);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1), "
            "(2, 'jcosta', 'João Costa', 1);")));
    }

    void cleanup() { m_store.reset(); }

    void closeRefusesOnlyTheIncidentsTheWorkflowRefuses()
    {
        const qint64 first = openIncident(QStringLiteral("phishing"));
        const qint64 blocked = openIncident(QStringLiteral("lost_device")); // mandatory tasks open
        const qint64 second = openIncident(QStringLiteral("misdirected_email"));
        const qint64 missing = 4242;
        QVERIFY(first && blocked && second);
        const Written blockedBefore = Written::of(db(), blocked);
        const qint64 outboxBefore = count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
        const QString reason = QStringLiteral("  Weekly triage: the awareness campaign's test mails.  ");

        std::vector<int> progress;
        auto report = IncidentBulkAction::run(db(), closing({ first, blocked, missing, second }, reason), m_marta,
                                              nullptr, [&](int finished, int total, const auto&) {
                                                  QCOMPARE(total, 4);
                                                  progress.push_back(finished);
                                              });
        CUSTODIAN_VERIFY_OK(report);
        QCOMPARE(progress, (std::vector<int> { 1, 2, 3, 4 }));
        QCOMPARE(int(report->outcomes.size()), 4);
        QCOMPARE(report->done(), 2);
        QCOMPARE(report->refused(), 2);
        QVERIFY(!report->cancelled());
        const auto& o = report->outcomes;
        QVERIFY(o[0].done && o[3].done);
        QCOMPARE(o[0].reference, referenceOf(first));
        QCOMPARE(o[3].reference, referenceOf(second));
        // The refusals in the workflow's words: the open mandatory tasks named, the missing incident said so.
        QVERIFY(!o[1].done);
        QCOMPARE(o[1].reference, referenceOf(blocked));
        QVERIFY2(o[1].message.contains(referenceOf(blocked)) && o[1].message.contains(QStringLiteral("mandatory")),
                 qPrintable(o[1].message));
        QVERIFY(!o[2].done);
        QCOMPARE(o[2].incidentId, missing);
        QVERIFY2(o[2].message.contains(QStringLiteral("does not exist")), qPrintable(o[2].message));

        // Each closed incident: its own closure, timeline entry, audit entry and outbox line, with the shared reason
        // (trimmed) in each.
        const QString trimmed = reason.trimmed();
        for (qint64 id : { first, second }) {
            QCOMPARE(count(db(),
                           QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND phase = 7 AND "
                                          "closure_outcome = 3 AND closed_at IS NOT NULL")
                               .arg(id)),
                     1);
            const QStringList entries
                = texts(db(),
                        QStringLiteral("SELECT text FROM incident_timeline WHERE incident_id = %1 AND kind = 'closed'")
                            .arg(id));
            QCOMPARE(entries.size(), 1);
            QVERIFY2(entries[0].contains(trimmed), qPrintable(entries[0]));
            const QJsonObject audit = json(QStringLiteral("SELECT detail FROM console_audit WHERE action = "
                                                          "'incident.close' AND target = 'incident:%1'")
                                               .arg(id),
                                           QStringLiteral("reason"));
            QCOMPARE(audit.value(QStringLiteral("reason")).toString(), trimmed);
            QCOMPARE(audit.value(QStringLiteral("reference")).toString(), referenceOf(id));
            const QJsonObject push = json(QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = "
                                                         "'incident.change' AND entity_id = %1")
                                              .arg(id),
                                          QStringLiteral("outcome"));
            QCOMPARE(push.value(QStringLiteral("reason")).toString(), trimmed);
            QCOMPARE(push.value(QStringLiteral("outcome")).toInt(), int(IncidentOutcome::FalsePositive));
        }
        // Two closures, two lines: one per incident, never one for the batch.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore + 2);
        // The refused one: nothing written.
        QCOMPARE(Written::of(db(), blocked), blockedBefore);
        QCOMPARE(
            count(db(),
                  QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND closed_at IS NULL").arg(blocked)),
            1);
        QCOMPARE(
            count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE target = 'incident:%1'").arg(missing)),
            0);

        // Run again: the two closed are refused as closed already, in the workflow's words; nothing more is written.
        const qint64 auditBefore = count(db(), QStringLiteral("SELECT count(*) FROM console_audit"));
        auto again = IncidentBulkAction::run(db(), closing({ first, second }, reason), m_marta);
        CUSTODIAN_VERIFY_OK(again);
        QCOMPARE(again->done(), 0);
        QVERIFY2(again->outcomes[0].message.contains(QStringLiteral("already closed")),
                 qPrintable(again->outcomes[0].message));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore);
    }

    void assignRecordsTheReasonOnEachIncident()
    {
        const qint64 mine = openIncident(QStringLiteral("phishing"), 1);
        const qint64 alreadyHis = openIncident(QStringLiteral("phishing"), 2);
        const qint64 closed = openIncident(QStringLiteral("phishing"), 1);
        const qint64 other = openIncident(QStringLiteral("account_takeover"), 1);
        QVERIFY(mine && alreadyHis && closed && other);
        IncidentWorkflow::Closing done { IncidentOutcome::Benign, QStringLiteral("Expected activity."), 0 };
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::close(db(), closed, done, m_marta, Now + HourMs));
        const Written hisBefore = Written::of(db(), alreadyHis);
        const Written closedBefore = Written::of(db(), closed);
        // Another field changed before the batch: assigning keeps it (the fields are read in each transaction).
        IncidentRepository::Fields fields { QStringLiteral("Renamed before the batch"), QString(), Severity::High, 1,
                                            std::nullopt };
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::update(db(), other, fields, m_marta, Now + HourMs));

        IncidentBulkAction::Request request;
        request.kind = IncidentBulkAction::Kind::Assign;
        request.incidentIds = { mine, alreadyHis, closed, other, mine }; // `mine` twice: changed once
        request.ownerId = 2;
        request.reason = QStringLiteral("Marta is on leave until the 14th.");
        auto report = IncidentBulkAction::run(db(), request, m_marta, nullptr, {}, Now + 2 * HourMs);
        CUSTODIAN_VERIFY_OK(report);
        QCOMPARE(int(report->outcomes.size()), 4);
        QCOMPARE(report->done(), 2);
        QVERIFY(report->outcomes[0].done && report->outcomes[3].done);
        QVERIFY2(report->outcomes[1].message.contains(QStringLiteral("already owned by João Costa")),
                 qPrintable(report->outcomes[1].message));
        QVERIFY2(report->outcomes[2].message.contains(QStringLiteral("is closed")),
                 qPrintable(report->outcomes[2].message));
        QCOMPARE(Written::of(db(), alreadyHis), hisBefore);
        QCOMPARE(Written::of(db(), closed), closedBefore);

        for (qint64 id : { mine, other }) {
            QCOMPARE(count(db(), QStringLiteral("SELECT assignee_id FROM incident WHERE id = %1").arg(id)), 2);
            const QStringList entries = texts(
                db(),
                QStringLiteral("SELECT text FROM incident_timeline WHERE incident_id = %1 AND kind = 'assignment'")
                    .arg(id));
            QCOMPARE(entries.size(), 1);
            QVERIFY2(entries[0].contains(QStringLiteral("Marta Silva → João Costa"))
                         && entries[0].contains(request.reason),
                     qPrintable(entries[0]));
            const QJsonObject audit = json(QStringLiteral("SELECT detail FROM console_audit WHERE action = "
                                                          "'incident.update' AND target = 'incident:%1'")
                                               .arg(id),
                                           QStringLiteral("reason"));
            QCOMPARE(audit.value(QStringLiteral("reason")).toString(), request.reason);
            QCOMPARE(audit.value(QStringLiteral("fields")).toArray(), QJsonArray { QStringLiteral("owner") });
            QCOMPARE(audit.value(QStringLiteral("new_owner_id")).toInteger(), 2);
            const QJsonObject push = json(QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = "
                                                         "'incident.change' AND entity_id = %1")
                                              .arg(id),
                                          QStringLiteral("reason"));
            QCOMPARE(push.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
            QCOMPARE(push.value(QStringLiteral("changed")).toArray(), QJsonArray { QStringLiteral("owner") });
            QCOMPARE(push.value(QStringLiteral("reason")).toString(), request.reason);
        }
        // The field changed before the batch is still there.
        QCOMPARE(texts(db(), QStringLiteral("SELECT title FROM incident WHERE id = %1").arg(other)).value(0),
                 QStringLiteral("Renamed before the batch"));
    }

    void aMissingReasonChangesNothing_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty close") << QString() << int(IncidentBulkAction::Kind::Close) << QStringLiteral("reason");
        QTest::newRow("blank assign") << QStringLiteral(" \n\t ") << int(IncidentBulkAction::Kind::Assign)
                                      << QStringLiteral("reason");
        QTest::newRow("too long") << QString(IncidentWorkflow::MaxReasonLength + 1, QLatin1Char('x'))
                                  << int(IncidentBulkAction::Kind::Close) << QStringLiteral("too long");
    }

    void aMissingReasonChangesNothing()
    {
        QFETCH(QString, reason);
        QFETCH(int, kind);
        QFETCH(QString, said);
        const qint64 a = openIncident(QStringLiteral("phishing"));
        const qint64 b = openIncident(QStringLiteral("phishing"));
        const Written beforeA = Written::of(db(), a);
        const Written beforeB = Written::of(db(), b);
        IncidentBulkAction::Request request = closing({ a, b }, reason);
        request.kind = IncidentBulkAction::Kind(kind);
        request.ownerId = 2;
        int calls = 0;
        auto report = IncidentBulkAction::run(db(), request, m_marta, nullptr, [&](int, int, const auto&) { ++calls; });
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message().contains(said), qPrintable(report.error().message()));
        QVERIFY(!IncidentBulkAction::check(request).ok());
        QCOMPARE(calls, 0);
        QCOMPARE(Written::of(db(), a), beforeA);
        QCOMPARE(Written::of(db(), b), beforeB);
    }

    void eachIncidentCommitsAloneAndCancelStopsAfterIt()
    {
        const qint64 a = openIncident(QStringLiteral("phishing"));
        const qint64 b = openIncident(QStringLiteral("phishing"));
        const qint64 c = openIncident(QStringLiteral("phishing"));
        const Written beforeB = Written::of(db(), b);
        const Written beforeC = Written::of(db(), c);
        std::atomic_bool cancel = false;
        // Another connection, as the page's list reader has: each incident's change is committed on its own, before
        // the next one starts, so it sees the first one closed while the run goes on.
        auto reader = m_store->store().openConnection(Database::Mode::ReadOnly);
        CUSTODIAN_VERIFY_OK(reader);
        qint64 seenClosed = -1;
        // Cancelled while the first incident is being changed (its progress is reported after its commit): the first
        // stays closed, the others are not reached.
        auto report = IncidentBulkAction::run(db(), closing({ a, b, c }, QStringLiteral("Triage")), m_marta, &cancel,
                                              [&](int finished, int, const auto&) {
                                                  if (finished != 1)
                                                      return;
                                                  seenClosed = count(*reader,
                                                                     QStringLiteral("SELECT count(*) FROM "
                                                                                    "incident WHERE phase = 7"));
                                                  cancel = true;
                                              });
        QCOMPARE(seenClosed, 1);
        CUSTODIAN_VERIFY_OK(report);
        QCOMPARE(int(report->outcomes.size()), 1);
        QVERIFY(report->outcomes[0].done);
        QCOMPARE(report->notReached, 2);
        QVERIFY(report->cancelled());
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND phase = 7").arg(a)), 1);
        QCOMPARE(Written::of(db(), b), beforeB);
        QCOMPARE(Written::of(db(), c), beforeC);
    }
};

QTEST_GUILESS_MAIN(IncidentBulkActionTest)
#include "IncidentBulkActionTest.moc"
