// `custodian-cli export` through the real binary: the rows of a filter to CSV and PDF, the summary line, the
// console-audit entry with actor cli:$USER, and every refusal — an unknown --what or --format, dates that are not
// ISO 8601 or in the wrong order, a missing output folder, an existing output without --force, a symbolic link as
// output (dangling or not, with or without --force), a wrong passphrase, an unknown agent — with its own message and
// exit status, no output file, no temporary file, and no audit entry.

#include "InteropSupport.h"
#include "support/DemoSeed.h"

#include "domain/LocalUser.h"
#include "store/ConsoleAudit.h"
#include "support/FileSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace custodian;
using namespace custodian::test;

namespace {
const QDateTime End = DemoSeed::end();
constexpr char User[] = "auditor7";

qint64 ms(const QString& iso)
{
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODate);
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), QTimeZone::utc());
    return moment.toMSecsSinceEpoch();
}
} // namespace

class CliExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvOfAnAgentAndAWeek();
    void pdfWithOtherFilters();
    void existingOutputNeedsForce();
    void outputIsPrivateAndAuditedWhereItIs();
    void teamNamedWithItsSite();
    void refusals_data();
    void refusals();
    void refusalsWroteNoAuditEntry();

private:
    struct Facts
    {
        qint64 events = -1;
        qint64 audit = -1;
        QString lastActor;
        QString lastAction;
        QString lastDetail;
    };
    // Opens the store through the library (real scrypt: about a second) and reads what the tests compare with.
    Facts facts(const QString& countSql = {});
    CliRunner::Outcome exportWith(const QStringList& options, bool rightPassphrase = true);

    CliStore m_store;
    QString m_out;
    QString m_wrongPassphraseFile;
    QString m_employeeNo;
    QString m_otherEmployeeNo;
    qint64 m_agentId = 0;
    qint64 m_otherAgentId = 0;
    qint64 m_auditBeforeRefusals = -1;
    QString m_sharedTeamName; // a team name several sites use
    QString m_siteCode; // one of those sites
    qint64 m_teamAtSite = 0;
};

void CliExportTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdfinfo (poppler-utils) is needed: packaging/install-deps.sh installs it");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    {
        auto store = m_store.unlock();
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
        const QString seeded = DemoSeed::generate(*store, 3);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
        auto statement = store->database().prepare(
            QStringLiteral("SELECT a.id, a.employee_no FROM access_event e JOIN agent a ON a.id = e.agent_id "
                           "GROUP BY a.id ORDER BY count(*) DESC LIMIT 2"));
        QVERIFY(statement.ok());
        QVERIFY(*statement->step());
        m_agentId = statement->int64(0);
        m_employeeNo = statement->text(1);
        QVERIFY(*statement->step());
        m_otherAgentId = statement->int64(0);
        m_otherEmployeeNo = statement->text(1);
        auto team = store->database().prepare(
            QStringLiteral("SELECT t.name, s.code, t.id FROM team t JOIN site s ON s.id = t.site_id WHERE t.name IN "
                           "(SELECT name FROM team GROUP BY name HAVING count(*) > 1) ORDER BY t.id LIMIT 1"));
        QVERIFY(team.ok());
        QVERIFY2(*team->step(), "the demo has no team name shared by two sites");
        m_sharedTeamName = team->text(0);
        m_siteCode = team->text(1);
        m_teamAtSite = team->int64(2);
    }
    m_out = m_store.root() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(m_out));
    m_wrongPassphraseFile = m_store.root() + QStringLiteral("/wrong.txt");
    QVERIFY(writeFile(m_wrongPassphraseFile, QByteArrayLiteral("not the passphrase\n")));
}

