// The first-run wizard, driven through its widgets offscreen: a store created through it opens with the
// passphrase and with the recovery code it showed; weak and mismatched passphrases and a wrong recovery group
// are refused; cancelling before the end leaves nothing on disk; an existing store can be chosen.
#include "ui/setup/StoreSetupWizard.h"
#include "crypto/PassphraseStrength.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;

class StoreSetupWizardTest : public QObject
{
    Q_OBJECT

private:
    static constexpr char StrongPassphrase[] = "quartz lantern 47 orbit \xc3\xa9lan"; // non-ASCII on purpose

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    static QStringList auditActions(const QString& path)
    {
        auto store = Store::unlock(path, StrongPassphrase);
        if (!store)
            return { store.error().message() };
        auto statement = store->database().prepare(QStringLiteral("SELECT action FROM console_audit ORDER BY seq"));
        QStringList actions;
        while (statement && *statement->step())
            actions << statement->text(0);
        return actions;
    }

    // Fills the first pages of the create path up to the recovery-code page.
    static bool walkToRecoveryCode(StoreSetupWizard& wizard, const QString& path)
    {
        wizard.next();
        child<QLineEdit>(wizard, "locationEdit")->setText(path);
        wizard.next();
        child<QLineEdit>(wizard, "newPassphraseEdit")->setText(QString::fromUtf8(StrongPassphrase));
        child<QLineEdit>(wizard, "confirmPassphraseEdit")->setText(QString::fromUtf8(StrongPassphrase));
        wizard.next();
        return wizard.currentId() == StoreSetupWizard::RecoveryCodePage;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("StoreSetupWizardTest"));
        QSettings().clear();
    }

    void strengthEstimateRefusesGuessablePassphrases()
    {
        for (const char* weak : { "password", "Passw0rd!", "qwertyuiop1234", "summer2024!", "sunset guitar window" }) {
            const auto estimate = PassphraseStrength::estimate(weak);
            QVERIFY2(!estimate.acceptable(), weak);
        }
        QVERIFY(!PassphraseStrength::estimate("qwertyuiop").weaknesses.isEmpty());
        QVERIFY(PassphraseStrength::estimate(StrongPassphrase).acceptable());
        QVERIFY(PassphraseStrength::estimate("correct horse battery staple").acceptable());
        // A word the user was told to avoid (their name, the store's name) counts for little.
        QVERIFY(PassphraseStrength::estimate("zorblatt").bits
                > PassphraseStrength::estimate("zorblatt", { QStringLiteral("zorblatt") }).bits);
        QCOMPARE(PassphraseStrength::estimate("").rating, PassphraseStrength::Rating::Empty);
    }

    void createsAStoreThatOpensWithPassphraseAndRecoveryCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/new.custodian"));
        StoreSetupWizard wizard(StoreSetupWizard::Start::Choose, test::TestStore::fastParameters());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::ChoosePage));
        QVERIFY(child<QRadioButton>(wizard, "createRadio")->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::LocationPage));

        // Location: proposed under the application data folder; an existing file is refused.
        auto* location = child<QLineEdit>(wizard, "locationEdit");
        QCOMPARE(QDir::fromNativeSeparators(location->text()), StoreSetupWizard::defaultStorePath());
        QFile occupied(dir.filePath(QStringLiteral("occupied.custodian")));
        QVERIFY(occupied.open(QIODevice::WriteOnly));
        occupied.close();
        location->setText(occupied.fileName());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::LocationPage));
        auto* locationError = child<QLabel>(wizard, "locationError");
        QVERIFY2(locationError->text().contains(QStringLiteral("already exists")), qPrintable(locationError->text()));
        location->setText(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::PassphrasePage));

        // Passphrase: nothing typed, no Next; a weak one is refused with the reason; so is a mismatch.
        auto* passphrase = child<QLineEdit>(wizard, "newPassphraseEdit");
        auto* again = child<QLineEdit>(wizard, "confirmPassphraseEdit");
        auto* error = child<QLabel>(wizard, "passphraseError");
        auto* strength = child<QLabel>(wizard, "strengthLabel");
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        passphrase->setText(QStringLiteral("Passw0rd!"));
        again->setText(QStringLiteral("Passw0rd!"));
        QVERIFY(strength->text().contains(QStringLiteral("Very weak")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::PassphrasePage));
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("too easy to guess")),
                 qPrintable(error->text()));

        passphrase->setText(QString::fromUtf8(StrongPassphrase));
        QVERIFY2(!strength->text().contains(QStringLiteral("eak")), qPrintable(strength->text()));
        again->setText(QString::fromUtf8(StrongPassphrase) + QLatin1Char('x'));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::PassphrasePage));
        QVERIFY2(error->text().contains(QStringLiteral("differ")), qPrintable(error->text()));

        again->setText(QString::fromUtf8(StrongPassphrase));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::RecoveryCodePage));
        QVERIFY2(passphrase->text().isEmpty() && again->text().isEmpty(), "the passphrase stayed in the fields");

        // The recovery code: five groups of five, shown once.
        const QString code = child<QLabel>(wizard, "recoveryCodeLabel")->text();
        const QStringList groups = code.split(QLatin1Char('-'));
        QCOMPARE(groups.size(), 5);
        for (const QString& group : groups)
            QCOMPARE(group.size(), 5);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::ConfirmCodePage));

        // Confirmation: required, and a wrong group is refused — nothing is created before it is right.
        const int group = wizard.confirmationGroup();
        QVERIFY(group >= 1 && group <= 5);
        QVERIFY(child<QLabel>(wizard, "recoveryConfirmPrompt")->text().contains(QString::number(group)));
        auto* confirm = child<QLineEdit>(wizard, "recoveryConfirmEdit");
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(finish->isVisible());
        QVERIFY(!finish->isEnabled());
        const QString expected = groups.at(group - 1);
        const QString wrong = groups.at(group % 5) != expected ? groups.at(group % 5) : groups.at((group + 1) % 5);
        confirm->setText(wrong);
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::ConfirmCodePage));
        QVERIFY(!wizard.isCreating());
        QVERIFY(child<QLabel>(wizard, "recoveryConfirmError")->text().contains(QStringLiteral("not group")));
        QVERIFY(!QFile::exists(path));

        // The right group, typed lower-case: the store is created on a worker thread, then the wizard closes.
        confirm->setText(expected.toLower());
        QTest::mouseClick(finish, Qt::LeftButton);
        QVERIFY2(wizard.isCreating(), "the store was created on the GUI thread");
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        wizard.reject(); // refused while the store is being written
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isCreating(), 30000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.storePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(Keyring::pathFor(path)));
        QVERIFY(child<QLabel>(wizard, "recoveryCodeLabel")->text().isEmpty());

        // The console opens on it, unlocked, and remembers it.
        std::optional<Store> created = wizard.takeCreatedStore();
        QVERIFY(created && created->isOpen());
        {
            StoreSession session(wizard.storePath());
            MainWindow window(&session);
            session.adopt(std::move(*created));
            QVERIFY(session.isUnlocked());
            QCOMPARE(window.currentPage(), 0);
            QCOMPARE(QSettings().value(QLatin1String(MainWindow::LastStorePathKey)).toString(),
                     QFileInfo(path).absoluteFilePath());
        } // locks

        // Both ways in work: the passphrase, and the recovery code that was shown.
        auto byPassphrase = Store::unlock(path, StrongPassphrase);
        QVERIFY2(byPassphrase.ok(), qPrintable(byPassphrase.ok() ? QString() : byPassphrase.error().message()));
        byPassphrase->lock();
        auto byCode = Store::unlockWithRecoveryCode(path, code.toLatin1());
        QVERIFY2(byCode.ok(), qPrintable(byCode.ok() ? QString() : byCode.error().message()));
        byCode->lock();
        QCOMPARE(auditActions(path),
                 (QStringList { QStringLiteral("store.created"), QStringLiteral("unlock"), QStringLiteral("lock") }));
    }

    void cancellingBeforeTheEndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.custodian"));
        StoreSetupWizard wizard(StoreSetupWizard::Start::Choose, test::TestStore::fastParameters());
        wizard.show();
        QVERIFY(walkToRecoveryCode(wizard, path));
        // Back and forth shows the same code: what was written down stays valid.
        const QString code = child<QLabel>(wizard, "recoveryCodeLabel")->text();
        wizard.back();
        child<QLineEdit>(wizard, "newPassphraseEdit")->setText(QString::fromUtf8(StrongPassphrase));
        child<QLineEdit>(wizard, "confirmPassphraseEdit")->setText(QString::fromUtf8(StrongPassphrase));
        wizard.next();
        QCOMPARE(child<QLabel>(wizard, "recoveryCodeLabel")->text(), code);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::ConfirmCodePage));
        wizard.reject();
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.takeCreatedStore());
        QVERIFY(wizard.storePath().isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void opensAnExistingStore()
    {
        test::TestStore fixture;
        QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
        fixture.close();
        QTemporaryDir dir;

        StoreSetupWizard wizard;
        wizard.setMissingStorePath(dir.filePath(QStringLiteral("gone.custodian")));
        wizard.show();
        QVERIFY(child<QLabel>(wizard, "missingStoreNote")->text().contains(QStringLiteral("gone.custodian")));
        child<QRadioButton>(wizard, "openRadio")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoreSetupWizard::OpenPage));
        auto* edit = child<QLineEdit>(wizard, "openPathEdit");
        auto* error = child<QLabel>(wizard, "openPathError");

        edit->setText(dir.filePath(QStringLiteral("missing.custodian")));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("no file")), qPrintable(error->text()));

        QFile lonely(dir.filePath(QStringLiteral("lonely.custodian")));
        QVERIFY(lonely.open(QIODevice::WriteOnly));
        lonely.close();
        edit->setText(lonely.fileName());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("keyring")), qPrintable(error->text()));

        edit->setText(fixture.path());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.storePath(), QFileInfo(fixture.path()).absoluteFilePath());
        QVERIFY(!wizard.takeCreatedStore());
    }
};

QTEST_MAIN(StoreSetupWizardTest)
#include "StoreSetupWizardTest.moc"
