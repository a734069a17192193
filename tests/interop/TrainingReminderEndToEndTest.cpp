// Training reminders across two consoles and one custodian-central, real processes on loopback: a supervisor sends
// reminders with `custodian-cli training remind` (one agent and module, then the overdue list of a team, as JSON), the
// command's refusals (usage: exit 2; an unknown agent, training that is not late, a repeat within 24 hours: exit 1,
// nothing written), the push accepted and kept by the service (sent by the token's supervisor, at the service's time,
// with its receipt naming the console), and pulled back by the second console with the first supervisor as sender.
// Then hand-made pushes with a real token, as a modified console would send them: every invalid field, a base
// version, a record of another agent, a copy at the wrong level, another reminder under a held id — each refused with
// 422 and nothing kept — and the same reminder pushed again under a new key kept once.
#include "CentralClient.h"
#include "SyncFixture.h"

#include "support/ResultChecks.h"

#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class TrainingReminderEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void remindOneAgent();
    void commandRefusals_data();
    void commandRefusals();
    void repeatNeedsForce();
    void remindTheOverdueListOfATeam();
    void pushKeptAndPulledByTheOtherConsole();
    void invalidPushesAreRefused_data();
    void invalidPushesAreRefused();
    void theSameReminderTwiceIsKeptOnce();
    void cleanupTestCase();

private:
    CliRunner::Outcome remind(const QStringList& arguments);
    QJsonObject json(const QStringList& arguments);
    QCborMap validPayload() const;

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
    QString m_employeeNo; // an agent with overdue training
    qint64 m_agentId = 0;
    QString m_module; // one of their overdue modules
    qint64 m_moduleId = 0;
    QString m_notLateModule; // a module they are not late in
    qint64 m_reminderId = 0;
    qint64 m_teamId = 0;
    int m_teamReminders = 0;
};

CliRunner::Outcome TrainingReminderEndToEndTest::remind(const QStringList& arguments)
{
    return CliRunner::run(m_a.args(QStringLiteral("training")) << QStringLiteral("remind") << arguments);
}

QJsonObject TrainingReminderEndToEndTest::json(const QStringList& arguments)
{
    const auto outcome = CliRunner::run(m_a.args(QStringLiteral("training")) << arguments << QStringLiteral("--json"));
    if (outcome.exitCode != 0)
        qWarning("%s", qPrintable(CliRunner::describe(outcome)));
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

void TrainingReminderEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.startWithTwoConsoles(3000, m_a, m_b);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The demo's training lapses after its end (months ago): someone is overdue, with a supervisor and a site
    // manager to escalate to.
    const QJsonArray overdue = json({ QStringLiteral("overdue") }).value(QStringLiteral("overdue")).toArray();
    QVERIFY2(!overdue.isEmpty(), "the demo has overdue training");
    for (const QJsonValue& line : overdue) {
        const QString employeeNo = line.toObject().value(QStringLiteral("employee_no")).toString();
        const qint64 agentId = SyncFixture::count(
            m_a,
            QStringLiteral("SELECT a.id FROM agent a JOIN team t ON t.id = a.team_id JOIN site s ON s.id = "
                           "t.site_id WHERE a.employee_no = '%1' AND a.manager_id IS NOT NULL AND s.manager_id "
                           "IS NOT NULL")
                .arg(employeeNo));
        if (agentId <= 0)
            continue;
        m_employeeNo = employeeNo;
        m_agentId = agentId;
        m_module = line.toObject().value(QStringLiteral("module")).toString();
        break;
    }
    QVERIFY2(m_agentId > 0, "an overdue agent with a supervisor and a site manager");
    m_moduleId
        = SyncFixture::count(m_a, QStringLiteral("SELECT id FROM training_module WHERE code = '%1'").arg(m_module));
    QVERIFY(m_moduleId > 0);
    const QJsonArray modules
        = json({ QStringLiteral("agent"), m_employeeNo }).value(QStringLiteral("modules")).toArray();
    for (const QJsonValue& module : modules) {
        const QString state = module.toObject().value(QStringLiteral("state")).toString();
        if (state == QLatin1String("not_required") || state == QLatin1String("compliant")
            || state == QLatin1String("pending"))
            m_notLateModule = module.toObject().value(QStringLiteral("module")).toString();
    }
    QVERIFY2(!m_notLateModule.isEmpty(), "the agent is not late in every module");
}

