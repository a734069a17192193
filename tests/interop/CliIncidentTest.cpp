// `custodian-cli incident …` through the real binary on a real demo store (issue 17, points 7 and 10): open →
// update → close refused with the open mandatory task named → tasks done → close → attach → report (Markdown compared
// section by section with what the store holds, then PDF whose first page pdftoppm renders) → list --json shows it
// closed; a tampered evidence item named in the next report; bad arguments refused with nothing written; list's options
// select what the Incidents page's filter does (counted against the store by hand).

#include "InteropSupport.h"
#include "support/DemoSeed.h"

#include "domain/Enums.h"
#include "store/Database.h"
#include "store/SyncState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

class CliIncidentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openUpdateCloseReport();
    void tamperedEvidenceIsNamed();
    void badArgumentsChangeNothing();
    void assignAndCloseSeveralWithOneReason();
    void listSelectsWhatThePageSelects();

private:
    CliRunner::Outcome incident(const QStringList& options)
    {
        return CliRunner::run(m_store.args(QStringLiteral("incident")) + options);
    }
    qint64 count(const QString& sql)
    {
        auto store = m_store.unlock();
        if (!store)
            return -1;
        auto value = store->database().queryInt(sql);
        return value ? *value : -1;
    }
    // What a refusal must leave as it was.
    QList<qint64> footprint()
    {
        return { count(QStringLiteral("SELECT count(*) FROM incident")),
                 count(QStringLiteral("SELECT coalesce(sum(version), 0) FROM incident")),
                 count(QStringLiteral("SELECT count(*) FROM incident_timeline")),
                 count(QStringLiteral("SELECT count(*) FROM evidence_item")),
                 // Unlocking for these counts is audited too; count only what a command would add.
                 count(QStringLiteral("SELECT count(*) FROM console_audit WHERE actor LIKE 'cli:%' AND action <> "
                                      "'unlock'")) };
    }

    CliStore m_store;
    QString m_owner; // a supervisor's user name
    QString m_reference; // the incident the flow opens
    QByteArray m_evidence;
};

void CliIncidentTest::initTestCase()
{
    QVERIFY2(!CliRunner::executable().isEmpty(), "CUSTODIAN_CLI is not set (run through ctest)");
    const QString initError = m_store.init();
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    auto store = m_store.unlock();
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    const QString seeded = DemoSeed::generate(*store, 7);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    // Who this console acts as: the central service's session names it; here the first supervisor, as a sync would.
    auto first = store->database().queryInt(QStringLiteral("SELECT min(id) FROM supervisor"));
    QVERIFY(first.ok());
    QVERIFY(SyncState(store->database()).setSupervisorId(*first).ok());
    auto owner
        = store->database().queryText(QStringLiteral("SELECT username FROM supervisor WHERE id = %1").arg(*first));
    QVERIFY(owner.ok());
    m_owner = *owner;
}

