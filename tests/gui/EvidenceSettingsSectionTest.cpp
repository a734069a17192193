// The evidence size limit on the Settings page: the field shows the store's limit in MiB (the default on a new store),
// a new value is saved with its console-audit entry (old and new bytes) in one transaction and used by the evidence
// register; a value above the 256 MiB maximum, or none, is explained as typed and refused — Apply off, apply() false,
// the stored limit and the audit unchanged, the typed value still in the field.
#include "ui/settings/EvidenceSettingsSection.h"

#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/EvidenceSettings.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 MiB = qint64(1024) * 1024;

bool unlock(StoreSession& session)
{
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    return unlocked.count() || unlocked.wait(20'000);
}
} // namespace

class EvidenceSettingsSectionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesAuditedInMib();
    void refusesOutOfBounds_data();
    void refusesOutOfBounds();
};

void EvidenceSettingsSectionTest::savesAuditedInMib()
{
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    EvidenceSettingsSection section(&session, QStringLiteral("console:tester"));
    QVERIFY(unlock(session));
    auto* field = section.findChild<QSpinBox*>(QStringLiteral("evidence_max_mib"));
    auto* apply = section.findChild<QPushButton*>(QStringLiteral("applyEvidenceSettings"));
    auto* banner = section.findChild<MessageBanner*>(QStringLiteral("evidenceSettingsMessage"));
    QVERIFY(field && apply && banner);
    QVERIFY(!field->accessibleName().isEmpty());
    QCOMPARE(field->value(), int(EvidenceSettings::DefaultMaxBytes / MiB));

    Database& db = session.store()->database();
    const qint64 audit = ConsoleAudit::head(db)->seq;
    // The maximum itself is allowed.
    field->setValue(256);
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(&section, &EvidenceSettingsSection::applied);
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).toLongLong(), 256 * MiB);
    QCOMPARE(*EvidenceSettings::maxBytes(db), 256 * MiB);
    QCOMPARE(ConsoleAudit::head(db)->seq, audit + 1);
    QCOMPARE(*db.queryInt(QStringLiteral("SELECT count(*) FROM console_audit WHERE seq = %1 AND action = "
                                         "'evidence.settings' AND detail LIKE '%\"new\":268435456%' AND detail LIKE "
                                         "'%\"old\":104857600%'")
                              .arg(audit + 1)),
             qint64(1));
    QVERIFY2(banner->text().contains(QLatin1String("console audit")), qPrintable(banner->text()));

    // The same value again: nothing written.
    apply->click();
    QCOMPARE(ConsoleAudit::head(db)->seq, audit + 1);
    // A second section (the console unlocked again) shows what is stored.
    EvidenceSettingsSection again(&session, QStringLiteral("console:tester"));
    QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("evidence_max_mib"))->value(), 256);
}

void EvidenceSettingsSectionTest::refusesOutOfBounds_data()
{
    QTest::addColumn<int>("mib");
    QTest::newRow("just above the maximum") << 257;
    QTest::newRow("the former maximum, 1 GiB") << 1024;
    QTest::newRow("nothing") << 0;
}

void EvidenceSettingsSectionTest::refusesOutOfBounds()
{
    QFETCH(int, mib);
    test::TestStore fixture;
    QVERIFY(fixture.isValid());
    fixture.close();
    StoreSession session(fixture.path());
    QVERIFY(unlock(session));
    Database& db = session.store()->database();
    QVERIFY(EvidenceSettings::setMaxBytes(db, 50 * MiB, QStringLiteral("console:tester")).ok());
    EvidenceSettingsSection shown(&session, QStringLiteral("console:tester"));
    const qint64 audit = ConsoleAudit::head(db)->seq;

    auto* field = shown.findChild<QSpinBox*>(QStringLiteral("evidence_max_mib"));
    auto* apply = shown.findChild<QPushButton*>(QStringLiteral("applyEvidenceSettings"));
    auto* banner = shown.findChild<MessageBanner*>(QStringLiteral("evidenceSettingsMessage"));
    QVERIFY(field && apply && banner);
    QCOMPARE(field->value(), 50);
    field->setValue(mib);
    // Explained as typed, naming the range; Apply is off.
    QVERIFY2(banner->text().contains(QLatin1String("between 1.0 MiB"))
                 && banner->text().contains(QLatin1String("256.0 MiB")),
             qPrintable(banner->text()));
    QVERIFY(!apply->isEnabled());
    QSignalSpy applied(&shown, &EvidenceSettingsSection::applied);
    apply->click();
    QVERIFY(!shown.apply()); // refused by EvidenceSettings too
    QCOMPARE(applied.count(), 0);
    QVERIFY2(banner->text().contains(QLatin1String("is not")), qPrintable(banner->text()));
    // Nothing lost: the stored limit and the audit as they were, the typed value still there to correct.
    QCOMPARE(*EvidenceSettings::maxBytes(db), 50 * MiB);
    QCOMPARE(ConsoleAudit::head(db)->seq, audit);
    QCOMPARE(field->value(), mib);

    field->setValue(64);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(*EvidenceSettings::maxBytes(db), 64 * MiB);
}

QTEST_MAIN(EvidenceSettingsSectionTest)
#include "EvidenceSettingsSectionTest.moc"
