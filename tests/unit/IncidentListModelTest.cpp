// The incident list's reader and model on a real store in a temporary directory: each filter of IncidentFilter
// against incidents made for it (status, phase, severity, category, owner, SLA breached and due soon at the same
// instants as IncidentSla, GDPR clock running, text in reference or title), the newest first with "more" past the
// limit, the query planned on the index incident_opened; and the model's columns — SLA state and GDPR clock in words
// with their tones — under QAbstractItemModelTester.
#include "item/IncidentListModel.h"
#include "item/ItemRoles.h"
#include "rules/IncidentSla.h"
#include "rules/IncidentWorkflow.h"
#include "store/Database.h"
#include "store/IncidentListReader.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
// 2026-12-01T12:00:00Z.
constexpr qint64 Now = 1'796'126'400'000;
} // namespace

class IncidentListModelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    IncidentWorkflow::Actor m_marta { 1, QStringLiteral("console:msilva") };
    qint64 m_lowLate = 0; // low, 31 days old: breached
    qint64 m_criticalSoon = 0; // critical, 19 h old: in its last quarter (24 h window)
    qint64 m_highFresh = 0; // high, 1 h old, João's, "aware at" set: GDPR clock running
    qint64 m_closed = 0;

    Database& db() { return m_store->store().database(); }

    qint64 open(const QString& title, const QString& category, Severity severity, qint64 owner, qint64 at)
    {
        IncidentWorkflow::OpenDraft draft;
        draft.title = title;
        draft.category = category;
        draft.severity = severity;
        draft.ownerId = owner;
        draft.detectedAt = at;
        auto opened = IncidentWorkflow::open(db(), draft, m_marta, at);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message()));
        return opened->id;
    }

    IncidentListReader::Page read(const IncidentFilter& filter, int limit = 100)
    {
        IncidentListReader::Query query;
        query.filter = filter;
        query.now = Now;
        query.meId = 1;
        const IncidentSla::Windows windows;
        query.slaWindowMs = { windows.ms(Severity::Low), windows.ms(Severity::Medium), windows.ms(Severity::High),
                              windows.ms(Severity::Critical) };
        query.limit = limit;
        auto page = IncidentListReader::read(db(), query);
        if (!page)
            qFatal("%s", qPrintable(page.error().message()));
        return std::move(*page);
    }

    static QList<qint64> ids(const IncidentListReader::Page& page)
    {
        QList<qint64> out;
        for (const IncidentListReader::Row& row : page.rows)
            out << row.id;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1), "
            "(2, 'jcosta', 'João Costa', 1);")));
        m_lowLate = open(QStringLiteral("Misdirected statement"), QStringLiteral("misdirected_email"), Severity::Low, 1,
                         Now - 31 * 24 * HourMs);
        m_criticalSoon = open(QStringLiteral("Card number in a chat transcript"), QStringLiteral("card_data_exposure"),
                              Severity::Critical, 1, Now - 19 * HourMs);
        m_highFresh = open(QStringLiteral("Records opened without a call"), QStringLiteral("insider_misuse"),
                           Severity::High, 2, Now - HourMs);
        m_closed = open(QStringLiteral("Phishing test mail"), QStringLiteral("phishing"), Severity::Medium, 2,
                        Now - 48 * HourMs);
        IncidentWorkflow::Closing closing;
        closing.outcome = IncidentOutcome::Benign;
        closing.summary = QStringLiteral("An announced awareness test.");
        QVERIFY(IncidentWorkflow::close(db(), m_closed, closing, m_marta, Now - 47 * HourMs).ok());
        QVERIFY(IncidentWorkflow::changePhase(db(), m_highFresh, IncidentPhase::Containing, {}, m_marta, Now).ok());
        // "Aware at" is the GDPR part's to set; here straight in the store, as the sync stream would.
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("UPDATE incident SET personal_data_breach = 1, "
                                                     "breach_established_at = %1 WHERE id = %2")
                                          .arg(Now - 30 * HourMs)
                                          .arg(m_highFresh)));
    }

    void cleanup() { m_store.reset(); }

    void eachFilterSelectsItsIncidents()
    {
        IncidentFilter filter;
        // Open by default, newest declared first.
        QCOMPARE(ids(read(filter)), (QList<qint64> { m_highFresh, m_criticalSoon, m_lowLate }));
        filter.status = IncidentFilter::Status::Closed;
        QCOMPARE(ids(read(filter)), QList<qint64> { m_closed });
        filter.status = IncidentFilter::Status::All;
        QCOMPARE(read(filter).rows.size(), std::size_t(4));

        IncidentFilter phase;
        phase.phase = IncidentPhase::Containing;
        QCOMPARE(ids(read(phase)), QList<qint64> { m_highFresh });
        IncidentFilter severity;
        severity.minimumSeverity = Severity::High;
        QCOMPARE(ids(read(severity)), (QList<qint64> { m_highFresh, m_criticalSoon }));
        IncidentFilter category;
        category.category = QStringLiteral("misdirected_email");
        QCOMPARE(ids(read(category)), QList<qint64> { m_lowLate });
        IncidentFilter mine;
        mine.owner = IncidentFilter::Owner::Me;
        QCOMPARE(ids(read(mine)), (QList<qint64> { m_criticalSoon, m_lowLate }));
        IncidentFilter unassigned;
        unassigned.owner = IncidentFilter::Owner::Unassigned;
        QVERIFY(read(unassigned).rows.empty());
        CUSTODIAN_VERIFY_OK(
            db().exec(QStringLiteral("UPDATE incident SET assignee_id = NULL WHERE id = %1").arg(m_lowLate)));
        QCOMPARE(ids(read(unassigned)), QList<qint64> { m_lowLate });

        // The SLA filters say what IncidentSla says at the same instant.
        IncidentFilter breached;
        breached.sla = IncidentFilter::Sla::Breached;
        QCOMPARE(ids(read(breached)), QList<qint64> { m_lowLate });
        IncidentFilter dueSoon;
        dueSoon.sla = IncidentFilter::Sla::DueSoon;
        QCOMPARE(ids(read(dueSoon)), QList<qint64> { m_criticalSoon });
        QCOMPARE(IncidentSla::at(Now - 19 * HourMs, Severity::Critical, std::nullopt, Now).state,
                 IncidentSla::State::DueSoon);
        QCOMPARE(IncidentSla::at(Now - 31 * 24 * HourMs, Severity::Low, std::nullopt, Now).state,
                 IncidentSla::State::Breached);
        QCOMPARE(IncidentSla::at(Now - HourMs, Severity::High, std::nullopt, Now).state, IncidentSla::State::OnTrack);

        IncidentFilter gdpr;
        gdpr.gdprClockRunning = true;
        QCOMPARE(ids(read(gdpr)), QList<qint64> { m_highFresh });

        IncidentFilter text;
        text.status = IncidentFilter::Status::All;
        text.text = QStringLiteral("CHAT");
        QCOMPARE(ids(read(text)), QList<qint64> { m_criticalSoon });
        auto reference = db().queryText(QStringLiteral("SELECT reference FROM incident WHERE id = %1").arg(m_closed));
        CUSTODIAN_VERIFY_OK(reference);
        text.text = reference->toLower();
        QCOMPARE(ids(read(text)), QList<qint64> { m_closed });
    }

    void theLimitSaysThereIsMore()
    {
        IncidentFilter all;
        all.status = IncidentFilter::Status::All;
        const IncidentListReader::Page page = read(all, 2);
        QCOMPARE(ids(page), (QList<qint64> { m_highFresh, m_criticalSoon }));
        QVERIFY(page.more);
        QVERIFY(!read(all, 4).more);
    }

    void theListIsReadFromTheIndex_data()
    {
        QTest::addColumn<int>("owner");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("index");
        QTest::newRow("anyone") << int(IncidentFilter::Owner::Anyone) << QStringLiteral("i.closed_at IS NULL")
                                << QStringLiteral("incident_opened");
        QTest::newRow("me") << int(IncidentFilter::Owner::Me)
                            << QStringLiteral("i.closed_at IS NULL AND i.assignee_id = 7")
                            << QStringLiteral("incident_assignee_opened");
        QTest::newRow("unassigned") << int(IncidentFilter::Owner::Unassigned)
                                    << QStringLiteral("i.closed_at IS NULL AND i.assignee_id IS NULL")
                                    << QStringLiteral("incident_assignee_opened");
    }

    void theListIsReadFromTheIndex()
    {
        // The plan walks the index the reader names and sorts nothing: the first rows come without reading every
        // incident, and an owner's without reading everyone else's.
        QFETCH(int, owner);
        QFETCH(QString, where);
        QFETCH(QString, index);
        IncidentFilter filter;
        filter.owner = IncidentFilter::Owner(owner);
        QCOMPARE(IncidentListReader::indexFor(filter), index);
        auto plan = db().prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT i.id FROM incident i INDEXED BY %1 LEFT "
                                                "JOIN supervisor s ON s.id = i.assignee_id WHERE %2 "
                                                "ORDER BY i.opened_at DESC, i.id DESC LIMIT 1001")
                                     .arg(index, where));
        CUSTODIAN_VERIFY_OK(plan);
        QString details;
        CUSTODIAN_VERIFY_OK(plan->forEachRow([&](const Statement& s) { details += s.text(3) + QLatin1Char('\n'); }));
        QVERIFY2(details.contains(index), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        if (index == QStringLiteral("incident_assignee_opened"))
            QVERIFY2(details.contains(QStringLiteral("assignee_id")), qPrintable(details)); // searched, not scanned
    }

    void theModelSaysTheClocksInWords()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentFilter all;
        all.status = IncidentFilter::Status::All;
        model.setIncidents(read(all).rows, Now);
        QCOMPARE(model.rowCount(), 4);
        const auto cell = [&model](qint64 id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(id), column).data(role);
        };
        QVERIFY(cell(m_lowLate, IncidentListModel::SlaColumn).toString().startsWith(QStringLiteral("Breached")));
        QCOMPARE(cell(m_lowLate, IncidentListModel::SlaColumn, ToneRole).value<CellTone>(), CellTone::Error);
        QVERIFY(cell(m_criticalSoon, IncidentListModel::SlaColumn).toString().startsWith(QStringLiteral("Due soon")));
        QCOMPARE(cell(m_criticalSoon, IncidentListModel::SlaColumn, ToneRole).value<CellTone>(), CellTone::Warning);
        QCOMPARE(cell(m_highFresh, IncidentListModel::SlaColumn).toString(), QStringLiteral("On track"));
        QCOMPARE(cell(m_closed, IncidentListModel::SlaColumn).toString(), QStringLiteral("Met"));
        // Aware 30 h ago: 42 h left, running; after 72 h it says late.
        QCOMPARE(cell(m_highFresh, IncidentListModel::GdprColumn).toString(), QStringLiteral("1 d 18 h left"));
        QVERIFY(cell(m_lowLate, IncidentListModel::GdprColumn).toString().isEmpty());
        QCOMPARE(cell(m_highFresh, IncidentListModel::PhaseColumn).toString(), QStringLiteral("Containing (Respond)"));
        QCOMPARE(cell(m_highFresh, IncidentListModel::OwnerColumn).toString(), QStringLiteral("João Costa"));
        QCOMPARE(cell(m_highFresh, IncidentListModel::Column(0), IdRole).toLongLong(), m_highFresh);

        model.setIncidents(read(all).rows, Now + 43 * HourMs);
        QVERIFY(cell(m_highFresh, IncidentListModel::GdprColumn).toString().startsWith(QStringLiteral("Late")));
        QCOMPARE(cell(m_highFresh, IncidentListModel::GdprColumn, ToneRole).value<CellTone>(), CellTone::Error);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(IncidentListModelTest)
#include "IncidentListModelTest.moc"
