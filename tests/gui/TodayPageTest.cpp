// The Today page on a hand-built store: an organisation of three agents and two roles written as a sync would bring
// it, then findings, role requests, access reviews, access events and a sync conflict made through the repositories
// and workflows, with a test clock. Every number on the page equals the count this test makes of what it wrote; each
// number, clicked, opens its page filtered so that the page shows the same count; "new" counts from the unlock before
// the current one (and says so on the first unlock); "needs you now" is ordered by severity, then deadline, and each
// row opens its subject.
#include "ui/today/TodayPage.h"
#include "domain/AccessEvent.h"
#include "item/FindingModel.h"
#include "item/ItemRoles.h"
#include "item/ReviewCampaignModel.h"
#include "item/TodayAttentionModel.h"
#include "rules/FindingWorkflow.h"
#include "rules/IncidentSla.h"
#include "rules/ReviewWorkflow.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/AccessEventWriter.h"
#include "store/Database.h"
#include "store/FindingRepository.h"
#include "store/SyncOutbox.h"
#include "store/SyncState.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/access/AccessPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/SyncPage.h"
#include "ui/training/TrainingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

namespace {
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
const QString Me = QStringLiteral("console:today-test");
} // namespace

class TodayPageTest : public QObject
{
    Q_OBJECT

private:
    // Unlocks through the unlock page, as the supervisor does (the session writes the 'unlock' audit entry).
    bool unlock()
    {
        auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        edit->setText(QString::fromUtf8(test::TestStore::Passphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return m_session->isUnlocked(); }, 15000))
            return false;
        return QTest::qWaitFor([this] { return m_pages.today->snapshot().has_value(); }, 15000);
    }

    QPushButton* number(const char* name) const { return m_pages.today->findChild<QPushButton*>(QLatin1String(name)); }

    qint64 shown(const char* name) const
    {
        QPushButton* button = number(name);
        return button ? QLocale().toLongLong(button->text()) : -1;
    }

    void showToday() { m_window->setCurrentPage(m_window->indexOf(m_pages.today)); }

    qint64 recordFinding(Database& database, Severity severity, qint64 detectedAt, const QString& key)
    {
        FindingRepository::Draft draft;
        draft.kind = FindingKind::BulkAccess;
        draft.severity = severity;
        draft.controlRef = QStringLiteral("PCI DSS 10.2.1");
        draft.agentId = 1;
        draft.detectedAt = detectedAt;
        draft.windowStart = detectedAt - HourMs;
        draft.windowEnd = detectedAt;
        draft.summary = QStringLiteral("Finding %1").arg(key);
        draft.dedupeKey = key;
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return 0;
        auto recorded = FindingRepository(database).record(draft, {});
        if (!recorded || !transaction->commit())
            return 0;
        return recorded->id;
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TodayPageTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
    }

    void everyNumberMatchesWhatItOpens();
    void trainingNumbersOpenTheTrainingPage();
    void incidentNumbersMatchAnIndependentCount();

private:
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    ConsolePages m_pages;
};

