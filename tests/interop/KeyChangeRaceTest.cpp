// Key changes and unlocks of one store in different processes, through the real custodian-cli: an unlock racing a loop
// of `rekey` never says that the store is damaged (it opens, or says that a key change is in progress); a rekey through
// a symbolic link changes the keyring that the real path opens with; and a keyring from before a rekey is named as
// such, never answered with "restore the store from a backup".

#include "InteropSupport.h"

#include "store/StoreLock.h"
#include "support/FileSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr int Rekeys = 6;
constexpr qint64 BudgetMs = 200'000;

QString describe(const CliRunner::Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed or timed out)") : QString())
        .arg(outcome.out, outcome.err);
}

bool saysDamaged(const CliRunner::Outcome& outcome)
{
    const QString text = outcome.out + outcome.err;
    return text.contains(QStringLiteral("damaged"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("restore"), Qt::CaseInsensitive);
}
} // namespace

class KeyChangeRaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openWhileRekeying();
    void unlockDuringKeyChangeSaysSo();
    void keyChangeWhileOpenElsewhereSaysSo();
    void rekeyThroughSymlink();
    void keyringFromBeforeRekey();

private:
    QStringList args(const QString& command, const QString& path) const
    {
        return { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                 m_store.passphraseFile() };
    }

    CliStore m_store;
};

void KeyChangeRaceTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    // Enough pages that re-encrypting them takes a noticeable moment.
    auto store = m_store.unlock();
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    FillOptions options;
    options.events = 20'000;
    auto sample = fillSample(*store, options);
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message()));
}

void KeyChangeRaceTest::openWhileRekeying()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    (void)copyFiles(m_store.storeDir(), work.path());
    const QString path = work.filePath(QFileInfo(m_store.path()).fileName());
    const QString rekeyErrors = work.filePath(QStringLiteral("rekey-errors.txt"));

    // Another program rotates the key again and again.
    QProcess loop;
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    environment.insert(QStringLiteral("CLI"), CliRunner::executable());
    environment.insert(QStringLiteral("STORE"), path);
    environment.insert(QStringLiteral("PASSPHRASE_FILE"), m_store.passphraseFile());
    environment.insert(QStringLiteral("ERRORS"), rekeyErrors);
    loop.setProcessEnvironment(environment);
    loop.start(QStringLiteral("/bin/sh"),
               { QStringLiteral("-c"),
                 QStringLiteral("n=0; ok=0; while [ $n -lt %1 ]; do "
                                "if \"$CLI\" rekey --store \"$STORE\" --passphrase-file \"$PASSPHRASE_FILE\" "
                                ">/dev/null 2>>\"$ERRORS\"; then ok=$((ok+1)); fi; n=$((n+1)); done; echo $ok")
                     .arg(Rekeys) });
    QVERIFY(loop.waitForStarted(10000));

    // Meanwhile this one opens the store, with short pauses (as a supervisor would, or a script).
    QElapsedTimer budget;
    budget.start();
    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    int opened = 0;
    int inProgress = 0;
    QStringList wrong;
    while (loop.state() != QProcess::NotRunning && budget.elapsed() < BudgetMs) {
        const CliRunner::Outcome outcome = CliRunner::run(args(QStringLiteral("stats"), path));
        if (!outcome.crashed && outcome.exitCode == 0)
            ++opened;
        else if (!outcome.crashed && outcome.exitCode == 1
                 && outcome.err.contains(QStringLiteral("key change is in progress")) && !saysDamaged(outcome))
            ++inProgress;
        else
            wrong << describe(outcome);
        (void)loop.waitForFinished(int(random.bounded(100, 500)));
    }
    QVERIFY2(loop.state() == QProcess::NotRunning || loop.waitForFinished(120000), "the rekey loop did not finish");
    const int rotated = QString::fromLatin1(loop.readAllStandardOutput()).trimmed().toInt();
    qInfo("%d rekeys of %d succeeded; %d opens succeeded, %d said a key change was in progress, %d went wrong", rotated,
          Rekeys, opened, inProgress, int(wrong.size()));
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 opens during rekeys went wrong, e.g.:\n%3")
                            .arg(wrong.size())
                            .arg(opened + inProgress + wrong.size())
                            .arg(wrong.isEmpty() ? QString() : wrong.first())));
    QVERIFY2(opened + inProgress >= 3, "too few opens raced the rekeys");
    QVERIFY2(rotated >= 1,
             qPrintable(QStringLiteral("no rekey succeeded: ") + QString::fromUtf8(readFile(rekeyErrors))));

    // Every successful rotation is in force and the store is whole.
    auto store = Store::unlock(path, QByteArrayView(CliStore::Passphrase));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QCOMPARE(int(store->keyGeneration()), 1 + rotated);
    store->lock();
    const CliRunner::Outcome verify = CliRunner::run(args(QStringLiteral("verify"), path));
    QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
}

