// The console as a screen reader sees it, offscreen: the real window with every page of the application on a seeded
// demo store, the unlock page and the setup wizard. Each page's QAccessible tree is walked the way AT-SPI exposes it
// to Orca, and every finding is listed: a focusable control without a name, a table or tree without a name, a chart
// without a name and a description (or without a way to read its data as a table), a page without a heading. Then
// every table and tree of every page gets the focus and a Tab: the focus must leave it (arrow keys move within it),
// or whatever comes after it cannot be reached from the keyboard. Every dialog a page opens is walked too, opened by
// the page's own button.
#include "demo/DemoGenerator.h"
#include "item/IncidentListModel.h"
#include "item/ReviewItemModel.h"
#include "rules/ReviewRules.h"
#include "rules/ReviewWorkflow.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/access/AccessPage.h"
#include "ui/audit/ConsoleAuditPage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/incidents/IncidentBulkDialog.h"
#include "ui/incidents/IncidentsPage.h"
#include "ui/reviews/NewCampaignDialog.h"
#include "ui/reviews/ReviewDecisionDialog.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/GrantRoleDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"
#include "ui/settings/DetectionSettingsSection.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/shell/ConsolePages.h"
#include "ui/shell/ConsoleSync.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/training/TrainingPage.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/ReasonDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QGroupBox>
#include <QLabel>
#include <QMetaEnum>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <optional>

using namespace custodian;

namespace {

const QString ActorName = QStringLiteral("console:a11y-test");

QString roleName(QAccessible::Role role)
{
    const char* key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(int(role));
}

// "EditableText 'searchEdit' QLineEdit in accessPage", with a line edit's placeholder to tell look-alikes apart.
QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    QString text = roleName(iface->role());
    if (!object)
        return text;
    text
        += QStringLiteral(" '%1' %2").arg(object->objectName(), QString::fromLatin1(object->metaObject()->className()));
    const QString placeholder = object->property("placeholderText").toString();
    if (!placeholder.isEmpty())
        text += QStringLiteral(" placeholder '%1'").arg(placeholder);
    for (QObject* parent = object->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in %1").arg(parent->objectName());
            break;
        }
    }
    return text;
}

struct Walk
{
    QStringList findings;
    int headings = 0;
};

bool isChart(const QObject* object)
{
    return object && object->inherits("QChartView");
}

// A chart's data must be reachable as a table: a checkable "Show as table" button beside the chart.
bool hasTableToggle(const QWidget* chart)
{
    for (const QWidget* parent = chart->parentWidget(); parent; parent = parent->parentWidget()) {
        const auto buttons = parent->findChildren<QAbstractButton*>();
        for (const QAbstractButton* button : buttons) {
            if (button->isCheckable() && button->text().contains(QLatin1String("table"), Qt::CaseInsensitive))
                return true;
        }
        if (parent->inherits("custodian::SessionPage"))
            break;
    }
    return false;
}

void walk(QAccessibleInterface* iface, Walk& walk_, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    QObject* object = iface->object();
    const QAccessible::Role role = iface->role();
    const QString name = iface->text(QAccessible::Name).trimmed();
    if (role == QAccessible::Heading)
        ++walk_.headings;

    if (isChart(object)) {
        const QString description = iface->text(QAccessible::Description).trimmed();
        if (name.isEmpty() || description.isEmpty())
            walk_.findings << QStringLiteral("chart without %1: %2")
                                  .arg(name.isEmpty() ? QStringLiteral("a name") : QStringLiteral("a description"),
                                       describe(iface));
        if (!hasTableToggle(static_cast<QWidget*>(object)))
            walk_.findings << QStringLiteral("chart without a 'Show as table' toggle: %1").arg(describe(iface));
        return;
    }
    if (qobject_cast<QAbstractItemView*>(object)) {
        // Its cells are named by their text; walking 21 000 rows of them tells nothing more.
        if (name.isEmpty()) {
            const bool table = role == QAccessible::Table || role == QAccessible::Tree;
            walk_.findings << QStringLiteral("%1 without a name: %2")
                                  .arg(table ? QStringLiteral("table/tree") : QStringLiteral("focusable control"),
                                       describe(iface));
        }
        return;
    }
    // A label is named by its text: one that is empty (a value not shown yet) has nothing to name, it is no control.
    const bool emptyLabel = role == QAccessible::StaticText && qobject_cast<QLabel*>(object)
        && static_cast<QLabel*>(object)->text().isEmpty();
    if (state.focusable && name.isEmpty() && !emptyLabel)
        walk_.findings << QStringLiteral("focusable control without a name: %1").arg(describe(iface));
    // Qt's fallback for a control without a label: the title of the group box around it, which names the group,
    // not the control ("Central service" for the token field).
    if (state.focusable && !name.isEmpty() && object && object->isWidgetType()) {
        const auto* group = qobject_cast<const QGroupBox*>(static_cast<QWidget*>(object)->parentWidget());
        if (group && name == group->title() && static_cast<QWidget*>(object)->accessibleName().isEmpty())
            walk_.findings
                << QStringLiteral("focusable control named only after its group box: %1").arg(describe(iface));
    }

    const int children = iface->childCount();
    for (int i = 0; i < children; ++i)
        walk(iface->child(i), walk_, depth + 1);
}

