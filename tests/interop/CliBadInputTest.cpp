// Bad input through the real custodian-cli: every refusal exits non-zero with its own message naming the
// problem, never crashes, never shows a secret, and leaves the files exactly as they were.

#include "InteropSupport.h"

#include "crypto/RecoveryCode.h"
#include "store/StoreVerifier.h"
#include "support/FileSnapshot.h"
#include "support/KeyringLayout.h"
#include "support/TmpfsMount.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr uid_t Nobody = 65534;
constexpr char WrongPassphrase[] = "not the passphrase";

struct Run
{
    QStringList arguments;
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    bool asNobody = false; // setpriv --reuid=65534 --regid=65534 --clear-groups
    bool withoutTerminal = false; // setsid(): no controlling terminal to prompt on
};

CliRunner::Outcome execute(const Run& run)
{
    QProcess process;
    process.setProcessEnvironment(run.environment);
    if (run.withoutTerminal)
        process.setChildProcessModifier([] { ::setsid(); });
    if (run.asNobody)
        return CliRunner::runProgram(process, QStringLiteral("/usr/bin/setpriv"),
                                     QStringList { QStringLiteral("--reuid=%1").arg(Nobody),
                                                   QStringLiteral("--regid=%1").arg(Nobody),
                                                   QStringLiteral("--clear-groups"), CliRunner::executable() }
                                         + run.arguments,
                                     60000);
    return CliRunner::runProgram(process, CliRunner::executable(), run.arguments, 60000);
}

// Fills the file system holding `filler` to the last byte; returns the filler's size.
qint64 fillUp(const QString& filler)
{
    QFile file(filler);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray chunk(4096, 'f');
    while (file.write(chunk) == chunk.size() && file.flush()) { }
    file.close();
    return QFileInfo(filler).size();
}

QString describe(const CliRunner::Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outcome.out, outcome.err);
}

} // namespace

class CliBadInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPassphrase();
    void wrongRecoveryCode_data();
    void wrongRecoveryCode();
    void missingStore();
    void notAStore_data();
    void notAStore();
    void truncatedStore_data();
    void truncatedStore();
    void keyringOfAnotherStore();
    void alteredKeyring_data();
    void alteredKeyring();
    void missingKeyring();
    void directoryNotWritable_data();
    void directoryNotWritable();
    void diskFull();
    void rekeyOnNearlyFullDisk();
    void initRefusesToOverwrite_data();
    void initRefusesToOverwrite();
    void eventsOutOfRange_data();
    void eventsOutOfRange();
    void usageErrors_data();
    void usageErrors();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void helpUsageLineNamesTheCommand();
    void passphraseSources();
    void noPassphraseSourceWithoutTerminal();

private:
    // A fresh copy of the pristine store in <root>/cases/<name>/; returns the store path.
    QString copyStore(const QString& name);
    // Runs, then checks: no crash, the exit status, the phrase on stderr, no secret in the output, and (if
    // snapshotDir is set) not a byte changed in that directory.
    void expectRefusal(const Run& run, const QString& phrase, const QString& snapshotDir, int exitCode = 1);

    CliStore m_store;
    QString m_cases;
    QString m_wrongFile;
    QString m_newPassphraseFile;
};

void CliBadInputTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    m_cases = m_store.root() + QStringLiteral("/cases");
    QVERIFY(QDir().mkpath(m_cases));
    m_wrongFile = m_store.root() + QStringLiteral("/wrong-passphrase.txt");
    QVERIFY(writeFile(m_wrongFile, QByteArray(WrongPassphrase) + '\n'));
    m_newPassphraseFile = m_store.root() + QStringLiteral("/new-passphrase.txt");
    QVERIFY(writeFile(m_newPassphraseFile, QByteArrayLiteral("a brand new passphrase\n")));
}

QString CliBadInputTest::copyStore(const QString& name)
{
    const QString dir = m_cases + QLatin1Char('/') + name;
    QDir(dir).removeRecursively();
    const QStringList copied = copyFiles(m_store.storeDir(), dir);
    if (copied.size() != 3) // the store, its keyring, its lock file
        qWarning("copying the store gave %s", qPrintable(copied.join(QStringLiteral(", "))));
    return dir + QLatin1Char('/') + QFileInfo(m_store.path()).fileName();
}

