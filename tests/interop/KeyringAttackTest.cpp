// Someone who can write a store's keyring file — once, while nobody watches — against the real custodian-cli:
//  - plants a recovery slot sealed to their own key pair (beside the real one, or in its place) and waits for the
//    next rekey to seal the new data key to it. Every command must refuse the keyring, leave it byte for byte as it
//    is, and the attacker's private key must open nothing. The recovery code rebuilds a clean keyring.
//  - puts back a format-1 keyring (no MAC) after the store's keyring was upgraded: refused.
//  - makes the keyring something that exhausts the machine: a symlink to /dev/zero, a FIFO, a huge file, slots that
//    ask for minutes of scrypt. Refused at once, before anything is read past the limit or derived.

#include "InteropSupport.h"

#include "crypto/Keyring.h"
#include "crypto/SealedBox.h"
#include "crypto/SecureRandom.h"
#include "support/FileSnapshot.h"
#include "support/KeyringLayout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr char NewPassphrase[] = "the data protection officer's new passphrase 4";

QString describe(const CliRunner::Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed or timed out)") : QString())
        .arg(outcome.out, outcome.err);
}

// The keyring path as the attacker sees it: the file beside the store.
QString keyringBeside(const QString& storePath)
{
    return storePath + QStringLiteral(".keyring");
}

} // namespace

class KeyringAttackTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plantedRecoverySlot_data();
    void plantedRecoverySlot();
    void rebuildWithRecoveryCode_data();
    void rebuildWithRecoveryCode();
    void format1KeyringIsUpgraded();
    void format1KeyringPutBackIsRefused();
    void hostileKeyringFile_data();
    void hostileKeyringFile();

private:
    QString copyStore(const QString& name);
    // Turns a copy into a store as an earlier Custodian left it: a format-1 keyring, and no record of a newer one.
    void makeFormat1(const QString& path);
    QStringList args(const QString& command, const QString& path, const QString& passphraseFile = {}) const;

    CliStore m_store;
    QString m_cases;
    QString m_newPassphraseFile;
};

void KeyringAttackTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    m_cases = m_store.root() + QStringLiteral("/cases");
    QVERIFY(QDir().mkpath(m_cases));
    m_newPassphraseFile = m_store.root() + QStringLiteral("/new-passphrase.txt");
    QVERIFY(writeFile(m_newPassphraseFile, QByteArray(NewPassphrase) + '\n'));
}

QString KeyringAttackTest::copyStore(const QString& name)
{
    const QString dir = m_cases + QLatin1Char('/') + name;
    QDir(dir).removeRecursively();
    (void)copyFiles(m_store.storeDir(), dir);
    return dir + QLatin1Char('/') + QFileInfo(m_store.path()).fileName();
}

QStringList KeyringAttackTest::args(const QString& command, const QString& path, const QString& passphraseFile) const
{
    return { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
             passphraseFile.isEmpty() ? m_store.passphraseFile() : passphraseFile };
}

void KeyringAttackTest::makeFormat1(const QString& path)
{
    const Status made = makeFormat1Store(path, QByteArrayView(CliStore::Passphrase));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
    QCOMPARE(KeyringLayout::of(readFile(keyringBeside(path))).version, 1);
}

void KeyringAttackTest::plantedRecoverySlot_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<bool>("format1");
    QTest::newRow("a second recovery slot") << false << false;
    QTest::newRow("the recovery slot replaced") << true << false;
    QTest::newRow("a second recovery slot in a format-1 keyring") << false << true;
}