void TodayPageTest::everyNumberMatchesWhatItOpens()
{
    const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    test::TestClock clock(t0 - 3 * DayMs);
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    Database& setup = fixture.store().database();
    // The organisation as the central service sends it: me (1) and a colleague (2), three agents, a basic role all
    // three hold and a sensitive one.
    CUSTODIAN_VERIFY_OK(setup.exec(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
            "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'msilva', 'Marta Silva');"
            "INSERT INTO supervisor (id, username, display_name) VALUES (2, 'jcosta', 'João Costa');"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E0001', 'Ana Reis', 1, "
            "0);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (2, 'E0002', 'Rui Sousa', 1, "
            "0);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (3, 'E0003', 'Eva Lopes', 1, "
            "0);"
            "INSERT INTO role (id, code, name) VALUES (1, 'agent_basic', 'Customer service');"
            "INSERT INTO role (id, code, name, sensitive) VALUES (2, 'refunds', 'Refunds approver', 1);"
            "INSERT INTO role_assignment (agent_id, role_id, status, valid_from, justification, requested_by, "
            "requested_at, server_version) VALUES (1, 1, 2, %1, 'hired', 2, %1, 1), (2, 1, 2, %1, 'hired', 2, %1, 1), "
            "(3, 1, 2, %1, 'hired', 2, %1, 1)")
            .arg(t0 - 30 * DayMs)));
    CUSTODIAN_VERIFY_OK(SyncState(setup).setSupervisorId(1));
    // Before the first unlock: one critical finding still open, one dismissed.
    const qint64 oldCritical = recordFinding(setup, Severity::Critical, t0 - 2 * DayMs, QStringLiteral("old-open"));
    const qint64 dismissed = recordFinding(setup, Severity::Critical, t0 - 2 * DayMs, QStringLiteral("old-dismissed"));
    QVERIFY(oldCritical > 0 && dismissed > 0);
    CUSTODIAN_VERIFY_OK(
        FindingWorkflow::changeStatus(setup, dismissed, FindingStatus::Dismissed, QStringLiteral("test data"), Me));
    fixture.close();

    m_session = std::make_unique<StoreSession>(fixture.path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_pages = ConsolePages::addTo(*m_window, *m_session, Me);
    QCOMPARE(m_window->indexOf(m_pages.today), 0); // the first page, Ctrl+1
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // The first unlock: Today is shown, and "new" counts from the store's creation, saying so.
    clock.set(t0);
    QVERIFY(unlock());
    QCOMPARE(m_window->currentPage(), 0);
    QCOMPARE(shown("todayNewFindings"), 2);
    auto* newCaption = m_pages.today->findChild<QLabel*>(QStringLiteral("todayNewFindingsCaption"));
    QVERIFY2(newCaption->text().contains(QLatin1String("first unlock")), qPrintable(newCaption->text()));
    QCOMPARE(shown("todayCriticalFindings"), 1);

    // While unlocked: three findings, two role requests, four reviews, two access events, one sync conflict.
    clock.set(t0 + 30 * MinuteMs);
    Database& db = m_session->store()->database();
    QVERIFY(recordFinding(db, Severity::High, t0 + 30 * MinuteMs, QStringLiteral("new-high")) > 0);
    const qint64 newCritical = recordFinding(db, Severity::Critical, t0 + 40 * MinuteMs, QStringLiteral("new-crit"));
    QVERIFY(newCritical > 0);
    QVERIFY(recordFinding(db, Severity::Low, t0 + 50 * MinuteMs, QStringLiteral("new-low")) > 0);

    const RoleAssignmentWorkflow::Actor me { 1, Me };
    const RoleAssignmentWorkflow::Actor colleague { 2, QStringLiteral("console:jcosta") };
    AssignmentRules::Request request;
    request.roleId = 2;
    request.validFrom = t0 + DayMs;
    request.justification = QStringLiteral("refund backlog");
    request.now = Clock::nowMs();
    request.agentId = 2;
    auto theirs = RoleAssignmentWorkflow::grant(db, request, colleague);
    CUSTODIAN_VERIFY_OK(theirs);
    QVERIFY(theirs->status == AssignmentStatus::Pending);
    request.agentId = 3;
    auto mine = RoleAssignmentWorkflow::grant(db, request, me);
    CUSTODIAN_VERIFY_OK(mine);
    QVERIFY(mine->status == AssignmentStatus::Pending);

    const auto campaign = [&](const char* name, qint64 reviewer, qint64 dueAt) -> qint64 {
        ReviewRules::Draft draft;
        draft.name = QString::fromLatin1(name);
        draft.scope = ReviewScope::Role;
        draft.scopeId = 1;
        draft.reviewerId = reviewer;
        draft.dueAt = dueAt;
        draft.now = -1;
        auto created = ReviewWorkflow::create(db, draft, me);
        return created ? created->campaignId : 0;
    };
    const qint64 dueSoon = campaign("Due in two days", 1, t0 + 2 * DayMs);
    const qint64 overdue = campaign("Due in ninety minutes", 1, t0 + 2 * HourMs);
    const qint64 later = campaign("Due in ten days", 1, t0 + 10 * DayMs);
    const qint64 notMine = campaign("The colleague's", 2, t0 + DayMs);
    QVERIFY(dueSoon && overdue && later && notMine);
    auto firstItem = db.queryInt(QStringLiteral("SELECT min(id) FROM review_item WHERE campaign_id = %1").arg(dueSoon));
    CUSTODIAN_VERIFY_OK(firstItem);
    CUSTODIAN_VERIFY_OK(
        ReviewWorkflow::decide(db, { *firstItem }, ReviewDecision::Keep, QStringLiteral("still needed"), {}, me));

    {
        auto transaction = Transaction::begin(db);
        CUSTODIAN_VERIFY_OK(transaction);
        std::vector<AccessEvent> events(2);
        for (int i = 0; i < 2; ++i) {
            events[i].id = 100 + i;
            events[i].occurredAt = t0 + (40 + 10 * i) * MinuteMs;
            events[i].agentId = 1;
            events[i].action = AccessAction::Login;
            events[i].sessionId = 7;
        }
        CUSTODIAN_VERIFY_OK(AccessEventWriter(db).write(events));
        CUSTODIAN_VERIFY_OK(transaction->commit());
    }
    {
        // The central service refused the oldest change: a conflict for the supervisor (as the sync engine marks it).
        SyncOutbox outbox(db);
        auto due = outbox.due(Clock::nowMs(), 1);
        CUSTODIAN_VERIFY_OK(due);
        QCOMPARE(due->size(), std::size_t(1));
        CUSTODIAN_VERIFY_OK(outbox.markConflict(due->front(), 9, QStringLiteral("{}"), Clock::nowMs()));
    }
    // The changes this test made that wait for the central service, counted one by one.
    qint64 waiting = 0;
    {
        auto states = db.prepare(QStringLiteral("SELECT state FROM sync_outbox"));
        CUSTODIAN_VERIFY_OK(states);
        CUSTODIAN_VERIFY_OK(states->forEachRow(
            [&waiting](const Statement& s) { waiting += s.text(0) == QLatin1String("queued") ? 1 : 0; }));
    }
    QVERIFY(waiting > 0);

    // Locked and unlocked again three hours after the first unlock.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!m_session->isUnlocked());
    QVERIFY(!m_pages.today->snapshot());
    clock.set(t0 + 3 * HourMs);
    QVERIFY(unlock());
    QCOMPARE(m_window->page(m_window->currentPage()), m_pages.today);

    // Each number against the hand count of what was written above.
    QCOMPARE(shown("todayNewFindings"), 3); // detected after the first unlock: high, critical, low
    newCaption = m_pages.today->findChild<QLabel*>(QStringLiteral("todayNewFindingsCaption"));
    QVERIFY2(newCaption->text().contains(QLatin1String("2026-03-02")), qPrintable(newCaption->text()));
    QCOMPARE(shown("todayCriticalFindings"), 2); // the old open one and the new one; not the dismissed one
    QCOMPARE(shown("todayApprovals"), 1); // the colleague's request; not mine
    QCOMPARE(shown("todayReviewsDue"), 2); // due in two days, overdue; not due in ten days, not the colleague's
    QCOMPARE(shown("todayUndecidedItems"), 2 + 3);
    QCOMPARE(shown("todaySyncWaiting"), waiting);
    QCOMPARE(shown("todaySyncConflicts"), 1);
    QCOMPARE(number("todayNewestEvent")->text(), QStringLiteral("2 h")); // 9:50 → 12:00
    auto* syncState = m_pages.today->findChild<QLabel*>(QStringLiteral("todaySyncState"));
    QVERIFY2(syncState->text().contains(QLatin1String("not set up")), qPrintable(syncState->text()));

    // Clicked, each opens its page filtered to show the same count.
    // (The findings page builds its content when shown or at its turn after the unlock: its widgets are looked up
    // once it is shown.)
    FindingsPage* findings = m_pages.findings;
    QTest::mouseClick(number("todayNewFindings"), Qt::LeftButton);
    QCOMPARE(m_window->page(m_window->currentPage()), findings);
    auto* findingsCount = findings->findChild<QLabel*>(QStringLiteral("findingsCount"));
    QVERIFY(findingsCount);
    QCOMPARE(findings->model()->rowCount(), 3);
    QCOMPARE(findingsCount->text(), QStringLiteral("Findings shown: 3"));
    QVERIFY(findings->findChild<QComboBox*>(QStringLiteral("findingsTimeFilter"))
                ->currentText()
                .startsWith(QLatin1String("Found since 2026-03-02")));
    showToday();
    QTest::mouseClick(number("todayCriticalFindings"), Qt::LeftButton);
    QCOMPARE(m_window->page(m_window->currentPage()), findings);
    QCOMPARE(findings->model()->rowCount(), 2);
    QCOMPARE(findingsCount->text(), QStringLiteral("Findings shown: 2"));
    QCOMPARE(findings->findChild<QComboBox*>(QStringLiteral("findingsSeverityFilter"))->currentText(),
             QStringLiteral("Critical"));

    showToday();
    QTest::mouseClick(number("todayApprovals"), Qt::LeftButton);
    QCOMPARE(m_window->page(m_window->currentPage()), m_pages.roles);
    QVERIFY(m_pages.roles->findChild<QCheckBox*>(QStringLiteral("pendingWaitingOnMe"))->isChecked());
    QCOMPARE(m_pages.roles->pendingTable()->model()->rowCount(), 1);
    QCOMPARE(m_pages.roles->pendingTable()->model()->index(0, 0).data(IdRole).toLongLong(), theirs->assignmentId);

    for (const char* name : { "todayReviewsDue", "todayUndecidedItems" }) {
        showToday();
        QTest::mouseClick(number(name), Qt::LeftButton);
        QCOMPARE(m_window->page(m_window->currentPage()), m_pages.reviews);
        QVERIFY(m_pages.reviews->findChild<QCheckBox*>(QStringLiteral("reviewsDueOnly"))->isChecked());
        QCOMPARE(m_pages.reviews->campaignModel()->rowCount(), 2);
        auto* dueCount = m_pages.reviews->findChild<QLabel*>(QStringLiteral("reviewsDueCount"));
        QCOMPARE(dueCount->text(), QStringLiteral("2 review(s) due · 5 item(s) undecided"));
    }

    SyncPage* syncPage = m_pages.sync->page();
    for (const char* name : { "todaySyncWaiting", "todaySyncConflicts" }) {
        showToday();
        QTest::mouseClick(number(name), Qt::LeftButton);
        QCOMPARE(m_window->page(m_window->currentPage()), syncPage);
        QTRY_COMPARE(syncPage->conflictsTable()->model()->rowCount(), 1);
        auto* details = syncPage->findChild<QLabel*>(QStringLiteral("syncDetails"));
        QTRY_VERIFY2(details->text().contains(QStringLiteral("Changes waiting: %1 · conflicts: 1").arg(waiting)),
                     qPrintable(details->text()));
    }

    showToday();
    QTest::mouseClick(number("todayNewestEvent"), Qt::LeftButton);
    QCOMPARE(m_window->page(m_window->currentPage()), m_pages.access);

    // "Needs you now": critical findings (no deadline; by id), then High by deadline — the overdue review before the
    // request that starts tomorrow —, then Medium: the review due in two days, then the conflicts without one.
    showToday();
    auto* table = m_pages.today->findChild<QTableView*>(QStringLiteral("todayAttentionTable"));
    TodayAttentionModel* attention = m_pages.today->attentionModel();
    using Kind = TodayAttentionItem::Kind;
    const QList<std::pair<Kind, qint64>> expected {
        { Kind::Finding, oldCritical },           { Kind::Finding, newCritical }, { Kind::Review, overdue },
        { Kind::Approval, theirs->assignmentId }, { Kind::Review, dueSoon },      { Kind::Conflicts, 0 }
    };
    QCOMPARE(attention->rowCount(), int(expected.size()));
    for (int row = 0; row < attention->rowCount(); ++row) {
        QVERIFY2(attention->item(row)->kind == expected.at(row).first, qPrintable(QString::number(row)));
        QCOMPARE(attention->item(row)->subjectId, expected.at(row).second);
    }
    QVERIFY(attention->index(2, TodayAttentionModel::DeadlineColumn).data().toString().startsWith(u"overdue"));

    // Each row opens its subject.
    auto* open = m_pages.today->findChild<QPushButton*>(QStringLiteral("todayOpenButton"));
    const auto openRow = [&](int row) {
        showToday();
        table->selectRow(row);
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
    };
    openRow(1);
    QCOMPARE(m_window->page(m_window->currentPage()), findings);
    QCOMPARE(findings->currentFindingId(), newCritical);
    openRow(2);
    QCOMPARE(m_window->page(m_window->currentPage()), m_pages.reviews);
    QCOMPARE(m_pages.reviews->currentCampaign(), overdue);
    openRow(3);
    QCOMPARE(m_window->page(m_window->currentPage()), m_pages.roles);
    const QModelIndexList selected = m_pages.roles->pendingTable()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front().data(IdRole).toLongLong(), theirs->assignmentId);
    openRow(5);
    QCOMPARE(m_window->page(m_window->currentPage()), syncPage);
    // Enter on a row opens it too.
    showToday();
    table->setFocus();
    table->setCurrentIndex(attention->index(0, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->page(m_window->currentPage()), findings);
    QCOMPARE(findings->currentFindingId(), oldCritical);

    m_session->lock();
    m_window.reset();
    m_session.reset();
}