void CliIncidentTest::openUpdateCloseReport()
{
    auto opened = incident({ QStringLiteral("open"), QStringLiteral("--title"),
                             QStringLiteral("Card number read out on a recorded line <b>&amp;"),
                             QStringLiteral("--category"), QStringLiteral("card_data_exposure"),
                             QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--owner"), m_owner,
                             QStringLiteral("--detected-at"), QStringLiteral("2026-02-27T10:00:00Z") });
    QVERIFY2(opened.exitCode == 0, qPrintable(CliRunner::describe(opened)));
    const auto match = QRegularExpression(QStringLiteral("(INC-\\d{4}-\\d{4})")).match(opened.out);
    QVERIFY2(match.hasMatch(), qPrintable(opened.out));
    m_reference = match.captured(1);
    const QString id
        = QString::number(count(QStringLiteral("SELECT id FROM incident WHERE reference = '%1'").arg(m_reference)));

    auto updated
        = incident({ QStringLiteral("update"), m_reference, QStringLiteral("--impact"), QStringLiteral("moderate") });
    QVERIFY2(updated.exitCode == 0, qPrintable(CliRunner::describe(updated)));
    QCOMPARE(count(QStringLiteral("SELECT impact FROM incident WHERE id = %1").arg(id)), 3);

    auto moved
        = incident({ QStringLiteral("phase"), m_reference, QStringLiteral("--to"), QStringLiteral("containing") });
    QVERIFY2(moved.exitCode == 0, qPrintable(CliRunner::describe(moved)));
    auto back = incident({ QStringLiteral("phase"), m_reference, QStringLiteral("--to"), QStringLiteral("analysing") });
    QCOMPARE(back.exitCode, 1); // back only with a reason: the workflow's refusal
    auto shown = incident({ QStringLiteral("show"), m_reference, QStringLiteral("--json") });
    QVERIFY2(shown.exitCode == 0, qPrintable(CliRunner::describe(shown)));
    const QJsonObject shownJson = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(shownJson.value(QStringLiteral("reference")).toString(), m_reference);
    QCOMPARE(shownJson.value(QStringLiteral("phase")).toString(), QStringLiteral("containing"));
    QCOMPARE(shownJson.value(QStringLiteral("impact")).toString(), QStringLiteral("moderate"));
    QCOMPARE(shownJson.value(QStringLiteral("timeline_intact")).toBool(), true);
    QCOMPARE(shownJson.value(QStringLiteral("tasks")).toArray().size(),
             count(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(id)));
    QCOMPARE(shownJson.value(QStringLiteral("timeline")).toArray().size(),
             count(QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id)));

    const QStringList closing { QStringLiteral("close"),     m_reference,
                                QStringLiteral("--outcome"), QStringLiteral("true_positive_with_impact"),
                                QStringLiteral("--summary"), QStringLiteral("Recording redacted; agent coached.") };
    auto refused = incident(closing);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1 AND mandatory = 1").arg(id))
            > 0);
    {
        auto store = m_store.unlock();
        QVERIFY(store.ok());
        auto titles = store->database().queryTexts(
            QStringLiteral("SELECT title FROM incident_task WHERE incident_id = %1 AND mandatory = 1").arg(id));
        QVERIFY(titles.ok());
        for (const QString& title : *titles)
            QVERIFY2(refused.err.contains(title), qPrintable(refused.err));
    }
    QVERIFY(count(QStringLiteral("SELECT closed_at IS NULL FROM incident WHERE id = %1").arg(id)) == 1);

    const qint64 tasks = count(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(id));
    for (qint64 n = 1; n <= tasks; ++n) {
        auto decided = incident({ QStringLiteral("task"), m_reference, QStringLiteral("--task"), QString::number(n),
                                  QStringLiteral("--done") });
        QVERIFY2(decided.exitCode == 0, qPrintable(CliRunner::describe(decided)));
    }
    auto closed = incident(closing);
    QVERIFY2(closed.exitCode == 0, qPrintable(CliRunner::describe(closed)));
    QCOMPARE(count(QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(id)), 7);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.close' AND actor LIKE "
                                 "'cli:%' AND target = 'incident:%1'")
                      .arg(id))
            == 1);

    // Evidence: its hash in the report is the file's, computed here independently.
    const QString evidencePath = m_store.root() + QStringLiteral("/call-excerpt.txt");
    m_evidence = QByteArray("caller: my card is ... (redacted excerpt)\n").repeated(2000);
    {
        QFile file(evidencePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_evidence);
    }
    auto attached = incident({ QStringLiteral("attach"), m_reference, evidencePath });
    QVERIFY2(attached.exitCode == 0, qPrintable(CliRunner::describe(attached)));

    const QString md = m_store.root() + QStringLiteral("/report.md");
    auto report = incident({ QStringLiteral("report"), m_reference, QStringLiteral("--format"), QStringLiteral("md"),
                             QStringLiteral("--output"), md });
    QVERIFY2(report.exitCode == 0, qPrintable(CliRunner::describe(report)));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Section by section against the store.
    auto section = [&](const QString& heading) {
        const qsizetype start = text.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
        if (start < 0)
            return QString();
        const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 4);
        return text.mid(start, end < 0 ? -1 : end - start);
    };
    const QString summary = section(QStringLiteral("Summary"));
    QVERIFY2(summary.contains(m_reference), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Card number read out on a recorded line \\<b>\\&amp;")));
    QVERIFY(summary.contains(QStringLiteral("| Severity | high |")));
    QVERIFY(summary.contains(QStringLiteral("Recording redacted; agent coached.")));
    QVERIFY(summary.contains(QStringLiteral("2026-02-27 10:00 UTC")));
    const QString taskSection = section(QStringLiteral("Tasks"));
    QCOMPARE(taskSection.count(QStringLiteral("\n| ")) - 1, tasks); // the heading row, then one per task
    QCOMPARE(taskSection.count(QStringLiteral("| done |")), tasks);
    const QString timeline = section(QStringLiteral("Timeline"));
    const qint64 entries
        = count(QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id));
    QVERIFY(timeline.contains(QStringLiteral("Chain verified: %1 entries intact").arg(entries)));
    QCOMPARE(timeline.count(QStringLiteral("\n| ")) - 1, entries);
    const QString evidence = section(QStringLiteral("Evidence"));
    QVERIFY2(evidence.contains(
                 QString::fromLatin1(QCryptographicHash::hash(m_evidence, QCryptographicHash::Sha256).toHex())),
             qPrintable(evidence));
    QVERIFY(evidence.contains(QStringLiteral("| %1 |").arg(m_evidence.size())));
    QVERIFY(evidence.contains(QStringLiteral("| intact |")));
    QVERIFY(!section(QStringLiteral("Observables")).isEmpty());
    QVERIFY(!section(QStringLiteral("GDPR notifications")).isEmpty());
    QVERIFY(!section(QStringLiteral("Related incidents")).isEmpty());
    // One audit entry for the report, naming its file and format; the re-verification's custody entry.
    {
        auto store = m_store.unlock();
        QVERIFY(store.ok());
        auto detail = store->database().queryText(
            QStringLiteral("SELECT detail FROM console_audit WHERE action = 'incident.report' AND target = "
                           "'incident:%1'")
                .arg(id));
        QVERIFY(detail.ok());
        const QJsonObject entry = QJsonDocument::fromJson(detail->toUtf8()).object();
        QCOMPARE(entry.value(QStringLiteral("format")).toString(), QStringLiteral("md"));
        QVERIFY(entry.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("/report.md")));
    }
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM evidence_custody WHERE action = 4")) >= 1);

    // The PDF: its first page rendered by pdftoppm, an independent reader, and kept for a person to look at.
    const QString pdf = m_store.root() + QStringLiteral("/report.pdf");
    auto pdfReport = incident({ QStringLiteral("report"), m_reference, QStringLiteral("--format"),
                                QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
    QVERIFY2(pdfReport.exitCode == 0, qPrintable(CliRunner::describe(pdfReport)));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils, packaging/install-deps.sh) is not installed");
    QProcess render;
    render.start(pdftoppm,
                 { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                   m_store.root() + QStringLiteral("/page1") });
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    // What a reader of the PDF sees: the typed title as typed, its "<b>" not taken for markup.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-") });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString firstPage = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(firstPage.contains(QStringLiteral("on a recorded line <b>&amp;")), qPrintable(firstPage.left(400)));
    const QImage page(m_store.root() + QStringLiteral("/page1.png"));
    QVERIFY(!page.isNull());
    QVERIFY(page.height() > page.width()); // A4 portrait
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128;
    QVERIFY2(dark > 500, "the first page is blank");
    if (const QByteArray keep = qgetenv("CUSTODIAN_KEEP_REPORT_PAGE"); !keep.isEmpty())
        QFile::copy(m_store.root() + QStringLiteral("/page1.png"), QString::fromLocal8Bit(keep));

    auto listed = incident({ QStringLiteral("list"), QStringLiteral("--closed"), QStringLiteral("--json") });
    QVERIFY2(listed.exitCode == 0, qPrintable(CliRunner::describe(listed)));
    bool found = false;
    for (const QJsonValue& row : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("reference")).toString() == m_reference) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("closed"));
            QVERIFY(!o.value(QStringLiteral("closed_at")).isNull());
        }
    }
    QVERIFY2(found, qPrintable(listed.out));
}