void KeyringAttackTest::plantedRecoverySlot()
{
    QFETCH(bool, replace);
    QFETCH(bool, format1);
    const QString path = copyStore(QStringLiteral("planted"));
    if (format1) {
        makeFormat1(path);
        if (QTest::currentTestFailed())
            return;
    }
    const QString keyringPath = keyringBeside(path);
    const QString dir = QFileInfo(path).path();

    // The attacker's key pair, and their slot in the keyring, checksums recomputed as the file's own.
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    QVERIFY(attackerPublic);
    const QByteArray planted = KeyringLayout::plantRecoverySlot(readFile(keyringPath), 0, *attackerPublic, replace);
    QVERIFY(writeFile(keyringPath, planted));
    QVERIFY2(KeyringLayout::keysOpenedBy(planted, attacker).isEmpty(), "the planted slot holds nothing yet");
    const FileSnapshot before = FileSnapshot::of(dir);

    // What the attacker waits for: the next key rotation. It must not seal the new key to them.
    const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), path));
    const QList<QByteArray> stolen = KeyringLayout::keysOpenedBy(readFile(keyringPath), attacker);
    int openingTheStore = 0;
    for (const QByteArray& key : stolen)
        openingTheStore += Database::open(path, SecureBuffer::copyOf(key), Database::Mode::ReadOnly).ok() ? 1 : 0;
    QVERIFY2(stolen.isEmpty(),
             qPrintable(QStringLiteral("after rekey the attacker's private key opens %1 data key(s) from the keyring, "
                                       "%2 of which open(s) the store; rekey said: %3")
                            .arg(stolen.size())
                            .arg(openingTheStore)
                            .arg(describe(rekey))));
    QVERIFY2(!rekey.crashed && rekey.exitCode == 1, qPrintable(QStringLiteral("rekey: ") + describe(rekey)));
    QVERIFY2(rekey.err.contains(QStringLiteral("--rebuild-keyring")), qPrintable(describe(rekey)));

    // Unlocking, verifying, changing the passphrase, recovering: all refuse, and change nothing.
    QList<QStringList> commands {
        args(QStringLiteral("stats"), path),
        args(QStringLiteral("verify"), path),
        args(QStringLiteral("passwd"), path) << QStringLiteral("--new-passphrase-file") << m_newPassphraseFile,
        { QStringLiteral("recover"), QStringLiteral("--store"), path, QStringLiteral("--recovery-code-file"),
          m_store.recoveryCodeFile(), QStringLiteral("--new-passphrase-file"), m_newPassphraseFile }
    };
    for (const QStringList& command : commands) {
        const CliRunner::Outcome outcome = CliRunner::run(command);
        const QString what = command.first() + QStringLiteral(": ") + describe(outcome);
        QVERIFY2(!outcome.crashed && outcome.exitCode == 1, qPrintable(what));
        // Recovering with the real code through a replaced recovery slot can only say the code does not fit.
        if (!(replace && command.first() == QLatin1String("recover")))
            QVERIFY2(outcome.err.contains(QStringLiteral("--rebuild-keyring")), qPrintable(what));
        QVERIFY2(!outcome.err.contains(QString::fromUtf8(CliStore::Passphrase)), qPrintable(what));
    }
    QVERIFY2(readFile(keyringPath) == planted, "the altered keyring was rewritten");
    const FileSnapshot after = FileSnapshot::of(dir);
    QVERIFY2(after == before, qPrintable(QStringLiteral("files changed: ") + before.describeDifference(after)));
    QVERIFY(KeyringLayout::keysOpenedBy(readFile(keyringPath), attacker).isEmpty());
}

// The holder of the recovery code rebuilds the keyring from the slot that code opens: the planted slot is gone, the
// altered keyring is kept as evidence, the rebuild is audited, and the next rekey seals to nobody but the real
// recovery code.
void KeyringAttackTest::rebuildWithRecoveryCode_data()
{
    QTest::addColumn<bool>("format1");
    QTest::newRow("format 2") << false;
    QTest::newRow("format 1, as an earlier Custodian left it") << true;
}

