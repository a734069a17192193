// `custodian-cli training export` through the real binary on a seeded demo store: the CSV's header counts against
// counts made by hand in SQL (required, complete and expired at the period's end, completions in the period), the
// rows a team and a module narrow to, a PDF that names who generated it, one console-audit entry per export, and the
// refusals — exit 2 naming the option for bad arguments, exit 1 for a missing module or an unwritable folder — after
// which no file and no audit entry exist.

#include "InteropSupport.h"

#include "demo/DemoGenerator.h"
#include "store/AssignmentInForce.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <map>

#include <unistd.h>

using namespace custodian;
using namespace custodian::test;

namespace {
const QDateTime End = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
// `--to 2026-03-01` runs to the end of that day: the state is the state at its last millisecond.
const qint64 PeriodEnd = End.addDays(1).toMSecsSinceEpoch() - 1;
const qint64 From = QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QString describe(const CliRunner::Outcome& outcome)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(outcome.exitCode)
        .arg(outcome.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outcome.out.left(2000), outcome.err);
}

// The header block of an export ("key,value" up to the empty line) and its table's rows as column -> cell.
struct Csv
{
    std::map<QString, QString> header;
    std::vector<std::map<QString, QString>> rows;
};

Csv readCsv(const QString& path)
{
    Csv csv;
    const QStringList lines = QString::fromUtf8(readFile(path)).split(QStringLiteral("\r\n"));
    qsizetype i = 0;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i)
        csv.header[lines[i].section(QLatin1Char(','), 0, 0)] = lines[i].section(QLatin1Char(','), 1);
    if (++i >= lines.size())
        return csv;
    const QStringList columns = lines[i].split(QLatin1Char(','));
    for (++i; i < lines.size() && !lines[i].isEmpty(); ++i) {
        // Demo names and titles hold no comma or quote; a quoted field would show here as a wrong column count.
        const QStringList cells = lines[i].split(QLatin1Char(','));
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c)
            row[columns[c]] = cells[c];
        row[QStringLiteral("#cells")] = QString::number(cells.size() - columns.size());
        csv.rows.push_back(row);
    }
    return csv;
}
} // namespace

class CliTrainingExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvCountsMatchHandCounts();
    void teamAndModuleNarrowTheRows();
    void pdfNamesTheGenerator();
    void refusals_data();
    void refusals();

private:
    CliRunner::Outcome exportWith(const QStringList& options)
    {
        return CliRunner::run(m_store.args(QStringLiteral("training")) + QStringList { QStringLiteral("export") }
                              + options);
    }
    qint64 auditEntries()
    {
        auto store = m_store.unlock();
        return store ? store->database().queryInt(QStringLiteral("SELECT count(*) FROM console_audit")).value() : -1;
    }

    CliStore m_store;
    QString m_out;
    qint64 m_required = 0;
    qint64 m_complete = 0;
    qint64 m_expired = 0;
    qint64 m_completedInPeriod = 0;
    QString m_teamId;
    QString m_team; // its name
    QString m_module; // a module code
};

void CliTrainingExportTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    auto store = m_store.unlock();
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    DemoGenerator::Options options;
    options.events = 6'000;
    options.seed = 7;
    options.end = End;
    options.days = 14;
    auto summary = DemoGenerator::generate(*store, options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    Database& database = store->database();

    // The rules in SQL, written independently of TrainingFactsReader, TrainingRules and TrainingEvidence, at the
    // period's end (every role change of the demo lies before it, so the in-force-now condition holds).
    const QString scope = QStringLiteral(
        "scope AS (SELECT a.id FROM agent a WHERE a.hired_at <= ?1 AND coalesce(a.departed_at, CASE WHEN a.status = 3 "
        "THEN a.status_changed_at END, ?1 + 1) > ?1)");
    const QString valid = QStringLiteral(
        "EXISTS (SELECT 1 FROM training_record p JOIN training_module m ON m.id = p.module_id WHERE p.agent_id = "
        "req.agent_id AND p.module_id = req.module_id AND p.passed = 1 AND p.completed_at <= ?1 AND "
        "coalesce(p.expires_at, p.completed_at + m.validity_days * 86400000) > ?1)");
    auto hand = database.prepare(
        QStringLiteral("WITH %1, req AS (SELECT r.agent_id, r.module_id FROM training_record r JOIN scope s ON s.id = "
                       "r.agent_id WHERE r.assigned_at <= ?1 UNION SELECT ra.agent_id, q.module_id FROM "
                       "role_assignment ra JOIN scope s ON s.id = ra.agent_id JOIN role_training_requirement q ON "
                       "q.role_id = ra.role_id WHERE %2) SELECT count(*), sum(%3), sum(NOT %3 AND EXISTS (SELECT 1 "
                       "FROM training_record p WHERE p.agent_id = req.agent_id AND p.module_id = req.module_id AND "
                       "p.passed = 1 AND p.completed_at <= ?1)) FROM req")
            .arg(scope, AssignmentInForce::condition(u"ra", 1), valid));
    QVERIFY(hand.ok());
    hand->bind(1, PeriodEnd);
    QVERIFY(*hand->step());
    m_required = hand->int64(0);
    m_complete = hand->int64(1);
    m_expired = hand->int64(2);
    auto completed = database.prepare(
        QStringLiteral("WITH %1 SELECT count(*) FROM (SELECT DISTINCT r.agent_id, r.module_id FROM training_record r "
                       "JOIN scope s ON s.id = r.agent_id WHERE r.completed_at BETWEEN ?2 AND ?1)")
            .arg(scope));
    QVERIFY(completed.ok());
    completed->bind(1, PeriodEnd).bind(2, From);
    QVERIFY(*completed->step());
    m_completedInPeriod = completed->int64(0);
    QVERIFY2(m_required > m_complete && m_expired > 0 && m_completedInPeriod > 0, "the demo has too little training");

    // A team and a module with training in it (demo team names repeat across sites: the team is named by its id).
    auto pair = database.prepare(
        QStringLiteral("SELECT t.id, t.name, m.code FROM training_record r JOIN agent a ON a.id = r.agent_id "
                       "JOIN team t ON t.id = a.team_id JOIN training_module m ON m.id = r.module_id "
                       "WHERE a.departed_at IS NULL AND a.status <> 3 GROUP BY t.id, m.id ORDER BY count(*) DESC "
                       "LIMIT 1"));
    QVERIFY(pair.ok() && *pair->step());
    m_teamId = QString::number(pair->int64(0));
    m_team = pair->text(1);
    m_module = pair->text(2);
    m_out = m_store.root() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(m_out));
}