// The training tile: a card role requires PCI; Ana holds it with a pass expiring in 10 days, Rui since 5 days without
// one. So half the required trainings are complete, one is overdue and one pass expires within 30 days; each number
// opens the Training page on exactly that.
void TodayPageTest::trainingNumbersOpenTheTrainingPage()
{
    const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    test::TestClock clock(t0);
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    CUSTODIAN_VERIFY_OK(fixture.store().database().exec(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
            "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'msilva', 'Marta Silva');"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Reis', 1, 0), "
            "(2, 'E2', 'Rui Sousa', 1, 0);"
            "INSERT INTO role (id, code, name) VALUES (1, 'card', 'Card handler');"
            "INSERT INTO training_module (id, code, title, framework, validity_days, pass_score) VALUES "
            "(1, 'pci', 'PCI DSS awareness', 'PCI DSS', 365, 80);"
            "INSERT INTO role_training_requirement VALUES (1, 1);"
            "INSERT INTO role_assignment (agent_id, role_id, status, valid_from, justification, requested_by, "
            "requested_at) VALUES (1, 1, 2, %1, 'desk', 1, %1), (2, 1, 2, %2, 'desk', 1, %2);"
            "INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, score, passed, "
            "expires_at) VALUES (1, 1, %3, %4, %5, 90, 1, %6);")
            .arg(t0 - 400 * DayMs)
            .arg(t0 - 5 * DayMs)
            .arg(t0 - 360 * DayMs)
            .arg(t0 - 350 * DayMs)
            .arg(t0 - 355 * DayMs)
            .arg(t0 + 10 * DayMs)));
    fixture.close();

    m_session = std::make_unique<StoreSession>(fixture.path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_pages = ConsolePages::addTo(*m_window, *m_session, Me);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy trainingShown(m_pages.today, &TodayPage::trainingShown);
    QVERIFY(unlock());
    QVERIFY(trainingShown.count() > 0 || trainingShown.wait(15000));
    QCOMPARE(number("todayTrainingComplete")->text(), QStringLiteral("50 %"));
    auto* caption = m_pages.today->findChild<QLabel*>(QStringLiteral("todayTrainingCompleteCaption"));
    QVERIFY2(caption->text().contains(QStringLiteral("1 of 2")), qPrintable(caption->text()));
    QCOMPARE(shown("todayTrainingOverdue"), 1);
    QCOMPARE(shown("todayTrainingExpiring"), 1);

    TrainingPage* training = m_pages.training;
    const auto table = [training](const char* name) { return training->findChild<QTableView*>(QLatin1String(name)); };
    const auto currentTab
        = [training] { return training->findChild<QTabWidget*>(QStringLiteral("trainingTabs"))->currentWidget(); };
    QSignalSpy matrixShown(training, &TrainingPage::matrixShown);
    QTest::mouseClick(number("todayTrainingOverdue"), Qt::LeftButton);
    QCOMPARE(m_window->page(m_window->currentPage()), training);
    QVERIFY(matrixShown.wait(15000));
    QTRY_VERIFY(!training->isLoading());
    QCOMPARE(currentTab(), table("trainingOverdueTable")->parentWidget());
    QCOMPARE(table("trainingOverdueTable")->model()->rowCount(), 1);
    QCOMPARE(table("trainingOverdueTable")->model()->index(0, 0).data().toString(), QStringLiteral("Rui Sousa (E2)"));

    showToday();
    QTest::mouseClick(number("todayTrainingExpiring"), Qt::LeftButton);
    QVERIFY(matrixShown.wait(15000));
    QTRY_VERIFY(!training->isLoading());
    QCOMPARE(currentTab(), table("trainingExpiringTable")->parentWidget());
    QCOMPARE(table("trainingExpiringTable")->model()->rowCount(), 1);
    QCOMPARE(table("trainingExpiringTable")->model()->index(0, 0).data().toString(), QStringLiteral("Ana Reis (E1)"));

    showToday();
    QTest::mouseClick(number("todayTrainingComplete"), Qt::LeftButton);
    QCOMPARE(currentTab(), table("trainingMatrixTable")->parentWidget()->parentWidget());
    QVERIFY(matrixShown.wait(15000));
    QCOMPARE(table("trainingMatrixTable")->model()->index(1, 1).data().toString(), QStringLiteral("50 % · 1/2"));
}

