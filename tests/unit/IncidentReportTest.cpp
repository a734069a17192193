// The incident report's Markdown, section by section, against what the store holds (docs/incidents.md, "Report"): on
// a seeded store, an incident with linked access events, a GDPR awareness, two notification phases, an Art. 34
// decision and two evidence items, one of them then tampered. The observables are counted and shown masked, never
// with a record's identifier in clear; the notifications and decision as recorded; the evidence's SHA-256 as
// computed here, the tampered item named. The PDF of the same content is rendered in CliIncidentTest.
#include "export/IncidentReport.h"

#include "rules/BreachWorkflow.h"
#include "rules/IncidentFromEvidence.h"
#include "rules/IncidentWorkflow.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "store/IncidentEventLink.h"
#include "support/DemoSeed.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;

QString section(const QString& text, const QString& heading)
{
    const qsizetype start = text.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
    if (start < 0)
        return QString();
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start + 4);
    return text.mid(start, end < 0 ? -1 : end - start);
}

int tableRows(const QString& text)
{
    // Data rows: lines starting with "| " after each header and its |---| line.
    int rows = 0;
    bool inTable = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("|---")))
            inTable = true;
        else if (!line.startsWith(QLatin1Char('|')))
            inTable = false;
        else if (inTable)
            ++rows;
    }
    return rows;
}
} // namespace

class IncidentReportTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    Database& db() { return m_store->store().database(); }
    qint64 count(const QString& sql)
    {
        auto value = db().queryInt(sql);
        return value ? *value : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        const QString seeded = test::DemoSeed::generate(m_store->store(), 3);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }

    void markdownMatchesTheStore()
    {
        const qint64 supervisor = count(QStringLiteral("SELECT min(id) FROM supervisor"));
        const IncidentWorkflow::Actor actor { supervisor, QStringLiteral("console:tester") };
        auto lastEvent = db().queryInt(QStringLiteral("SELECT max(occurred_at) FROM access_event"));
        CUSTODIAN_VERIFY_OK(lastEvent);
        const qint64 now = *lastEvent + 2 * HourMs;

        IncidentWorkflow::OpenDraft draft;
        draft.title = QStringLiteral("Records browsed without a contact <img src=x> & more");
        draft.category = QStringLiteral("insider_misuse");
        draft.severity = Severity::High;
        draft.ownerId = supervisor;
        draft.detectedAt = now - HourMs;
        auto opened = IncidentWorkflow::open(db(), draft, actor, now);
        CUSTODIAN_VERIFY_OK(opened);
        const qint64 id = opened->id;

        // 40 events with records, of one agent: observables of every kind.
        auto ids = db().queryTexts(QStringLiteral(
            "SELECT id FROM access_event WHERE record_id IS NOT NULL AND agent_id = (SELECT agent_id FROM access_event "
            "WHERE record_id IS NOT NULL LIMIT 1) ORDER BY id LIMIT 40"));
        CUSTODIAN_VERIFY_OK(ids);
        std::vector<qint64> events;
        for (const QString& e : *ids)
            events.push_back(e.toLongLong());
        QVERIFY(!events.empty());
        CUSTODIAN_VERIFY_OK(IncidentEventLink::link(db(), id, events));

        CUSTODIAN_VERIFY_OK(BreachWorkflow::recordAwareness(db(), id, now - HourMs / 2,
                                                            QStringLiteral("Records confirmed read."), actor, now));
        BreachWorkflow::Notification first;
        first.form.nature = QStringLiteral("An agent read customer records without a contact.");
        first.form.subjectCategories = QStringLiteral("customers");
        first.form.subjectsApprox = 17;
        first.form.recordCategories = QStringLiteral("account numbers");
        first.form.recordsApprox = 40;
        first.form.contactPoint = QStringLiteral("dpo@example.test");
        first.sentAt = now;
        first.authorityReference = QStringLiteral("CNPD-2026-77");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), id, first, actor, now));
        BreachWorkflow::Notification second = first;
        second.form.measures = QStringLiteral("Access revoked; agent interviewed.");
        second.sentAt = now + HourMs;
        CUSTODIAN_VERIFY_OK(BreachWorkflow::notifyAuthority(db(), id, second, actor, now + HourMs));
        SubjectDecision decision;
        decision.notify = false;
        decision.exemption = SubjectExemption::MeasuresTaken;
        decision.reason = QStringLiteral("Access revoked within the hour.");
        CUSTODIAN_VERIFY_OK(BreachWorkflow::decideSubjects(db(), id, decision, actor, now + HourMs));

        QByteArray intact("screenshot bytes ");
        intact = intact.repeated(5000);
        QByteArray tampered("an e-mail, forwarded ");
        tampered = tampered.repeated(3000);
        qint64 tamperedId = 0;
        for (const auto& [name, bytes] : { std::pair { QStringLiteral("screen.png"), intact },
                                           std::pair { QStringLiteral("mail.eml"), tampered } }) {
            QBuffer source;
            source.setData(bytes);
            QVERIFY(source.open(QIODevice::ReadOnly));
            auto added = EvidenceRegister::add(db(), { id, name, QString(), QString() }, source,
                                               QStringLiteral("console:tester"), {}, now);
            CUSTODIAN_VERIFY_OK(added);
            tamperedId = *added;
        }
        auto flip = db().prepare(QStringLiteral("UPDATE evidence_chunk SET data = ? WHERE item_id = ? AND seq = 0"));
        CUSTODIAN_VERIFY_OK(flip);
        QByteArray changed = tampered;
        changed[3] = 'X';
        flip->bindBlob(1, changed).bind(2, tamperedId);
        CUSTODIAN_VERIFY_OK(flip->run());

        draft.title = QStringLiteral("A second call");
        auto other = IncidentWorkflow::open(db(), draft, actor, now);
        CUSTODIAN_VERIFY_OK(other);
        CUSTODIAN_VERIFY_OK(IncidentFromEvidence::link(db(), id, other->id,
                                                       QStringLiteral("Same caller, two days apart."), actor, now));

        auto report = IncidentReport::markdown(db(), id, QStringLiteral("console:tester"), now + 2 * HourMs);
        CUSTODIAN_VERIFY_OK(report);
        const QString& md = *report;

        const QString summary = section(md, QStringLiteral("Summary"));
        QVERIFY(summary.contains(opened->reference));
        QVERIFY(summary.contains(QStringLiteral("| Severity | high |")));
        // Typed HTML stays text: the PDF, laid out from this Markdown, must not render it.
        QVERIFY2(
            summary.contains(QStringLiteral("| Title | Records browsed without a contact \\<img src=x> \\& more |")),
            qPrintable(summary));
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("[^\\\\]<img"))));
        QVERIFY(summary.contains(QStringLiteral("| Personal-data breach | yes, aware at ")));
        QCOMPARE(tableRows(section(md, QStringLiteral("Tasks"))),
                 int(count(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(id))));
        const QString timeline = section(md, QStringLiteral("Timeline"));
        const qint64 entries
            = count(QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id));
        QVERIFY2(timeline.contains(QStringLiteral("Chain verified: %1 entries intact").arg(entries)),
                 qPrintable(timeline));
        QCOMPARE(tableRows(timeline), int(entries));

        // Observables: one row per incident_observable row, records by their masked form only.
        const QString observables = section(md, QStringLiteral("Observables"));
        QCOMPARE(tableRows(observables),
                 int(count(QStringLiteral("SELECT count(*) FROM incident_observable WHERE incident_id = %1").arg(id))));
        auto masked = db().queryTexts(
            QStringLiteral("SELECT DISTINCT r.masked FROM access_event e JOIN customer_record r ON r.id = e.record_id "
                           "JOIN incident_event ie ON ie.event_id = e.id WHERE ie.incident_id = %1")
                .arg(id));
        CUSTODIAN_VERIFY_OK(masked);
        QVERIFY(!masked->isEmpty());
        for (const QString& m : *masked)
            QVERIFY2(observables.contains(m), qPrintable(m));
        QVERIFY(!md.contains(QStringLiteral("sealed")));

        const QString evidence = section(md, QStringLiteral("Evidence"));
        QVERIFY(evidence.contains(QStringLiteral("TAMPERED: 1 of 2 item(s)")));
        QVERIFY(evidence.contains(
            QString::fromLatin1(QCryptographicHash::hash(intact, QCryptographicHash::Sha256).toHex())));
        QVERIFY(evidence.contains(QStringLiteral("| %1 |").arg(intact.size())));
        QVERIFY(evidence.contains(QStringLiteral("| intact |")));
        const qsizetype mailRow = evidence.indexOf(QStringLiteral("| mail.eml |"));
        QVERIFY(mailRow >= 0);
        QVERIFY(evidence.mid(mailRow, evidence.indexOf(QLatin1Char('\n'), mailRow) - mailRow)
                    .contains(QStringLiteral("TAMPERED: ")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence_custody WHERE item_id = %1 AND action = 5")
                           .arg(tamperedId)),
                 1);

        const QString gdpr = section(md, QStringLiteral("GDPR notifications"));
        QVERIFY(gdpr.contains(QStringLiteral("### Phase 1, sent ")));
        QVERIFY(gdpr.contains(QStringLiteral("### Phase 2, sent ")));
        QVERIFY(gdpr.contains(QStringLiteral("CNPD-2026-77")));
        QVERIFY(gdpr.contains(QStringLiteral("customers (about 17)")));
        QVERIFY(gdpr.contains(QStringLiteral("account numbers (about 40)")));
        QVERIFY(gdpr.contains(QStringLiteral("Access revoked; agent interviewed.")));
        QVERIFY(gdpr.contains(QStringLiteral("Art. 34(3)(b)")));
        QVERIFY(gdpr.contains(QStringLiteral("Access revoked within the hour.")));
        const QString related = section(md, QStringLiteral("Related incidents"));
        QVERIFY2(related.contains(QStringLiteral("| %1 | ").arg(other->reference)), qPrintable(related));
        QVERIFY(related.contains(QStringLiteral("Same caller, two days apart.")));
    }

    void unknownIncidentIsRefused()
    {
        auto report = IncidentReport::markdown(db(), 987654321, QStringLiteral("console:tester"), 0);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(IncidentReportTest)
#include "IncidentReportTest.moc"
