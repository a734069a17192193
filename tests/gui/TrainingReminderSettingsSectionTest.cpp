// The training reminders' escalation on the Settings page: two named fields with the organisation's values, applied
// with one audited transaction and an outbox entry (the detection thresholds they travel with are kept as stored,
// also when the detection section applied since this one was shown), impossible pairs explained as they are typed
// and refused (Apply off, nothing written), and read-only for a supervisor who is not a security officer. The
// detection section does not show these two keys.
#include "ui/settings/TrainingReminderSettingsSection.h"

#include "rules/DetectionSettings.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace custodian;

namespace {
qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

bool unlock(StoreSession& session)
{
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    return unlocked.count() || unlocked.wait(20'000);
}
} // namespace

class TrainingReminderSettingsSectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesAuditedAndKeepsTheDetectionThresholds();
    void refusesImpossibleValues_data();
    void refusesImpossibleValues();
    void readOnlyForOthersThanASecurityOfficer();
};

void TrainingReminderSettingsSectionTest::appliesAuditedAndKeepsTheDetectionThresholds()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    TrainingReminderSettingsSection section(&session, QStringLiteral("console:tester"));
    DetectionSettingsSection detections(&session, QStringLiteral("console:tester"));
    QVERIFY(unlock(session));

    auto* lead = section.findChild<QSpinBox*>(QStringLiteral("training_escalate_lead_days"));
    auto* manager = section.findChild<QSpinBox*>(QStringLiteral("training_escalate_manager_days"));
    QVERIFY(lead && manager);
    QVERIFY(!lead->accessibleName().isEmpty());
    QVERIFY(!manager->accessibleName().isEmpty());
    QCOMPARE(lead->value(), DetectionSettings {}.trainingEscalateLeadDays);
    QCOMPARE(manager->value(), DetectionSettings {}.trainingEscalateManagerDays);
    // Not shown twice: the detection section leaves these two keys to this one.
    QVERIFY(!detections.findChild<QSpinBox*>(QStringLiteral("training_escalate_lead_days")));

    // The detection section applies a threshold after this section was built: applying here keeps it.
    auto* bulk = detections.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"));
    QVERIFY(bulk);
    bulk->setValue(321);
    detections.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->click();

    Database& db = session.store()->database();
    const qint64 audit = ConsoleAudit::head(db)->seq;
    const qint64 outbox = count(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    lead->setValue(7);
    manager->setValue(21);
    QSignalSpy applied(&section, &TrainingReminderSettingsSection::applied);
    section.findChild<QPushButton*>(QStringLiteral("applyTrainingReminderSettings"))->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).toInt(), 2);
    auto stored = DetectionSettings::load(db);
    QVERIFY(stored.ok());
    QCOMPARE(stored->trainingEscalateLeadDays, 7);
    QCOMPARE(stored->trainingEscalateManagerDays, 21);
    QCOMPARE(stored->bulkAccessThresholdPerHour, 321);
    QCOMPARE(ConsoleAudit::head(db)->seq, audit + 1);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM console_audit WHERE seq = %1 AND action = "
                                  "'detection.settings' AND detail LIKE '%training_escalate_lead_days%'")
                       .arg(audit + 1)),
             qint64(1));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox + 1);
    auto* message = section.findChild<MessageBanner*>(QStringLiteral("trainingReminderSettingsMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QLatin1String("console audit")), qPrintable(message->text()));
}

void TrainingReminderSettingsSectionTest::refusesImpossibleValues_data()
{
    QTest::addColumn<int>("lead");
    QTest::addColumn<int>("manager");
    QTest::addColumn<QString>("message");
    QTest::newRow("manager before the team lead") << 30 << 20 << QStringLiteral("must be fewer days");
    QTest::newRow("the same day") << 14 << 14 << QStringLiteral("must be fewer days");
    QTest::newRow("no days") << 0 << 30 << QStringLiteral("from 1 to");
    QTest::newRow("beyond ten years") << 14 << 4000 << QStringLiteral("from 2 to 3650");
}

void TrainingReminderSettingsSectionTest::refusesImpossibleValues()
{
    QFETCH(int, lead);
    QFETCH(int, manager);
    QFETCH(QString, message);
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    TrainingReminderSettingsSection section(&session, QStringLiteral("console:tester"));
    QVERIFY(unlock(session));
    Database& db = session.store()->database();
    const qint64 audit = ConsoleAudit::head(db)->seq;

    section.findChild<QSpinBox*>(QStringLiteral("training_escalate_lead_days"))->setValue(lead);
    section.findChild<QSpinBox*>(QStringLiteral("training_escalate_manager_days"))->setValue(manager);
    auto* banner = section.findChild<MessageBanner*>(QStringLiteral("trainingReminderSettingsMessage"));
    auto* apply = section.findChild<QPushButton*>(QStringLiteral("applyTrainingReminderSettings"));
    QVERIFY(banner && apply);
    // Explained as typed, and Apply is off.
    QVERIFY2(banner->text().contains(message), qPrintable(banner->text()));
    QVERIFY(!apply->isEnabled());
    QSignalSpy applied(&section, &TrainingReminderSettingsSection::applied);
    apply->click();
    QVERIFY(!section.apply()); // the rules refuse it too
    QCOMPARE(applied.count(), 0);
    QVERIFY2(banner->text().contains(message), qPrintable(banner->text()));
    QCOMPARE(ConsoleAudit::head(db)->seq, audit);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM detection_setting")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")), qint64(0));

    // Put right, Apply is back and the values are kept.
    section.findChild<QSpinBox*>(QStringLiteral("training_escalate_lead_days"))->setValue(10);
    section.findChild<QSpinBox*>(QStringLiteral("training_escalate_manager_days"))->setValue(40);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(DetectionSettings::load(db)->trainingEscalateManagerDays, 40);
}

void TrainingReminderSettingsSectionTest::readOnlyForOthersThanASecurityOfficer()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(SyncState(fixture.store().database()).setSupervisorRole(SupervisorRole::Supervisor).ok());
    fixture.close();
    StoreSession session(fixture.path());
    TrainingReminderSettingsSection section(&session, QStringLiteral("console:tester"));
    QVERIFY(unlock(session));
    auto* lead = section.findChild<QSpinBox*>(QStringLiteral("training_escalate_lead_days"));
    QVERIFY(lead);
    QVERIFY(!lead->isEnabled());
    QVERIFY(!section.findChild<QPushButton*>(QStringLiteral("applyTrainingReminderSettings"))->isEnabled());
    QVERIFY(section.readOnlyReason().contains(QLatin1String("security officer")));
    QVERIFY(!section.apply());
    QCOMPARE(count(session.store()->database(), QStringLiteral("SELECT count(*) FROM detection_setting")), qint64(0));
}

QTEST_MAIN(TrainingReminderSettingsSectionTest)
#include "TrainingReminderSettingsSectionTest.moc"