void CliTrainingExportTest::csvCountsMatchHandCounts()
{
    const qint64 before = auditEntries();
    const QString path = m_out + QStringLiteral("/all.csv");
    const CliRunner::Outcome outcome = exportWith(
        { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), path, QStringLiteral("--from"),
          QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-03-01") });
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    QVERIFY2(outcome.out.contains(QLatin1String("Wrote ")), qPrintable(outcome.out));
    const Csv csv = readCsv(path);
    QCOMPARE(csv.header.at(QStringLiteral("period_from_utc")), QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(csv.header.at(QStringLiteral("period_end_utc")), QStringLiteral("2026-03-01T23:59:59Z"));
    QVERIFY(csv.header.at(QStringLiteral("generated_by")).endsWith(QLatin1String("(command line)")));
    QCOMPARE(csv.header.at(QStringLiteral("required")).toLongLong(), m_required);
    QCOMPARE(csv.header.at(QStringLiteral("complete_at_end")).toLongLong(), m_complete);
    QCOMPARE(csv.header.at(QStringLiteral("expired_at_end")).toLongLong(), m_expired);
    QCOMPARE(csv.header.at(QStringLiteral("completed_in_period")).toLongLong(), m_completedInPeriod);
    QCOMPARE(qint64(csv.rows.size()), csv.header.at(QStringLiteral("rows")).toLongLong());
    qint64 withCompletion = 0;
    for (const auto& row : csv.rows) {
        QCOMPARE(row.at(QStringLiteral("#cells")), QStringLiteral("0"));
        const QString completed = row.at(QStringLiteral("completed_utc"));
        if (completed.isEmpty())
            continue;
        ++withCompletion;
        QVERIFY2(completed >= QLatin1String("2026-02-01T") && completed <= QLatin1String("2026-03-01T23:59:59Z")
                     && completed.endsWith(QLatin1Char('Z')),
                 qPrintable(completed));
    }
    QCOMPARE(withCompletion, m_completedInPeriod);

    QCOMPARE(auditEntries(), before + 1);
    auto store = m_store.unlock();
    QVERIFY(store.ok());
    auto last = store->database().prepare(
        QStringLiteral("SELECT actor, action, target, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    QVERIFY(last.ok() && *last->step());
    QVERIFY(last->text(0).startsWith(QLatin1String("cli:")));
    QCOMPARE(last->text(1), QStringLiteral("export"));
    QCOMPARE(last->text(2), QStringLiteral("training"));
    const QJsonObject detail = QJsonDocument::fromJson(last->text(3).toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), qint64(csv.rows.size()));
    QCOMPARE(detail.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-02T00:00:00Z"));
}

void CliTrainingExportTest::teamAndModuleNarrowTheRows()
{
    const QString path = m_out + QStringLiteral("/team.csv");
    const CliRunner::Outcome outcome
        = exportWith({ QStringLiteral("--format"), QStringLiteral("CSV"), QStringLiteral("--out"), path,
                       QStringLiteral("--team"), m_teamId, QStringLiteral("--module"), m_module });
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    const Csv csv = readCsv(path);
    QVERIFY(!csv.rows.empty());
    QVERIFY(csv.header.at(QStringLiteral("scope")).startsWith(m_team + QStringLiteral(" (")));
    QVERIFY(csv.header.at(QStringLiteral("module")).startsWith(m_module));
    for (const auto& row : csv.rows) {
        QCOMPARE(row.at(QStringLiteral("team")), m_team);
        QCOMPARE(row.at(QStringLiteral("module_code")), m_module);
    }
}

void CliTrainingExportTest::pdfNamesTheGenerator()
{
    const QString path = m_out + QStringLiteral("/all.pdf");
    const CliRunner::Outcome outcome
        = exportWith({ QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path,
                       QStringLiteral("--site"), QStringLiteral("1") });
    QVERIFY2(outcome.exitCode == 0, qPrintable(describe(outcome)));
    QVERIFY(readFile(path).startsWith("%PDF-"));
    QProcess text;
    text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
               { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                 QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(page.contains(QLatin1String("Training evidence")), qPrintable(page));
    QVERIFY2(page.contains(QLatin1String("(command line)")), qPrintable(page));
    QVERIFY2(page.contains(QLatin1String("Scope: ")), qPrintable(page));
}

void CliTrainingExportTest::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("refused.csv");
    QTest::newRow("no format") << QStringList { QStringLiteral("--out"), out } << 2 << QStringLiteral("--format");
    QTest::newRow("bad format") << QStringList { QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                 QStringLiteral("--out"), out }
                                << 2 << QStringLiteral("--format");
    QTest::newRow("no out") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") } << 2
                            << QStringLiteral("--out");
    QTest::newRow("bad from") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                               QStringLiteral("--out"),    out,
                                               QStringLiteral("--from"),   QStringLiteral("2026-02-30") }
                              << 2 << QStringLiteral("--from");
    QTest::newRow("bad to") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--out"),    out,
                                             QStringLiteral("--to"),     QStringLiteral("yesterday") }
                            << 2 << QStringLiteral("--to");
    QTest::newRow("from after to") << QStringList {
        QStringLiteral("--format"), QStringLiteral("csv"),        QStringLiteral("--out"), out,
        QStringLiteral("--from"),   QStringLiteral("2026-03-01"), QStringLiteral("--to"),  QStringLiteral("2026-02-01")
    } << 2 << QStringLiteral("--from");
    QTest::newRow("team and site") << QStringList {
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),  out,
        QStringLiteral("--team"),   QStringLiteral("1"),   QStringLiteral("--site"), QStringLiteral("1")
    } << 2 << QStringLiteral("--team");
    QTest::newRow("unknown module") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                                     QStringLiteral("--out"),    out,
                                                     QStringLiteral("--module"), QStringLiteral("NO-SUCH-MODULE") }
                                    << 1 << QStringLiteral("NO-SUCH-MODULE");
    // /proc takes no new files, even from root: an unwritable folder whoever runs the test.
    QTest::newRow("unwritable folder") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                                                        QStringLiteral("--out"),
                                                        QStringLiteral("/proc/custodian-evidence.csv") }
                                       << 1 << QStringLiteral("/proc");
    QTest::newRow("missing folder") << QStringList { QStringLiteral("--format"), QStringLiteral("pdf"),
                                                     QStringLiteral("--out"), QStringLiteral("no-such-dir/e.pdf") }
                                    << 1 << QStringLiteral("does not exist");
}

void CliTrainingExportTest::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // Relative names land in a folder of their own, so "nothing written" can be checked by listing it.
    const QString dir = m_out + QStringLiteral("/refused-") + QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(QDir().mkpath(dir));
    for (QString& option : options) {
        if (option.endsWith(QLatin1String(".csv")) || option.endsWith(QLatin1String(".pdf")))
            option = option.startsWith(QLatin1Char('/')) ? option : dir + QLatin1Char('/') + option;
    }
    const qint64 before = auditEntries();
    const CliRunner::Outcome outcome = exportWith(options);
    QVERIFY2(outcome.exitCode == exitCode, qPrintable(describe(outcome)));
    QVERIFY2(outcome.err.contains(message), qPrintable(describe(outcome)));
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QFile::exists(QStringLiteral("/proc/custodian-evidence.csv")));
    QCOMPARE(auditEntries(), before);
}

QTEST_MAIN(CliTrainingExportTest)
#include "CliTrainingExportTest.moc"