void CliIncidentTest::tamperedEvidenceIsNamed()
{
    QVERIFY(!m_reference.isEmpty());
    {
        auto store = m_store.unlock();
        QVERIFY(store.ok());
        QByteArray changed = m_evidence.left(int(qMin<qsizetype>(m_evidence.size(), 256 * 1024)));
        changed[10] = char(changed[10] ^ 0x01);
        auto statement = store->database().prepare(
            QStringLiteral("UPDATE evidence_chunk SET data = ? WHERE seq = 0 AND item_id = (SELECT max(id) FROM "
                           "evidence_item)"));
        QVERIFY(statement.ok());
        statement->bindBlob(1, changed);
        QVERIFY(statement->run().ok());
    }
    const QString md = m_store.root() + QStringLiteral("/tampered.md");
    auto report = incident({ QStringLiteral("report"), m_reference, QStringLiteral("--format"), QStringLiteral("md"),
                             QStringLiteral("--output"), md });
    QVERIFY2(report.exitCode == 0, qPrintable(CliRunner::describe(report)));
    QVERIFY(report.err.contains(QStringLiteral("1 evidence item(s) differ")));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("TAMPERED: 1 of 1 item(s)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("| call-excerpt.txt |")));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM evidence_custody WHERE action = 5")) >= 1);
}

