// Debian's `sqlcipher` shell (SQLCipher 3.4.1, the same library) and Custodian read each other's files when
// given the raw 256-bit data key with cipher_page_size 4096 — and nothing opens a store without that key.

#include "InteropSupport.h"

#include "crypto/Keyring.h"
#include "crypto/SecureRandom.h"

#include <QFile>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
const QString Shell = QStringLiteral("/usr/bin/sqlcipher");

// The data key the keyring wraps, as 64 hex digits (fine in a test: this is what an administrator with the
// passphrase could extract too).
QString rawKeyHex(const QString& storePath, QString* error)
{
    auto keyring = Keyring::load(Keyring::pathFor(storePath));
    if (!keyring) {
        *error = keyring.error().message();
        return {};
    }
    auto keys = keyring->unlockWithPassphrase(QByteArrayView(CliStore::Passphrase));
    if (!keys) {
        *error = keys.error().message();
        return {};
    }
    return hex(keys->current.view());
}

QByteArray keyPragmas(const QString& keyHex)
{
    return QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n").arg(keyHex).toUtf8();
}

// "name=value" lines printed by the probe script.
QMap<QString, QString> probeValues(const QString& output)
{
    QMap<QString, QString> values;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

const QByteArray ProbeScript
    = QByteArrayLiteral("SELECT 'audit=' || count(*) FROM console_audit;\n"
                        "SELECT 'agents=' || count(*) FROM agent;\n"
                        "SELECT 'events=' || count(*) FROM access_event;\n"
                        "SELECT 'hourly=' || sum(events) FROM access_hourly;\n"
                        "SELECT 'agent1=' || display_name FROM agent WHERE id = 1;\n"
                        "SELECT 'masked2=' || masked FROM customer_record WHERE id = 2;\n"
                        "SELECT 'canary=' || value FROM setting WHERE key = 'interop.canary';\n"
                        "SELECT 'fts=' || count(*) FROM search_text WHERE search_text MATCH 'Quorinda';\n"
                        "PRAGMA user_version;\n"
                        "PRAGMA integrity_check;\n");
} // namespace

class SqlcipherShellInteropTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shellReadsStoreWithRawKey();
    void shellFailsWithoutKey();
    void shellFailsWithWrongKey();
    void shellFailsWithPassphraseAsSqlcipherKey();
    void shellNeedsCipherPageSize4096();
    void libraryOpensShellWrittenDatabase();
    void shellFollowsKeyRotation();

private:
    CliStore m_store;
    QString m_keyHex;
    RowCounts m_counts;
    SampleData m_sample;
    qint64 m_schemaVersion = -1;
};

void SqlcipherShellInteropTest::initTestCase()
{
    if (!QFile::exists(Shell))
        QSKIP("Debian's sqlcipher shell (package sqlcipher) is not installed at /usr/bin/sqlcipher");
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    {
        auto store = m_store.unlock();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        FillOptions options;
        options.events = 5000;
        auto sample = fillSample(*store, options);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message()));
        m_sample = *sample;
        auto counts = countRows(store->database());
        QVERIFY(counts);
        m_counts = *counts;
        auto version = store->database().queryInt(QStringLiteral("PRAGMA user_version"));
        QVERIFY(version);
        m_schemaVersion = *version;
    }
    QCOMPARE(m_counts.events, 5000);
    QString error;
    m_keyHex = rawKeyHex(m_store.path(), &error);
    QVERIFY2(m_keyHex.size() == 64, qPrintable(error));
}

