// `custodian-cli audit` through the real binary: every entry oldest first and newest last with its UTC time, actor,
// action, target and detail, then the chain's state; --last and --action narrow it; --json is one parseable
// object with the detail as JSON; reading the audit adds nothing to it; after an entry's detail is edited in the
// table the command names that entry and exits 1; a bad --last is a usage error before any passphrase is asked.

#include "InteropSupport.h"

#include "store/ConsoleAudit.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
// 2026-02-03T10:00:00.250Z; the fixture's entries are a minute apart from there.
constexpr qint64 Start = 1'770'112'800'250;

QString describe(const CliRunner::Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outcome.out, outcome.err);
}

struct Planned
{
    const char* actor;
    const char* action;
    const char* target;
    const char* detail;
};

// Appended after init's store.created (seq 1): seq 2..7.
const Planned Entries[] = {
    { "console:alice", "unlock", "", "" },
    { "console:alice", "record.reveal", "record:41", R"({"reason":"Chargeback CB-1","event":7})" },
    { "cli:bob", "export", "access", R"({"format":"csv","rows":120,"file":"week.csv"})" },
    { "console:alice", "record.reveal", "record:42", R"({"reason":"Fraud call","event":9})" },
    { "console:alice", "finding.status", "finding:3",
      R"({"old_status":"open","new_status":"dismissed","reason":"ok"})" },
    { "console:alice", "lock", "", R"({"reason":"idle"})" },
};
constexpr qint64 Total = 1 + qint64(std::size(Entries));

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The printed line of entry `seq` (2..Total).
QString line(qint64 seq)
{
    const Planned& p = Entries[seq - 2];
    const auto orDash = [](const char* text) { return *text ? QString::fromUtf8(text) : QStringLiteral("-"); };
    return QStringLiteral("%1  %2  %3  %4  %5  %6")
        .arg(seq)
        .arg(utc(Start + (seq - 2) * 60'000), QString::fromUtf8(p.actor), QString::fromUtf8(p.action), orDash(p.target),
             orDash(p.detail));
}
} // namespace

class CliAuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryEntryNewestLast();
    void lastAndActionNarrow();
    void jsonIsOneObject();
    void badLastIsAUsageError();
    void tamperedEntryIsNamed(); // last: it breaks the chain

private:
    CliRunner::Outcome audit(const QStringList& options = {}) const
    {
        return CliRunner::run(m_store.args(QStringLiteral("audit")) + options);
    }
    [[nodiscard]] qint64 auditRows() const
    {
        auto store = m_store.unlock();
        return store ? store->database().queryInt(QStringLiteral("SELECT count(*) FROM console_audit")).value() : -1;
    }

    CliStore m_store;
};

void CliAuditTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    auto store = m_store.unlock();
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    Database& database = store->database();
    auto transaction = Transaction::begin(database);
    QVERIFY(transaction.ok());
    qint64 at = Start;
    for (const Planned& p : Entries) {
        auto seq = ConsoleAudit::append(database,
                                        { QString::fromUtf8(p.actor), QString::fromUtf8(p.action),
                                          QString::fromUtf8(p.target), QString::fromUtf8(p.detail) },
                                        at);
        QVERIFY(seq.ok());
        at += 60'000;
    }
    QVERIFY(transaction->commit().ok());
}

void CliAuditTest::listsEveryEntryNewestLast()
{
    const CliRunner::Outcome outcome = audit();
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(describe(outcome)));
    QStringList lines = outcome.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), int(Total) + 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("1  "))
                 && lines.first().contains(QStringLiteral("  system  store.created  -  -")),
             qPrintable(lines.first()));
    for (qint64 seq = 2; seq <= Total; ++seq)
        QCOMPARE(lines[seq - 1], line(seq));
    QVERIFY2(lines.last().startsWith(QStringLiteral("Console audit chain: intact, %1 entries, head %1:").arg(Total)),
             qPrintable(lines.last()));
    // Reading the audit is not an action of its own.
    QCOMPARE(auditRows(), Total);
}