// The moment of the race, held still: while a key change holds the store, an unlock through the CLI says so — at
// once, and without touching a file.
void KeyChangeRaceTest::unlockDuringKeyChangeSaysSo()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    (void)copyFiles(m_store.storeDir(), work.path());
    const QString path = work.filePath(QFileInfo(m_store.path()).fileName());
    auto change = StoreLock::acquire(Keyring::canonicalStorePath(path), StoreLock::Mode::Exclusive);
    QVERIFY2(change, qPrintable(change ? QString() : change.error().message()));
    const FileSnapshot before = FileSnapshot::of(work.path());
    for (const QString& command : { QStringLiteral("stats"), QStringLiteral("verify"), QStringLiteral("rekey") }) {
        const CliRunner::Outcome outcome = CliRunner::run(args(command, path));
        QVERIFY2(!outcome.crashed && outcome.exitCode == 1
                     && outcome.err.contains(QStringLiteral("key change is in progress")) && !saysDamaged(outcome),
                 qPrintable(command + QStringLiteral(": ") + describe(outcome)));
    }
    QVERIFY(FileSnapshot::of(work.path()) == before);
    change->release();
    const CliRunner::Outcome after = CliRunner::run(args(QStringLiteral("stats"), path));
    QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
}

// A rotation must not re-encrypt a store another program has open with the old key: it waits a moment for the store
// to itself, then says why it cannot, and changes nothing.
void KeyChangeRaceTest::keyChangeWhileOpenElsewhereSaysSo()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    (void)copyFiles(m_store.storeDir(), work.path());
    const QString path = work.filePath(QFileInfo(m_store.path()).fileName());
    const QString keyringPath = path + QStringLiteral(".keyring");
    const QByteArray keyring = readFile(keyringPath);
    {
        auto open = Store::unlock(path, QByteArrayView(CliStore::Passphrase));
        QVERIFY2(open, qPrintable(open ? QString() : open.error().message()));
        const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), path));
        QVERIFY2(!rekey.crashed && rekey.exitCode == 1
                     && rekey.err.contains(QStringLiteral("Another program has this store open")),
                 qPrintable(describe(rekey)));
        QCOMPARE(readFile(keyringPath), keyring);
        // The open store still reads and writes with its key.
        QVERIFY(open->audit(QStringLiteral("tester"), QStringLiteral("still.open")));
        QCOMPARE(open->keyGeneration(), 1u);
    }
    const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), path));
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
}

// The keyring belongs to the store file, not to a name of it: a rekey through a symbolic link rewrites the keyring
// beside the real file — not a copy that happens to sit beside the link — so the real path opens afterwards.
void KeyChangeRaceTest::rekeyThroughSymlink()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString realDir = work.filePath(QStringLiteral("real"));
    const QString linkDir = work.filePath(QStringLiteral("elsewhere"));
    (void)copyFiles(m_store.storeDir(), realDir);
    QVERIFY(QDir().mkpath(linkDir));
    const QString name = QFileInfo(m_store.path()).fileName();
    const QString realPath = realDir + QLatin1Char('/') + name;
    const QString linkPath = linkDir + QLatin1Char('/') + name;
    QVERIFY(QFile::link(realPath, linkPath));
    // A copy of the keyring beside the link, as someone might leave it "so that the link works".
    const QString copyBesideLink = linkPath + QStringLiteral(".keyring");
    QVERIFY(QFile::copy(realPath + QStringLiteral(".keyring"), copyBesideLink));
    const QByteArray copyBefore = readFile(copyBesideLink);

    const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), linkPath));
    QVERIFY2(!rekey.crashed && rekey.exitCode == 0, qPrintable(describe(rekey)));
    for (const QString& path : { realPath, linkPath }) {
        const CliRunner::Outcome verify = CliRunner::run(args(QStringLiteral("verify"), path));
        QVERIFY2(
            !verify.crashed && verify.exitCode == 0,
            qPrintable(QStringLiteral("verify by %1 after a rekey through the link: ").arg(path) + describe(verify)));
    }
    QVERIFY2(readFile(copyBesideLink) == copyBefore, "the keyring copy beside the link was rewritten");
    auto store = Store::unlock(realPath, QByteArrayView(CliStore::Passphrase));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QCOMPARE(store->keyGeneration(), 2u);
}

// A keyring put back from before a rekey opens with the passphrase, but its key does not open the store: that is what
// the message must say (and what to look for) — not that the store is damaged and must be restored.
void KeyChangeRaceTest::keyringFromBeforeRekey()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    (void)copyFiles(m_store.storeDir(), work.path());
    const QString path = work.filePath(QFileInfo(m_store.path()).fileName());
    const QString keyringPath = path + QStringLiteral(".keyring");
    const QByteArray before = readFile(keyringPath);
    const CliRunner::Outcome rekey = CliRunner::run(args(QStringLiteral("rekey"), path));
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
    QVERIFY(writeFile(keyringPath, before));

    const FileSnapshot snapshot = FileSnapshot::of(work.path());
    const CliRunner::Outcome verify = CliRunner::run(args(QStringLiteral("verify"), path));
    QVERIFY2(!verify.crashed && verify.exitCode == 1, qPrintable(describe(verify)));
    QVERIFY2(verify.err.contains(QStringLiteral("does not open the store")), qPrintable(describe(verify)));
    QVERIFY2(verify.err.contains(QStringLiteral("another moment")), qPrintable(describe(verify)));
    QVERIFY2(!verify.err.contains(QStringLiteral("Restore the store"), Qt::CaseInsensitive),
             qPrintable(describe(verify)));
    QVERIFY(FileSnapshot::of(work.path()) == snapshot);
}

QTEST_GUILESS_MAIN(KeyChangeRaceTest)
#include "KeyChangeRaceTest.moc"