void CliBadInputTest::expectRefusal(const Run& run, const QString& phrase, const QString& snapshotDir, int exitCode)
{
    const FileSnapshot before = snapshotDir.isEmpty() ? FileSnapshot() : FileSnapshot::of(snapshotDir);
    const CliRunner::Outcome outcome = execute(run);
    const QString what = run.arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(outcome);
    QVERIFY2(!outcome.crashed, qPrintable(what));
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(QStringLiteral("expected exit %1: ").arg(exitCode) + what));
    QVERIFY2(outcome.err.contains(phrase, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("expected '%1' on stderr: ").arg(phrase) + what));
    for (const QString& secret : { QString::fromUtf8(CliStore::Passphrase), QString::fromLatin1(WrongPassphrase),
                                   QString::fromLatin1(m_store.recoveryCode()) })
        QVERIFY2(!outcome.err.contains(secret) && !outcome.out.contains(secret),
                 qPrintable(QStringLiteral("a secret in the output: ") + what));
    if (!snapshotDir.isEmpty()) {
        const FileSnapshot after = FileSnapshot::of(snapshotDir);
        QVERIFY2(after == before,
                 qPrintable(QStringLiteral("files changed (%1): ").arg(before.describeDifference(after)) + what));
    }
}

void CliBadInputTest::wrongPassphrase()
{
    const QString path = copyStore(QStringLiteral("wrong-passphrase"));
    const QString dir = QFileInfo(path).path();
    // The command that would change the most: rekey.
    expectRefusal({ { QStringLiteral("rekey"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_wrongFile } },
                  QStringLiteral("passphrase is wrong"), dir);
}

void CliBadInputTest::wrongRecoveryCode_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("another code") << QByteArray(RecoveryCode::generate().view().toByteArray())
                                  << QStringLiteral("recovery code is wrong");
    QTest::newRow("not a code") << QByteArrayLiteral("hello, world!") << QStringLiteral("not a recovery code");
    QTest::newRow("too short") << QByteArrayLiteral("ABCDE-FGHJK") << QStringLiteral("recovery code is incomplete");
}

void CliBadInputTest::wrongRecoveryCode()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, phrase);
    const QString path = copyStore(QStringLiteral("wrong-recovery"));
    const QString codeFile = m_store.root() + QStringLiteral("/wrong-code.txt");
    QVERIFY(writeFile(codeFile, code + '\n'));
    QVERIFY(code != m_store.recoveryCode());
    expectRefusal(
        { { QStringLiteral("recover"), QStringLiteral("--store"), path, QStringLiteral("--recovery-code-file"),
            codeFile, QStringLiteral("--new-passphrase-file"), m_newPassphraseFile } },
        phrase, QFileInfo(path).path());
}

void CliBadInputTest::missingStore()
{
    const QString dir = m_cases + QStringLiteral("/missing");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/nothing-here.custodian");
    for (const QString& command : { QStringLiteral("verify"), QStringLiteral("rekey"), QStringLiteral("stats") })
        expectRefusal({ { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                          m_store.passphraseFile() } },
                      QStringLiteral("There is no store at"), dir);
    QVERIFY(QDir(dir).isEmpty()); // nothing was created
}

void CliBadInputTest::notAStore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unencrypted SQLite") << "sqlite"
                                        << "unencrypted SQLite database, not a Custodian store";
    QTest::newRow("text file") << "text"
                               << "not a Custodian store";
    QTest::newRow("empty file") << "empty"
                                << "is empty: it is not a Custodian store";
    QTest::newRow("directory") << "directory"
                               << "not a file, so it is not a Custodian store";
}

void CliBadInputTest::notAStore()
{
    QFETCH(QString, kind);
    QFETCH(QString, phrase);
    const QString dir = m_cases + QStringLiteral("/not-a-store-") + kind;
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/store.custodian");
    if (kind == QLatin1String("sqlite")) {
        const CliRunner::Outcome shell
            = runSqlcipherShell(path, QByteArrayLiteral("CREATE TABLE t (x);\nINSERT INTO t VALUES ('plain');\n"));
        QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
        QVERIFY(readFile(path).startsWith("SQLite format 3"));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, QByteArrayLiteral("These are my notes, not a store.\n")));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    // The store's real keyring beside it, so that only the file itself is wrong.
    QVERIFY(QFile::copy(m_store.keyringPath(), Keyring::pathFor(path)));
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  phrase, dir);
}

void CliBadInputTest::truncatedStore_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("mid-page") << 1000 << "is cut short: its size";
    QTest::newRow("whole pages") << 3 * 4096 << "is cut short: it should hold";
    QTest::newRow("first page only") << -4096 << "is cut short";
    QTest::newRow("half a page") << -2048 << "is cut short";
}