CliExportTest::Facts CliExportTest::facts(const QString& countSql)
{
    Facts facts;
    auto store = m_store.unlock();
    if (!store)
        return facts;
    Database& database = store->database();
    if (!countSql.isEmpty())
        facts.events = database.queryInt(countSql).value();
    facts.audit = database.queryInt(QStringLiteral("SELECT count(*) FROM console_audit")).value();
    auto last
        = database.prepare(QStringLiteral("SELECT actor, action, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    if (last && *last->step()) {
        facts.lastActor = last->text(0);
        facts.lastAction = last->text(1);
        facts.lastDetail = last->text(2);
    }
    return facts;
}

CliRunner::Outcome CliExportTest::exportWith(const QStringList& options, bool rightPassphrase)
{
    QStringList arguments = m_store.args(QStringLiteral("export"));
    if (!rightPassphrase)
        arguments[arguments.indexOf(m_store.passphraseFile())] = m_wrongPassphraseFile;
    QProcessEnvironment environment = CliRunner::defaultEnvironment();
    environment.insert(QStringLiteral("USER"), QString::fromLatin1(User));
    return CliRunner::run(arguments + options, environment);
}

void CliExportTest::csvOfAnAgentAndAWeek()
{
    const QString out = m_out + QStringLiteral("/agent-week.csv");
    // A date alone for --to includes that day: [2026-02-20, 2026-02-27) in UTC.
    const CliRunner::Outcome outcome = exportWith(
        { QStringLiteral("--what"), QStringLiteral("access"), QStringLiteral("--from"), QStringLiteral("2026-02-20"),
          QStringLiteral("--to"), QStringLiteral("2026-02-26"), QStringLiteral("--agent"), m_employeeNo,
          QStringLiteral("--agent"), QString::number(m_otherAgentId), QStringLiteral("--out"), out });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const Facts after = facts(QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id IN (%1, %2) AND "
                                             "occurred_at >= %3 AND occurred_at < %4")
                                  .arg(m_agentId)
                                  .arg(m_otherAgentId)
                                  .arg(ms(QStringLiteral("2026-02-20T00:00:00Z")))
                                  .arg(ms(QStringLiteral("2026-02-27T00:00:00Z"))));
    QVERIFY(after.events > 10);
    // One line: rows and file.
    QCOMPARE(outcome.out.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("Exported %1 access events to %2").arg(after.events).arg(out)),
             qPrintable(CliRunner::describe(outcome)));
    const QByteArray csv = readFile(out);
    QCOMPARE(csv.count("\r\n"), after.events + 1);
    QVERIFY(csv.startsWith("time_utc,event_id,"));
    QVERIFY(csv.contains(m_employeeNo.toUtf8()));

    // Audited as cli:<login name> — from the password database, not the spoofable USER variable set to something
    // else above — with the file name and the filter.
    QCOMPARE(after.lastActor, QStringLiteral("cli:") + localUserName());
    QVERIFY(after.lastActor != QStringLiteral("cli:") + QString::fromLatin1(User));
    QCOMPARE(after.lastAction, QStringLiteral("export"));
    const QJsonObject detail = QJsonDocument::fromJson(after.lastDetail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), after.events);
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), QFileInfo(out).canonicalFilePath());
    QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    const QJsonObject filter = detail.value(QStringLiteral("filter")).toObject();
    QCOMPARE(filter.value(QStringLiteral("from")).toInteger(), ms(QStringLiteral("2026-02-20T00:00:00Z")));
    QCOMPARE(filter.value(QStringLiteral("to")).toInteger(), ms(QStringLiteral("2026-02-27T00:00:00Z")));
    QCOMPARE(filter.value(QStringLiteral("agents")).toArray().size(), 2);
}