void CliIncidentTest::badArgumentsChangeNothing()
{
    const QList<qint64> before = footprint();
    const QString out = m_store.root() + QStringLiteral("/refused.md");
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString says;
    };
    const QList<Case> cases {
        { { QStringLiteral("open"), QStringLiteral("--category"), QStringLiteral("other"), QStringLiteral("--owner"),
            m_owner },
          2,
          QStringLiteral("--title") },
        { { QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--category"),
            QStringLiteral("other"), QStringLiteral("--owner"), m_owner, QStringLiteral("--severity"),
            QStringLiteral("extreme") },
          2,
          QStringLiteral("extreme") },
        { { QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--category"),
            QStringLiteral("nonsense"), QStringLiteral("--owner"), m_owner },
          1,
          QString() },
        { { QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--category"),
            QStringLiteral("other"), QStringLiteral("--owner"), QStringLiteral("nobody-here") },
          1,
          QStringLiteral("nobody-here") },
        { { QStringLiteral("update"), QStringLiteral("INC-1999-0001"), QStringLiteral("--impact"),
            QStringLiteral("minor") },
          1,
          QStringLiteral("INC-1999-0001") },
        { { QStringLiteral("update"), m_reference, QStringLiteral("--impact"), QStringLiteral("huge") },
          2,
          QStringLiteral("huge") },
        { { QStringLiteral("close"), m_reference, QStringLiteral("--outcome"), QStringLiteral("maybe") },
          2,
          QStringLiteral("maybe") },
        { { QStringLiteral("report"), m_reference, QStringLiteral("--format"), QStringLiteral("docx"),
            QStringLiteral("--output"), out },
          2,
          QStringLiteral("docx") },
        { { QStringLiteral("report"), m_reference, QStringLiteral("--format"), QStringLiteral("md") },
          2,
          QStringLiteral("--output") },
        { { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"),
            out },
          2,
          QStringLiteral("incident") },
        { { QStringLiteral("show"), m_reference, QStringLiteral("extra") }, 2, QStringLiteral("extra") },
        { { QStringLiteral("frobnicate") }, 2, QStringLiteral("frobnicate") },
        { { QStringLiteral("attach"), m_reference, m_store.root() + QStringLiteral("/missing.bin") },
          1,
          QStringLiteral("missing.bin") },
        { { QStringLiteral("breach-register"), QStringLiteral("--format"), QStringLiteral("xls"),
            QStringLiteral("--output"), out },
          2,
          QStringLiteral("xls") },
        { { QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--closed") },
          2,
          QStringLiteral("--open") },
        // Several incidents: the shared reason is required, and an unknown one stops all before anything changes.
        { { QStringLiteral("assign"), m_reference, QStringLiteral("--owner"), m_owner },
          2,
          QStringLiteral("--reason") },
        { { QStringLiteral("close"), m_reference, QStringLiteral("INC-1999-0001"), QStringLiteral("--outcome"),
            QStringLiteral("benign"), QStringLiteral("--summary"), QStringLiteral("x") },
          2,
          QStringLiteral("--reason") },
        { { QStringLiteral("assign"), m_reference, QStringLiteral("INC-1999-0001"), QStringLiteral("--owner"), m_owner,
            QStringLiteral("--reason"), QStringLiteral("r") },
          1,
          QStringLiteral("INC-1999-0001") },
        { { QStringLiteral("assign"), m_reference, QStringLiteral("--owner"), m_owner, QStringLiteral("--reason"),
            QStringLiteral("   ") },
          1,
          QStringLiteral("reason") },
    };
    for (const Case& c : cases) {
        auto outcome = incident(c.arguments);
        QVERIFY2(outcome.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + CliRunner::describe(outcome)));
        QVERIFY2(outcome.err.contains(c.says), qPrintable(outcome.err));
    }
    QVERIFY(!QFile::exists(out));
    QCOMPARE(footprint(), before);

    // An existing file is not replaced without --force, and the report is then not audited.
    {
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    auto noForce = incident({ QStringLiteral("report"), m_reference, QStringLiteral("--format"), QStringLiteral("md"),
                              QStringLiteral("--output"), out });
    QCOMPARE(noForce.exitCode, 1);
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
}