void KeyringAttackTest::rebuildWithRecoveryCode()
{
    QFETCH(bool, format1);
    const QString path = copyStore(QStringLiteral("rebuild"));
    if (format1) {
        makeFormat1(path);
        if (QTest::currentTestFailed())
            return;
    }
    const QString keyringPath = keyringBeside(path);
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    QVERIFY(attackerPublic);
    const QByteArray planted = KeyringLayout::plantRecoverySlot(readFile(keyringPath), 0, *attackerPublic, false);
    QVERIFY(writeFile(keyringPath, planted));

    const CliRunner::Outcome rebuilt = CliRunner::run(
        { QStringLiteral("recover"), QStringLiteral("--store"), path, QStringLiteral("--recovery-code-file"),
          m_store.recoveryCodeFile(), QStringLiteral("--new-passphrase-file"), m_newPassphraseFile,
          QStringLiteral("--rebuild-keyring") });
    QVERIFY2(!rebuilt.crashed && rebuilt.exitCode == 0, qPrintable(describe(rebuilt)));
    const KeyringLayout layout = KeyringLayout::of(readFile(keyringPath));
    QCOMPARE(layout.version, 2);
    QCOMPARE(layout.keys.size(), 1);
    QCOMPARE(layout.keys[0].slots.size(), 2);
    QVERIFY(!readFile(keyringPath).contains(*attackerPublic));
    const QStringList evidence = QDir(QFileInfo(path).path())
                                     .entryList({ QFileInfo(keyringPath).fileName() + QStringLiteral(".replaced-*") },
                                                QDir::Files | QDir::Hidden);
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(readFile(QFileInfo(path).path() + QLatin1Char('/') + evidence.first()), planted);

    // The new passphrase opens it, the old one no longer does, and a rotation seals to the real recovery code only.
    const QString newFile = m_newPassphraseFile;
    const CliRunner::Outcome verify = CliRunner::run(args(QStringLiteral("verify"), path, newFile));
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    const CliRunner::Outcome old = CliRunner::run(args(QStringLiteral("verify"), path));
    QVERIFY2(old.exitCode == 1 && old.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(describe(old)));
    const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), path, newFile));
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
    QVERIFY(KeyringLayout::keysOpenedBy(readFile(keyringPath), attacker).isEmpty());
    auto byCode = Store::unlockWithRecoveryCode(path, m_store.recoveryCode());
    QVERIFY2(byCode, qPrintable(byCode ? QString() : byCode.error().message()));
    QCOMPARE(byCode->keyGeneration(), 2u);
    auto rebuilds = countAuditAction(byCode->database(), QStringLiteral("keyring.rebuilt"));
    QVERIFY(rebuilds);
    QCOMPARE(*rebuilds, qint64(1));
}

// A keyring an earlier Custodian wrote opens, and the first unlock rewrites it as format 2 (audited, once).
void KeyringAttackTest::format1KeyringIsUpgraded()
{
    const QString path = copyStore(QStringLiteral("format1"));
    makeFormat1(path);
    if (QTest::currentTestFailed())
        return;
    const QString keyringPath = keyringBeside(path);
    for (int run = 0; run < 2; ++run) {
        const CliRunner::Outcome verify = CliRunner::run(args(QStringLiteral("verify"), path));
        QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
        QCOMPARE(KeyringLayout::of(readFile(keyringPath)).version, 2);
    }
    auto store = Store::unlockWithRecoveryCode(path, m_store.recoveryCode());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    auto upgrades = countAuditAction(store->database(), QStringLiteral("keyring.upgraded"));
    QVERIFY(upgrades);
    QCOMPARE(*upgrades, qint64(1));
    QCOMPARE(*store->database().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'keyring_format'")),
             QStringLiteral("2"));
}

