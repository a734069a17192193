// The detections' thresholds on the Settings page: shown while unlocked, applied with one audited transaction,
// unchanged values write nothing, impossible values are refused by the rules without touching the store, a
// supervisor the central service does not call a security officer sees them read-only with the reason, and what a
// sync brings (values, role) shows without throwing away what the supervisor typed.
#include "ui/settings/DetectionSettingsSection.h"
#include "rules/DetectionSettings.h"
#include "store/ConsoleAudit.h"
#include "store/SyncState.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace custodian;

class DetectionSettingsSectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesAuditedAndFollowsTheLock();
    void refusesImpossibleValues();
    void readOnlyForOthersThanASecurityOfficer();
    void followsWhatSyncBrings();
};

void DetectionSettingsSectionTest::appliesAuditedAndFollowsTheLock()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    DetectionSettingsSection section(&session, QStringLiteral("console:tester"));
    QVERIFY(!section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour")));
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QVERIFY(unlocked.count() || unlocked.wait(20'000));

    auto* bulk = section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"));
    auto* grace = section.findChild<QSpinBox*>(QStringLiteral("off_hours_grace_minutes"));
    QVERIFY(bulk && grace);
    QCOMPARE(bulk->value(), DetectionSettings {}.bulkAccessThresholdPerHour);
    Database& db = session.store()->database();
    const qint64 before = ConsoleAudit::head(db)->seq;

    bulk->setValue(250);
    grace->setValue(45);
    QSignalSpy applied(&section, &DetectionSettingsSection::applied);
    section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->click();
    QCOMPARE(applied.count(), 1);
    // Every threshold is written on the first apply (the store held defaults only); the audit names the changes.
    QVERIFY(applied.first().at(0).toInt() >= 2);
    auto stored = DetectionSettings::load(db);
    QVERIFY(stored.ok());
    QCOMPARE(stored->bulkAccessThresholdPerHour, 250);
    QCOMPARE(stored->offHoursGraceMinutes, 45);
    auto actions
        = db.queryTexts(QStringLiteral("SELECT action || ' ' || actor FROM console_audit WHERE seq > %1").arg(before));
    QCOMPARE(*actions, QStringList { QStringLiteral("detection.settings console:tester") });
    auto detail = db.queryText(QStringLiteral("SELECT detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    QVERIFY(detail->contains(QStringLiteral("\"bulk_access_threshold_per_hour\":{\"new\":\"250\"")));

    // Applying again with nothing changed writes nothing.
    section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->click();
    QCOMPARE(applied.last().at(0).toInt(), 0);
    QCOMPARE(ConsoleAudit::head(db)->seq, before + 1);

    session.lock();
    QVERIFY(!section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour")));
}

void DetectionSettingsSectionTest::refusesImpossibleValues()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    Database& db = fixture.store().database();
    const qint64 before = ConsoleAudit::head(db)->seq;
    DetectionSettings settings;
    settings.failedLoginBurstCount = 1; // a burst needs at least two
    auto saved = settings.save(db, QStringLiteral("console:tester"));
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().message().contains(QStringLiteral("failed_login_burst_count")));
    QCOMPARE(ConsoleAudit::head(db)->seq, before);
    QCOMPARE(DetectionSettings::load(db)->failedLoginBurstCount, DetectionSettings {}.failedLoginBurstCount);
}

void DetectionSettingsSectionTest::readOnlyForOthersThanASecurityOfficer()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    // What the last session said: this console's supervisor is a plain supervisor.
    QVERIFY(SyncState(fixture.store().database()).setSupervisorRole(SupervisorRole::Supervisor).ok());
    fixture.close();
    StoreSession session(fixture.path());
    DetectionSettingsSection section(&session, QStringLiteral("console:tester"));
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QVERIFY(unlocked.count() || unlocked.wait(20'000));

    auto* bulk = section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"));
    auto* reviewer = section.findChild<QCheckBox*>(QStringLiteral("review_independent_reviewer"));
    auto* apply = section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"));
    auto* message = section.findChild<MessageBanner*>(QStringLiteral("detectionSettingsMessage"));
    QVERIFY(bulk && reviewer && apply && message);
    QVERIFY(!bulk->isEnabled());
    QVERIFY(!reviewer->isEnabled());
    QVERIFY(!apply->isEnabled());
    QVERIFY2(message->text().contains(QLatin1String("security officer")), qPrintable(message->text()));
    Database& db = session.store()->database();
    const qint64 before = ConsoleAudit::head(db)->seq;
    bulk->setValue(250); // even if a value could be typed, nothing is written
    QVERIFY(!section.apply());
    QCOMPARE(ConsoleAudit::head(db)->seq, before);
    QCOMPARE(DetectionSettings::load(db)->bulkAccessThresholdPerHour, DetectionSettings {}.bulkAccessThresholdPerHour);

    // Once the service says they are a security officer (their next session), the next unlock lets them edit.
    QVERIFY(SyncState(db).setSupervisorRole(SupervisorRole::SecurityOfficer).ok());
    session.lock();
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QVERIFY(unlocked.count() >= 2 || unlocked.wait(20'000));
    QVERIFY(section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->isEnabled());
    QVERIFY(section.findChild<QCheckBox*>(QStringLiteral("review_independent_reviewer"))->isEnabled());
}

// A new store is unlocked before its first sync: the role is unknown and the defaults show. When a sync run ends, the
// section shows the organisation's values and the role that run brought — unless the supervisor typed something not
// applied yet, which stays.
void DetectionSettingsSectionTest::followsWhatSyncBrings()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    DetectionSettingsSection section(&session, QStringLiteral("console:tester"));
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QVERIFY(unlocked.count() || unlocked.wait(20'000));
    QVERIFY(section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->isEnabled());
    QVERIFY(!section.findChild<QCheckBox*>(QStringLiteral("review_independent_reviewer"))->isChecked());

    // What the first sync wrote: the organisation's values and the supervisor's role.
    Database& db = session.store()->database();
    DetectionSettings organisation;
    organisation.bulkAccessThresholdPerHour = 180;
    organisation.reviewIndependentReviewer = 1;
    QVERIFY(organisation.save(db, QStringLiteral("central")).ok());
    QVERIFY(SyncState(db).setSupervisorRole(SupervisorRole::Supervisor).ok());
    section.refresh();
    QCOMPARE(section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"))->value(), 180);
    QVERIFY(section.findChild<QCheckBox*>(QStringLiteral("review_independent_reviewer"))->isChecked());
    QVERIFY(!section.findChild<QPushButton*>(QStringLiteral("applyDetectionSettings"))->isEnabled());
    QVERIFY(!section.readOnlyReason().isEmpty());

    // A security officer who has typed a value: a later change on the service does not throw it away.
    QVERIFY(SyncState(db).setSupervisorRole(SupervisorRole::SecurityOfficer).ok());
    section.refresh();
    auto* bulk = section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"));
    QVERIFY(bulk->isEnabled());
    bulk->setValue(321);
    organisation.offHoursGraceMinutes = 75;
    QVERIFY(organisation.save(db, QStringLiteral("central")).ok());
    section.refresh();
    QCOMPARE(section.findChild<QSpinBox*>(QStringLiteral("bulk_access_threshold_per_hour"))->value(), 321);
}

QTEST_MAIN(DetectionSettingsSectionTest)
#include "DetectionSettingsSectionTest.moc"
