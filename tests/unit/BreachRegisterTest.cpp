// The breach register (GDPR Art. 33(5); BreachRegisterReader, BreachRegisterJob; docs/incidents-gdpr.md) on a small
// store built through BreachWorkflow: a breach notified in time in two phases, one notified late with its reasons and
// an Art. 34 decision, one not notified whose counts come from its linked events, one withdrawn, one synced as a
// breach without any history here, and an incident that never was one and must not appear. The CSV's rows against
// what was recorded, the PDF (valid, naming every breach), the one console-audit entry per export, and a cancelled
// export that leaves no file and no entry.
#include "export/BreachRegisterJob.h"

#include "rules/BreachWorkflow.h"
#include "store/BreachRegisterReader.h"
#include "store/Database.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 Detected = 1'796'126'400'000; // 2026-12-01T12:00:00Z
constexpr qint64 Aware = Detected + HourMs;
constexpr qint64 Now = Aware + 200 * HourMs; // when the register is exported
const QString Actor = QStringLiteral("console:msilva");

// The CSV's table: each row by its reference, each cell by its column key.
using Rows = std::map<QString, std::map<QString, QString>>;

Rows readCsv(const QString& path, QStringList* header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    const qsizetype blank = lines.indexOf(QString());
    *header = lines.mid(0, blank);
    const QStringList keys = lines.value(blank + 1).split(QLatin1Char(','));
    Rows rows;
    for (qsizetype i = blank + 2; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList fields = lines[i].split(QLatin1Char(',')); // the fixture's texts hold no comma or quote
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < keys.size(); ++c)
            row[keys[c]] = fields.value(c);
        rows[row[QStringLiteral("reference")]] = row;
    }
    return rows;
}

QString pdfTool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}
} // namespace

class BreachRegisterTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<QTemporaryDir> m_out;
    BreachWorkflow::Actor m_actor { 1, Actor };

    Database& db() { return m_store->store().database(); }

    qint64 auditEntries()
    {
        auto value = db().queryInt(QStringLiteral("SELECT count(*) FROM console_audit"));
        return value ? *value : -1;
    }

    Result<BreachRegisterJob::Summary> run(BreachRegisterJob::Request request, const std::atomic_bool* cancel = nullptr)
    {
        request.actor = Actor;
        request.nowMs = Now;
        BreachRegisterJob job(db(), db(), std::move(request));
        job.setCancelFlag(cancel);
        return job.run();
    }

    static BreachWorkflow::Notification notification(qint64 sentAt)
    {
        BreachWorkflow::Notification n;
        n.form.nature = QStringLiteral("Records opened outside work");
        n.form.contactPoint = QStringLiteral("DPO");
        n.sentAt = sentAt;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
        const QString sql
            = QStringLiteral(
                  "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                  "'PT');"
                  "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
                  "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', "
                  "1);"
                  "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', "
                  "1, 0);"
                  "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES "
                  "(1, x'01', 1, 'account', '****0001'), (2, x'02', 2, 'card', '411111******1111');"
                  "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, "
                  "channel, workstation_id, session_id) VALUES (101, %1, 1, 1, 1, 1, 1, 1, NULL, 1), "
                  "(102, %1, 1, 1, 1, 1, 1, 1, NULL, 1), (103, %1, 1, 2, 2, 1, 1, 1, NULL, 1);"
                  "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) "
                  "VALUES (1, 'INC-1', 'Notified in time', 3, 'insider_misuse', 2, %1, %1), "
                  "(2, 'INC-2', 'Notified late', 3, 'insider_misuse', 2, %1, %1), "
                  "(3, 'INC-3', 'Not notified', 3, 'insider_misuse', 2, %1, %1), "
                  "(4, 'INC-4', 'Withdrawn', 2, 'lost_device', 2, %1, %1), "
                  "(5, 'INC-5', 'Never a breach', 1, 'vishing', 2, %1, %1);"
                  "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at, "
                  "personal_data_breach, breach_established_at, notification_deadline_at) VALUES "
                  "(6, 'INC-6', 'Synced as a breach', 2, 'vishing', 2, %1, %1, 1, %2, %3);"
                  "INSERT INTO incident_event (incident_id, event_id) VALUES (3, 101), (3, 102), (3, 103);")
                  .arg(Detected)
                  .arg(Now - 10 * HourMs)
                  .arg(Now + 62 * HourMs);
        QVERIFY2(db().execScript(sql.toUtf8()).ok(), "the fixture loads");

        const QString why = QStringLiteral("Confirmed by the agent");
        for (qint64 incident : { 1, 2, 3, 4 })
            CUSTODIAN_VERIFY_OK(BreachWorkflow::recordAwareness(db(), incident, Aware, why, m_actor, Aware));
        auto first = notification(Aware + 20 * HourMs);
        first.authorityReference = QStringLiteral("CNPD-77");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), 1, first, m_actor, Aware + 20 * HourMs));
        auto second = notification(Aware + 90 * HourMs);
        second.form.recordsApprox = 40;
        second.form.subjectsApprox = 12;
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), 1, second, m_actor, Aware + 90 * HourMs));
        auto late = notification(Aware + 80 * HourMs);
        late.delayReasons = QStringLiteral("The DPO was on leave");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), 2, late, m_actor, Aware + 80 * HourMs));
        SubjectDecision tell;
        tell.notify = true;
        tell.means = QStringLiteral("Letter");
        tell.communicatedAt = Aware + 100 * HourMs;
        tell.reason = QStringLiteral("Card numbers seen");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::decideSubjects(db(), 2, tell, m_actor, Aware + 81 * HourMs));
        CUSTODIAN_VERIFY_OK(BreachWorkflow::withdraw(db(), 4, QStringLiteral("The laptop was found encrypted"), m_actor,
                                                     Aware + 5 * HourMs));
    }

    void readerListsEveryBreach()
    {
        auto entries = BreachRegisterReader(db()).read();
        CUSTODIAN_VERIFY_OK(entries);
        QStringList references;
        for (const BreachRegisterEntry& e : *entries)
            references << e.reference;
        // Oldest aware-at first; INC-5 never was a breach.
        QCOMPARE(references,
                 (QStringList { QStringLiteral("INC-1"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                                QStringLiteral("INC-4"), QStringLiteral("INC-6") }));
        const BreachRegisterEntry& withdrawn = entries->at(3);
        QVERIFY(withdrawn.withdrawn);
        QCOMPARE(withdrawn.awareAt, std::optional<qint64>(Aware)); // what it was
        QCOMPARE(withdrawn.withdrawnAt, std::optional<qint64>(Aware + 5 * HourMs));
        const BreachRegisterEntry& unnotified = entries->at(2);
        QVERIFY(!unnotified.countsFromNotification);
        QCOMPARE(unnotified.recordsApprox, std::optional<qint64>(2)); // events 101 and 102 share record 1
        QCOMPARE(entries->at(0).phases, 2);
        QCOMPARE(entries->at(0).recordsApprox, std::optional<qint64>(40)); // the last phase's
        QVERIFY(!entries->at(1).countsFromNotification); // INC-2's one phase gave no numbers

        // A later phase that leaves the numbers out does not make them unknown again.
        CUSTODIAN_VERIFY_OK(
            BreachWorkflow::notifyAuthority(db(), 1, notification(Aware + 95 * HourMs), m_actor, Aware + 95 * HourMs));
        entries = BreachRegisterReader(db()).read();
        CUSTODIAN_VERIFY_OK(entries);
        QCOMPARE(entries->at(0).phases, 3);
        QCOMPARE(entries->at(0).recordsApprox, std::optional<qint64>(40));
        QCOMPARE(entries->at(0).subjectsApprox, std::optional<qint64>(12));
        QVERIFY(entries->at(0).countsFromNotification);
    }

    void csvHasTheRightRows()
    {
        const qint64 before = auditEntries();
        BreachRegisterJob::Request request;
        request.path = m_out->filePath(QStringLiteral("register.csv"));
        auto summary = run(request);
        CUSTODIAN_VERIFY_OK(summary);
        QCOMPARE(summary->rows, 5);
        QCOMPARE(summary->withdrawn, 1);
        QCOMPARE(summary->unnotified, 2); // INC-3, INC-6
        QCOMPARE(auditEntries(), before + 1);
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("register.csv") });

        QStringList header;
        const Rows rows = readCsv(request.path, &header);
        QVERIFY(header.contains(QStringLiteral("report,breach_register")));
        QVERIFY2(header.contains(QStringLiteral("generated_by,msilva")), qPrintable(header.join(u'|')));
        QCOMPARE(rows.size(), std::size_t(5));
        QVERIFY(!rows.contains(QStringLiteral("INC-5")));

        const auto& inTime = rows.at(QStringLiteral("INC-1"));
        QCOMPARE(inTime.at(QStringLiteral("state")), QStringLiteral("notified_in_time"));
        QCOMPARE(inTime.at(QStringLiteral("aware_at_utc")), QStringLiteral("2026-12-01T13:00:00Z"));
        QCOMPARE(inTime.at(QStringLiteral("deadline_utc")), QStringLiteral("2026-12-04T13:00:00Z"));
        QCOMPARE(inTime.at(QStringLiteral("first_notified_at_utc")), QStringLiteral("2026-12-02T09:00:00Z"));
        QCOMPARE(inTime.at(QStringLiteral("timeliness")), QStringLiteral("in_time"));
        QCOMPARE(inTime.at(QStringLiteral("phases")), QStringLiteral("2"));
        QCOMPARE(inTime.at(QStringLiteral("authority_reference")), QStringLiteral("CNPD-77"));
        QCOMPARE(inTime.at(QStringLiteral("records_approx")), QStringLiteral("40"));
        QCOMPARE(inTime.at(QStringLiteral("subjects_approx")), QStringLiteral("12"));
        QCOMPARE(inTime.at(QStringLiteral("counts_from")), QStringLiteral("notification"));
        QCOMPARE(inTime.at(QStringLiteral("subjects_decision")), QString()); // undecided

        const auto& late = rows.at(QStringLiteral("INC-2"));
        QCOMPARE(late.at(QStringLiteral("state")), QStringLiteral("notified_late"));
        QCOMPARE(late.at(QStringLiteral("timeliness")), QStringLiteral("late"));
        QCOMPARE(late.at(QStringLiteral("delay_reasons")), QStringLiteral("The DPO was on leave"));
        QCOMPARE(late.at(QStringLiteral("counts_from")), QStringLiteral("linked_events"));
        QCOMPARE(late.at(QStringLiteral("subjects_decision")), QStringLiteral("notify"));
        QCOMPARE(late.at(QStringLiteral("subjects_means")), QStringLiteral("Letter"));
        QCOMPARE(late.at(QStringLiteral("subjects_communicated_at_utc")), QStringLiteral("2026-12-05T17:00:00Z"));
        QCOMPARE(late.at(QStringLiteral("subjects_decision_reason")), QStringLiteral("Card numbers seen"));

        const auto& open = rows.at(QStringLiteral("INC-3"));
        QCOMPARE(open.at(QStringLiteral("state")), QStringLiteral("overdue"));
        QCOMPARE(open.at(QStringLiteral("first_notified_at_utc")), QString());
        QCOMPARE(open.at(QStringLiteral("phases")), QStringLiteral("0"));
        QCOMPARE(open.at(QStringLiteral("records_approx")), QStringLiteral("2"));
        QCOMPARE(open.at(QStringLiteral("subjects_approx")), QStringLiteral("2"));
        QCOMPARE(open.at(QStringLiteral("counts_from")), QStringLiteral("linked_events"));

        const auto& withdrawn = rows.at(QStringLiteral("INC-4"));
        QCOMPARE(withdrawn.at(QStringLiteral("state")), QStringLiteral("withdrawn"));
        QCOMPARE(withdrawn.at(QStringLiteral("aware_at_utc")), QStringLiteral("2026-12-01T13:00:00Z"));
        QCOMPARE(withdrawn.at(QStringLiteral("deadline_utc")), QStringLiteral("2026-12-04T13:00:00Z"));
        QCOMPARE(withdrawn.at(QStringLiteral("withdrawn_at_utc")), QStringLiteral("2026-12-01T18:00:00Z"));
        QCOMPARE(withdrawn.at(QStringLiteral("withdrawal_reason")), QStringLiteral("The laptop was found encrypted"));

        const auto& synced = rows.at(QStringLiteral("INC-6"));
        QCOMPARE(synced.at(QStringLiteral("state")), QStringLiteral("running")); // 62 h left
        QCOMPARE(synced.at(QStringLiteral("records_approx")), QStringLiteral("0"));

        auto statement = db().prepare(
            QStringLiteral("SELECT actor, action, target, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
        CUSTODIAN_VERIFY_OK(statement);
        QVERIFY(*statement->step());
        QCOMPARE(statement->text(0), Actor);
        QCOMPARE(statement->text(1), QStringLiteral("export"));
        QCOMPARE(statement->text(2), QStringLiteral("breach_register"));
        const QJsonObject detail = QJsonDocument::fromJson(statement->text(3).toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("rows")).toInt(), 5);
        QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(detail.value(QStringLiteral("withdrawn")).toInt(), 1);
    }

    void pdfNamesEveryBreach()
    {
        QVERIFY2(!pdfTool("pdfinfo").isEmpty() && !pdfTool("pdftotext").isEmpty(),
                 "pdfinfo and pdftotext (poppler-utils) are needed: packaging/install-deps.sh installs them");
        const qint64 before = auditEntries();
        BreachRegisterJob::Request request;
        request.format = BreachRegisterJob::Format::Pdf;
        request.path = m_out->filePath(QStringLiteral("register.pdf"));
        auto summary = run(request);
        CUSTODIAN_VERIFY_OK(summary);
        QCOMPARE(summary->pages, 1);
        QCOMPARE(auditEntries(), before + 1);
        QProcess info;
        info.start(pdfTool("pdfinfo"), { request.path });
        QVERIFY(info.waitForFinished(30000));
        QCOMPARE(info.exitCode(), 0);
        QProcess text;
        text.start(pdfTool("pdftotext"), { QStringLiteral("-layout"), request.path, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(page.contains(QLatin1String("Breach register (GDPR Art. 33(5))")), qPrintable(page));
        QVERIFY2(page.contains(QLatin1String("by msilva")), qPrintable(page));
        for (const char* reference : { "INC-1", "INC-2", "INC-3", "INC-4", "INC-6" })
            QVERIFY2(page.contains(QLatin1String(reference)), qPrintable(page));
        QVERIFY(!page.contains(QLatin1String("INC-5")));
        QVERIFY2(page.contains(QLatin1String("notified_late")) && page.contains(QLatin1String("withdrawn")),
                 qPrintable(page));
    }

    void cancelledExportLeavesNothing()
    {
        const qint64 before = auditEntries();
        BreachRegisterJob::Request request;
        request.path = m_out->filePath(QStringLiteral("cancelled.csv"));
        std::atomic_bool cancel { true };
        auto cancelled = run(request, &cancel);
        CUSTODIAN_VERIFY_ERROR(cancelled, Error::Code::Cancelled);
        QCOMPARE(auditEntries(), before);
        QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        request.actor.clear();
        BreachRegisterJob job(db(), db(), request); // no actor: refused before anything is read
        CUSTODIAN_VERIFY_ERROR(job.run(), Error::Code::InvalidArgument);
        QCOMPARE(auditEntries(), before);
    }
};

QTEST_MAIN(BreachRegisterTest)
#include "BreachRegisterTest.moc"
