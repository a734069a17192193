// Scans the raw bytes of a store, its -wal and -shm files and its keyring for what must never be readable
// there: agents' names and employee numbers, masked record references, supervisor, team and site names, a
// distinctive marker — as UTF-8 and UTF-16 — and the passphrase, the data key and the recovery code.

#include "InteropSupport.h"

#include "crypto/Keyring.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
struct Needle
{
    QString label;
    QByteArray bytes;
};

// Every encoding of every string that is at least 8 bytes long (shorter ones would match random ciphertext).
QList<Needle> needlesFor(const QStringList& strings, const QString& kind)
{
    QList<Needle> needles;
    const char* names[] = { "UTF-8", "UTF-16LE", "UTF-16BE" };
    for (const QString& text : strings) {
        const QList<QByteArray> forms = encodings(text);
        for (int i = 0; i < forms.size(); ++i) {
            if (forms[i].size() >= 8)
                needles.append({ QStringLiteral("%1 '%2' as %3").arg(kind, text, QLatin1String(names[i])), forms[i] });
        }
    }
    return needles;
}

QList<Needle> binaryNeedles(QByteArrayView secret, const QString& label)
{
    QList<Needle> needles { { label, secret.toByteArray() } };
    // Any 8-byte piece of it, too: a partial leak is a leak.
    for (qsizetype at = 0; at + 8 <= secret.size(); ++at)
        needles.append(
            { QStringLiteral("%1 bytes %2..%3").arg(label).arg(at).arg(at + 7), secret.sliced(at, 8).toByteArray() });
    return needles;
}

// Which needles a file contains, as readable lines.
QStringList leaks(const QString& path, const QList<Needle>& needles)
{
    const QByteArray bytes = readFile(path);
    QList<QByteArray> raw;
    raw.reserve(needles.size());
    for (const Needle& needle : needles)
        raw.append(needle.bytes);
    QStringList found;
    for (qsizetype index : findNeedles(bytes, raw))
        found << QFileInfo(path).fileName() + QStringLiteral(": ") + needles[index].label;
    return found;
}

// The text a supervisor would recognise, read back through the library: whatever `seed` or fillSample put in.
Result<QStringList> recognisableText(Database& database)
{
    return database.queryTexts(QStringLiteral(
        "SELECT display_name FROM agent UNION SELECT employee_no FROM agent UNION SELECT masked FROM customer_record "
        "UNION SELECT name FROM team UNION SELECT display_name FROM supervisor UNION SELECT name FROM site "
        "UNION SELECT hostname FROM workstation UNION SELECT title FROM incident UNION SELECT reference FROM incident "
        "UNION SELECT value FROM setting WHERE key = 'interop.canary'"));
}

// The mode bits (QFile::permissions also reports the "current user" bits, which would be the owner's here).
QFileDevice::Permissions ownerGroupOther(const QString& path)
{
    const QFileDevice::Permissions ugo = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & ugo;
}

QString secretFileLeaks(const QStringList& found)
{
    return found.isEmpty() ? QString() : found.mid(0, 20).join(QLatin1Char('\n'));
}
} // namespace

class PlaintextAbsenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsPlaintext();
    void storeWalAndShmHideEverything();
    void keyringHoldsNoSecrets();

private:
    QList<Needle> secretNeedles(const Keyring::UnlockedKeys& keys) const;

    CliStore m_store;
    bool m_seeded = false;
};

void PlaintextAbsenceTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    QStringList seed = m_store.args(QStringLiteral("seed"));
    seed << QStringLiteral("--events") << QStringLiteral("20000");
    const CliRunner::Outcome seeded = CliRunner::run(seed);
    QVERIFY2(!seeded.crashed, qPrintable(seeded.err));
    m_seeded = seeded.exitCode == 0;
    if (m_seeded)
        qInfo("seeded with custodian-cli seed --events 20000: %s", qPrintable(seeded.out.trimmed()));
    else
        qInfo("custodian-cli seed is not available (%s): the sample data comes from the library only",
              qPrintable(seeded.err.trimmed()));
}

void PlaintextAbsenceTest::scannerFindsPlaintext()
{
    // Positive control: the same scan finds the strings in an unencrypted SQLite file and in a UTF-16 file, so
    // finding nothing in the store means something.
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    const QString marker = QStringLiteral("CANARY-Plaintext-7f3e9a1c Žofia Ňemcová");
    const QByteArray script
        = QStringLiteral("CREATE TABLE t (x TEXT);\nINSERT INTO t VALUES ('%1');\n").arg(marker).toUtf8();
    const CliRunner::Outcome shell = runSqlcipherShell(plain, script);
    QVERIFY2(shell.exitCode == 0 && shell.err.isEmpty(), qPrintable(shell.err));
    const QList<Needle> needles = needlesFor({ marker }, QStringLiteral("marker"));
    QCOMPARE(needles.size(), 3);
    QCOMPARE(leaks(plain, needles).size(), 1); // UTF-8
    const QString utf16 = dir.filePath(QStringLiteral("utf16.bin"));
    QVERIFY(writeFile(utf16,
                      QByteArray(1000, 'x') + encodings(marker).at(1) + QByteArray(7, '\0') + encodings(marker).at(2)));
    QCOMPARE(leaks(utf16, needles).size(), 2); // both UTF-16 forms
}

