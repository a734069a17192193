// The GDPR panel of an incident (docs/incidents-gdpr.md, "On screen") on a real store: the aware-at recorded through
// its dialog (refused before detection, accepted with a reason), the 72-hour clock's words on a test clock, a late
// first notification refused without the reasons for the delay and accepted with them — the form pre-filled with the
// linked events' distinct records —, and the Art. 34 decision refused without a reason and recorded with one. After
// each step the store is read: the incident's columns, the history rows and the console-audit entries. With
// CUSTODIAN_SCREENSHOTS set, the panel is saved under the light and the dark palette.
#include "ui/incidents/BreachPanel.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/Palettes.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/incidents/BreachAwarenessDialog.h"
#include "ui/incidents/BreachNotificationDialog.h"
#include "ui/incidents/SubjectDecisionDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ReasonDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;

qint64 queryInt(Database& database, const QString& sql)
{
    auto value = database.queryInt(sql);
    return value ? *value : -1;
}
} // namespace

class BreachPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }
    void awareAtLateNotificationAndSubjectDecision();
};

void BreachPanelTest::awareAtLateNotificationAndSubjectDecision()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    // Later than the store's creation, so that the console audit's times keep moving forward; whole minutes, as the
    // dialogs' time fields show them.
    const qint64 start = (QDateTime::currentMSecsSinceEpoch() / MinuteMs + 2) * MinuteMs;
    test::TestClock clock(start);
    const qint64 detected = start - 10 * HourMs;
    // Incident 1 has three linked events on two distinct records (1 twice, 2 once) and a login without a record;
    // event 105 (record 3) is linked to no incident and must not count.
    CUSTODIAN_VERIFY_OK(fixture.store().database().execScript(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', 1, 0);"
            "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES "
            "(1, x'01', 1, 'account', '****0001'), (2, x'02', 2, 'card', '411111******1111'), "
            "(3, x'03', 1, 'account', '****0003');"
            "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
            "workstation_id, session_id) VALUES (101, %1, 1, 1, 1, 1, 1, 1, NULL, 1), "
            "(102, %1, 1, 1, 1, 1, 1, 1, NULL, 1), (103, %1, 1, 2, 2, 1, 1, 1, NULL, 1), "
            "(104, %1, 1, NULL, 0, 6, 1, 1, NULL, 1), (105, %1, 1, 3, 1, 1, 1, 1, NULL, 1);"
            "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) VALUES "
            "(1, 'INC-2026-0042', 'Records opened outside work', 3, 'insider_misuse', 2, %2, %2);"
            "INSERT INTO incident_event (incident_id, event_id) VALUES (1, 101), (1, 102), (1, 103), (1, 104);")
            .arg(detected - HourMs)
            .arg(detected)
            .toUtf8()));
    auto reopened = fixture.reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    StoreSession session(fixture.path());
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    Database& database = session.store()->database();
    CUSTODIAN_VERIFY_OK(SyncState(database).setSupervisorId(1));
    const QString audit = QStringLiteral("SELECT count(*) FROM console_audit WHERE action = '%1'");

    BreachPanel panel(&session, QStringLiteral("console:msilva"));
    panel.resize(900, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy shown(&panel, &BreachPanel::stateShown);
    panel.setIncident(1);
    QVERIFY(shown.wait(10'000));
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Not running")), qPrintable(panel.clockText()));
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("recordNotificationButton"))->isEnabled());

    // Aware-at before the incident was detected: refused in the dialog, nothing written.
    panel.recordAwareness();
    auto* awareness = panel.findChild<BreachAwarenessDialog*>();
    QVERIFY(awareness);
    awareness->setAwareAt(detected - 2 * HourMs);
    awareness->setReason(QStringLiteral("The agent's manager confirmed the records were copied"));
    awareness->accept();
    QVERIFY2(awareness->problem().contains(QStringLiteral("before incident INC-2026-0042 was detected")),
             qPrintable(awareness->problem()));
    QVERIFY(awareness->isVisible());
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.aware"))), 0);
    // Two hours ago: recorded, and the panel reads it again.
    const qint64 awareAt = start - 2 * HourMs;
    awareness->setAwareAt(awareAt);
    shown.clear();
    awareness->accept();
    QVERIFY2(awareness->problem().isEmpty(), qPrintable(awareness->problem()));
    QVERIFY(shown.wait(10'000));
    QCOMPARE(queryInt(database, QStringLiteral("SELECT breach_established_at FROM incident WHERE id = 1")), awareAt);
    QCOMPARE(queryInt(database, QStringLiteral("SELECT notification_deadline_at FROM incident WHERE id = 1")),
             awareAt + 72 * HourMs);
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.aware"))), 1);
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Running: 2 d 22 h left")), qPrintable(panel.clockText()));

    // 23 h before the deadline the clock is urgent; an hour after it, late.
    clock.set(awareAt + 49 * HourMs);
    panel.refresh();
    QVERIFY(shown.wait(10'000));
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Urgent: 23 h 0 min left")), qPrintable(panel.clockText()));
    clock.set(awareAt + 73 * HourMs);
    panel.refresh();
    QVERIFY(shown.wait(10'000));
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Late: the deadline passed 1 h 0 min ago")),
             qPrintable(panel.clockText()));

    // The first notification, now late: pre-filled with the linked events' two distinct records, the delay reasons
    // explained, refused without them and accepted with them.
    panel.recordNotification();
    auto* notification = panel.findChild<BreachNotificationDialog*>();
    QVERIFY(notification);
    QCOMPARE(notification->findChild<QSpinBox*>(QStringLiteral("recordsApprox"))->value(), 2);
    QCOMPARE(notification->notification().form.recordsApprox, std::optional<qint64>(2));
    QVERIFY(notification->lateExplained());
    notification->setContactPoint(QStringLiteral("DPO, dpo@example.org"));
    notification->accept();
    QVERIFY2(notification->problem().contains(QStringLiteral("reasons for the delay")),
             qPrintable(notification->problem()));
    QCOMPARE(queryInt(database, QStringLiteral("SELECT count(*) FROM incident_breach_notification")), 0);
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.notify"))), 0);
    notification->setDelayReasons(QStringLiteral("The DPO was reached only after the weekend"));
    shown.clear();
    notification->accept();
    QVERIFY2(notification->problem().isEmpty(), qPrintable(notification->problem()));
    QVERIFY(shown.wait(10'000));
    QCOMPARE(queryInt(database,
                      QStringLiteral("SELECT count(*) FROM incident_breach_notification WHERE incident_id = 1 AND "
                                     "phase = 1 AND delay_reasons = 'The DPO was reached only after the weekend'")),
             1);
    QCOMPARE(queryInt(database, QStringLiteral("SELECT authority_notified_at FROM incident WHERE id = 1")),
             awareAt + 73 * HourMs);
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.notify"))), 1);
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Notified late, 1 h 0 min after")),
             qPrintable(panel.clockText()));
    QVERIFY2(panel.findChild<QLabel*>(QStringLiteral("breachNotifications"))
                 ->text()
                 .startsWith(QStringLiteral("Phases sent: 1")),
             qPrintable(panel.findChild<QLabel*>(QStringLiteral("breachNotifications"))->text()));

    // The Art. 34 decision: no high risk, refused without a reason, recorded with one.
    panel.decideSubjects();
    auto* decision = panel.findChild<SubjectDecisionDialog*>();
    QVERIFY(decision);
    decision->setExemption(SubjectExemption::NoHighRisk);
    decision->accept();
    QVERIFY2(decision->problem().contains(QStringLiteral("reason")), qPrintable(decision->problem()));
    QCOMPARE(queryInt(database, QStringLiteral("SELECT count(*) FROM incident_subject_decision")), 0);
    decision->setReason(QStringLiteral("Account numbers only, no credentials; the accounts were monitored"));
    shown.clear();
    decision->accept();
    QVERIFY2(decision->problem().isEmpty(), qPrintable(decision->problem()));
    QVERIFY(shown.wait(10'000));
    QCOMPARE(
        queryInt(database,
                 QStringLiteral("SELECT count(*) FROM incident_subject_decision WHERE incident_id = 1 AND notify = 0 "
                                "AND exemption = 'no_high_risk'")),
        1);
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.subjects"))), 1);
    QVERIFY2(
        panel.findChild<QLabel*>(QStringLiteral("subjectDecision"))->text().contains(QStringLiteral("no high risk")),
        qPrintable(panel.findChild<QLabel*>(QStringLiteral("subjectDecision"))->text()));

    // The breach register through the GDPR part's export, on a worker: the file and its one audit entry.
    const QString csv = QDir(fixture.directory()).filePath(QStringLiteral("register.csv"));
    Dialogs::setNextFileName(csv);
    QSignalSpy exported(&panel, &BreachPanel::exportFinished);
    panel.exportRegister();
    QVERIFY(exported.wait(10'000));
    QCOMPARE(exported.first().first().toBool(), true);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("INC-2026-0042"), content.constData());
    QCOMPARE(queryInt(database,
                      QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'export' AND target = "
                                     "'breach_register'")),
             1);

    // The panel with a late notification and a decision, before the withdrawal empties it.
    const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("breach-panel-light.png"))));
        QApplication::setPalette(test::darkFusionPalette());
        QTest::qWait(50);
        QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("breach-panel-dark.png"))));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // Withdrawn: refused without a reason, then the clock columns are cleared and the history keeps it.
    panel.withdrawBreach();
    auto* withdraw = panel.findChild<ReasonDialog*>(QStringLiteral("withdrawBreachDialog"));
    QVERIFY(withdraw);
    withdraw->accept();
    QVERIFY(!withdraw->problem().isEmpty());
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.withdraw"))), 0);
    withdraw->setReason(QStringLiteral("The records turned out to be test accounts"));
    shown.clear();
    withdraw->accept();
    QVERIFY2(withdraw->problem().isEmpty(), qPrintable(withdraw->problem()));
    QVERIFY(shown.wait(10'000));
    QCOMPARE(queryInt(database, QStringLiteral("SELECT personal_data_breach FROM incident WHERE id = 1")), 0);
    QCOMPARE(queryInt(database, audit.arg(QStringLiteral("incident.breach.withdraw"))), 1);
    QCOMPARE(
        queryInt(database, QStringLiteral("SELECT count(*) FROM incident_breach_awareness WHERE kind = 'withdrawn'")),
        1);
    QVERIFY2(panel.clockText().startsWith(QStringLiteral("Not running")), qPrintable(panel.clockText()));

    // Every control is named for assistive technology.
    for (QPushButton* button : panel.findChildren<QPushButton*>())
        QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(button->objectName()));

    QVERIFY(LatestResultRunner::waitForAllWorkers(10'000));
}

QTEST_MAIN(BreachPanelTest)
#include "BreachPanelTest.moc"