// Walks `root` with every tab of every tab widget in it shown once (a tab can hold tabs of its own).
Walk walkAllTabs(QWidget* root)
{
    Walk result;
    QSet<QString> seen;
    auto once = [&]() {
        Walk w;
        walk(QAccessible::queryAccessibleInterface(root), w);
        result.headings = qMax(result.headings, w.headings);
        for (const QString& finding : std::as_const(w.findings)) {
            if (!seen.contains(finding)) {
                seen.insert(finding);
                result.findings << finding;
            }
        }
    };
    once();
    QSet<QTabWidget*> visited;
    for (bool more = true; more;) {
        more = false;
        const auto tabs = root->findChildren<QTabWidget*>();
        for (QTabWidget* tabWidget : tabs) {
            if (visited.contains(tabWidget) || !tabWidget->isVisible())
                continue;
            visited.insert(tabWidget);
            more = true;
            const int shown = tabWidget->currentIndex();
            for (int i = 0; i < tabWidget->count(); ++i) {
                tabWidget->setCurrentIndex(i);
                once();
            }
            tabWidget->setCurrentIndex(shown);
        }
    }
    return result;
}

// Every visible table and tree of `root` (all tabs): focused, then Tab; the focus has to be somewhere else.
QStringList tabTraps(QWidget* root)
{
    QStringList traps;
    QSet<QAbstractItemView*> checked;
    auto check = [&]() {
        const auto views = root->findChildren<QAbstractItemView*>();
        for (QAbstractItemView* view : views) {
            if (checked.contains(view) || !view->isVisible() || view->focusPolicy() == Qt::NoFocus)
                continue;
            checked.insert(view);
            view->setFocus(Qt::TabFocusReason);
            if (!QTest::qWaitFor([view] { return view->hasFocus(); }, 2000)) {
                traps << QStringLiteral("cannot focus: '%1' %2")
                             .arg(view->objectName(), QString::fromLatin1(view->metaObject()->className()));
                continue;
            }
            QTest::keyClick(view, Qt::Key_Tab);
            const QWidget* focus = QApplication::focusWidget();
            if (focus == view || (focus && view->isAncestorOf(focus)))
                traps << QStringLiteral("Tab does not leave '%1' %2 (%3 rows)")
                             .arg(view->objectName(), QString::fromLatin1(view->metaObject()->className()))
                             .arg(view->model() ? view->model()->rowCount() : 0);
        }
    };
    check();
    const auto tabs = root->findChildren<QTabWidget*>();
    for (QTabWidget* tabWidget : tabs) {
        const int shown = tabWidget->currentIndex();
        for (int i = 0; i < tabWidget->count(); ++i) {
            tabWidget->setCurrentIndex(i);
            check();
        }
        tabWidget->setCurrentIndex(shown);
    }
    return traps;
}

QString report(const QString& where, const QStringList& findings)
{
    QString text = QStringLiteral("%1: %2 finding(s)").arg(where).arg(findings.size());
    for (const QString& finding : findings)
        text += QStringLiteral("\n  - ") + finding;
    return text;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unlockPageIsAccessible();
    void pageIsAccessible_data();
    void pageIsAccessible();
    void tabLeavesEveryTable_data();
    void tabLeavesEveryTable();
    void chartsShowTheirNumbersAsTables();
    void setupWizardIsAccessible();
    void dialogsAreAccessible();
    void cleanupTestCase();

private:
    [[nodiscard]] bool showPage(int index);
    // The index of the page of class `className` (without the namespace), -1 when there is none.
    [[nodiscard]] int pageIndex(const char* className) const;
    // Clicks `button` and walks the modal dialog of type T that it opens; the dialog is then cancelled.
    template <typename T> void walkDialogOf(QAbstractButton* button, const QString& what, QStringList& findings);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::optional<Store> m_reopened;
};

void AccessibilityTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AccessibilityTest"));
    QSettings().clear();
    QAccessible::setActive(true);

    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 3'000;
    options.seed = 14;
    options.end = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    // An access review in progress, so that the reviews page shows its tables and progress chart filled.
    Database& database = m_store->store().database();
    QVERIFY(SyncState(database).setSupervisorId(1).ok());
    auto supervisor = RoleAssignmentWorkflow::consoleActor(database, ActorName);
    CUSTODIAN_VERIFY_OK(supervisor);
    ReviewRules::Draft draft;
    draft.name = QStringLiteral("Payments agents, quarterly");
    draft.scope = ReviewScope::Role;
    auto role = database.queryInt(QStringLiteral("SELECT id FROM role WHERE code = 'payments_agent'"));
    CUSTODIAN_VERIFY_OK(role);
    draft.scopeId = *role;
    draft.reviewerId = supervisor->supervisorId;
    draft.dueAt = QDateTime::currentMSecsSinceEpoch() + 14 * 24LL * 3600 * 1000;
    draft.now = -1;
    auto created = ReviewWorkflow::create(database, draft, *supervisor);
    CUSTODIAN_VERIFY_OK(created);

    auto reopened = m_store->reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    m_reopened.emplace(std::move(*reopened));

    // Assembled as the console assembles it (ConsolePages).
    m_session = std::make_unique<StoreSession>(m_store->path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    [[maybe_unused]] const auto pages = ConsolePages::addTo(*m_window, *m_session, ActorName);

    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void AccessibilityTest::unlockPageIsAccessible()
{
    QVERIFY(!m_session->isUnlocked());
    auto* unlock = m_window->findChild<QWidget*>(QStringLiteral("unlockPage"));
    QVERIFY(unlock && unlock->isVisible());
    const Walk found = walkAllTabs(unlock);
    QStringList findings = found.findings;
    if (found.headings == 0)
        findings << QStringLiteral("no heading: the page title is not exposed with the Heading role");
    qInfo().noquote() << report(QStringLiteral("unlock page"), findings);

    // The rest of the test case runs unlocked, whatever was found here.
    QSignalSpy unlocked(m_session.get(), &StoreSession::unlocked);
    m_session->adopt(std::move(*m_reopened));
    m_reopened.reset();
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    QVERIFY(m_session->isUnlocked());
    QVERIFY2(findings.isEmpty(), qPrintable(report(QStringLiteral("unlock page"), findings)));
}

bool AccessibilityTest::showPage(int index)
{
    if (!m_session->isUnlocked())
        return false;
    m_window->setCurrentPage(index);
    // Pages load on worker threads; a chart's description summarises what it shows, so let it arrive.
    QTest::qWait(1500);
    if (auto* training = qobject_cast<TrainingPage*>(m_window->page(index))) {
        // Its charts over time are worked out when their tab is first shown.
        training->showTrend();
        if (!QTest::qWaitFor([training] { return !training->isLoading() && !training->isLoadingTrend(); }, 15000))
            return false;
    }
    return m_window->currentPage() == index;
}

void AccessibilityTest::pageIsAccessible_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_window->pageCount(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(i).arg(
            QString::fromLatin1(m_window->page(i)->metaObject()->className()).remove(QLatin1String("custodian::")))))
            << i;
}

void AccessibilityTest::pageIsAccessible()
{
    QFETCH(int, index);
    QVERIFY2(showPage(index), "the store is unlocked and the page shown");
    QWidget* page = m_window->page(index);
    const Walk found = walkAllTabs(page);
    QStringList findings = found.findings;
    if (found.headings == 0)
        findings << QStringLiteral("no heading: the page title is not exposed with the Heading role");
    const QString where = QStringLiteral("page %1").arg(page->objectName());
    qInfo().noquote() << report(where, findings);
    QVERIFY2(findings.isEmpty(), qPrintable(report(where, findings)));
}

void AccessibilityTest::tabLeavesEveryTable_data()
{
    pageIsAccessible_data();
}