void SqlcipherShellInteropTest::shellReadsStoreWithRawKey()
{
    const CliRunner::Outcome shell = runSqlcipherShell(m_store.path(), keyPragmas(m_keyHex) + ProbeScript);
    QVERIFY2(!shell.crashed, qPrintable(shell.err));
    QVERIFY2(shell.err.isEmpty(), qPrintable(shell.err));
    QCOMPARE(shell.exitCode, 0);
    const auto values = probeValues(shell.out);
    QCOMPARE(values.value(QStringLiteral("audit")).toLongLong(), m_counts.audit);
    QCOMPARE(values.value(QStringLiteral("agents")).toLongLong(), m_counts.agents);
    QCOMPARE(values.value(QStringLiteral("events")).toLongLong(), m_counts.events);
    QCOMPARE(values.value(QStringLiteral("hourly")).toLongLong(), m_counts.events);
    QCOMPARE(values.value(QStringLiteral("agent1")), m_sample.agentNames.value(0));
    QCOMPARE(values.value(QStringLiteral("masked2")), m_sample.maskedRecords.value(1)); // non-ASCII bullets
    QCOMPARE(values.value(QStringLiteral("canary")), m_sample.marker);
    QVERIFY(values.value(QStringLiteral("fts")).toLongLong() > 0);
    const QStringList lines = shell.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QString::number(m_schemaVersion)), qPrintable(shell.out)); // PRAGMA user_version
    QVERIFY2(lines.contains(QStringLiteral("ok")), qPrintable(shell.out)); // PRAGMA integrity_check
}

void SqlcipherShellInteropTest::shellFailsWithoutKey()
{
    const CliRunner::Outcome shell = runSqlcipherShell(m_store.path(), ProbeScript);
    QVERIFY(!shell.crashed);
    QVERIFY2(shell.err.contains(QStringLiteral("is not a database")), qPrintable(shell.err));
    QVERIFY2(!shell.out.contains(QStringLiteral("audit=")), qPrintable(shell.out));
    QVERIFY(shell.exitCode != 0);
}

void SqlcipherShellInteropTest::shellFailsWithWrongKey()
{
    QString wrong = m_keyHex;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'); // one bit off
    for (const QString& key : { wrong, hex(SecureRandom::bytes(32)) }) {
        const CliRunner::Outcome shell = runSqlcipherShell(m_store.path(), keyPragmas(key) + ProbeScript);
        QVERIFY(!shell.crashed);
        QVERIFY2(shell.err.contains(QStringLiteral("is not a database")), qPrintable(shell.err));
        QVERIFY2(!shell.out.contains(QStringLiteral("audit=")), qPrintable(shell.out));
        QVERIFY(shell.exitCode != 0);
    }
}

void SqlcipherShellInteropTest::shellFailsWithPassphraseAsSqlcipherKey()
{
    // The passphrase is not the SQLCipher key (SQLCipher's own PBKDF2 is not used at all).
    const QByteArray script = QByteArrayLiteral("PRAGMA key = '") + QByteArray(CliStore::Passphrase)
        + QByteArrayLiteral("';\nPRAGMA cipher_page_size = 4096;\n") + ProbeScript;
    const CliRunner::Outcome shell = runSqlcipherShell(m_store.path(), script);
    QVERIFY(!shell.crashed);
    QVERIFY2(shell.err.contains(QStringLiteral("is not a database")), qPrintable(shell.err));
    QVERIFY(!shell.out.contains(QStringLiteral("audit=")));
}

void SqlcipherShellInteropTest::shellNeedsCipherPageSize4096()
{
    // SQLCipher 3's default page size is 1024: the right key alone is not enough.
    const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\n").arg(m_keyHex).toUtf8() + ProbeScript;
    const CliRunner::Outcome shell = runSqlcipherShell(m_store.path(), script);
    QVERIFY(!shell.crashed);
    QVERIFY2(shell.err.contains(QStringLiteral("is not a database")), qPrintable(shell.err));
    QVERIFY(!shell.out.contains(QStringLiteral("audit=")));
}