void CliExportTest::pdfWithOtherFilters()
{
    const QString out = m_out + QStringLiteral("/cards.pdf");
    // Date-times with and without an offset; --format from the file name; comma-separated values.
    const CliRunner::Outcome outcome = exportWith(
        { QStringLiteral("--what"), QStringLiteral("access"), QStringLiteral("--from"),
          QStringLiteral("2026-02-16T09:30:00+01:00"), QStringLiteral("--to"), QStringLiteral("2026-03-01T00:00:00"),
          QStringLiteral("--agent"), m_employeeNo.toLower() + QLatin1Char(',') + m_otherEmployeeNo,
          QStringLiteral("--data-class"), QStringLiteral("payment_card,pii"), QStringLiteral("--outcome"),
          QStringLiteral("success"), QStringLiteral("--out"), out });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const Facts after = facts(QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id IN (%1, %2) AND "
                                             "data_class IN (1, 2) AND outcome = 1 AND occurred_at >= %3 AND "
                                             "occurred_at < %4")
                                  .arg(m_agentId)
                                  .arg(m_otherAgentId)
                                  .arg(ms(QStringLiteral("2026-02-16T08:30:00Z")))
                                  .arg(End.toMSecsSinceEpoch()));
    QVERIFY(after.events > 10);
    const QRegularExpression summary(
        QStringLiteral("Exported (\\d+) access events to .*cards\\.pdf \\(pdf, (\\d+) pages"));
    const auto match = summary.match(outcome.out);
    QVERIFY2(match.hasMatch(), qPrintable(outcome.out));
    QCOMPARE(match.captured(1).toLongLong(), after.events);
    QVERIFY(readFile(out).startsWith("%PDF-"));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), { out });
    QVERIFY(pdfinfo.waitForFinished(30000));
    QVERIFY2(QString::fromUtf8(pdfinfo.readAllStandardOutput())
                 .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(match.captured(2)))),
             "pdfinfo disagrees with the page count printed");
    QCOMPARE(after.lastAction, QStringLiteral("export"));
    QCOMPARE(QJsonDocument::fromJson(after.lastDetail.toUtf8()).object().value(QStringLiteral("format")).toString(),
             QStringLiteral("pdf"));
}

void CliExportTest::existingOutputNeedsForce()
{
    const QString out = m_out + QStringLiteral("/existing.csv");
    QVERIFY(writeFile(out, QByteArrayLiteral("keep me\n")));
    const QStringList options { QStringLiteral("--what"), QStringLiteral("access"),
                                QStringLiteral("--from"), QStringLiteral("2026-02-27"),
                                QStringLiteral("--to"),   QStringLiteral("2026-02-28"),
                                QStringLiteral("--out"),  out };
    const CliRunner::Outcome refused = exportWith(options);
    QVERIFY2(!refused.crashed && refused.exitCode == 1, qPrintable(CliRunner::describe(refused)));
    QVERIFY2(refused.err.contains(QLatin1String("already exists")) && refused.err.contains(QLatin1String("--force")),
             qPrintable(CliRunner::describe(refused)));
    QCOMPARE(readFile(out), QByteArrayLiteral("keep me\n"));

    const CliRunner::Outcome forced = exportWith(options + QStringList { QStringLiteral("--force") });
    QVERIFY2(!forced.crashed && forced.exitCode == 0, qPrintable(CliRunner::describe(forced)));
    QVERIFY(readFile(out).startsWith("time_utc,event_id,"));
    QVERIFY(QFile::remove(out));
}