void AccessibilityTest::tabLeavesEveryTable()
{
    QFETCH(int, index);
    QVERIFY2(showPage(index), "the store is unlocked and the page shown");
    QWidget* page = m_window->page(index);
    const QStringList traps = tabTraps(page);
    const QString where = QStringLiteral("Tab on page %1").arg(page->objectName());
    qInfo().noquote() << report(where, traps);
    QVERIFY2(traps.isEmpty(), qPrintable(report(where, traps)));
}

void AccessibilityTest::chartsShowTheirNumbersAsTables()
{
    // Every chart of every page: its toggle swaps in a named table holding the chart's numbers, and back. The
    // descriptions go to the log, for a reader to judge whether they say what the chart shows.
    int panels = 0;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        QVERIFY(showPage(i));
        const auto found = m_window->page(i)->findChildren<ChartPanel*>();
        for (ChartPanel* panel : found) {
            ++panels;
            const QString name = panel->view()->accessibleName();
            const QString description = panel->view()->accessibleDescription();
            qInfo().noquote() << QStringLiteral("%1: %2").arg(name, description);
            QVERIFY2(!name.isEmpty() && !description.isEmpty(), qPrintable(panel->view()->objectName()));
            QVERIFY(!panel->table()->isVisibleTo(panel));
            panel->tableToggle()->click();
            QVERIFY2(panel->table()->isVisibleTo(panel) && !panel->view()->isVisibleTo(panel), qPrintable(name));
            QVERIFY(!panel->table()->accessibleName().isEmpty());
            QCOMPARE(panel->table()->accessibleDescription(), description);
            // The access timeline of a quiet hour may hold no step, and an incident's timeline chart none while no
            // incident is selected; the roles and review charts always have rows.
            if (panel->view()->objectName() != QLatin1String("timelineView")
                && panel->view()->objectName() != QLatin1String("incidentsTimelineChart"))
                QVERIFY2(panel->table()->model()->rowCount() > 0, qPrintable(name));
            panel->tableToggle()->click();
            QVERIFY(panel->view()->isVisibleTo(panel) && !panel->table()->isVisibleTo(panel));
        }
    }
    // The access timeline, the roles page's two charts, the review's progress and the training page's three charts
    // over time, and the incident timeline's chart.
    QCOMPARE(panels, 8);
}

void AccessibilityTest::setupWizardIsAccessible()
{
    StoreSetupWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList findings;
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QCOMPARE(wizard.currentId(), id);
        const Walk found = walkAllTabs(wizard.currentPage());
        for (const QString& finding : found.findings)
            findings << QStringLiteral("wizard page %1: %2").arg(id).arg(finding);
    }
    qInfo().noquote() << report(QStringLiteral("setup wizard"), findings);
    QVERIFY2(findings.isEmpty(), qPrintable(report(QStringLiteral("setup wizard"), findings)));
}

int AccessibilityTest::pageIndex(const char* className) const
{
    for (int i = 0; i < m_window->pageCount(); ++i) {
        if (QString::fromLatin1(m_window->page(i)->metaObject()->className())
            == QLatin1String("custodian::") + QLatin1String(className))
            return i;
    }
    return -1;
}

template <typename T>
void AccessibilityTest::walkDialogOf(QAbstractButton* button, const QString& what, QStringList& findings)
{
    if (!button || !button->isEnabled()) {
        findings << QStringLiteral("%1: its button is missing or disabled, the dialog was not reached").arg(what);
        return;
    }
    bool answered = false;
    test::answerNextModal<T>(
        this,
        [&](T* dialog) {
            const Walk found = walkAllTabs(dialog);
            for (const QString& finding : found.findings)
                findings << QStringLiteral("%1: %2").arg(what, finding);
        },
        &answered);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!answered)
        findings << QStringLiteral("%1: no dialog opened").arg(what);
}