void CliBadInputTest::truncatedStore()
{
    QFETCH(int, cut);
    QFETCH(QString, phrase);
    const QString path = copyStore(QStringLiteral("truncated"));
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    QVERIFY(file.resize(cut > 0 ? size - cut : -cut)); // negative: keep only that many bytes
    file.close();
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  phrase, QFileInfo(path).path());
}

void CliBadInputTest::keyringOfAnotherStore()
{
    QTemporaryDir otherDir;
    const QString other = otherDir.filePath(QStringLiteral("other.custodian"));
    {
        auto created
            = Store::create(other, QByteArrayView(CliStore::Passphrase), RecoveryCode::generate(), { 12, 8, 1 });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    }
    const QString path = copyStore(QStringLiteral("foreign-keyring"));
    QVERIFY(QFile::remove(Keyring::pathFor(path)));
    QVERIFY(QFile::copy(Keyring::pathFor(other), Keyring::pathFor(path)));
    // Same passphrase on purpose: the keyring opens, but it is not this store's.
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  QStringLiteral("belongs to another store"), QFileInfo(path).path());
}

void CliBadInputTest::alteredKeyring_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("slot header: scrypt salt") << "header-salt"
                                              << "keyring has been altered";
    QTest::newRow("slot header: scrypt cost") << "header-cost"
                                              << "keyring has been altered";
    QTest::newRow("wrapped key") << "sealed"
                                 << "keyring has been altered";
    QTest::newRow("wrapped key: tag") << "tag"
                                      << "keyring has been altered";
    QTest::newRow("file magic") << "magic"
                                << "not a Custodian keyring";
    QTest::newRow("format version") << "version"
                                    << "format version";
    QTest::newRow("cut short") << "truncate"
                               << "keyring is damaged";
}

void CliBadInputTest::alteredKeyring()
{
    QFETCH(QString, part);
    QFETCH(QString, phrase);
    const QString path = copyStore(QStringLiteral("altered-keyring"));
    const QString keyringPath = Keyring::pathFor(path);
    QByteArray bytes = readFile(keyringPath);
    const KeyringLayout layout = KeyringLayout::of(bytes);
    QVERIFY(!layout.keys.isEmpty() && !layout.keys[0].slots.isEmpty());
    const KeyringLayout::Slot& slot = layout.keys[0].slots[0];
    QCOMPARE(slot.headerSize,
             2 + 1 + 4 + 4 + 16 + 12); // the passphrase slot comes first: kind, KDF, N, r, p, salt, nonce
    QCOMPARE(slot.sealedSize, 32 + 16);
    auto flip = [&bytes](qsizetype at, char mask) { bytes[at] = char(bytes[at] ^ mask); };
    if (part == QLatin1String("header-salt"))
        flip(slot.headerOffset + 11, 0x01);
    else if (part == QLatin1String("header-cost"))
        bytes[slot.headerOffset + 2] = char(bytes[slot.headerOffset + 2] - 1); // log2 N one lower: cheaper scrypt
    else if (part == QLatin1String("sealed"))
        flip(slot.sealedOffset + 5, char(0x80));
    else if (part == QLatin1String("tag"))
        flip(slot.sealedOffset + slot.sealedSize - 1, 0x01);
    else if (part == QLatin1String("magic"))
        bytes[0] = 'X';
    else if (part == QLatin1String("version"))
        bytes[9] = char(bytes[9] + 1);
    else
        bytes.chop(40);
    QVERIFY(writeFile(keyringPath, bytes));
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  phrase, QFileInfo(path).path());
}

void CliBadInputTest::missingKeyring()
{
    const QString path = copyStore(QStringLiteral("missing-keyring"));
    QVERIFY(QFile::remove(Keyring::pathFor(path)));
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  QStringLiteral("No keyring found"), QFileInfo(path).path());
}

void CliBadInputTest::directoryNotWritable_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("init a new store") << "init";
    QTest::newRow("rekey") << "rekey";
    QTest::newRow("passwd") << "passwd";
}

