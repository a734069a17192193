// The training evidence export (TrainingEvidence, TrainingEvidenceJob; docs/training.md, "Evidence for auditors") on
// a hand-made store: which agent × module rows it lists for a scope, a module and a period, each cell of them, the
// counts of its header against counts made by hand, the PDF (valid, naming who generated it), the console-audit
// entry, and that a cancelled or refused export writes no file and no entry.
#include "export/TrainingEvidenceJob.h"
#include "store/Database.h"
#include "store/Store.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 Day = 24LL * 3600 * 1000;
const qint64 T0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); // the period's end
const QString Actor = QStringLiteral("console:auditor7");

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString pdfTool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// A parsed CSV export: the header block ("key,value" lines up to the empty line) and the table, rows keyed by
// employee number and module code. The hand-made names need no quoting.
struct Csv
{
    std::map<QString, QString> header;
    QStringList columns;
    std::map<QString, std::map<QString, QString>> rows; // "E1/pci" -> column -> cell
};

Csv readCsv(const QString& path)
{
    Csv csv;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return csv;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    qsizetype i = 0;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i)
        csv.header[lines[i].section(QLatin1Char(','), 0, 0)] = lines[i].section(QLatin1Char(','), 1);
    if (++i >= lines.size())
        return csv;
    csv.columns = lines[i].split(QLatin1Char(','));
    for (++i; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < cells.size() && c < csv.columns.size(); ++c)
            row[csv.columns[c]] = cells[c];
        csv.rows[row[QStringLiteral("employee_no")] + QLatin1Char('/') + row[QStringLiteral("module_code")]] = row;
    }
    return csv;
}
} // namespace

class TrainingEvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyoneEveryModule();
    void teamModuleAndPeriodNarrowTheRows();
    void pdfNamesTheGenerator();
    void cancelledOrRefusedWritesNothing();

private:
    Database& database() { return m_store.store().database(); }
    qint64 auditEntries() { return queryInt(m_store.store(), QStringLiteral("SELECT count(*) FROM console_audit")); }
    Result<TrainingEvidenceJob::Summary> run(TrainingEvidenceJob::Request request,
                                             const std::atomic_bool* cancel = nullptr)
    {
        request.actor = Actor;
        request.nowMs = T0 + Day; // generated a day after the period ended
        if (!request.toMs)
            request.toMs = T0;
        TrainingEvidenceJob job(database(), database(), std::move(request));
        job.setCancelFlag(cancel);
        return job.run();
    }

    TestStore m_store;
    QTemporaryDir m_out;
};

void TrainingEvidenceTest::initTestCase()
{
    QVERIFY2(m_store.isValid(), qPrintable(m_store.errorMessage()));
    QVERIFY(m_out.isValid());
    auto t = [](qint64 days) { return QString::number(T0 + days * Day); };
    // Ana (E1) and Rui (E2) in Payments (Lisbon) hold the card role, which requires PCI; Eva (E3) in Care (Porto)
    // was assigned GDPR individually; Luís (E4) passed GDPR in the period but left before its end.
    CUSTODIAN_VERIFY_OK(database().exec(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT'), "
            "(2, 'POR', 'Porto', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments'), (2, 2, 'Care');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at, departed_at) VALUES "
            "(1, 'E1', 'Ana Lima', 1, 0, NULL), (2, 'E2', 'Rui Sousa', 1, 0, NULL), (3, 'E3', 'Eva Dias', 2, 0, NULL), "
            "(4, 'E4', 'Luís Reis', 1, 0, %1);"
            "INSERT INTO training_module (id, code, title, framework, control_ref, validity_days, pass_score) VALUES "
            "(1, 'pci', 'PCI DSS awareness', 'PCI DSS', '12.6.3', 365, 80), "
            "(2, 'gdpr', 'GDPR essentials', 'GDPR', 'Art. 39', 365, 75);"
            "INSERT INTO role (id, code, name) VALUES (10, 'card_handler', 'Card handler');"
            "INSERT INTO role_training_requirement VALUES (10, 1);"
            "INSERT INTO training_campaign (id, name, module_id, starts_at, due_at) VALUES "
            "(5, 'GDPR essentials, autumn', 2, %2, %3);"
            "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
            "requested_by, requested_at) VALUES (1, 1, 10, 2, %4, NULL, 'Payments desk', 1, %4), "
            "(2, 2, 10, 2, %4, NULL, 'Payments desk', 1, %4);")
            .arg(t(-5), t(-60), t(-30), t(-400))));
    // Ana: an old PCI pass and a new one in the period (with its certificate), a failed GDPR attempt for the campaign
    // (overdue at the end), a PCI pass after the period. Rui: a PCI pass that expired 15 days before the end. Eva:
    // GDPR passed in the period. Luís: GDPR passed in the period, but he left.
    CUSTODIAN_VERIFY_OK(database().exec(
        QStringLiteral("INSERT INTO training_record (id, agent_id, module_id, campaign_id, assigned_at, due_at, "
                       "completed_at, score, passed, expires_at, certificate_ref) VALUES "
                       "(1, 1, 1, NULL, %1, %2, %3, 85, 1, %4, NULL), "
                       "(2, 1, 1, NULL, %5, %6, %7, 92, 1, %8, 'stmt-a1'), "
                       "(3, 1, 2, 5, %9, %10, %11, 50, 0, NULL, NULL), "
                       "(4, 1, 1, NULL, %12, %12, %12, 99, 1, %13, 'stmt-late'), "
                       "(5, 2, 1, NULL, %14, %15, %16, 88, 1, %17, 'stmt-b1'), "
                       "(6, 3, 2, NULL, %18, %19, %20, 77, 1, %21, 'stmt-c1'), "
                       "(7, 4, 2, 5, %9, %10, %20, 90, 1, %21, 'stmt-d1');")
            .arg(t(-320), t(-306), t(-300), t(65))
            .arg(t(-70), t(-56), t(-50), t(315))
            .arg(t(-60), t(-30), t(-40))
            .arg(t(1), t(366))
            .arg(t(-400), t(-386), t(-380), t(-15))
            .arg(t(-20), t(10), t(-10), t(355))));
}