// list reads through the page's IncidentListReader: each option is checked against a count of the store written here.
void CliIncidentTest::assignAndCloseSeveralWithOneReason()
{
    // Three incidents: two without tasks, one whose mandatory tasks are open.
    QStringList references;
    for (const QString& category :
         { QStringLiteral("phishing"), QStringLiteral("lost_device"), QStringLiteral("misdirected_email") }) {
        auto opened = incident({ QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("CLI bulk"),
                                 QStringLiteral("--category"), category, QStringLiteral("--owner"), m_owner });
        QVERIFY2(opened.exitCode == 0, qPrintable(CliRunner::describe(opened)));
        const auto match = QRegularExpression(QStringLiteral("(INC-\\d{4}-\\d{4})")).match(opened.out);
        QVERIFY(match.hasMatch());
        references << match.captured(1);
    }
    const auto idOf = [this](const QString& reference) {
        return count(QStringLiteral("SELECT id FROM incident WHERE reference = '%1'").arg(reference));
    };
    const QString other = [this] {
        auto store = m_store.unlock();
        auto name = store->database().queryText(
            QStringLiteral("SELECT username FROM supervisor WHERE username <> '%1' ORDER BY id LIMIT 1").arg(m_owner));
        return name ? *name : QString();
    }();
    QVERIFY(!other.isEmpty());
    const qint64 otherId = count(QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'").arg(other));

    const QString assignReason = QStringLiteral("Handed over for the night shift");
    auto assigned
        = incident(QStringList { QStringLiteral("assign") } + references
                   + QStringList { QStringLiteral("--owner"), other, QStringLiteral("--reason"), assignReason });
    QVERIFY2(assigned.exitCode == 0, qPrintable(CliRunner::describe(assigned)));
    QVERIFY2(assigned.out.contains(QStringLiteral("3 of 3 incidents assigned; 0 refused.")), qPrintable(assigned.out));
    for (const QString& reference : references) {
        QCOMPARE(count(QStringLiteral("SELECT assignee_id FROM incident WHERE reference = '%1'").arg(reference)),
                 otherId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                      "'assignment' AND instr(text, 'Reason: %2') > 0")
                           .arg(idOf(reference))
                           .arg(assignReason)),
                 1);
    }

    const QString closeReason = QStringLiteral("Triage of the night");
    auto closed = incident(QStringList { QStringLiteral("close") } + references
                           + QStringList { QStringLiteral("--outcome"), QStringLiteral("false_positive"),
                                           QStringLiteral("--summary"), QStringLiteral("Nothing happened."),
                                           QStringLiteral("--reason"), closeReason });
    // One refused: exit 1, the refusal named on stderr, the others closed.
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.out.contains(QStringLiteral("2 of 3 incidents closed; 1 refused.")), qPrintable(closed.out));
    QVERIFY2(closed.err.contains(references[1]) && closed.err.contains(QStringLiteral("mandatory")),
             qPrintable(closed.err));
    for (const QString& reference : { references[0], references[2] }) {
        QVERIFY2(closed.out.contains(QStringLiteral("Closed %1.").arg(reference)), qPrintable(closed.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 AND kind = "
                                      "'closed' AND instr(text, 'Reason: %2') > 0")
                           .arg(idOf(reference))
                           .arg(closeReason)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.close' AND "
                                      "target = 'incident:%1'")
                           .arg(idOf(reference))),
                 1);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND closed_at IS NULL")
                       .arg(idOf(references[1]))),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.close' AND target = "
                                  "'incident:%1'")
                       .arg(idOf(references[1]))),
             0);
}