void TrainingReminderEndToEndTest::remindOneAgent()
{
    const auto outcome = remind({ m_employeeNo, QStringLiteral("--module"), m_module, QStringLiteral("--note"),
                                  QStringLiteral("Please finish it this week"), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const QJsonObject sent = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(sent.value(QStringLiteral("sent")).toInt(), 1);
    const QJsonObject reminder = sent.value(QStringLiteral("reminders")).toArray().first().toObject();
    m_reminderId = reminder.value(QStringLiteral("id")).toInteger();
    QVERIFY(m_reminderId > 0);
    QCOMPARE(reminder.value(QStringLiteral("agent_id")).toInteger(), m_agentId);
    // Overdue for months: beyond the default thresholds (14 and 30 days), so the manager gets a copy.
    QCOMPARE(reminder.value(QStringLiteral("level")).toString(), QStringLiteral("manager"));
    QVERIFY(!reminder.value(QStringLiteral("team_lead_id")).isNull());
    QVERIFY(!reminder.value(QStringLiteral("manager_id")).isNull());
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'training.remind' AND actor LIKE 'cli:%'")),
             qint64(1));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = "
                                               "'training.reminder' AND entity_id = %1")
                                    .arg(m_reminderId)),
             qint64(1));
}

void TrainingReminderEndToEndTest::commandRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither agent nor --overdue") << QStringList {} << 2 << QStringLiteral("Give an agent or --overdue");
    QTest::newRow("both") << QStringList { QStringLiteral("E0"), QStringLiteral("--overdue") } << 2
                          << QStringLiteral("Give an agent or --overdue");
    QTest::newRow("--module with --overdue")
        << QStringList { QStringLiteral("--overdue"), QStringLiteral("--module"), QStringLiteral("x") } << 2
        << QStringLiteral("--module goes with an agent");
    QTest::newRow("--team with an agent")
        << QStringList { QStringLiteral("E0"), QStringLiteral("--team"), QStringLiteral("1") } << 2
        << QStringLiteral("--team and --site go with --overdue");
    QTest::newRow("unknown agent") << QStringList { QStringLiteral("NOBODY-42") } << 1
                                   << QStringLiteral("There is no agent 'NOBODY-42'");
    QTest::newRow("unknown module") << QStringList { QStringLiteral("@agent"), QStringLiteral("--module"),
                                                     QStringLiteral("no-such-module") }
                                    << 1 << QStringLiteral("There is no training module 'no-such-module'");
    QTest::newRow("not late") << QStringList { QStringLiteral("@agent"), QStringLiteral("--module"),
                                               QStringLiteral("@notLate") }
                              << 1 << QStringLiteral("nothing to remind them of");
    QTest::newRow("note too long") << QStringList { QStringLiteral("@agent"),  QStringLiteral("--module"),
                                                    QStringLiteral("@module"), QStringLiteral("--force"),
                                                    QStringLiteral("--note"),  QString(2001, QLatin1Char('n')) }
                                   << 1 << QStringLiteral("at most 2000");
}