void CliBadInputTest::directoryNotWritable()
{
    QFETCH(QString, command);
    if (::geteuid() != 0)
        QSKIP("needs root to run the CLI as another user (setpriv) in a directory root owns");
    if (!QFile::exists(QStringLiteral("/usr/bin/setpriv")))
        QSKIP("setpriv (util-linux) is not installed");
    // <root> and the secret files must be reachable by the unprivileged user; the store directory is root's,
    // mode 0755: readable, not writable. The store and its keyring belong to that user, so they can be read.
    QVERIFY(QFile::setPermissions(m_store.root(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(m_cases, QFile::permissions(m_store.root())));
    const QString publicPassphrase = m_store.root() + QStringLiteral("/public-passphrase.txt");
    const QString publicNew = m_store.root() + QStringLiteral("/public-new-passphrase.txt");
    QVERIFY(writeFile(publicPassphrase, readFile(m_store.passphraseFile())));
    QVERIFY(writeFile(publicNew, readFile(m_newPassphraseFile)));
    for (const QString& file : { publicPassphrase, publicNew })
        QVERIFY(QFile::setPermissions(
            file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString path = copyStore(QStringLiteral("read-only"));
    const QString dir = QFileInfo(path).path();
    QVERIFY(QFile::setPermissions(dir, QFile::permissions(m_store.root())));
    for (const QString& file : { path, Keyring::pathFor(path) })
        QVERIFY2(::chown(file.toLocal8Bit().constData(), Nobody, Nobody) == 0, std::strerror(errno));

    Run run;
    run.asNobody = true;
    if (command == QLatin1String("init")) {
        run.arguments = { QStringLiteral("init"), QStringLiteral("--store"), dir + QStringLiteral("/new.custodian"),
                          QStringLiteral("--passphrase-file"), publicPassphrase };
    } else {
        run.arguments
            = { command, QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"), publicPassphrase };
        if (command == QLatin1String("passwd"))
            run.arguments << QStringLiteral("--new-passphrase-file") << publicNew;
    }
    // Sanity: the unprivileged user can read the store (verify works), so the refusal is about writing.
    if (command != QLatin1String("init")) {
        Run verify = run;
        verify.arguments = { QStringLiteral("verify"), QStringLiteral("--store"), path,
                             QStringLiteral("--passphrase-file"), publicPassphrase };
        const CliRunner::Outcome read = execute(verify);
        qInfo("verify as nobody in a read-only directory: %s", qPrintable(describe(read).simplified()));
    }
    expectRefusal(run, QStringLiteral("cannot be written"), dir);
}

void CliBadInputTest::diskFull()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    const TmpfsMount tmpfs(1024 * 1024);
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(tmpfs.errorString())));
    const QString mountPoint = tmpfs.path();
    const QString filler = mountPoint + QStringLiteral("/filler.bin");
    const qint64 full = fillUp(filler);
    QVERIFY(full > 512 * 1024);

    // No room at all, then room for part of a store (creating one takes about 1 MB: the store, its WAL, -shm).
    for (const qint64 room : { qint64(0), qint64(160 * 1024), qint64(600 * 1024) }) {
        QVERIFY(QFile::resize(filler, full - room));
        const QString store = mountPoint + QStringLiteral("/new.custodian");
        expectRefusal({ { QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--passphrase-file"),
                          m_store.passphraseFile() } },
                      QStringLiteral("disk is full"), mountPoint);
        if (QTest::currentTestFailed())
            return;
        const QStringList left
            = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(left == QStringList { QStringLiteral("filler.bin") }, qPrintable(left.join(QStringLiteral(", "))));
    }
}

void CliBadInputTest::rekeyOnNearlyFullDisk()
{
    // A rotation journals every page, so it needs as much free space as the store is large. With less, it must
    // fail saying so — and leave the store opening with its passphrase and recovery code.
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    const TmpfsMount tmpfs(3 * 1024 * 1024);
    if (!tmpfs.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(tmpfs.errorString())));
    const QString mountPoint = tmpfs.path();
    QCOMPARE(copyFiles(m_store.storeDir(), mountPoint).size(), 3);
    const QString path = mountPoint + QLatin1Char('/') + QFileInfo(m_store.path()).fileName();
    const qint64 storeBytes = QFileInfo(path).size();
    const QString filler = mountPoint + QStringLiteral("/filler.bin");
    const qint64 full = fillUp(filler);
    QVERIFY(full > storeBytes);
    QVERIFY(QFile::resize(filler, full - 128 * 1024)); // room for the WAL and -shm, not for the rotation's journal

    const CliRunner::Outcome rekey = CliRunner::run({ QStringLiteral("rekey"), QStringLiteral("--store"), path,
                                                      QStringLiteral("--passphrase-file"), m_store.passphraseFile() });
    QVERIFY2(!rekey.crashed, qPrintable(describe(rekey)));
    QVERIFY2(rekey.exitCode == 1, qPrintable(describe(rekey)));
    const bool namedTheProblem = rekey.err.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive);

    // Space again: the store must open, with the key it had, and verify.
    QVERIFY(QFile::remove(filler));
    auto keyring = Keyring::load(Keyring::pathFor(path));
    QVERIFY2(keyring, qPrintable(keyring ? QString() : keyring.error().message()));
    const QString keyringState = QStringLiteral("keyring: generation %1, pending key %2")
                                     .arg(keyring->current().generation)
                                     .arg(keyring->hasPending() ? QStringLiteral("yes") : QStringLiteral("no"));
    {
        auto store = Store::unlock(path, QByteArrayView(CliStore::Passphrase));
        QVERIFY2(store,
                 qPrintable(QStringLiteral("after a rekey on a nearly full disk (%1; it said: %2) the store no "
                                           "longer opens: %3")
                                .arg(keyringState, rekey.err.trimmed(), store ? QString() : store.error().message())));
        QCOMPARE(store->keyGeneration(), 1u);
        auto report = StoreVerifier::run(store->database());
        QVERIFY(report);
        QVERIFY(report->ok());
    }
    auto byCode = m_store.unlockWithRecoveryCode();
    QVERIFY(byCode);
    QVERIFY2(namedTheProblem, qPrintable(QStringLiteral("expected 'disk is full': ") + describe(rekey)));
}