void CliIncidentTest::listSelectsWhatThePageSelects()
{
    const auto listed = [this](QStringList options, CliRunner::Outcome* outcome = nullptr) {
        options.prepend(QStringLiteral("list"));
        options << QStringLiteral("--json");
        const auto run = incident(options);
        if (outcome)
            *outcome = run;
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(CliRunner::describe(run)));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    };
    const QString all = QStringLiteral("100000");
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM incident")) >= 10);
    // No --open/--closed: every incident (the page's default is open ones; the CLI keeps listing all).
    QCOMPARE(qint64(listed({ QStringLiteral("--limit"), all }).size()),
             count(QStringLiteral("SELECT count(*) FROM incident")));
    QCOMPARE(qint64(listed({ QStringLiteral("--open"), QStringLiteral("--limit"), all }).size()),
             count(QStringLiteral("SELECT count(*) FROM incident WHERE closed_at IS NULL")));
    // --severity is a minimum, as on the page: high lists high and critical ones.
    const QJsonArray high
        = listed({ QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--limit"), all });
    QCOMPARE(qint64(high.size()), count(QStringLiteral("SELECT count(*) FROM incident WHERE severity >= 3")));
    QSet<QString> severities;
    for (const QJsonValue& row : high)
        severities << row.toObject().value(QStringLiteral("severity")).toString();
    QVERIFY2(severities.contains(QStringLiteral("critical")) && severities.contains(QStringLiteral("high"))
                 && severities.size() == 2,
             qPrintable(QStringList(severities.values()).join(u',')));
    // --owner: the page's "owner: me" with me the supervisor named.
    QCOMPARE(
        qint64(listed({ QStringLiteral("--owner"), m_owner, QStringLiteral("--open"), QStringLiteral("--limit"), all })
                   .size()),
        count(QStringLiteral("SELECT count(*) FROM incident WHERE closed_at IS NULL AND assignee_id = (SELECT id "
                             "FROM supervisor WHERE username = '%1')")
                  .arg(m_owner)));
    QCOMPARE(qint64(listed({ QStringLiteral("--gdpr-running"), QStringLiteral("--limit"), all }).size()),
             count(QStringLiteral("SELECT count(*) FROM incident WHERE breach_established_at IS NOT NULL AND "
                                  "authority_notified_at IS NULL")));
    const QJsonArray breached = listed({ QStringLiteral("--sla-breached"), QStringLiteral("--limit"), all });
    QVERIFY(!breached.isEmpty());
    for (const QJsonValue& row : breached)
        QCOMPARE(row.toObject().value(QStringLiteral("sla")).toString(), QStringLiteral("breached"));
    QCOMPARE(
        qint64(
            listed({ QStringLiteral("--phase"), QStringLiteral("containing"), QStringLiteral("--limit"), all }).size()),
        count(QStringLiteral("SELECT count(*) FROM incident WHERE phase = %1").arg(int(IncidentPhase::Containing))));
    // --limit: the newest first, and stderr says more match.
    CliRunner::Outcome limited;
    const QJsonArray three = listed({ QStringLiteral("--limit"), QStringLiteral("3") }, &limited);
    QCOMPARE(three.size(), 3);
    QVERIFY2(limited.err.contains(QStringLiteral("More incidents match")), qPrintable(limited.err));
    QVERIFY(three.at(0).toObject().value(QStringLiteral("opened_at")).toString()
            >= three.at(2).toObject().value(QStringLiteral("opened_at")).toString());
}

QTEST_GUILESS_MAIN(CliIncidentTest)
#include "CliIncidentTest.moc"