void TrainingReminderEndToEndTest::commandRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@agent"), m_employeeNo);
    arguments.replaceInStrings(QStringLiteral("@notLate"), m_notLateModule);
    arguments.replaceInStrings(QStringLiteral("@module"), m_module);
    const QString footprint
        = QStringLiteral("SELECT (SELECT count(*) FROM training_reminder) * 1000000 + (SELECT "
                         "count(*) FROM console_audit) * 1000 + (SELECT count(*) FROM sync_outbox)");
    const qint64 before = SyncFixture::count(m_a, footprint);
    const auto outcome = remind(arguments);
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(CliRunner::describe(outcome)));
    QVERIFY2(outcome.err.contains(message), qPrintable(CliRunner::describe(outcome)));
    QVERIFY2(outcome.out.isEmpty(), qPrintable(CliRunner::describe(outcome)));
    QCOMPARE(SyncFixture::count(m_a, footprint), before);
}

void TrainingReminderEndToEndTest::repeatNeedsForce()
{
    const auto refused = remind({ m_employeeNo, QStringLiteral("--module"), m_module });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("less than 24 hours")), qPrintable(CliRunner::describe(refused)));
    const auto forced = remind({ m_employeeNo, QStringLiteral("--module"), m_module, QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(CliRunner::describe(forced)));
    QVERIFY2(forced.out.contains(QLatin1String("1 reminder(s) recorded")), qPrintable(forced.out));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM training_reminder WHERE agent_id = %1 AND "
                                               "module_id = %2")
                                    .arg(m_agentId)
                                    .arg(m_moduleId)),
             qint64(2));
    // The overdue list says how often each line was reminded, and where the last reminder went.
    bool found = false;
    for (const QJsonValue& value : json({ QStringLiteral("overdue") }).value(QStringLiteral("overdue")).toArray()) {
        const QJsonObject line = value.toObject();
        if (line.value(QStringLiteral("employee_no")).toString() != m_employeeNo
            || line.value(QStringLiteral("module")).toString() != m_module)
            continue;
        found = true;
        QCOMPARE(line.value(QStringLiteral("reminders")).toInt(), 2);
        QCOMPARE(line.value(QStringLiteral("last_reminder_level")).toString(), QStringLiteral("manager"));
        QVERIFY(!line.value(QStringLiteral("last_reminded_at")).toString().isEmpty());
    }
    QVERIFY(found);
    // Read as of an instant before any reminder, the list shows none.
    const QJsonArray before = json({ QStringLiteral("overdue"), QStringLiteral("--at"), QStringLiteral("2026-11-01") })
                                  .value(QStringLiteral("overdue"))
                                  .toArray();
    for (const QJsonValue& value : before)
        QCOMPARE(value.toObject().value(QStringLiteral("reminders")).toInt(), 0);
}

void TrainingReminderEndToEndTest::remindTheOverdueListOfATeam()
{
    // Another team than the agent's, so that the repeat guard does not stand in the way.
    m_teamId = SyncFixture::count(
        m_a,
        QStringLiteral("SELECT a.team_id FROM training_record r JOIN agent a ON a.id = r.agent_id WHERE "
                       "r.completed_at IS NULL AND r.due_at < %1 AND a.team_id <> (SELECT team_id FROM agent "
                       "WHERE id = %2) GROUP BY a.team_id ORDER BY count(*) DESC LIMIT 1")
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(m_agentId));
    QVERIFY(m_teamId > 0);
    const QJsonArray expected = json({ QStringLiteral("overdue"), QStringLiteral("--team"), QString::number(m_teamId) })
                                    .value(QStringLiteral("overdue"))
                                    .toArray();
    QVERIFY2(!expected.isEmpty(), "the team has overdue training");
    const auto outcome = remind(
        { QStringLiteral("--overdue"), QStringLiteral("--team"), QString::number(m_teamId), QStringLiteral("--json") });
    QVERIFY2(outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const QJsonObject sent = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    m_teamReminders = sent.value(QStringLiteral("sent")).toInt();
    QCOMPARE(m_teamReminders, int(expected.size()));
    // One audit entry for all of them, naming the count and the scope.
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'training.remind' AND detail LIKE '%\"count\":%1,%' AND detail "
                                               "LIKE '%\"scope\":\"overdue list, team %2\"%'")
                                    .arg(m_teamReminders)
                                    .arg(m_teamId)),
             qint64(1));
}