void CliAuditTest::lastAndActionNarrow()
{
    CliRunner::Outcome outcome = audit(
        { QStringLiteral("--last"), QStringLiteral("2"), QStringLiteral("--action"), QStringLiteral("record.") });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(describe(outcome)));
    QStringList lines = outcome.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], line(3));
    QCOMPARE(lines[1], line(5));
    QVERIFY2(lines[2].startsWith(QStringLiteral("Console audit chain: intact")), qPrintable(lines[2]));

    // Several prefixes, and --last beyond what matches: all of it, still oldest first; the chain covers everything.
    outcome = audit(
        { QStringLiteral("--last"), QStringLiteral("50"), QStringLiteral("--action"), QStringLiteral("export,lock") });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(describe(outcome)));
    lines = outcome.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], line(4));
    QCOMPARE(lines[1], line(7));
    QVERIFY2(lines[2].startsWith(QStringLiteral("Console audit chain: intact, %1 entries").arg(Total)),
             qPrintable(lines[2]));

    // The newest 3 of everything, with a note that there is more.
    outcome = audit({ QStringLiteral("--last"), QStringLiteral("3") });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(describe(outcome)));
    lines = outcome.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.mid(0, 3), (QStringList { line(5), line(6), line(7) }));
    QVERIFY2(lines[3].contains(QStringLiteral("3 of %1").arg(Total)), qPrintable(lines[3]));
}

void CliAuditTest::jsonIsOneObject()
{
    const CliRunner::Outcome outcome
        = audit({ QStringLiteral("--json"), QStringLiteral("--action"), QStringLiteral("record.reveal") });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(describe(outcome)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(outcome.out));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("matching")).toInteger(), qint64(2));
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries.last().toObject();
    QCOMPARE(newest.value(QStringLiteral("seq")).toInteger(), qint64(5));
    QCOMPARE(newest.value(QStringLiteral("at")).toString(), utc(Start + 3 * 60'000));
    QCOMPARE(newest.value(QStringLiteral("at_ms")).toInteger(), Start + 3 * 60'000);
    QCOMPARE(newest.value(QStringLiteral("actor")).toString(), QStringLiteral("console:alice"));
    QCOMPARE(newest.value(QStringLiteral("target")).toString(), QStringLiteral("record:42"));
    QCOMPARE(newest.value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Fraud call"));
    const QJsonObject chain = root.value(QStringLiteral("chain")).toObject();
    QCOMPARE(chain.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(chain.value(QStringLiteral("entries")).toInteger(), Total);
    QCOMPARE(chain.value(QStringLiteral("head_seq")).toInteger(), Total);
    QCOMPARE(chain.value(QStringLiteral("head_mac")).toString().size(), 64);
}

void CliAuditTest::badLastIsAUsageError()
{
    // No passphrase file: a usage error must come before the passphrase is needed.
    const CliRunner::Outcome outcome
        = CliRunner::run({ QStringLiteral("audit"), QStringLiteral("--store"), m_store.path(), QStringLiteral("--last"),
                           QStringLiteral("0") });
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(QStringLiteral("--last")), qPrintable(describe(outcome)));
}

void CliAuditTest::tamperedEntryIsNamed()
{
    {
        auto store = m_store.unlock();
        QVERIFY(store.ok());
        QVERIFY(
            store->database()
                .exec(QStringLiteral("UPDATE console_audit SET detail = '{\"reason\":\"Routine check\",\"event\":7}' "
                                     "WHERE seq = 3"))
                .ok());
    }
    const CliRunner::Outcome outcome = audit();
    QVERIFY2(!outcome.crashed && outcome.exitCode == 1, qPrintable(describe(outcome)));
    QVERIFY2(outcome.err.contains(QStringLiteral("Console audit chain BROKEN at entry 3")),
             qPrintable(describe(outcome)));
    // The entries are still listed, as they read now.
    QVERIFY2(outcome.out.contains(QStringLiteral("Routine check")), qPrintable(describe(outcome)));
    QVERIFY(!outcome.out.contains(QStringLiteral("chain: intact")));

    const CliRunner::Outcome json = audit({ QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1);
    const QJsonObject chain
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("chain")).toObject();
    QCOMPARE(chain.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(chain.value(QStringLiteral("first_bad_seq")).toInteger(), qint64(3));
    QVERIFY(!chain.value(QStringLiteral("reason")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(CliAuditTest)
#include "CliAuditTest.moc"