void CliExportTest::outputIsPrivateAndAuditedWhereItIs()
{
    // Written through a symbolic link to its folder, with a permissive umask: the file is still readable by its owner
    // only, and the audit entry names the real folder.
    const QString real = m_out + QStringLiteral("/real");
    const QString linked = m_out + QStringLiteral("/linked");
    QVERIFY(QDir().mkpath(real));
    QVERIFY(QFile::link(real, linked));
    const mode_t previous = ::umask(0022);
    const CliRunner::Outcome outcome
        = exportWith({ QStringLiteral("--what"), QStringLiteral("access"), QStringLiteral("--from"),
                       QStringLiteral("2026-02-27"), QStringLiteral("--to"), QStringLiteral("2026-02-28"),
                       QStringLiteral("--out"), linked + QStringLiteral("/day.csv") });
    ::umask(previous);
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const QString file = QFileInfo(real + QStringLiteral("/day.csv")).canonicalFilePath();
    QCOMPARE(QFile::permissions(file),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const Facts after = facts();
    QCOMPARE(after.lastAction, QStringLiteral("export"));
    QCOMPARE(QJsonDocument::fromJson(after.lastDetail.toUtf8()).object().value(QStringLiteral("file")).toString(),
             file);
}

void CliExportTest::teamNamedWithItsSite()
{
    const QString out = m_out + QStringLiteral("/team.csv");
    const CliRunner::Outcome outcome = exportWith(
        { QStringLiteral("--what"), QStringLiteral("access"), QStringLiteral("--from"), QStringLiteral("2026-02-20"),
          QStringLiteral("--to"), QStringLiteral("2026-02-28"), QStringLiteral("--team"), m_sharedTeamName,
          QStringLiteral("--site"), m_siteCode.toLower(), QStringLiteral("--out"), out });
    QVERIFY2(!outcome.crashed && outcome.exitCode == 0, qPrintable(CliRunner::describe(outcome)));
    const Facts after
        = facts(QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id IN (SELECT id FROM agent "
                               "WHERE team_id = %1) AND occurred_at >= %2 AND occurred_at < %3")
                    .arg(m_teamAtSite)
                    .arg(ms(QStringLiteral("2026-02-20T00:00:00Z")))
                    .arg(End.toMSecsSinceEpoch()));
    QVERIFY(after.events > 0);
    QVERIFY2(outcome.out.contains(QStringLiteral("Exported %1 access events").arg(after.events)),
             qPrintable(CliRunner::describe(outcome)));
    QCOMPARE(readFile(out).count("\r\n"), after.events + 1);
}

void CliExportTest::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("rightPassphrase");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    const QString out = QStringLiteral("%OUT%/refused.csv");
    const QStringList what { QStringLiteral("--what"), QStringLiteral("access") };
    const QStringList week { QStringLiteral("--from"), QStringLiteral("2026-02-20"), QStringLiteral("--to"),
                             QStringLiteral("2026-02-26") };
    const QStringList toOut { QStringLiteral("--out"), out };
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };

    row("unknown --what") << (QStringList { QStringLiteral("--what"), QStringLiteral("roles") } + week + toOut) << true
                          << 2 << QStringLiteral("Unknown --what 'roles'");
    row("no --what") << (week + toOut) << true << 2 << QStringLiteral("--what is required");
    row("bad --from") << (what
                          + QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                                          QStringLiteral("--to"), QStringLiteral("2026-02-26") }
                          + toOut)
                      << true << 2 << QStringLiteral("--from: '2026-13-01' is not an ISO 8601 date");
    row("bad --to") << (what
                        + QStringList { QStringLiteral("--from"), QStringLiteral("2026-02-20"), QStringLiteral("--to"),
                                        QStringLiteral("next tuesday") }
                        + toOut)
                    << true << 2 << QStringLiteral("--to: 'next tuesday' is not an ISO 8601 date");
    row("from after to") << (what
                             + QStringList { QStringLiteral("--from"), QStringLiteral("2026-02-26"),
                                             QStringLiteral("--to"), QStringLiteral("2026-02-20") }
                             + toOut)
                         << true << 2 << QStringLiteral("is not before --to");
    row("empty range") << (what
                           + QStringList { QStringLiteral("--from"), QStringLiteral("2026-02-20T10:00:00Z"),
                                           QStringLiteral("--to"), QStringLiteral("2026-02-20T11:00:00+01:00") }
                           + toOut)
                       << true << 2 << QStringLiteral("is not before --to");
    row("no --from") << (what + QStringList { QStringLiteral("--to"), QStringLiteral("2026-02-20") } + toOut) << true
                     << 2 << QStringLiteral("--from and --to are required");
    row("unknown --format") << (what + week + toOut
                                + QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") })
                            << true << 2 << QStringLiteral("Unknown --format 'xlsx'");
    row("unknown --data-class") << (what + week + toOut
                                    + QStringList { QStringLiteral("--data-class"), QStringLiteral("secret") })
                                << true << 2 << QStringLiteral("--data-class: unknown value 'secret'");
    row("no --out") << (what + week) << true << 2 << QStringLiteral("--out FILE is required");
    row("output folder missing") << (what + week
                                     + QStringList { QStringLiteral("--out"), QStringLiteral("%OUT%/missing/x.csv") })
                                 << true << 1 << QStringLiteral("does not exist");
    row("output exists") << (what + week + QStringList { QStringLiteral("--out"), QStringLiteral("%OUT%/present.csv") })
                         << true << 1 << QStringLiteral("already exists; use --force");
    row("output is a dangling symbolic link")
        << (what + week + QStringList { QStringLiteral("--out"), QStringLiteral("%OUT%/dangling.csv") }) << true << 1
        << QStringLiteral("is a symbolic link");
    row("forced output is a symbolic link to a file")
        << (what + week
            + QStringList { QStringLiteral("--out"), QStringLiteral("%OUT%/link.csv"), QStringLiteral("--force") })
        << true << 1 << QStringLiteral("is a symbolic link");
    row("output is a folder") << (what + week + QStringList { QStringLiteral("--out"), QStringLiteral("%OUT%") })
                              << true << 1 << QStringLiteral("is a folder");
    row("wrong passphrase") << (what + week + toOut) << false << 1 << QStringLiteral("passphrase is wrong");
    row("team name of several sites") << (what + week + toOut
                                          + QStringList { QStringLiteral("--team"), QStringLiteral("%TEAM%") })
                                      << true << 1 << QStringLiteral("Or add --site");
    row("unknown agent") << (what + week + toOut
                             + QStringList { QStringLiteral("--agent"), QStringLiteral("E0000001") })
                         << true << 1 << QStringLiteral("--agent: no agent 'E0000001'");
}