void AccessibilityTest::dialogsAreAccessible()
{
    // Every dialog a page opens, reached the way a supervisor reaches it: by the page's own button.
    QStringList findings;
    Database& database = m_session->store()->database();

    const int roles = pageIndex("RolesPage");
    QVERIFY(roles >= 0 && showPage(roles));
    auto* rolesPage = static_cast<RolesPage*>(m_window->page(roles));
    rolesPage->tabs()->setCurrentIndex(1);
    auto agent = database.queryInt(QStringLiteral("SELECT agent_id FROM role_assignment WHERE status = 2 LIMIT 1"));
    CUSTODIAN_VERIFY_OK(agent);
    QVERIFY(rolesPage->showAgent(*agent));
    walkDialogOf<GrantRoleDialog>(rolesPage->findChild<QAbstractButton*>(QStringLiteral("grantRoleButton")),
                                  QStringLiteral("grant dialog"), findings);
    auto* assignments = rolesPage->findChild<QTableView*>(QStringLiteral("assignmentsTable"));
    QVERIFY(assignments && assignments->model()->rowCount() > 0);
    assignments->selectRow(0);
    walkDialogOf<ReasonDialog>(rolesPage->findChild<QAbstractButton*>(QStringLiteral("revokeButton")),
                               QStringLiteral("revoke reason"), findings);
    walkDialogOf<ReasonDialog>(rolesPage->findChild<QAbstractButton*>(QStringLiteral("shortenButton")),
                               QStringLiteral("shorten dialog"), findings);

    const int reviews = pageIndex("ReviewsPage");
    QVERIFY(reviews >= 0 && showPage(reviews));
    auto* reviewsPage = static_cast<ReviewsPage*>(m_window->page(reviews));
    walkDialogOf<NewCampaignDialog>(reviewsPage->findChild<QAbstractButton*>(QStringLiteral("newReviewButton")),
                                    QStringLiteral("new review dialog"), findings);
    QVERIFY(reviewsPage->itemModel()->rowCount() > 0);
    reviewsPage->selectItems({ reviewsPage->itemModel()->itemId(0) });
    walkDialogOf<ReviewDecisionDialog>(reviewsPage->findChild<QAbstractButton*>(QStringLiteral("shortenButton")),
                                       QStringLiteral("review decision dialog"), findings);

    const int access = pageIndex("AccessPage");
    QVERIFY(access >= 0 && showPage(access));
    auto* table = m_window->page(access)->findChild<QTableView*>(QStringLiteral("accessTable"));
    QVERIFY(table && table->model()->rowCount() > 0);
    // A row whose record the store can reveal (not a card number: those need the central service).
    const QModelIndex sealed = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->selectRow(row);
            auto* reveal = m_window->page(access)->findChild<QAbstractButton*>(QStringLiteral("revealButton"));
            if (QTest::qWaitFor([reveal] { return reveal && reveal->isEnabled(); }, 300))
                return table->model()->index(row, 0);
        }
        return QModelIndex();
    }();
    QVERIFY2(sealed.isValid(), "an event with a revealable record");
    walkDialogOf<ReasonDialog>(m_window->page(access)->findChild<QAbstractButton*>(QStringLiteral("revealButton")),
                               QStringLiteral("reveal reason"), findings);

    // The bulk dialogs, with two incidents selected.
    const int incidents = pageIndex("IncidentsPage");
    QVERIFY(incidents >= 0 && showPage(incidents));
    auto* incidentsPage = static_cast<IncidentsPage*>(m_window->page(incidents));
    QVERIFY(QTest::qWaitFor(
        [incidentsPage] { return !incidentsPage->isLoading() && incidentsPage->model()->rowCount() > 1; }, 10'000));
    auto* incidentList = incidentsPage->findChild<QTableView*>(QStringLiteral("incidentsTable"));
    QVERIFY(incidentList);
    incidentList->selectionModel()->select(
        QItemSelection(incidentList->model()->index(0, 0), incidentList->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(int(incidentsPage->selectedIncidentIds().size()), 2);
    walkDialogOf<IncidentBulkDialog>(incidentsPage->findChild<QAbstractButton*>(QStringLiteral("incidentsBulkAssign")),
                                     QStringLiteral("bulk assign dialog"), findings);
    walkDialogOf<IncidentBulkDialog>(incidentsPage->findChild<QAbstractButton*>(QStringLiteral("incidentsBulkClose")),
                                     QStringLiteral("bulk close dialog"), findings);

    // The shortcuts overview is modeless.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* shortcuts = m_window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    QVERIFY(shortcuts && QTest::qWaitForWindowExposed(shortcuts));
    for (const QString& finding : walkAllTabs(shortcuts).findings)
        findings << QStringLiteral("shortcuts overview: %1").arg(finding);
    shortcuts->close();

    qInfo().noquote() << report(QStringLiteral("dialogs"), findings);
    QVERIFY2(findings.isEmpty(), qPrintable(report(QStringLiteral("dialogs"), findings)));
}

void AccessibilityTest::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