void TrainingEvidenceTest::everyoneEveryModule()
{
    const qint64 entries = auditEntries();
    const QString path = m_out.filePath(QStringLiteral("all.csv"));
    TrainingEvidenceJob::Request request;
    request.path = path;
    request.fromMs = T0 - 100 * Day;
    auto summary = run(request);
    CUSTODIAN_VERIFY_OK(summary);

    // By hand: three agents in scope at the end (Luís left); rows Ana × PCI (required by role, passed in the
    // period), Ana × GDPR (assigned, failed, overdue), Rui × PCI (required, expired, nothing in the period), Eva ×
    // GDPR (assigned, passed). Rui and Eva are not required GDPR or PCI and did nothing there: no row.
    const TrainingEvidence::Counts& c = summary->counts;
    QCOMPARE(c.agents, 3);
    QCOMPARE(c.rows, 4);
    QCOMPARE(c.required, 4);
    QCOMPARE(c.complete, 2);
    QCOMPARE(c.completedInPeriod, 3);
    QCOMPARE(c.passedInPeriod, 2);
    QCOMPARE(c.overdue, 1);
    QCOMPARE(c.expired, 1);

    const Csv csv = readCsv(path);
    QCOMPARE(csv.header.at(QStringLiteral("report")), QStringLiteral("training_evidence"));
    QCOMPARE(csv.header.at(QStringLiteral("generated_by")), QStringLiteral("auditor7"));
    QCOMPARE(csv.header.at(QStringLiteral("generated_at_utc")), iso(T0 + Day));
    QCOMPARE(csv.header.at(QStringLiteral("scope")), QStringLiteral("all"));
    QCOMPARE(csv.header.at(QStringLiteral("period_from_utc")), iso(T0 - 100 * Day));
    QCOMPARE(csv.header.at(QStringLiteral("period_end_utc")), iso(T0 - 1));
    QCOMPARE(csv.header.at(QStringLiteral("rows")), QStringLiteral("4"));
    QCOMPARE(csv.header.at(QStringLiteral("overdue_at_end")), QStringLiteral("1"));
    QCOMPARE(csv.columns,
             QStringLiteral("employee_no,agent,team,site,module_code,module_title,framework,control,assigned_utc,"
                            "due_utc,completed_utc,score,passed,expires_utc,state_at_end,certificate_ref")
                 .split(QLatin1Char(',')));
    QCOMPARE(csv.rows.size(), std::size_t(4));

    const auto& anaPci = csv.rows.at(QStringLiteral("E1/pci"));
    QCOMPARE(anaPci.at(QStringLiteral("agent")), QStringLiteral("Ana Lima"));
    QCOMPARE(anaPci.at(QStringLiteral("team")), QStringLiteral("Payments"));
    QCOMPARE(anaPci.at(QStringLiteral("site")), QStringLiteral("LIS"));
    QCOMPARE(anaPci.at(QStringLiteral("module_title")), QStringLiteral("PCI DSS awareness"));
    QCOMPARE(anaPci.at(QStringLiteral("framework")), QStringLiteral("PCI DSS"));
    QCOMPARE(anaPci.at(QStringLiteral("control")), QStringLiteral("12.6.3"));
    QCOMPARE(anaPci.at(QStringLiteral("assigned_utc")), iso(T0 - 70 * Day));
    QCOMPARE(anaPci.at(QStringLiteral("due_utc")), iso(T0 - 56 * Day));
    QCOMPARE(anaPci.at(QStringLiteral("completed_utc")), iso(T0 - 50 * Day)); // the new pass, not the old or late one
    QVERIFY(anaPci.at(QStringLiteral("completed_utc")).endsWith(QLatin1Char('Z')));
    QCOMPARE(anaPci.at(QStringLiteral("score")), QStringLiteral("92"));
    QCOMPARE(anaPci.at(QStringLiteral("passed")), QStringLiteral("yes"));
    QCOMPARE(anaPci.at(QStringLiteral("expires_utc")), iso(T0 + 315 * Day));
    QCOMPARE(anaPci.at(QStringLiteral("state_at_end")), QStringLiteral("compliant"));
    QCOMPARE(anaPci.at(QStringLiteral("certificate_ref")), QStringLiteral("stmt-a1"));

    const auto& anaGdpr = csv.rows.at(QStringLiteral("E1/gdpr"));
    QCOMPARE(anaGdpr.at(QStringLiteral("completed_utc")), iso(T0 - 40 * Day));
    QCOMPARE(anaGdpr.at(QStringLiteral("score")), QStringLiteral("50"));
    QCOMPARE(anaGdpr.at(QStringLiteral("passed")), QStringLiteral("no"));
    QCOMPARE(anaGdpr.at(QStringLiteral("expires_utc")), QString());
    QCOMPARE(anaGdpr.at(QStringLiteral("certificate_ref")), QString());
    QCOMPARE(anaGdpr.at(QStringLiteral("state_at_end")), QStringLiteral("overdue"));

    // Nothing completed in the period: no completion, the standing's assignment and due date (the expiry).
    const auto& ruiPci = csv.rows.at(QStringLiteral("E2/pci"));
    QCOMPARE(ruiPci.at(QStringLiteral("completed_utc")), QString());
    QCOMPARE(ruiPci.at(QStringLiteral("certificate_ref")), QString());
    QCOMPARE(ruiPci.at(QStringLiteral("due_utc")), iso(T0 - 15 * Day));
    QCOMPARE(ruiPci.at(QStringLiteral("state_at_end")), QStringLiteral("expired"));

    QCOMPARE(csv.rows.at(QStringLiteral("E3/gdpr")).at(QStringLiteral("certificate_ref")), QStringLiteral("stmt-c1"));
    QCOMPARE(csv.rows.at(QStringLiteral("E3/gdpr")).at(QStringLiteral("site")), QStringLiteral("POR"));
    QVERIFY(!csv.rows.count(QStringLiteral("E4/gdpr")));

    // One console-audit entry, as the access export writes it.
    QCOMPARE(auditEntries(), entries + 1);
    QCOMPARE(summary->auditSeq, queryInt(m_store.store(), QStringLiteral("SELECT max(seq) FROM console_audit")));
    auto query = database().prepare(
        QStringLiteral("SELECT actor, action, target, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    CUSTODIAN_VERIFY_OK(query);
    auto row = query->step();
    CUSTODIAN_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(query->text(0), Actor);
    QCOMPARE(query->text(1), QStringLiteral("export"));
    QCOMPARE(query->text(2), QStringLiteral("training"));
    const QJsonObject detail = QJsonDocument::fromJson(query->text(3).toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(detail.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), summary->path);
    QCOMPARE(detail.value(QStringLiteral("from")).toString(), iso(T0 - 100 * Day));
    QCOMPARE(detail.value(QStringLiteral("to")).toString(), iso(T0));
    QCOMPARE(detail.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("all"));
    // Owner only: the file names agents.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TrainingEvidenceTest::teamModuleAndPeriodNarrowTheRows()
{
    TrainingEvidenceJob::Request request;
    request.scope = TrainingFactsReader::Scope::team(1);
    request.path = m_out.filePath(QStringLiteral("payments.csv"));
    request.fromMs = T0 - 100 * Day;
    auto team = run(request);
    CUSTODIAN_VERIFY_OK(team);
    QCOMPARE(team->counts.agents, 2); // Ana and Rui
    QCOMPARE(team->counts.rows, 3);
    QCOMPARE(readCsv(request.path).header.at(QStringLiteral("scope")), QStringLiteral("Payments (LIS)"));

    request = {};
    request.moduleId = 2;
    request.path = m_out.filePath(QStringLiteral("gdpr.csv"));
    request.fromMs = T0 - 100 * Day;
    auto gdpr = run(request);
    CUSTODIAN_VERIFY_OK(gdpr);
    QCOMPARE(gdpr->counts.rows, 2); // Ana, Eva
    const Csv gdprCsv = readCsv(request.path);
    QCOMPARE(gdprCsv.header.at(QStringLiteral("module")), QStringLiteral("gdpr — GDPR essentials"));
    QVERIFY(gdprCsv.rows.count(QStringLiteral("E1/gdpr")) && gdprCsv.rows.count(QStringLiteral("E3/gdpr")));

    // A period that starts after Ana's PCI pass: her row stays (required) without a completion; still compliant.
    request = {};
    request.path = m_out.filePath(QStringLiteral("late.csv"));
    request.fromMs = T0 - 45 * Day;
    auto late = run(request);
    CUSTODIAN_VERIFY_OK(late);
    QCOMPARE(late->counts.rows, 4);
    QCOMPARE(late->counts.completedInPeriod, 2);
    const Csv lateCsv = readCsv(request.path);
    QCOMPARE(lateCsv.rows.at(QStringLiteral("E1/pci")).at(QStringLiteral("completed_utc")), QString());
    QCOMPARE(lateCsv.rows.at(QStringLiteral("E1/pci")).at(QStringLiteral("state_at_end")), QStringLiteral("compliant"));
}

void TrainingEvidenceTest::pdfNamesTheGenerator()
{
    QVERIFY2(!pdfTool("pdfinfo").isEmpty() && !pdfTool("pdftotext").isEmpty(),
             "pdfinfo and pdftotext (poppler-utils) are needed: packaging/install-deps.sh installs them");
    const qint64 entries = auditEntries();
    TrainingEvidenceJob::Request request;
    request.format = TrainingEvidenceJob::Format::Pdf;
    request.path = m_out.filePath(QStringLiteral("all.pdf"));
    request.fromMs = T0 - 100 * Day;
    auto summary = run(request);
    CUSTODIAN_VERIFY_OK(summary);
    QCOMPARE(summary->pages, 1);
    QCOMPARE(auditEntries(), entries + 1);

    QProcess info;
    info.start(pdfTool("pdfinfo"), { request.path });
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(info.exitCode(), 0);
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(
        infoText.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"), QRegularExpression::MultilineOption)),
        qPrintable(infoText));
    QProcess text;
    text.start(pdfTool("pdftotext"), { QStringLiteral("-layout"), request.path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(page.contains(QLatin1String("Training evidence")), qPrintable(page));
    QVERIFY2(page.contains(QLatin1String("by auditor7")), qPrintable(page));
    QVERIFY(page.contains(QLatin1String("Ana Lima (E1)")));
    QVERIFY(page.contains(QLatin1String("stmt-a1")));
    QVERIFY(page.contains(QLatin1String("3 agents, 4 rows: 4 required, 2 complete at the end, 1 overdue, 1 expired")));
}

void TrainingEvidenceTest::cancelledOrRefusedWritesNothing()
{
    const qint64 entries = auditEntries();
    TrainingEvidenceJob::Request request;
    request.path = m_out.filePath(QStringLiteral("cancelled.csv"));
    std::atomic_bool cancel { true };
    auto cancelled = run(request, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
    QVERIFY(!QFile::exists(request.path));

    request.path = m_out.filePath(QStringLiteral("no-such-folder/evidence.csv"));
    auto missing = run(request);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);

    // An existing file is not replaced unless asked; nothing of it changes.
    request.path = m_out.filePath(QStringLiteral("existing.csv"));
    {
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    auto existing = run(request);
    QVERIFY(!existing);
    QFile kept(request.path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));

    request.path = m_out.filePath(QStringLiteral("backwards.csv"));
    request.fromMs = T0 + Day; // after the period's end
    auto backwards = run(request);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code(), Error::Code::InvalidArgument);
    QVERIFY(!QFile::exists(request.path));

    QCOMPARE(auditEntries(), entries);
    QCOMPARE(QDir(m_out.path()).entryList({ QStringLiteral("*.tmp*"), QStringLiteral(".*") }, QDir::Files),
             QStringList());
}

QTEST_MAIN(TrainingEvidenceTest)
#include "TrainingEvidenceTest.moc"