void TrainingReminderEndToEndTest::pushKeptAndPulledByTheOtherConsole()
{
    const qint64 local = SyncFixture::count(m_a, QStringLiteral("SELECT count(*) FROM training_reminder"));
    QCOMPARE(local, qint64(2 + m_teamReminders));
    const auto synced = m_fixture.sync(m_a);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = "
                                               "'training.reminder' AND state <> 'sent'")),
             qint64(0));
    const qint64 senderId = m_fixture.centralCount(
        QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'").arg(m_fixture.central().supervisors().at(0)));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder")), local);
    QCOMPARE(
        m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder WHERE id = %1 AND agent_id = "
                                              "%2 AND module_id = %3 AND sent_by = %4 AND level = 'manager' AND "
                                              "note = 'Please finish it this week'")
                                   .arg(m_reminderId)
                                   .arg(m_agentId)
                                   .arg(m_moduleId)
                                   .arg(senderId)),
        qint64(1));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_training_reminder WHERE console_key "
                                                   "= '%1' AND supervisor_id = %2")
                                        .arg(m_a.key())
                                        .arg(senderId)),
             local);

    // The second console, another supervisor's, pulls every reminder with who sent it.
    const auto pulled = m_fixture.sync(m_b);
    QVERIFY2(pulled.ok(), qPrintable(pulled.describe()));
    QCOMPARE(pulled.pulled(QStringLiteral("training_reminders")), local);
    QCOMPARE(SyncFixture::count(
                 m_b, QStringLiteral("SELECT count(*) FROM training_reminder WHERE sent_by = %1").arg(senderId)),
             local);
    const qint64 centralSentAt = m_fixture.centralCount(
        QStringLiteral("SELECT sent_at FROM training_reminder WHERE id = %1").arg(m_reminderId));
    QCOMPARE(SyncFixture::count(
                 m_b, QStringLiteral("SELECT sent_at FROM training_reminder WHERE id = %1").arg(m_reminderId)),
             centralSentAt);
    // The sender's console takes the service's copy on its next pull.
    const auto again = m_fixture.sync(m_a);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(SyncFixture::count(
                 m_a, QStringLiteral("SELECT sent_at FROM training_reminder WHERE id = %1").arg(m_reminderId)),
             centralSentAt);
}

QCborMap TrainingReminderEndToEndTest::validPayload() const
{
    QCborMap payload;
    payload.insert(QLatin1String("agent_id"), m_agentId);
    payload.insert(QLatin1String("module_id"), m_moduleId);
    payload.insert(QLatin1String("record_id"), QCborValue(nullptr));
    payload.insert(QLatin1String("campaign_id"), QCborValue(nullptr));
    payload.insert(QLatin1String("level"), QLatin1String("agent"));
    payload.insert(QLatin1String("team_lead_id"), QCborValue(nullptr));
    payload.insert(QLatin1String("manager_id"), QCborValue(nullptr));
    payload.insert(QLatin1String("days_overdue"), 3);
    payload.insert(QLatin1String("note"), QCborValue(nullptr));
    payload.insert(QLatin1String("at"), QDateTime::currentMSecsSinceEpoch());
    return payload;
}