void CliBadInputTest::initRefusesToOverwrite_data()
{
    QTest::addColumn<QString>("existing");
    QTest::newRow("store and keyring") << "both";
    QTest::newRow("store only") << "store";
    QTest::newRow("keyring only") << "keyring";
}

void CliBadInputTest::initRefusesToOverwrite()
{
    QFETCH(QString, existing);
    const QString path = copyStore(QStringLiteral("overwrite"));
    if (existing == QLatin1String("store"))
        QVERIFY(QFile::remove(Keyring::pathFor(path)));
    else if (existing == QLatin1String("keyring"))
        QVERIFY(QFile::remove(path));
    expectRefusal({ { QStringLiteral("init"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile() } },
                  QStringLiteral("already exists"), QFileInfo(path).path());
}

void CliBadInputTest::eventsOutOfRange_data()
{
    QTest::addColumn<QString>("events");
    QTest::newRow("too few") << "999";
    QTest::newRow("too many") << "10000001";
    QTest::newRow("negative") << "-5000";
    QTest::newRow("not a number") << "lots";
}

void CliBadInputTest::eventsOutOfRange()
{
    QFETCH(QString, events);
    const QString path = copyStore(QStringLiteral("seed-range"));
    expectRefusal({ { QStringLiteral("seed"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.passphraseFile(), QStringLiteral("--events"), events } },
                  QStringLiteral("--events must be a number from 1000 to 10000000"), QFileInfo(path).path(), 2);
}

void CliBadInputTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << "Unknown command 'frobnicate'";
    QTest::newRow("no command") << QStringList {} << "Usage: custodian-cli COMMAND";
    QTest::newRow("unknown option") << QStringList { QStringLiteral("verify"), QStringLiteral("--frobnicate") }
                                    << "Unknown option 'frobnicate'";
    QTest::newRow("no --store") << QStringList { QStringLiteral("verify") } << "--store PATH is required";
    QTest::newRow("stray argument") << QStringList { QStringLiteral("stats"), QStringLiteral("extra") }
                                    << "Unexpected argument 'extra'";
}

void CliBadInputTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, phrase);
    Run run { arguments };
    if (arguments.isEmpty()) {
        // Usage goes to stdout when no command is given; still exit 2.
        const CliRunner::Outcome outcome = execute(run);
        QVERIFY(!outcome.crashed);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(QString(outcome.out + outcome.err).contains(phrase), qPrintable(describe(outcome)));
        return;
    }
    expectRefusal(run, phrase, m_store.storeDir(), 2);
}

void CliBadInputTest::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    const QString store = QStringLiteral("--store");
    const QString passphrase = QStringLiteral("--passphrase-file");
    QTest::newRow("init") << "init" << QStringList { store, passphrase, QStringLiteral("--recovery-code-file") };
    QTest::newRow("seed") << "seed"
                          << QStringList { store,
                                           passphrase,
                                           QStringLiteral("--events"),
                                           QStringLiteral("--seed"),
                                           QStringLiteral("--end"),
                                           QStringLiteral("--days") };
    QTest::newRow("stats") << "stats" << QStringList { store, passphrase, QStringLiteral("--json") };
    QTest::newRow("verify") << "verify" << QStringList { store, passphrase };
    QTest::newRow("passwd") << "passwd" << QStringList { store, passphrase, QStringLiteral("--new-passphrase-file") };
    QTest::newRow("recover") << "recover"
                             << QStringList { store, QStringLiteral("--recovery-code-file"),
                                              QStringLiteral("--new-passphrase-file") };
    QTest::newRow("rekey") << "rekey" << QStringList { store, passphrase };
}

