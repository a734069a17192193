// The Incidents page offscreen on a demo store with hand-made incidents opened through IncidentWorkflow: the list is
// read on a worker and its filters (severity, owner, category, status, text, SLA breached) select what the store
// holds; nothing is selected until the supervisor picks an incident; closing is refused while a mandatory task is
// open — the banner names the task — and allowed once the task is marked done on the page; a note typed on the page
// lands in the timeline, whose chain stays intact and whose chart counts it, and a byte changed in the store is
// named as the entry that breaks the chain; the store holds each change with its console-audit entry. Report… writes
// the incident's report where the (pre-answered) save dialog says, Markdown or PDF by the suffix, with its audit
// entry, and refuses another suffix writing nothing; the incidents linked to or merged with one are listed with their
// kind, reference and title, and activating one opens it. With
// CUSTODIAN_SCREENSHOTS set to a folder, the page with an incident open is saved there under the light and the dark
// palette (docs/incidents-*.png come from it). Several incidents selected with Ctrl-clicks are closed at once through
// the bulk dialog, which refuses an empty reason and names how many it changes; the work runs on a worker, the one
// with an open mandatory task is named in the summary and stays open, the others are closed with the shared reason in
// their timelines, and the list no longer holds them (docs/screenshots/incidents-bulk-close.png comes from it).
#include "ui/incidents/IncidentsPage.h"
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "item/ChartDataModel.h"
#include "item/IncidentListModel.h"
#include "item/IncidentTaskModel.h"
#include "rules/IncidentFromEvidence.h"
#include "rules/IncidentWorkflow.h"
#include "store/IncidentRepository.h"
#include "store/Statement.h"
#include "store/SyncState.h"
#include "support/NextModal.h"
#include "support/Palettes.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"
#include "ui/incidents/EvidencePanel.h"
#include "ui/incidents/IncidentBulkDialog.h"
#include "ui/incidents/IncidentCloseDialog.h"
#include "ui/incidents/IncidentEditDialog.h"
#include "ui/incidents/IncidentTimelineChart.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;

template <typename T> T* find(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

using test::queryInt;

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item %s", qPrintable(combo->objectName()), qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void clickRow(QTableView* table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}
} // namespace

class IncidentsPageTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    IncidentWorkflow::Actor m_me { 1, QStringLiteral("console:gui-test") };
    qint64 m_card = 0; // card-number exposure, critical, mine: five mandatory tasks
    QString m_cardReference;
    qint64 m_phishing = 0; // phishing, low, someone else's, declared 40 days ago: its SLA is breached

    Store& store() { return *m_session->store(); }

    // Waits for the page's reads on workers to be delivered.
    static bool settle(IncidentsPage& page)
    {
        QTest::qWait(20);
        return QTest::qWaitFor([&page] { return !page.isLoading(); }, 10'000);
    }

    static int rowOf(IncidentsPage& page, qint64 id) { return page.model()->rowOf(id); }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        DemoGenerator::Options options;
        options.events = 3'000;
        options.seed = 17;
        options.end = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
        auto summary = DemoGenerator::generate(m_store->store(), options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        Database& db = m_store->store().database();
        QVERIFY(SyncState(db).setSupervisorId(1).ok());
        auto other = db.queryInt(QStringLiteral("SELECT min(id) FROM supervisor WHERE id <> 1"));
        CUSTODIAN_VERIFY_OK(other);

        const qint64 now = Clock::nowMs();
        IncidentWorkflow::OpenDraft card;
        card.title = QStringLiteral("Card number read out on a recorded call");
        card.category = QStringLiteral("card_data_exposure");
        card.severity = Severity::Critical;
        card.ownerId = 1;
        card.detectedAt = now - 2 * HourMs;
        auto opened = IncidentWorkflow::open(db, card, m_me, now - HourMs);
        CUSTODIAN_VERIFY_OK(opened);
        m_card = opened->id;
        m_cardReference = opened->reference;
        QVERIFY(opened->tasks >= 5);

        IncidentWorkflow::OpenDraft phishing;
        phishing.title = QStringLiteral("Phishing mail to the Porto team");
        phishing.category = QStringLiteral("phishing");
        phishing.severity = Severity::Low;
        phishing.ownerId = *other;
        phishing.detectedAt = now - 41 * 24 * HourMs;
        auto second = IncidentWorkflow::open(db, phishing, m_me, now - 40 * 24 * HourMs);
        CUSTODIAN_VERIFY_OK(second);
        m_phishing = second->id;

        m_session = std::make_unique<StoreSession>(m_store->path());
        m_session->adopt(std::move(m_store->store()));
        QVERIFY(m_session->isUnlocked());
    }

    void filtersSelectWhatTheStoreHolds()
    {
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        auto* table = find<QTableView>(page, "incidentsTable");
        const auto openWhere = [this](const QString& condition) {
            return int(queryInt(
                store(),
                QStringLiteral("SELECT count(*) FROM incident WHERE closed_at IS NULL AND %1").arg(condition)));
        };
        // Open incidents by default, the demo's and ours.
        QCOMPARE(table->model()->rowCount(), openWhere(QStringLiteral("1")));
        QVERIFY(rowOf(page, m_card) >= 0 && rowOf(page, m_phishing) >= 0);
        QCOMPARE(page.currentIncidentId(), 0);
        QVERIFY(find<QLabel>(page, "incidentsDetail")->text().contains(QStringLiteral("No incident selected")));
        QVERIFY(!find<QPushButton>(page, "incidentsClose")->isEnabled());

        choose(find<QComboBox>(page, "incidentsSeverityFilter"), int(Severity::Critical));
        QVERIFY(settle(page));
        QCOMPARE(table->model()->rowCount(), openWhere(QStringLiteral("severity = 4")));
        QVERIFY(rowOf(page, m_card) >= 0);
        QCOMPARE(rowOf(page, m_phishing), -1);
        choose(find<QComboBox>(page, "incidentsSeverityFilter"), 0);

        choose(find<QComboBox>(page, "incidentsOwnerFilter"), int(IncidentFilter::Owner::Me));
        QVERIFY(settle(page));
        QCOMPARE(table->model()->rowCount(), openWhere(QStringLiteral("assignee_id = 1")));
        QCOMPARE(rowOf(page, m_phishing), -1);
        choose(find<QComboBox>(page, "incidentsOwnerFilter"), int(IncidentFilter::Owner::Anyone));

        choose(find<QComboBox>(page, "incidentsCategoryFilter"), QStringLiteral("phishing"));
        QVERIFY(settle(page));
        QCOMPARE(table->model()->rowCount(), openWhere(QStringLiteral("category = 'phishing'")));
        QVERIFY(rowOf(page, m_phishing) >= 0);
        choose(find<QComboBox>(page, "incidentsCategoryFilter"), QString());

        // A low-severity incident declared 40 days ago is past its 30-day window: breached, and the list says so in
        // words. The card incident (critical, an hour old, 24 h window) is on track.
        choose(find<QComboBox>(page, "incidentsSlaFilter"), int(IncidentFilter::Sla::Breached));
        QVERIFY(settle(page));
        QVERIFY(rowOf(page, m_phishing) >= 0);
        QCOMPARE(rowOf(page, m_card), -1);
        const QString sla
            = page.model()->index(rowOf(page, m_phishing), IncidentListModel::SlaColumn).data().toString();
        QVERIFY2(sla.startsWith(QStringLiteral("Breached")), qPrintable(sla));
        choose(find<QComboBox>(page, "incidentsSlaFilter"), int(IncidentFilter::Sla::Any));

        choose(find<QComboBox>(page, "incidentsStatusFilter"), int(IncidentFilter::Status::Closed));
        QVERIFY(settle(page));
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(store(), QStringLiteral("SELECT count(*) FROM incident WHERE closed_at IS NOT NULL"))));

        // The call the Today tile makes: the filter shows in the bar and selects one incident by its reference.
        IncidentFilter byReference;
        byReference.status = IncidentFilter::Status::All;
        byReference.text = m_cardReference.toLower();
        page.showIncidents(byReference);
        QVERIFY(settle(page));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(find<QLineEdit>(page, "incidentsTextFilter")->text(), byReference.text);
        QCOMPARE(find<QComboBox>(page, "incidentsStatusFilter")->currentData().toInt(),
                 int(IncidentFilter::Status::All));
    }

    void closeIsRefusedUntilTheMandatoryTaskIsDone()
    {
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.showIncident(m_card);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_card);
        QVERIFY(find<QLabel>(page, "incidentsDetail")->text().contains(m_cardReference));
        QVERIFY(find<QLabel>(page, "incidentsChain")->text().contains(QStringLiteral("intact")));
        // The Evidence tab follows the incident the detail shows.
        QVERIFY(page.evidencePanel());
        QVERIFY(page.detailTabs()->indexOf(page.evidencePanel()) >= 0);
        QCOMPARE(page.evidencePanel()->incidentId(), m_card);

        // Every mandatory task but the last decided elsewhere: the refusal then names exactly the one left.
        auto detail = IncidentRepository(store().database()).load(m_card);
        CUSTODIAN_VERIFY_OK(detail);
        QVERIFY(detail->has_value());
        QString lastTitle;
        qint64 lastId = 0;
        for (const IncidentRepository::Task& task : (*detail)->tasks) {
            if (task.mandatory) {
                lastTitle = task.title;
                lastId = task.id;
            }
        }
        for (const IncidentRepository::Task& task : (*detail)->tasks) {
            if (task.mandatory && task.id != lastId)
                QVERIFY(
                    IncidentWorkflow::decideTask(store().database(), task.id, IncidentTaskState::Done, {}, m_me).ok());
        }
        page.refresh();
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_card);

        const auto answerClose = [this] {
            test::answerNextModal<IncidentCloseDialog>(this, [](IncidentCloseDialog* dialog) {
                dialog->setOutcome(IncidentOutcome::TruePositiveWithoutImpact);
                dialog->setSummary(QStringLiteral("The recording was redacted; no card data left the CDE."));
                dialog->accept();
            });
        };
        const qint64 auditBefore = queryInt(store(), QStringLiteral("SELECT count(*) FROM console_audit"));
        answerClose();
        QTest::mouseClick(find<QPushButton>(page, "incidentsClose"), Qt::LeftButton);
        auto* banner = find<MessageBanner>(page, "incidentsMessage");
        QCOMPARE(banner->level(), MessageBanner::Level::Error);
        QVERIFY2(banner->text().contains(lastTitle), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(m_cardReference), qPrintable(banner->text()));
        QCOMPARE(
            queryInt(store(),
                     QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND closed_at IS NULL").arg(m_card)),
            1);
        QCOMPARE(queryInt(store(), QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore);

        // The task marked done on the page, then closing goes through.
        QVERIFY(settle(page));
        auto* tasks = find<QTableView>(page, "incidentsTasks");
        find<QTabWidget>(page, "incidentsDetailTabs")->setCurrentIndex(1);
        int taskRow = -1;
        for (int row = 0; row < tasks->model()->rowCount(); ++row) {
            if (tasks->model()->index(row, IncidentTaskModel::TaskColumn).data().toString() == lastTitle)
                taskRow = row;
        }
        QVERIFY(taskRow >= 0);
        QVERIFY(tasks->model()->index(taskRow, IncidentTaskModel::MandatoryColumn).data().toString()
                == QStringLiteral("Mandatory"));
        clickRow(tasks, taskRow);
        QTest::mouseClick(find<QPushButton>(page, "incidentsTaskDone"), Qt::LeftButton);
        QVERIFY(settle(page));
        QCOMPARE(queryInt(store(), QStringLiteral("SELECT state FROM incident_task WHERE id = %1").arg(lastId)),
                 qint64(IncidentTaskState::Done));
        QCOMPARE(page.currentIncidentId(), m_card);

        answerClose();
        QTest::mouseClick(find<QPushButton>(page, "incidentsClose"), Qt::LeftButton);
        QCOMPARE(banner->level(), MessageBanner::Level::Success);
        QCOMPARE(queryInt(store(),
                          QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND closed_at IS NOT "
                                         "NULL AND phase = 7 AND closure_outcome = 2")
                              .arg(m_card)),
                 1);
        QCOMPARE(queryInt(store(),
                          QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.close' "
                                         "AND target = 'incident:%1'")
                              .arg(m_card)),
                 1);
        QVERIFY(settle(page));
        // Closed: the default "open" list no longer holds it, so the detail has nothing selected.
        QCOMPARE(rowOf(page, m_card), -1);
        // Shown again, its phase box says it is closed rather than offering the phase it had before.
        page.showIncident(m_card);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_card);
        auto* phase = find<QComboBox>(page, "incidentsPhase");
        QVERIFY(!phase->isEnabled());
        QCOMPARE(phase->currentIndex(), -1);
        QVERIFY(find<QPushButton>(page, "incidentsReopen")->isEnabled());
    }

    void observablesAndShowEvents()
    {
        // A demo incident with linked events: its observables, each with its count, and "Show events" asking for it.
        const qint64 linked = queryInt(store(),
                                       QStringLiteral("SELECT incident_id FROM incident_event GROUP BY "
                                                      "incident_id ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(linked > 0);
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.showIncident(linked);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), linked);
        auto* observables = find<QTableView>(page, "incidentsObservables");
        QCOMPARE(observables->model()->rowCount(),
                 int(queryInt(
                     store(),
                     QStringLiteral("SELECT count(*) FROM incident_observable WHERE incident_id = %1").arg(linked))));
        QVERIFY(observables->model()->rowCount() > 0);
        QSignalSpy spy(&page, &IncidentsPage::showEventsRequested);
        find<QTabWidget>(page, "incidentsDetailTabs")->setCurrentIndex(3);
        QTest::mouseClick(find<QPushButton>(page, "incidentsShowEvents"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), linked);
    }

    void reportButtonWritesTheChosenFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportFolder::resetForTests();
        ExportFolder::setOpenerForTests([](const QUrl&) {});
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        auto* report = find<QPushButton>(page, "incidentsReport");
        QVERIFY(!report->isEnabled()); // nothing selected yet
        QVERIFY(!report->accessibleName().isEmpty());
        page.showIncident(m_phishing);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_phishing);
        QVERIFY(report->isEnabled());
        const QString reference = page.model()->incident(rowOf(page, m_phishing))->reference;

        const auto audited = [this] {
            return queryInt(store(),
                            QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                           "'incident.report' AND target = 'incident:%1'")
                                .arg(m_phishing));
        };
        const qint64 before = audited();
        QSignalSpy finished(&page, &IncidentsPage::reportFinished);
        for (const QString& name : { QStringLiteral("report.md"), QStringLiteral("report.pdf") }) {
            const QString path = dir.filePath(name);
            Dialogs::setNextFileName(path);
            QTest::mouseClick(report, Qt::LeftButton);
            QCOMPARE(Dialogs::pendingAnswers(), 0);
            QVERIFY(finished.wait(30'000));
            const QList<QVariant> outcome = finished.takeFirst();
            QVERIFY2(outcome.at(0).toBool(), qPrintable(outcome.at(1).toString()));
            QVERIFY2(outcome.at(1).toString().contains(reference), qPrintable(outcome.at(1).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (name.endsWith(QLatin1String(".pdf"))) {
                QVERIFY(bytes.startsWith("%PDF-"));
            } else {
                QVERIFY2(bytes.contains(reference.toUtf8()), bytes.left(300).constData());
                QVERIFY(bytes.contains("Phishing mail to the Porto team"));
            }
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QCOMPARE(audited(), before + 2);
        QVERIFY(report->isEnabled());

        // Neither PDF nor Markdown: refused before anything is written or audited.
        const QString text = dir.filePath(QStringLiteral("report.txt"));
        Dialogs::setNextFileName(text);
        QTest::mouseClick(report, Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY(!QFile::exists(text));
        QCOMPARE(audited(), before + 2);
        QVERIFY(find<MessageBanner>(page, "incidentsMessage")->text().contains(QStringLiteral("PDF")));
        ExportFolder::setOpenerForTests(nullptr);
    }

    void linksAndMergesOpenTheOtherIncident()
    {
        Database& db = store().database();
        const qint64 now = Clock::nowMs();
        const auto open = [&](const QString& title) -> qint64 {
            IncidentWorkflow::OpenDraft draft;
            draft.title = title;
            draft.category = QStringLiteral("social_engineering");
            draft.severity = Severity::Medium;
            draft.ownerId = 1;
            draft.detectedAt = now - HourMs;
            auto opened = IncidentWorkflow::open(db, draft, m_me, now - HourMs / 2);
            return opened ? opened->id : 0;
        };
        const qint64 main = open(QStringLiteral("Vishing calls to the Lisbon team"));
        const qint64 related = open(QStringLiteral("Vishing calls to the Porto team"));
        const qint64 duplicate = open(QStringLiteral("Caller posing as IT support"));
        QVERIFY(main > 0 && related > 0 && duplicate > 0);
        CUSTODIAN_VERIFY_OK(
            IncidentFromEvidence::link(db, main, related, QStringLiteral("Same caller number"), m_me, now));
        CUSTODIAN_VERIFY_OK(
            IncidentFromEvidence::merge(db, main, duplicate, QStringLiteral("The same campaign"), m_me, now + 1));

        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.showIncident(main);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), main);
        find<QTabWidget>(page, "incidentsDetailTabs")->setCurrentIndex(3);
        auto* links = find<QTableView>(page, "incidentsLinks");
        QVERIFY(!links->accessibleName().isEmpty());
        QAbstractItemModel* model = links->model();
        QCOMPARE(model->rowCount(), 2);
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        const auto referenceOf = [this](qint64 id) {
            QString reference;
            test::forEachRow(store(), QStringLiteral("SELECT reference FROM incident WHERE id = %1").arg(id),
                             [&](const Statement& s) { reference = s.text(0); });
            return reference;
        };
        // The incident merged into this one first, then the linked one; each with its kind, reference and title.
        QCOMPARE(cell(0, 0), QStringLiteral("Merged here"));
        QCOMPARE(cell(0, 1), referenceOf(duplicate));
        QCOMPARE(cell(0, 2), QStringLiteral("Caller posing as IT support"));
        QCOMPARE(cell(1, 0), QStringLiteral("Linked"));
        QCOMPARE(cell(1, 1), referenceOf(related));
        QCOMPARE(cell(1, 2), QStringLiteral("Vishing calls to the Porto team"));
        QCOMPARE(cell(1, 5), QStringLiteral("Same caller number"));

        // Enter on the linked row opens it; its own detail lists the link back.
        links->setFocus();
        links->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(links, Qt::Key_Return);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), related);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, 0), QStringLiteral("Linked"));
        QCOMPARE(cell(0, 1), referenceOf(main));

        // The duplicate is closed, so not in the open list: activating it lists every incident and selects it.
        page.showIncident(main);
        QVERIFY(settle(page));
        QCOMPARE(model->rowCount(), 2);
        links->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(links, Qt::Key_Return);
        QVERIFY(settle(page));
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), duplicate);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(cell(0, 0), QStringLiteral("Merged into"));
        QCOMPARE(cell(0, 1), referenceOf(main));
    }

    void phaseAndFieldsChangeThroughTheWorkflow()
    {
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.showIncident(m_phishing);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_phishing);
        const auto phaseOf = [this] {
            return queryInt(store(), QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(m_phishing));
        };
        const auto audits = [this](const char* action) {
            return queryInt(store(),
                            QStringLiteral("SELECT count(*) FROM console_audit WHERE action = '%1' AND "
                                           "target = 'incident:%2'")
                                .arg(QLatin1String(action))
                                .arg(m_phishing));
        };

        // Forward at once.
        choose(find<QComboBox>(page, "incidentsPhase"), int(IncidentPhase::Containing));
        QTest::mouseClick(find<QPushButton>(page, "incidentsChangePhase"), Qt::LeftButton);
        QCOMPARE(phaseOf(), qint64(IncidentPhase::Containing));
        QCOMPARE(audits("incident.phase"), 1);
        QVERIFY(settle(page));
        QVERIFY(find<QLabel>(page, "incidentsDetail")->text().contains(QStringLiteral("Containing (Respond)")));

        // Back only with a reason, asked in a ReasonDialog.
        choose(find<QComboBox>(page, "incidentsPhase"), int(IncidentPhase::Analysing));
        test::answerNextModal<ReasonDialog>(this, [](ReasonDialog* dialog) {
            dialog->setReason(QStringLiteral("The sender came back from another domain."));
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>(page, "incidentsChangePhase"), Qt::LeftButton);
        QCOMPARE(phaseOf(), qint64(IncidentPhase::Analysing));
        QCOMPARE(audits("incident.phase"), 2);
        QVERIFY(settle(page));

        // Edit…: the severity raised through IncidentWorkflow::update.
        test::answerNextModal<IncidentEditDialog>(this, [](IncidentEditDialog* dialog) {
            dialog->setSeverity(Severity::High);
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>(page, "incidentsEdit"), Qt::LeftButton);
        QCOMPARE(queryInt(store(), QStringLiteral("SELECT severity FROM incident WHERE id = %1").arg(m_phishing)),
                 qint64(Severity::High));
        QCOMPARE(audits("incident.update"), 1);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_phishing);
    }

    void aNoteLandsInTheTimeline()
    {
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        page.showIncident(m_phishing);
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_phishing);
        const qint64 entries = queryInt(
            store(), QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(m_phishing));
        const QString text = QStringLiteral("Sender domain blocked at the mail gateway.");
        auto* note = find<QPlainTextEdit>(page, "incidentsNote");
        note->setFocus();
        QTest::keyClicks(note, text);
        QTest::mouseClick(find<QPushButton>(page, "incidentsAddNote"), Qt::LeftButton);
        QCOMPARE(find<MessageBanner>(page, "incidentsMessage")->level(), MessageBanner::Level::Success);
        QVERIFY(settle(page));
        QCOMPARE(
            queryInt(store(),
                     QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(m_phishing)),
            entries + 1);
        QString stored;
        test::forEachRow(store(),
                         QStringLiteral("SELECT text FROM incident_timeline WHERE incident_id = %1 AND kind = 'note' "
                                        "ORDER BY chain_seq DESC LIMIT 1")
                             .arg(m_phishing),
                         [&](const Statement& row) { stored = row.text(0); });
        QCOMPARE(stored, text);
        QCOMPARE(queryInt(store(),
                          QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'incident.note' "
                                         "AND target = 'incident:%1'")
                              .arg(m_phishing)),
                 1);
        QVERIFY(note->toPlainText().isEmpty());
        // The timeline shows it, and the chain still verifies.
        auto* timeline = find<QTableView>(page, "incidentsTimeline");
        bool shown = false;
        for (int row = 0; row < timeline->model()->rowCount(); ++row)
            shown = shown || timeline->model()->index(row, 3).data().toString() == text;
        QVERIFY(shown);
        const QString chain = find<QLabel>(page, "incidentsChain")->text();
        QVERIFY2(chain.contains(QStringLiteral("intact")), qPrintable(chain));

        // The chart on a time axis holds the same entries, per period, and reads as a table.
        ChartDataModel* chartTable = page.timelineChart()->panel()->model();
        int charted = 0;
        for (int row = 0; row < chartTable->rowCount(); ++row)
            charted += chartTable->index(row, chartTable->columnCount() - 1).data().toInt();
        QCOMPARE(charted, int(entries + 1));
        QVERIFY(!page.timelineChart()->panel()->view()->accessibleDescription().isEmpty());

        // The picture of an open incident, light and dark, when asked for.
        const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("incidents-detail-light.png"))));
            QApplication::setPalette(test::darkFusionPalette());
            find<QTabWidget>(page, "incidentsDetailTabs")->setCurrentIndex(2);
            QTest::qWait(50);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("incidents-detail-dark.png"))));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }

        // A byte changed in the first entry behind the workflow's back: the page says which entry breaks the chain.
        CUSTODIAN_VERIFY_OK(store().database().exec(
            QStringLiteral("UPDATE incident_timeline SET text = text || '.' WHERE incident_id = %1 AND chain_seq = 1")
                .arg(m_phishing)));
        page.refresh();
        QVERIFY(settle(page));
        QCOMPARE(page.currentIncidentId(), m_phishing);
        const QString broken = find<QLabel>(page, "incidentsChain")->text();
        QVERIFY2(broken.contains(QStringLiteral("broken")) && broken.contains(QStringLiteral("Entry 1")),
                 qPrintable(broken));
    }

    void bulkCloseOfSelectedIncidents()
    {
        // Four incidents of their own: three without tasks, one whose mandatory tasks are open.
        Database& db = store().database();
        const qint64 now = Clock::nowMs();
        std::vector<qint64> closable;
        qint64 blocked = 0;
        QString blockedReference;
        for (int i = 0; i < 4; ++i) {
            IncidentWorkflow::OpenDraft draft;
            draft.title = QStringLiteral("Bulk-triage test mail %1").arg(i + 1);
            draft.category = i == 2 ? QStringLiteral("lost_device") : QStringLiteral("phishing");
            draft.severity = Severity::Low;
            draft.ownerId = 1;
            draft.detectedAt = now - 3 * HourMs;
            auto opened = IncidentWorkflow::open(db, draft, m_me, now - 2 * HourMs + i);
            CUSTODIAN_VERIFY_OK(opened);
            if (i == 2) {
                blocked = opened->id;
                blockedReference = opened->reference;
            } else {
                closable.push_back(opened->id);
            }
        }

        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        IncidentFilter filter;
        filter.text = QStringLiteral("Bulk-triage");
        page.showIncidents(filter);
        QVERIFY(settle(page));
        QCOMPARE(page.model()->rowCount(), 4);
        auto* bulkClose = find<QPushButton>(page, "incidentsBulkClose");
        auto* bulkAssign = find<QPushButton>(page, "incidentsBulkAssign");
        QVERIFY(!bulkClose->isEnabled());
        QVERIFY(!bulkClose->accessibleName().isEmpty() && !bulkAssign->accessibleName().isEmpty());
        QVERIFY(!find<QProgressBar>(page, "incidentsBulkProgress")->accessibleName().isEmpty());
        QVERIFY(!find<QPushButton>(page, "incidentsBulkCancel")->accessibleName().isEmpty());

        // The first row clicked, the others added with Ctrl as a supervisor does.
        auto* table = find<QTableView>(page, "incidentsTable");
        clickRow(table, 0);
        for (int row = 1; row < 4; ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(index).center());
        }
        QCOMPARE(int(page.selectedIncidentIds().size()), 4);
        QVERIFY(bulkClose->isEnabled());
        QVERIFY2(bulkClose->text().contains(QLatin1Char('4')), qPrintable(bulkClose->text()));
        QVERIFY(settle(page));

        const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS");
        const QString reason = QStringLiteral("Weekly triage: the awareness campaign test mails.");
        bool answered = false;
        QString emptyRefusal;
        QString intro;
        test::answerNextModal<IncidentBulkDialog>(
            this,
            [&](IncidentBulkDialog* dialog) {
                intro = find<QLabel>(*dialog, "incidentBulkIntro")->text();
                dialog->setOutcome(IncidentOutcome::FalsePositive);
                dialog->setSummary(QStringLiteral("Test mails of the awareness campaign, reported by agents."));
                // No reason: refused in the dialog, which stays open with what was typed.
                dialog->accept();
                emptyRefusal = dialog->problem();
                if (!dialog->isVisible())
                    return;
                if (!folder.isEmpty()) {
                    // The dialog as the refusal leaves it, under both palettes.
                    QApplication::setPalette(test::darkFusionPalette());
                    QTest::qWait(50);
                    dialog->grab().save(QDir(folder).filePath(QStringLiteral("incidents-bulk-close-dialog-dark.png")));
                    QApplication::setPalette(QApplication::style()->standardPalette());
                    QTest::qWait(50);
                    dialog->grab().save(QDir(folder).filePath(QStringLiteral("incidents-bulk-close-dialog.png")));
                }
                dialog->setReason(reason);
                dialog->accept();
            },
            &answered);
        QSignalSpy finished(&page, &IncidentsPage::bulkFinished);
        const qint64 auditBefore = queryInt(store(), QStringLiteral("SELECT count(*) FROM console_audit"));
        QTest::mouseClick(bulkClose, Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY2(emptyRefusal.contains(QStringLiteral("reason")), qPrintable(emptyRefusal));
        QVERIFY2(intro.startsWith(QStringLiteral("4 incidents selected.")), qPrintable(intro));
        // The work runs on its worker: the click returned while it may still run, and the page says so.
        QVERIFY(finished.wait(20'000) || finished.count() == 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!page.isBulkRunning());
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        auto* banner = find<MessageBanner>(page, "incidentsMessage");
        QCOMPARE(banner->level(), MessageBanner::Level::Warning);
        const QString summary = banner->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 incidents closed; 1 refused:")), qPrintable(summary));
        QVERIFY2(summary.contains(blockedReference) && summary.contains(QStringLiteral("mandatory")),
                 qPrintable(summary));

        for (qint64 id : closable) {
            QCOMPARE(queryInt(store(),
                              QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND phase = 7 AND "
                                             "closure_outcome = 3")
                                  .arg(id)),
                     1);
            QCOMPARE(queryInt(store(),
                              QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 "
                                             "AND kind = 'closed' AND instr(text, 'Reason: %2') > 0")
                                  .arg(id)
                                  .arg(reason)),
                     1);
        }
        QCOMPARE(
            queryInt(store(),
                     QStringLiteral("SELECT count(*) FROM incident WHERE id = %1 AND closed_at IS NULL").arg(blocked)),
            1);
        // One audit entry per closed incident, none for the refused one.
        QCOMPARE(queryInt(store(), QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore + 3);

        // The list read again: only the one left open is still listed.
        QVERIFY(settle(page));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(rowOf(page, blocked), 0);
        for (qint64 id : closable)
            QCOMPARE(rowOf(page, id), -1);

        if (!folder.isEmpty()) {
            // The page with several incidents selected and the summary of a bulk close in its banner.
            IncidentFilter all;
            all.status = IncidentFilter::Status::All;
            all.text = QStringLiteral("Bulk-triage");
            page.showIncidents(all);
            QVERIFY(settle(page));
            clickRow(table, 0);
            for (int row = 1; row < page.model()->rowCount(); ++row) {
                const QModelIndex index = table->model()->index(row, 0);
                QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                                  table->visualRect(index).center());
            }
            QVERIFY(settle(page));
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("incidents-bulk-close.png"))));
            QApplication::setPalette(test::darkFusionPalette());
            QTest::qWait(50);
            QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("incidents-bulk-close-dark.png"))));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    }

    void bulkAssignOfSelectedIncidents()
    {
        Database& db = store().database();
        auto other = db.queryInt(QStringLiteral("SELECT min(id) FROM supervisor WHERE id <> 1"));
        CUSTODIAN_VERIFY_OK(other);
        const qint64 now = Clock::nowMs();
        std::vector<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            IncidentWorkflow::OpenDraft draft;
            draft.title = QStringLiteral("Bulk-assign handover %1").arg(i + 1);
            draft.category = QStringLiteral("phishing");
            draft.severity = Severity::Medium;
            draft.ownerId = 1;
            draft.detectedAt = now - 3 * HourMs;
            auto opened = IncidentWorkflow::open(db, draft, m_me, now - 2 * HourMs + i);
            CUSTODIAN_VERIFY_OK(opened);
            ids.push_back(opened->id);
        }
        IncidentsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(settle(page));
        IncidentFilter filter;
        filter.text = QStringLiteral("Bulk-assign");
        page.showIncidents(filter);
        QVERIFY(settle(page));
        QCOMPARE(page.model()->rowCount(), 2);
        auto* table = find<QTableView>(page, "incidentsTable");
        clickRow(table, 0);
        const QModelIndex second = table->model()->index(1, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, table->visualRect(second).center());
        QCOMPARE(int(page.selectedIncidentIds().size()), 2);

        const QString reason = QStringLiteral("Handover to the evening shift");
        bool answered = false;
        test::answerNextModal<IncidentBulkDialog>(
            this,
            [&](IncidentBulkDialog* dialog) {
                dialog->setOwner(*other);
                dialog->setReason(reason);
                dialog->accept();
            },
            &answered);
        QSignalSpy finished(&page, &IncidentsPage::bulkFinished);
        QTest::mouseClick(find<QPushButton>(page, "incidentsBulkAssign"), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(finished.count() == 1 || finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        auto* banner = find<MessageBanner>(page, "incidentsMessage");
        QCOMPARE(banner->level(), MessageBanner::Level::Success);
        QCOMPARE(banner->text(), QStringLiteral("2 incidents assigned."));
        for (qint64 id : ids) {
            QCOMPARE(queryInt(store(), QStringLiteral("SELECT assignee_id FROM incident WHERE id = %1").arg(id)),
                     *other);
            QCOMPARE(queryInt(store(),
                              QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1 "
                                             "AND kind = 'assignment' AND instr(text, 'Reason: %2') > 0")
                                  .arg(id)
                                  .arg(reason)),
                     1);
        }
        QVERIFY(settle(page));
        QCOMPARE(page.model()->rowCount(), 2);

        // With several selected, the detail's Close… is the bulk close of them all, not of the shown one alone.
        clickRow(table, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          table->visualRect(table->model()->index(1, 0)).center());
        QVERIFY(settle(page));
        QCOMPARE(int(page.selectedIncidentIds().size()), 2);
        QString title;
        answered = false;
        test::answerNextModal<IncidentBulkDialog>(
            this, [&](IncidentBulkDialog* dialog) { title = dialog->windowTitle(); }, &answered);
        QTest::mouseClick(find<QPushButton>(page, "incidentsClose"), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(title, QStringLiteral("Close 2 incidents"));
        QCOMPARE(queryInt(store(),
                          QStringLiteral("SELECT count(*) FROM incident WHERE id IN (%1, %2) AND closed_at IS "
                                         "NULL")
                              .arg(ids[0])
                              .arg(ids[1])),
                 2);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_store.reset();
    }
};

QTEST_MAIN(IncidentsPageTest)
#include "IncidentsPageTest.moc"