QList<Needle> PlaintextAbsenceTest::secretNeedles(const Keyring::UnlockedKeys& keys) const
{
    QList<Needle> needles = needlesFor({ QString::fromUtf8(CliStore::Passphrase) }, QStringLiteral("passphrase"));
    const QByteArray code = m_store.recoveryCode();
    QByteArray compact = code;
    compact.replace('-', QByteArray());
    needles += needlesFor({ QString::fromLatin1(code), QString::fromLatin1(compact) }, QStringLiteral("recovery code"));
    for (const auto& [key, label] : { std::pair { &keys.current, QStringLiteral("data key") },
                                      std::pair { &keys.pending, QStringLiteral("pending data key") } }) {
        if (key->isEmpty())
            continue;
        needles += binaryNeedles(key->view(), label);
        const QString hexKey = hex(key->view());
        needles += needlesFor({ hexKey, hexKey.toUpper() }, label + QStringLiteral(" in hex"));
    }
    return needles;
}

void PlaintextAbsenceTest::storeWalAndShmHideEverything()
{
    const QString path = m_store.path();
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    QList<Needle> needles;
    QStringList recognisable;
    QStringList found;
    {
        auto store = m_store.unlock();
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        // Keep everything written below in the WAL: no automatic checkpoint into the main file.
        QVERIFY(store->database().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        const qint64 walBefore = QFileInfo(wal).size();
        FillOptions options;
        options.events = 3000;
        options.idBase = m_seeded ? 50'000'000 : 0;
        auto sample = fillSample(*store, options);
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message()));
        auto texts = recognisableText(store->database());
        QVERIFY2(texts, qPrintable(texts ? QString() : texts.error().message()));
        for (const QString& text : sample->all())
            QVERIFY2(texts->contains(text), qPrintable(text)); // really stored, and read back
        recognisable = *texts;
        needles = needlesFor(recognisable, QStringLiteral("text"));
        QVERIFY2(needles.size() > 3 * 150, "too few recognisable strings to look for");
        auto keyring = Keyring::load(m_store.keyringPath());
        QVERIFY(keyring);
        auto keys = keyring->unlockWithPassphrase(QByteArrayView(CliStore::Passphrase));
        QVERIFY(keys);
        needles += secretNeedles(*keys);

        // A second connection, as the console's worker threads have: both map the -shm.
        auto reader = store->openConnection(Database::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message()));
        QCOMPARE(*reader->queryText(QStringLiteral("SELECT value FROM setting WHERE key = 'interop.canary'")),
                 options.marker);

        QVERIFY2(QFileInfo(wal).size() > walBefore && QFileInfo(wal).size() > 64 * 1024,
                 "the sample should sit uncheckpointed in the WAL");
        QVERIFY(QFileInfo::exists(shm));
        qInfo("looking for %lld byte strings (%lld texts and the secrets) in the store (%lld KB), its WAL (%lld KB) "
              "and -shm (%lld KB) while open",
              qlonglong(needles.size()), qlonglong(recognisable.size()), QFileInfo(path).size() / 1024,
              QFileInfo(wal).size() / 1024, QFileInfo(shm).size() / 1024);
        for (const QString& file : { path, wal, shm })
            found += leaks(file, needles);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("plaintext in the open store's files:\n") + secretFileLeaks(found)));
    }
    // Closed: the WAL was checkpointed into the main file.
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    const QDir dir(m_store.storeDir());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(QLatin1String(".keyring")))
            continue; // keyringHoldsNoSecrets
        found += leaks(dir.filePath(name), needles);
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("plaintext in the closed store's files:\n") + secretFileLeaks(found)));
    // The names are not in the keyring either.
    found += leaks(m_store.keyringPath(), needlesFor(recognisable, QStringLiteral("text")));
    QVERIFY2(found.isEmpty(), qPrintable(secretFileLeaks(found)));
}

void PlaintextAbsenceTest::keyringHoldsNoSecrets()
{
    const QString keyringPath = m_store.keyringPath();
    QCOMPARE(ownerGroupOther(keyringPath), QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600
    QCOMPARE(ownerGroupOther(m_store.recoveryCodeFile()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto keyring = Keyring::load(keyringPath);
        QVERIFY(keyring);
        auto keys = keyring->unlockWithPassphrase(QByteArrayView(CliStore::Passphrase));
        QVERIFY(keys);
        const QStringList found = leaks(keyringPath, secretNeedles(*keys));
        QVERIFY2(found.isEmpty(), qPrintable(secretFileLeaks(found)));
    }
    // Mid-rotation the keyring holds two wrapped keys: neither may be readable.
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    environment.insert(QStringLiteral("CUSTODIAN_CRASH_AT"), QStringLiteral("rekey.pending-saved"));
    const CliRunner::Outcome crashed = CliRunner::run(m_store.args(QStringLiteral("rekey")), environment);
    QVERIFY2(crashed.crashed, qPrintable(crashed.err));
    auto keyring = Keyring::load(keyringPath);
    QVERIFY(keyring);
    QVERIFY(keyring->hasPending());
    QCOMPARE(ownerGroupOther(keyringPath), QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600
    auto keys = keyring->unlockWithPassphrase(QByteArrayView(CliStore::Passphrase));
    QVERIFY(keys);
    QVERIFY(!keys->pending.isEmpty());
    const QList<Needle> needles = secretNeedles(*keys);
    QStringList found = leaks(keyringPath, needles);
    const QDir dir(m_store.storeDir());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        if (!name.endsWith(QLatin1String(".keyring")))
            found += leaks(dir.filePath(name), needles);
    QVERIFY2(found.isEmpty(), qPrintable(secretFileLeaks(found)));
}

QTEST_GUILESS_MAIN(PlaintextAbsenceTest)
#include "PlaintextAbsenceTest.moc"