void CliExportTest::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(bool, rightPassphrase);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    if (m_auditBeforeRefusals < 0)
        m_auditBeforeRefusals = facts().audit;
    const QString out = m_out + QStringLiteral("/refusals");
    QVERIFY(QDir().mkpath(out));
    QVERIFY(writeFile(out + QStringLiteral("/present.csv"), QByteArrayLiteral("keep me\n")));
    // Links an attacker (or a careless script) left where the export goes: one to nowhere, one to a file.
    if (!QFileInfo(out + QStringLiteral("/dangling.csv")).isSymLink())
        QVERIFY(QFile::link(out + QStringLiteral("/nowhere.csv"), out + QStringLiteral("/dangling.csv")));
    if (!QFileInfo(out + QStringLiteral("/link.csv")).isSymLink())
        QVERIFY(QFile::link(out + QStringLiteral("/present.csv"), out + QStringLiteral("/link.csv")));
    for (QString& option : options)
        option.replace(QLatin1String("%OUT%"), out).replace(QLatin1String("%TEAM%"), m_sharedTeamName);
    const FileSnapshot storeBefore = FileSnapshot::of(m_store.storeDir());
    const FileSnapshot outBefore = FileSnapshot::of(out);

    const CliRunner::Outcome outcome = exportWith(options, rightPassphrase);
    const QString what = options.join(QLatin1Char(' ')) + QLatin1Char('\n') + CliRunner::describe(outcome);
    QVERIFY2(!outcome.crashed, qPrintable(what));
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(QStringLiteral("expected exit %1: ").arg(exitCode) + what));
    QVERIFY2(outcome.err.contains(phrase), qPrintable(QStringLiteral("expected '%1' on stderr: ").arg(phrase) + what));
    QVERIFY2(outcome.out.isEmpty(), qPrintable(what));
    QVERIFY2(!outcome.err.contains(QString::fromUtf8(CliStore::Passphrase)), qPrintable(what));
    // Nothing written: no output, no temporary file beside it, the store's files as they were.
    const FileSnapshot outAfter = FileSnapshot::of(out);
    QVERIFY2(outAfter == outBefore, qPrintable(outBefore.describeDifference(outAfter) + QLatin1Char('\n') + what));
    const FileSnapshot storeAfter = FileSnapshot::of(m_store.storeDir());
    QVERIFY2(storeAfter == storeBefore,
             qPrintable(storeBefore.describeDifference(storeAfter) + QLatin1Char('\n') + what));
}

void CliExportTest::refusalsWroteNoAuditEntry()
{
    QVERIFY(m_auditBeforeRefusals >= 0);
    QCOMPARE(facts().audit, m_auditBeforeRefusals);
}

QTEST_GUILESS_MAIN(CliExportTest)
#include "CliExportTest.moc"
