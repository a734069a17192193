// Training reminders on a small hand-built store, at a fixed "now": the level each pair escalates to at exactly the
// thresholds (13 days overdue: the agent; 14: the team lead; 30: the manager; due soon: the agent), to whom it was
// copied (the agent's supervisor, the site's manager, or nobody known), the one console-audit entry per call and the
// outbox entry per reminder; the thresholds taken from the settings (and refused when impossible); the 24-hour
// repeat guard; and the refusals (nothing chosen, not required, compliant, an unknown agent, a note too long, one bad
// pair among good ones), each of which writes nothing. The reader's history and summaries are checked on the rows
// written.
#include "rules/TrainingReminderWorkflow.h"

#include "rules/DetectionSettings.h"
#include "store/Database.h"
#include "store/TrainingReminderReader.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 DayMs = 86'400'000;
// 2026-12-01T12:00:00Z.
constexpr qint64 Now = 1'796'126'400'000;

qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

struct Footprint
{
    qint64 reminders, audit, outbox;
    static Footprint of(Database& db)
    {
        return { count(db, QStringLiteral("SELECT count(*) FROM training_reminder")),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit")),
                 count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) };
    }
    bool operator==(const Footprint&) const = default;
};

// Agents (all hired long ago), each with one assignment of module 1 due `days` days before Now (negative: after).
enum Agent : qint64 {
    Thirteen = 1, // overdue 13 days, team 1 (lead: supervisor 2, site manager: supervisor 3)
    Fourteen = 2, // overdue exactly 14 days
    Thirty = 3, // overdue exactly 30 days
    Orphan = 4, // overdue 30 days, team 2: no supervisor, site 2 has no manager
    Soon = 5, // due in 5 days
    Compliant = 6, // passed 10 days ago
    Expired = 7, // passed 400 days ago, expired 35 days ago
};
} // namespace

class TrainingReminderWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    TrainingReminderWorkflow::Actor m_actor { 1, QStringLiteral("console:msilva") };

    Database& db() { return m_store->store().database(); }

    TrainingReminderWorkflow::Request request(std::vector<TrainingReminderWorkflow::Pair> pairs)
    {
        TrainingReminderWorkflow::Request r;
        r.pairs = std::move(pairs);
        r.scope = QStringLiteral("test selection");
        r.now = Now;
        return r;
    }

    QJsonObject lastAuditDetail()
    {
        auto statement
            = db().prepare(QStringLiteral("SELECT detail FROM console_audit WHERE action = 'training.remind' ORDER BY "
                                          "seq DESC LIMIT 1"));
        if (!statement || !*statement->step())
            return {};
        return QJsonDocument::fromJson(statement->text(0).toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        const auto due = [](qint64 days) { return QString::number(Now - days * DayMs); };
        const QString sql
            = QStringLiteral(
                  "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                  "'PT'), (2, 'POR', 'Porto', 'Europe/Lisbon', 'PT');"
                  "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments'), (2, 2, 'Complaints');"
                  "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', "
                  "1), (2, 'jcosta', 'João Costa', 1), (3, 'rnunes', 'Rui Nunes', 1);"
                  "UPDATE site SET manager_id = 3 WHERE id = 1;"
                  "INSERT INTO agent (id, employee_no, display_name, team_id, manager_id, hired_at) VALUES "
                  "(1, 'E1', 'Ana Lima', 1, 2, 0), (2, 'E2', 'Bruno Reis', 1, 2, 0), (3, 'E3', 'Carla Dias', 1, 2, "
                  "0), (4, 'E4', 'Duarte Sá', 2, NULL, 0), (5, 'E5', 'Eva Rocha', 1, 2, 0), (6, 'E6', 'Filipe Luz', "
                  "1, 2, 0), (7, 'E7', 'Gil Mota', 1, 2, 0);"
                  "INSERT INTO training_module (id, code, title, framework, validity_days, pass_score) VALUES "
                  "(1, 'pci', 'PCI DSS awareness', 'PCI DSS', 365, 80), (2, 'gdpr', 'GDPR', 'GDPR', 365, 80);"
                  "INSERT INTO training_campaign (id, name, module_id, starts_at, due_at) VALUES (9, 'PCI 2026', 1, "
                  "%1, %2);"
                  "INSERT INTO training_record (id, agent_id, module_id, campaign_id, assigned_at, due_at, "
                  "completed_at, score, passed, expires_at) VALUES "
                  "(11, 1, 1, 9, %1, %3, NULL, NULL, NULL, NULL), (12, 2, 1, NULL, %1, %4, NULL, NULL, NULL, NULL), "
                  "(13, 3, 1, NULL, %1, %5, NULL, NULL, NULL, NULL), (14, 4, 1, NULL, %1, %5, NULL, NULL, NULL, "
                  "NULL), (15, 5, 1, NULL, %1, %6, NULL, NULL, NULL, NULL), (16, 6, 1, NULL, %1, %5, %7, 90, 1, "
                  "%8), (17, 7, 1, NULL, %9, %9, %9, 95, 1, %10);")
                  .arg(due(90), due(1), due(13), due(14), due(30), due(-5), due(10), QString::number(Now + 355 * DayMs),
                       due(400), due(35));
        QVERIFY2(db().execScript(sql.toUtf8()).ok(), "the fixture loads");
    }

    void levelsAtTheThresholds()
    {
        auto sent = TrainingReminderWorkflow::send(
            db(), request({ { Thirteen, 1 }, { Fourteen, 1 }, { Thirty, 1 }, { Soon, 1 }, { Expired, 1 } }), m_actor);
        CUSTODIAN_VERIFY_OK(sent);
        QCOMPARE(sent->reminders.size(), std::size_t(5));
        struct Expected
        {
            qint64 agent;
            ReminderLevel level;
            qint64 days;
            std::optional<qint64> lead, manager, record, campaign;
        };
        const std::vector<Expected> expected {
            { Thirteen, ReminderLevel::Agent, 13, {}, {}, 11, 9 },
            { Fourteen, ReminderLevel::TeamLead, 14, 2, {}, 12, {} },
            { Thirty, ReminderLevel::Manager, 30, 2, 3, 13, {} },
            { Soon, ReminderLevel::Agent, 0, {}, {}, 15, {} },
            { Expired, ReminderLevel::Manager, 35, 2, 3, {}, {} },
        };
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const TrainingReminder& r = sent->reminders[i];
            const Expected& e = expected[i];
            QCOMPARE(r.agentId, e.agent);
            QCOMPARE(r.moduleId, qint64(1));
            QCOMPARE(custodian::toString(r.level), custodian::toString(e.level));
            QCOMPARE(r.daysOverdue, e.days);
            QCOMPARE(r.teamLeadId, e.lead);
            QCOMPARE(r.managerId, e.manager);
            QCOMPARE(r.recordId, e.record);
            QCOMPARE(r.campaignId, e.campaign);
            QCOMPARE(r.sentBy, qint64(1));
            QCOMPARE(r.sentAt, Now);
            QVERIFY(r.id >= 1 && r.id < (qint64(1) << 53));
            QCOMPARE(count(db(),
                           QStringLiteral("SELECT count(*) FROM training_reminder WHERE id = %1 AND agent_id = %2 AND "
                                          "level = '%3' AND days_overdue = %4")
                               .arg(r.id)
                               .arg(r.agentId)
                               .arg(toString(r.level))
                               .arg(r.daysOverdue)),
                     qint64(1));
        }
        QCOMPARE(sent->toTeamLead, 3);
        QCOMPARE(sent->toManager, 2);
        QCOMPARE(sent->withoutTeamLead, 0);

        // One audit entry for the whole call, one outbox entry per reminder.
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'training.remind'")),
                 qint64(1));
        const QJsonObject detail = lastAuditDetail();
        QCOMPARE(detail.value(QStringLiteral("count")).toInt(), 5);
        QCOMPARE(detail.value(QStringLiteral("scope")).toString(), QStringLiteral("test selection"));
        QCOMPARE(detail.value(QStringLiteral("levels")).toObject().value(QStringLiteral("manager")).toInt(), 2);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'training.reminder' AND "
                                      "state = 'queued' AND base_version IS NULL")),
                 qint64(5));
        auto payload = db().prepare(
            QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = 'training.reminder' AND entity_id = ?"));
        QVERIFY(payload.ok());
        payload->bind(1, sent->reminders[2].id);
        QVERIFY(*payload->step());
        const QJsonObject wire = QJsonDocument::fromJson(payload->text(0).toUtf8()).object();
        QCOMPARE(wire.value(QStringLiteral("level")).toString(), QStringLiteral("manager"));
        QCOMPARE(wire.value(QStringLiteral("team_lead_id")).toInteger(), qint64(2));
        QCOMPARE(wire.value(QStringLiteral("manager_id")).toInteger(), qint64(3));
        QCOMPARE(wire.value(QStringLiteral("days_overdue")).toInteger(), qint64(30));
        QCOMPARE(wire.value(QStringLiteral("record_id")).toInteger(), qint64(13));
        QCOMPARE(wire.value(QStringLiteral("at")).toInteger(), Now);
    }

    void escalationWithoutAddressees()
    {
        auto sent = TrainingReminderWorkflow::send(db(), request({ { Orphan, 1 } }), m_actor);
        CUSTODIAN_VERIFY_OK(sent);
        QCOMPARE(custodian::toString(sent->reminders.front().level), custodian::toString(ReminderLevel::Manager));
        QCOMPARE(sent->reminders.front().teamLeadId, std::nullopt);
        QCOMPARE(sent->reminders.front().managerId, std::nullopt);
        QCOMPARE(sent->withoutTeamLead, 1);
        QCOMPARE(sent->withoutManager, 1);
        QCOMPARE(lastAuditDetail().value(QStringLiteral("without_addressee")).toInt(), 2);
    }

    void thresholdsFromTheSettings()
    {
        DetectionSettings settings;
        settings.trainingEscalateLeadDays = 5;
        settings.trainingEscalateManagerDays = 13;
        CUSTODIAN_VERIFY_OK(settings.save(db(), QStringLiteral("console:msilva")));
        auto sent = TrainingReminderWorkflow::send(db(), request({ { Thirteen, 1 } }), m_actor);
        CUSTODIAN_VERIFY_OK(sent);
        QCOMPARE(custodian::toString(sent->reminders.front().level), custodian::toString(ReminderLevel::Manager));
        QCOMPARE(custodian::toString(TrainingReminderWorkflow::levelFor(4, settings)),
                 custodian::toString(ReminderLevel::Agent));
        QCOMPARE(custodian::toString(TrainingReminderWorkflow::levelFor(5, settings)),
                 custodian::toString(ReminderLevel::TeamLead));
        QCOMPARE(custodian::toString(TrainingReminderWorkflow::levelFor(12, settings)),
                 custodian::toString(ReminderLevel::TeamLead));
    }

    void impossibleThresholdsAreRefused_data()
    {
        QTest::addColumn<int>("lead");
        QTest::addColumn<int>("manager");
        QTest::addColumn<QString>("message");
        QTest::newRow("equal") << 20 << 20 << QStringLiteral("must be fewer days");
        QTest::newRow("reversed") << 30 << 10 << QStringLiteral("must be fewer days");
        QTest::newRow("zero") << 0 << 10 << QStringLiteral("training_escalate_lead_days");
        QTest::newRow("beyond ten years") << 10 << 3651 << QStringLiteral("training_escalate_manager_days");
    }

    void impossibleThresholdsAreRefused()
    {
        QFETCH(int, lead);
        QFETCH(int, manager);
        QFETCH(QString, message);
        DetectionSettings settings;
        settings.trainingEscalateLeadDays = lead;
        settings.trainingEscalateManagerDays = manager;
        const Footprint before = Footprint::of(db());
        auto saved = settings.save(db(), QStringLiteral("console:msilva"));
        QVERIFY(!saved);
        QVERIFY2(saved.error().message().contains(message), qPrintable(saved.error().message()));
        QCOMPARE(Footprint::of(db()), before);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM detection_setting WHERE key LIKE 'training%'")),
                 qint64(0));
        // The same values arriving as text (the central service's, a hand-edited table) are refused too.
        auto parsed = DetectionSettings::fromValues(
            { { QStringLiteral("training_escalate_lead_days"), QString::number(lead) },
              { QStringLiteral("training_escalate_manager_days"), QString::number(manager) } });
        QVERIFY(!parsed);
    }

    void repeatWithin24HoursNeedsForce()
    {
        CUSTODIAN_VERIFY_OK(TrainingReminderWorkflow::send(db(), request({ { Fourteen, 1 } }), m_actor));
        auto again = request({ { Fourteen, 1 } });
        again.now = Now + 23 * 3'600'000;
        const Footprint before = Footprint::of(db());
        auto refused = TrainingReminderWorkflow::send(db(), again, m_actor);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("less than 24 hours")),
                 qPrintable(refused.error().message()));
        QVERIFY2(refused.error().message().contains(QStringLiteral("E2")), qPrintable(refused.error().message()));
        QCOMPARE(Footprint::of(db()), before);
        again.force = true;
        CUSTODIAN_VERIFY_OK(TrainingReminderWorkflow::send(db(), again, m_actor));
        QCOMPARE(lastAuditDetail().value(QStringLiteral("forced")).toBool(), true);
        auto dayLater = request({ { Fourteen, 1 } });
        dayLater.now = Now + 2 * DayMs;
        CUSTODIAN_VERIFY_OK(TrainingReminderWorkflow::send(db(), dayLater, m_actor));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM training_reminder WHERE agent_id = 2")), qint64(3));
    }

    void aPairChosenTwiceIsRemindedOnce()
    {
        auto sent = TrainingReminderWorkflow::send(db(), request({ { Thirty, 1 }, { Thirty, 1 } }), m_actor);
        CUSTODIAN_VERIFY_OK(sent);
        QCOMPARE(sent->reminders.size(), std::size_t(1));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(1));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<std::vector<TrainingReminderWorkflow::Pair>>("pairs");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("message");
        using P = std::vector<TrainingReminderWorkflow::Pair>;
        QTest::newRow("nothing chosen") << P {} << QString() << QStringLiteral("Choose the agents");
        QTest::newRow("compliant") << P { { Compliant, 1 } } << QString() << QStringLiteral("(E6), pci");
        QTest::newRow("not required") << P { { Thirty, 2 } } << QString() << QStringLiteral("not required");
        QTest::newRow("unknown agent") << P { { 99, 1 } } << QString() << QStringLiteral("no agent 99");
        QTest::newRow("unknown module") << P { { Thirty, 77 } } << QString() << QStringLiteral("no training module 77");
        QTest::newRow("one bad among good") << P { { Thirty, 1 }, { Fourteen, 1 }, { Compliant, 1 } } << QString()
                                            << QStringLiteral("neither overdue nor due");
        QTest::newRow("note too long") << P { { Thirty, 1 } } << QString(2001, QLatin1Char('x'))
                                       << QStringLiteral("2001 characters");
    }

    void refusalsWriteNothing()
    {
        QFETCH(std::vector<TrainingReminderWorkflow::Pair>, pairs);
        QFETCH(QString, note);
        QFETCH(QString, message);
        const Footprint before = Footprint::of(db());
        auto r = request(pairs);
        r.note = note;
        auto sent = TrainingReminderWorkflow::send(db(), r, m_actor);
        QVERIFY(!sent);
        QVERIFY2(sent.error().message().contains(message), qPrintable(sent.error().message()));
        QCOMPARE(Footprint::of(db()), before);
    }

    void readerHistoryAndSummaries()
    {
        auto first = request({ { Thirty, 1 }, { Fourteen, 1 } });
        first.note = QStringLiteral("Please finish this week");
        CUSTODIAN_VERIFY_OK(TrainingReminderWorkflow::send(db(), first, m_actor));
        auto second = request({ { Thirty, 1 } });
        second.now = Now + 2 * DayMs;
        CUSTODIAN_VERIFY_OK(TrainingReminderWorkflow::send(db(), second, m_actor));

        TrainingReminderReader reader(db());
        auto history = reader.ofAgent(Thirty);
        CUSTODIAN_VERIFY_OK(history);
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().reminder.sentAt, Now + 2 * DayMs); // newest first
        QCOMPARE(history->front().reminder.daysOverdue, qint64(32));
        QCOMPARE(history->back().reminder.note, QStringLiteral("Please finish this week"));
        QCOMPARE(history->back().moduleCode, QStringLiteral("pci"));
        QCOMPARE(history->back().sentByName, QStringLiteral("Marta Silva"));
        QCOMPARE(history->back().teamLeadName, QStringLiteral("João Costa"));
        QCOMPARE(history->back().managerName, QStringLiteral("Rui Nunes"));

        auto summaries = reader.summaries({ Thirty, Fourteen, Thirteen, Thirty });
        CUSTODIAN_VERIFY_OK(summaries);
        QCOMPARE(summaries->size(), std::size_t(2)); // Thirteen has none
        QCOMPARE(summaries->at(0).agentId, qint64(Fourteen));
        QCOMPARE(summaries->at(0).count, 1);
        QCOMPARE(summaries->at(1).agentId, qint64(Thirty));
        QCOMPARE(summaries->at(1).count, 2);
        QCOMPARE(summaries->at(1).last.sentAt, Now + 2 * DayMs);
    }
};

QTEST_GUILESS_MAIN(TrainingReminderWorkflowTest)
#include "TrainingReminderWorkflowTest.moc"