void TrainingReminderEndToEndTest::invalidPushesAreRefused_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("message");
    const QString fresh = QStringLiteral("4503599627370001");
    QTest::newRow("entity not an id") << QStringLiteral("abc") << QString() << QCborValue()
                                      << QStringLiteral("by its id");
    QTest::newRow("entity beyond 2^53") << QStringLiteral("9007199254740993") << QString() << QCborValue()
                                        << QStringLiteral("by its id");
    QTest::newRow("unknown level") << fresh << QStringLiteral("level") << QCborValue(QStringLiteral("ceo"))
                                   << QStringLiteral("agent, team_lead or manager");
    QTest::newRow("negative days") << fresh << QStringLiteral("days_overdue") << QCborValue(-1)
                                   << QStringLiteral("days_overdue");
    QTest::newRow("days as text") << fresh << QStringLiteral("days_overdue") << QCborValue(QStringLiteral("3"))
                                  << QStringLiteral("days_overdue");
    QTest::newRow("note too long") << fresh << QStringLiteral("note") << QCborValue(QString(2001, QLatin1Char('n')))
                                   << QStringLiteral("note");
    QTest::newRow("no agent") << fresh << QStringLiteral("agent_id") << QCborValue() << QStringLiteral("agent_id");
    QTest::newRow("unknown agent") << fresh << QStringLiteral("agent_id") << QCborValue(987654321)
                                   << QStringLiteral("no agent 987654321");
    QTest::newRow("unknown module") << fresh << QStringLiteral("module_id") << QCborValue(987654321)
                                    << QStringLiteral("no training module");
    QTest::newRow("a copy at the agent level")
        << fresh << QStringLiteral("team_lead_id") << QCborValue(1) << QStringLiteral("names no team lead");
    QTest::newRow("record of another agent")
        << fresh << QStringLiteral("record_id") << QCborValue(QStringLiteral("@other"))
        << QStringLiteral("not this agent's");
    QTest::newRow("a base version") << fresh << QStringLiteral("@base") << QCborValue(3)
                                    << QStringLiteral("no base version");
    QTest::newRow("another reminder under a held id") << QStringLiteral("@held") << QString() << QCborValue()
                                                      << QStringLiteral("Another training reminder has the id");
}

void TrainingReminderEndToEndTest::invalidPushesAreRefused()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QCborValue, value);
    QFETCH(QString, message);
    if (entity == QLatin1String("@held"))
        entity = QString::number(m_reminderId);
    QCborMap payload = validPayload();
    QCborValue base(nullptr);
    if (field == QLatin1String("@base")) {
        base = value;
    } else if (field == QLatin1String("record_id")) {
        payload.insert(field,
                       m_fixture.centralCount(QStringLiteral("SELECT min(id) FROM training_record WHERE "
                                                             "agent_id <> %1")
                                                  .arg(m_agentId)));
    } else if (!field.isEmpty()) {
        if (value.isUndefined())
            payload.remove(field);
        else
            payload.insert(field, value);
    }
    const qint64 before = m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder"));
    CentralClient client(m_fixture.central(), m_fixture.central().tokenFile(m_fixture.central().supervisors().at(1)),
                         QStringLiteral("reminder-test"));
    const CentralClient::Answer answer = client.change(QStringLiteral("training.reminder"), entity, base, payload);
    QVERIFY2(answer.status == 422, qPrintable(answer.describe()));
    QCOMPARE(answer.code(), QStringLiteral("invalid_change"));
    QVERIFY2(answer.describe().contains(message), qPrintable(answer.describe()));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder")), before);
}

void TrainingReminderEndToEndTest::theSameReminderTwiceIsKeptOnce()
{
    CentralClient client(m_fixture.central(), m_fixture.central().tokenFile(m_fixture.central().supervisors().at(1)),
                         QStringLiteral("reminder-test"));
    const QString id = QStringLiteral("4503599627370002");
    const qint64 before = m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder"));
    for (int push = 0; push < 2; ++push) {
        // A new idempotency key each time, as a console's "keep mine" would send it.
        const CentralClient::Answer answer
            = client.change(QStringLiteral("training.reminder"), id, QCborValue(nullptr), validPayload());
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    }
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM training_reminder")), before + 1);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_training_reminder WHERE reminder_id = "
                                                   "%1")
                                        .arg(id)),
             qint64(1));
}

void TrainingReminderEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(TrainingReminderEndToEndTest)
#include "TrainingReminderEndToEndTest.moc"