void CliBadInputTest::helpForEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const CliRunner::Outcome help = CliRunner::run({ command, QStringLiteral("--help") });
    QVERIFY2(!help.crashed && help.exitCode == 0, qPrintable(describe(help)));
    for (const QString& option : options + QStringList { QStringLiteral("--help") })
        QVERIFY2(help.out.contains(option), qPrintable(option + QStringLiteral(" missing from:\n") + help.out));

    // The overall usage lists the command too.
    const CliRunner::Outcome usage = CliRunner::run({ QStringLiteral("--help") });
    QCOMPARE(usage.exitCode, 0);
    QVERIFY2(usage.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')), qPrintable(usage.out));
}

void CliBadInputTest::helpUsageLineNamesTheCommand()
{
    // `custodian-cli rekey --help` must say how to call it: "Usage: custodian-cli rekey [options]".
    QStringList wrong;
    for (const QString& command :
         { QStringLiteral("init"), QStringLiteral("seed"), QStringLiteral("stats"), QStringLiteral("verify"),
           QStringLiteral("passwd"), QStringLiteral("recover"), QStringLiteral("rekey") }) {
        const CliRunner::Outcome help = CliRunner::run({ command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
        if (!usage.startsWith(QStringLiteral("Usage: custodian-cli ") + command + QLatin1Char(' ')))
            wrong << command + QStringLiteral(": \"") + usage + QLatin1Char('"');
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("usage lines that do not name the command:\n  ")
                        + wrong.join(QStringLiteral("\n  "))));
}

void CliBadInputTest::passphraseSources()
{
    const QString path = m_store.path();
    const QStringList verifyWithoutFile { QStringLiteral("verify"), QStringLiteral("--store"), path };
    auto withEnvironment = [](const QByteArray& passphrase) {
        QProcessEnvironment environment = CliRunner::defaultEnvironment();
        environment.insert(QStringLiteral("CUSTODIAN_PASSPHRASE"), QString::fromUtf8(passphrase));
        return environment;
    };
    // From a file.
    CliRunner::Outcome outcome = CliRunner::run(m_store.args(QStringLiteral("verify")));
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    QVERIFY(outcome.out.contains(QStringLiteral("Integrity check: ok")));
    // From CUSTODIAN_PASSPHRASE.
    outcome = CliRunner::run(verifyWithoutFile, withEnvironment(CliStore::Passphrase));
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    // Both: the file wins — right file, wrong variable opens...
    outcome = CliRunner::run(m_store.args(QStringLiteral("verify")), withEnvironment(WrongPassphrase));
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    // ...and wrong file, right variable does not.
    const FileSnapshot before = FileSnapshot::of(m_store.storeDir());
    outcome = CliRunner::run(
        { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"), m_wrongFile },
        withEnvironment(CliStore::Passphrase));
    QVERIFY2(outcome.exitCode == 1 && outcome.err.contains(QStringLiteral("passphrase is wrong")),
             qPrintable(describe(outcome)));
    QVERIFY(FileSnapshot::of(m_store.storeDir()) == before);
    // A passphrase file that does not exist, or is empty, is named as such (not "wrong passphrase").
    const QString empty = m_store.root() + QStringLiteral("/empty-passphrase.txt");
    QVERIFY(writeFile(empty, QByteArray()));
    expectRefusal(
        { { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"), empty } },
        QStringLiteral("is empty"), m_store.storeDir());
    expectRefusal({ { QStringLiteral("verify"), QStringLiteral("--store"), path, QStringLiteral("--passphrase-file"),
                      m_store.root() + QStringLiteral("/no-such-file.txt") } },
                  QStringLiteral("Cannot read the passphrase file"), m_store.storeDir());
}

void CliBadInputTest::noPassphraseSourceWithoutTerminal()
{
    Run run { { QStringLiteral("verify"), QStringLiteral("--store"), m_store.path() } };
    run.withoutTerminal = true;
    expectRefusal(run, QStringLiteral("No terminal to ask for the secret on"), m_store.storeDir());
}

QTEST_GUILESS_MAIN(CliBadInputTest)
#include "CliBadInputTest.moc"