void SqlcipherShellInteropTest::libraryOpensShellWrittenDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shell-written.db"));
    const SecureBuffer key = SecureRandom::key(32);
    const QByteArray script
        = keyPragmas(hex(key.view()))
        + QByteArrayLiteral(
              "PRAGMA journal_mode = WAL;\n"
              "CREATE TABLE interop (id INTEGER PRIMARY KEY, name TEXT NOT NULL, payload BLOB);\n"
              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)\n"
              "  INSERT INTO interop (id, name, payload) SELECT i, 'row ' || i || ' Žofia', randomblob(100) FROM n;\n"
              "SELECT 'rows=' || count(*) FROM interop;\n");
    const CliRunner::Outcome shell = runSqlcipherShell(path, script);
    QVERIFY2(!shell.crashed && shell.exitCode == 0 && shell.err.isEmpty(), qPrintable(shell.err));
    QVERIFY2(shell.out.contains(QStringLiteral("rows=2000")), qPrintable(shell.out));

    const QByteArray head = readFile(path).left(16);
    QVERIFY(!head.startsWith("SQLite format 3"));

    {
        auto database = Database::open(path, key, Database::Mode::ReadWrite);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message()));
        QCOMPARE(*database->queryInt(QStringLiteral("SELECT count(*) FROM interop")), 2000);
        QCOMPARE(*database->queryText(QStringLiteral("SELECT name FROM interop WHERE id = 1234")),
                 QStringLiteral("row 1234 Žofia"));
        QCOMPARE(*database->queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(*database->queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // And back: the library writes, the shell reads.
        QVERIFY(database->exec(QStringLiteral("INSERT INTO interop (id, name) VALUES (5000, 'written by Custodian')")));
    }
    {
        auto readOnly = Database::open(path, key, Database::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error().message()));
        QCOMPARE(*readOnly->queryInt(QStringLiteral("SELECT count(*) FROM interop")), 2001);
    }
    {
        auto wrong = Database::open(path, SecureRandom::key(32), Database::Mode::ReadWrite);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::NotAStore);
    }
    const CliRunner::Outcome back = runSqlcipherShell(
        path,
        keyPragmas(hex(key.view())) + QByteArrayLiteral("SELECT 'name=' || name FROM interop WHERE id = 5000;\n"));
    QVERIFY2(back.err.isEmpty(), qPrintable(back.err));
    QVERIFY2(back.out.contains(QStringLiteral("name=written by Custodian")), qPrintable(back.out));
}

void SqlcipherShellInteropTest::shellFollowsKeyRotation()
{
    // After `custodian-cli rekey` the old raw key no longer opens the store; the new one does.
    const CliRunner::Outcome rekey = CliRunner::run(m_store.args(QStringLiteral("rekey")));
    QVERIFY2(!rekey.crashed && rekey.exitCode == 0, qPrintable(rekey.err));
    QString error;
    const QString newKey = rawKeyHex(m_store.path(), &error);
    QVERIFY2(newKey.size() == 64, qPrintable(error));
    QVERIFY(newKey != m_keyHex);

    const CliRunner::Outcome old = runSqlcipherShell(m_store.path(), keyPragmas(m_keyHex) + ProbeScript);
    QVERIFY2(old.err.contains(QStringLiteral("is not a database")), qPrintable(old.err));
    QVERIFY(!old.out.contains(QStringLiteral("audit=")));

    const CliRunner::Outcome current = runSqlcipherShell(m_store.path(), keyPragmas(newKey) + ProbeScript);
    QVERIFY2(current.err.isEmpty(), qPrintable(current.err));
    const auto values = probeValues(current.out);
    QCOMPARE(values.value(QStringLiteral("events")).toLongLong(), m_counts.events);
    QCOMPARE(values.value(QStringLiteral("audit")).toLongLong(), m_counts.audit + 1); // + key.rotated
    QCOMPARE(values.value(QStringLiteral("agent1")), m_sample.agentNames.value(0));
    QVERIFY2(current.out.split(QLatin1Char('\n')).contains(QStringLiteral("ok")), qPrintable(current.out));
}

QTEST_GUILESS_MAIN(SqlcipherShellInteropTest)
#include "SqlcipherShellInteropTest.moc"