// Once a store's keyring is format 2, a format-1 keyring beside it is an older copy or a rewrite that dropped the MAC
// (to plant a slot the MAC would betray): refused, and nothing changes.
void KeyringAttackTest::format1KeyringPutBackIsRefused()
{
    const QString path = copyStore(QStringLiteral("downgrade"));
    const QString keyringPath = keyringBeside(path);
    const SecureBuffer attacker = SecureRandom::key(32);
    auto attackerPublic = SealedBox::publicKeyFor(attacker);
    QVERIFY(attackerPublic);
    // The recovery slot replaced (one of each kind, as format 1 allows), the MAC dropped.
    const QByteArray downgraded
        = KeyringLayout::plantRecoverySlot(KeyringLayout::asFormat1(readFile(keyringPath)), 0, *attackerPublic, true);
    QVERIFY(writeFile(keyringPath, downgraded));
    const FileSnapshot before = FileSnapshot::of(QFileInfo(path).path());
    for (const QString& command : { QStringLiteral("verify"), QStringLiteral("rekey") }) {
        const CliRunner::Outcome outcome = CliRunner::run(args(command, path));
        QVERIFY2(!outcome.crashed && outcome.exitCode == 1,
                 qPrintable(command + QStringLiteral(": ") + describe(outcome)));
        QVERIFY2(outcome.err.contains(QStringLiteral("old format 1")), qPrintable(describe(outcome)));
    }
    QVERIFY(readFile(keyringPath) == downgraded);
    QVERIFY(FileSnapshot::of(QFileInfo(path).path()) == before);
    QVERIFY(KeyringLayout::keysOpenedBy(readFile(keyringPath), attacker).isEmpty());
}

void KeyringAttackTest::hostileKeyringFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("symlink to /dev/zero") << "zero"
                                          << "not a regular file";
    QTest::newRow("FIFO") << "fifo"
                          << "not a regular file";
    QTest::newRow("directory") << "directory"
                               << "not a regular file";
    QTest::newRow("64 KiB and one byte") << "huge"
                                         << "larger than any keyring";
    QTest::newRow("six more passphrase slots at N = 2^20 (format 1)") << "slots"
                                                                      << "cannot be trusted";
}

// Each refusal comes at once: the command runs with 2 GiB of address space and 30 s, which reading /dev/zero, waiting
// for a FIFO's writer or running six 1 GiB scrypt derivations before the real one would not survive.
void KeyringAttackTest::hostileKeyringFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, phrase);
    const QString path = copyStore(QStringLiteral("hostile-") + kind);
    const QString keyringPath = keyringBeside(path);
    const QByteArray keyring = readFile(keyringPath);
    const QByteArray local = QFile::encodeName(keyringPath);
    if (kind != QLatin1String("slots"))
        QVERIFY(QFile::remove(keyringPath));
    if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), keyringPath));
    } else if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(local.constData(), 0600) == 0);
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkdir(keyringPath));
    } else if (kind == QLatin1String("huge")) {
        QVERIFY(writeFile(keyringPath, keyring + QByteArray(64 * 1024 + 1 - keyring.size(), '\0')));
    } else {
        makeFormat1(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(writeFile(keyringPath, KeyringLayout::addExpensivePassphraseSlots(readFile(keyringPath), 6, 20)));
    }
    struct stat before
    {
    };
    QVERIFY(::lstat(local.constData(), &before) == 0);

    QProcess process;
    process.setProcessEnvironment(CliRunner::defaultEnvironment());
    // A 2 GiB address space: the old reader of a link to /dev/zero died here instead of taking the machine's memory.
    // Not under AddressSanitizer (the asan preset builds this test and the CLI alike): its shadow memory reserves
    // terabytes of address space, so the CLI could not even start; the refusal's speed and message still show.
#if !defined(__SANITIZE_ADDRESS__)
    process.setChildProcessModifier([] {
        const rlimit memory { 2ull << 30, 2ull << 30 };
        ::setrlimit(RLIMIT_AS, &memory);
    });
#endif
    QElapsedTimer timer;
    timer.start();
    const CliRunner::Outcome outcome
        = CliRunner::runProgram(process, CliRunner::executable(), args(QStringLiteral("verify"), path), 30000);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(!outcome.crashed && outcome.exitCode == 1,
             qPrintable(describe(outcome) + QStringLiteral("\nafter %1 ms").arg(elapsedMs)));
    QVERIFY2(outcome.err.contains(phrase), qPrintable(describe(outcome)));
    qInfo("%s refused in %lld ms", qPrintable(kind), elapsedMs);
    struct stat after
    {
    };
    QVERIFY(::lstat(local.constData(), &after) == 0);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_size, before.st_size);
}

QTEST_GUILESS_MAIN(KeyringAttackTest)
#include "KeyringAttackTest.moc"
