// A key-management change that took effect must be in the console audit, even when the CLI is killed right
// after the change (PCI DSS v4.0 10.2.1.5: changes to authentication credentials are logged): after a crash at
// each named point, the store's audit holds `passphrase.changed` exactly when the new passphrase is the one
// that opens it, and `key.rotated` exactly when the store opens under the new key generation.

#include "InteropSupport.h"

#include "crypto/Keyring.h"
#include "store/StoreLock.h"
#include "support/KeyringLayout.h"

#include <QDir>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr char NewPassphrase[] = "new interop passphrase \xc3\xbc 2";

Result<qint64> countAction(Database& database, const QString& action)
{
    auto statement = database.prepare(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, action);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->int64(0);
}
} // namespace

class KeyChangeAuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditMatchesWhatTookEffect_data();
    void auditMatchesWhatTookEffect();
    void upgradeAuditMatchesKeyring_data();
    void upgradeAuditMatchesKeyring();

private:
    CliStore m_template;
    QString m_newPassphraseFile;
};

void KeyChangeAuditTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_template.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    m_newPassphraseFile = m_template.root() + QStringLiteral("/new-passphrase.txt");
    QVERIFY(writeFile(m_newPassphraseFile, QByteArray(NewPassphrase) + '\n'));
}

void KeyChangeAuditTest::auditMatchesWhatTookEffect_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("rekey.journal-mode-delete") << "rekey";
    QTest::newRow("rekey.rekeyed") << "rekey";
    QTest::newRow("rekey.wal-restored") << "rekey";
    QTest::newRow("rekey.promoted") << "rekey";
    QTest::newRow("passwd.before-keyring") << "passwd";
    QTest::newRow("passwd.keyring-saved") << "passwd";
    QTest::newRow("no crash: rekey") << "rekey";
    QTest::newRow("no crash: passwd") << "passwd";
}

void KeyChangeAuditTest::auditMatchesWhatTookEffect()
{
    QFETCH(QString, command);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const bool crash = !tag.startsWith(QLatin1String("no crash"));
    QTemporaryDir work;
    QCOMPARE(copyFiles(m_template.storeDir(), work.path()).size(), 3);
    const QString path = work.filePath(QFileInfo(m_template.path()).fileName());

    QStringList arguments { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                            m_template.passphraseFile() };
    if (command == QLatin1String("passwd"))
        arguments << QStringLiteral("--new-passphrase-file") << m_newPassphraseFile;
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    if (crash)
        environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"), tag);
    const CliRunner::Outcome outcome = CliRunner::run(arguments, environment);
    QVERIFY2(outcome.crashed == crash && (crash || outcome.exitCode == 0), qPrintable(outcome.err));

    // Open with whichever passphrase the keyring now takes; the recovery code would do as well.
    auto store = Store::unlock(path, QByteArrayView(CliStore::Passphrase));
    bool passphraseChanged = false;
    if (!store && store.error().code() == Error::Code::WrongPassphrase) {
        store = Store::unlock(path, QByteArrayView(NewPassphrase));
        passphraseChanged = true;
    }
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    const bool keyRotated = store->keyGeneration() > 1;
    auto passphraseEntries = countAction(store->database(), QStringLiteral("passphrase.changed"));
    auto rotationEntries = countAction(store->database(), QStringLiteral("key.rotated"));
    QVERIFY(passphraseEntries);
    QVERIFY(rotationEntries);
    QVERIFY2(
        (*passphraseEntries > 0) == passphraseChanged,
        qPrintable(QStringLiteral("the new passphrase %1 in effect, but the audit has %2 passphrase.changed entries")
                       .arg(passphraseChanged ? QStringLiteral("is") : QStringLiteral("is not"))
                       .arg(*passphraseEntries)));
    QVERIFY2(
        (*rotationEntries > 0) == keyRotated,
        qPrintable(QStringLiteral("the store opens under key generation %1, but the audit has %2 key.rotated entries")
                       .arg(store->keyGeneration())
                       .arg(*rotationEntries)));
}

void KeyChangeAuditTest::upgradeAuditMatchesKeyring_data()
{
    QTest::addColumn<bool>("crash");
    QTest::newRow("keyring-upgrade.before-keyring") << true;
    QTest::newRow("keyring-upgrade.keyring-saved") << true;
    QTest::newRow("no crash: upgrade") << false;
}

// The keyring's upgrade to format 2 is a key-management change too: after a kill at either side of writing it, the
// audit holds `keyring.upgraded` exactly when the keyring on disk is format 2 — checked by an unlock that cannot
// upgrade itself (another program holds the store), so that only the record of what already happened counts.
void KeyChangeAuditTest::upgradeAuditMatchesKeyring()
{
    QFETCH(bool, crash);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QTemporaryDir work;
    QCOMPARE(copyFiles(m_template.storeDir(), work.path()).size(), 3);
    const QString path = work.filePath(QFileInfo(m_template.path()).fileName());
    const Status made = makeFormat1Store(path, QByteArrayView(CliStore::Passphrase));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));

    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    if (crash)
        environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"), tag);
    const CliRunner::Outcome outcome
        = CliRunner::run({ QStringLiteral("verify"), QStringLiteral("--store"), path,
                           QStringLiteral("--passphrase-file"), m_template.passphraseFile() },
                         environment);
    QVERIFY2(outcome.crashed == crash && (crash || outcome.exitCode == 0), qPrintable(outcome.err));
    const QByteArray keyring = readFile(Keyring::pathFor(path));
    const int format = KeyringLayout::of(keyring).version;

    auto holder = StoreLock::acquire(Keyring::canonicalStorePath(path), StoreLock::Mode::Shared);
    QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message()));
    auto store = Store::unlock(path, QByteArrayView(CliStore::Passphrase));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QCOMPARE(readFile(Keyring::pathFor(path)), keyring);
    auto entries = countAuditAction(store->database(), QStringLiteral("keyring.upgraded"));
    QVERIFY(entries);
    QVERIFY2(
        (*entries > 0) == (format == 2),
        qPrintable(QStringLiteral("the keyring on disk is format %1, but the audit has %2 keyring.upgraded entries")
                       .arg(format)
                       .arg(*entries)));
    QVERIFY(*entries <= 1);
}

QTEST_GUILESS_MAIN(KeyChangeAuditTest)
#include "KeyChangeAuditTest.moc"