// The incidents tile (docs/today.md): open, SLA breached and GDPR clocks running, each against a count made here
// independently — the open ones in SQL, the breached ones through IncidentSla row by row, the clocks from the breach
// columns — and the nearest deadline named. Incident 5 is due exactly now: not breached yet ("after" the due instant).
void TodayPageTest::incidentNumbersMatchAnIndependentCount()
{
    const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    test::TestClock clock(t0);
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    CUSTODIAN_VERIFY_OK(fixture.store().database().exec(
        QStringLiteral(
            "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at, "
            "personal_data_breach, breach_established_at, notification_deadline_at, authority_notified_at, "
            "closed_at) VALUES "
            "(1, 'INC-2026-0001', 'Card numbers in a ticket', 4, 'card_exposure', 2, %1, %1, 1, %2, %3, NULL, NULL), "
            "(2, 'INC-2026-0002', 'Records opened outside work', 3, 'insider_misuse', 3, %4, %4, 1, %4, %5, NULL, "
            "NULL), "
            "(3, 'INC-2026-0003', 'Lost workstation', 2, 'lost_device', 7, %6, %6, 1, %6, %7, %8, %9), "
            "(4, 'INC-2026-0004', 'Vishing call', 1, 'vishing', 1, %10, %10, 0, NULL, NULL, NULL, NULL), "
            "(5, 'INC-2026-0005', 'Account takeover', 3, 'account_takeover', 2, %11, %11, 0, NULL, NULL, NULL, NULL);")
            .arg(t0 - 30 * HourMs)
            .arg(t0 - 60 * HourMs)
            .arg(t0 + 12 * HourMs)
            .arg(t0 - 10 * HourMs)
            .arg(t0 + 62 * HourMs)
            .arg(t0 - 200 * HourMs)
            .arg(t0 - 128 * HourMs)
            .arg(t0 - 150 * HourMs)
            .arg(t0 - HourMs)
            .arg(t0 - 800 * HourMs)
            .arg(t0 - 72 * HourMs)));

    // The independent count: every incident read back and judged by IncidentSla here.
    Database& setup = fixture.store().database();
    qint64 open = 0, breached = 0;
    {
        auto statement = setup.prepare(QStringLiteral("SELECT opened_at, severity, phase FROM incident"));
        CUSTODIAN_VERIFY_OK(statement);
        while (true) {
            auto row = statement->step();
            CUSTODIAN_VERIFY_OK(row);
            if (!*row)
                break;
            if (statement->int64(2) == int(IncidentPhase::Closed))
                continue;
            ++open;
            const auto reading = IncidentSla::at(statement->int64(0), Severity(statement->int64(1)), std::nullopt, t0);
            breached += reading.state == IncidentSla::State::Breached ? 1 : 0;
        }
    }
    const qint64 clocks = *setup.queryInt(QStringLiteral(
        "SELECT count(*) FROM incident WHERE personal_data_breach = 1 AND authority_notified_at IS NULL"));
    QCOMPARE(open, 4); // the hand count: 1, 2, 4, 5
    QCOMPARE(breached, 2); // 1 (critical, 30 h) and 4 (low, 800 h)
    QCOMPARE(clocks, 2); // 1 and 2
    fixture.close();

    m_session = std::make_unique<StoreSession>(fixture.path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_pages = ConsolePages::addTo(*m_window, *m_session, Me);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(unlock());
    showToday();
    QCOMPARE(shown("todayIncidentsOpen"), open);
    QCOMPARE(shown("todayIncidentsSlaBreached"), breached);
    QCOMPARE(shown("todayGdprClocks"), clocks);
    const QString caption = m_pages.today->findChild<QLabel*>(QStringLiteral("todayGdprClocksCaption"))->text();
    QVERIFY2(caption.contains(QStringLiteral("nearest: INC-2026-0001, due in 12 h")), qPrintable(caption));
    QVERIFY2(number("todayGdprClocks")->accessibleName().contains(QStringLiteral("INC-2026-0001")),
             qPrintable(number("todayGdprClocks")->accessibleName()));

    // Each number asks for the Incidents page filtered to exactly it.
    QSignalSpy requested(m_pages.today, &TodayPage::incidentsRequested);
    number("todayIncidentsOpen")->click();
    number("todayIncidentsSlaBreached")->click();
    number("todayGdprClocks")->click();
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(0).first().value<TodayPage::IncidentTile>(), TodayPage::IncidentTile::Open);
    QCOMPARE(requested.at(1).first().value<TodayPage::IncidentTile>(), TodayPage::IncidentTile::SlaBreached);
    QCOMPARE(requested.at(2).first().value<TodayPage::IncidentTile>(), TodayPage::IncidentTile::GdprClockRunning);

    // 13 h later the nearest clock is overdue, and the page says so in words.
    clock.advance(13 * HourMs);
    QSignalSpy shownAgain(m_pages.today, &TodayPage::snapshotShown);
    m_pages.today->refresh();
    QVERIFY(shownAgain.wait(15000));
    const QString late = m_pages.today->findChild<QLabel*>(QStringLiteral("todayGdprClocksCaption"))->text();
    QVERIFY2(late.contains(QStringLiteral("nearest: INC-2026-0001, overdue by 1 h")), qPrintable(late));
    m_window.reset();
    m_session.reset();
    QVERIFY(LatestResultRunner::waitForAllWorkers(10000));
}

QTEST_MAIN(TodayPageTest)
#include "TodayPageTest.moc"
