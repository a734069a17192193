// The detections' thresholds on the Settings page: shown while unlocked, applied with one audited transaction,
// unchanged values write nothing, and impossible values are refused by the rules without touching the store.
#include "rules/DetectionSettings.h"
#include "store/ConsoleAudit.h"
#include "support/TestStore.h"
#include "ui/DetectionSettingsSection.h"
#include "ui/StoreSession.h"

#include <QApplication>
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
    auto actions = db.queryTexts(QStringLiteral("SELECT action || ' ' || actor FROM console_audit WHERE seq > %1").arg(before));
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

QTEST_MAIN(DetectionSettingsSectionTest)
#include "DetectionSettingsSectionTest.moc"
