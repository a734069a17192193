// The Training page offscreen on a hand-made store whose standings are counted by hand: the matrix by team with its
// percentages and tones, a click on a cell listing the agents behind it (most overdue first), the standing and module
// filters, the overdue / due-soon / expiring lists, grouping by site, the role filter, a past instant, and one agent's
// every module after a double-click; the period (a date range) bounding the charts over time and an impossible one
// refused; the overdue list's reminder columns after a send and after reminders arrive. "Now" is a TestClock.
#include "ui/training/TrainingPage.h"
#include "item/ChartDataModel.h"
#include "item/ItemRoles.h"
#include "item/TrainingAgentModel.h"
#include "item/TrainingMatrixModel.h"
#include "item/TrainingReminderModel.h"
#include "item/TrainingStandingListModel.h"
#include "rules/TrainingRules.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/training/TrainingFilterBar.h"
#include "ui/training/TrainingTrendCharts.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/MessageBanner.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 Day = TrainingRules::DayMs;
// 2027-01-15T12:00:00Z: a weekday noon, far from any day boundary in any zone the test may run in.
constexpr qint64 T0 = 1'800'014'400'000;

template <typename T> T* find(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// The rows' first column, top to bottom.
QStringList agents(const QTableView* table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << cell(table, row, 0);
    return names;
}

int rowOf(const QTableView* table, const QString& group)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, TrainingMatrixModel::GroupColumn) == group)
            return row;
    }
    return -1;
}

int columnOf(const QTableView* table, const QString& module)
{
    for (int column = 1; column < table->model()->columnCount(); ++column) {
        if (table->model()->headerData(column, Qt::Horizontal).toString() == module)
            return column;
    }
    return -1;
}

void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what a choice with the mouse or keyboard emits
}
} // namespace

class TrainingPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matrixCellsListTheirAgents();
    void listsGroupingsAndFilters();
    void agentShowsEveryModule();
    void chartsOverTimeAreTablesToo();
    void remindersEscalateFromACell();
    void periodBoundsTheChartsAndABadOneIsRefused();
    void overdueListShowsRemindersArrivingBySync();

private:
    void seed();
    bool waitForMatrix();

    std::unique_ptr<test::TestClock> m_clock;
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<TrainingPage> m_page;
};

void TrainingPageTest::init()
{
    m_clock = std::make_unique<test::TestClock>(T0);
    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    seed();
    m_session = std::make_unique<StoreSession>(m_store->path());
    m_session->adopt(std::move(m_store->store()));
    QVERIFY(m_session->isUnlocked());
    m_page = std::make_unique<TrainingPage>(m_session.get(), QStringLiteral("console:training-test"));
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitForMatrix());
}

void TrainingPageTest::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_store.reset();
    m_clock.reset();
}

// Payments (LIS): Ana holds the card role with a pass valid 100 more days (compliant), Rui with a pass that ended 10
// days ago (expired, 10 days overdue), Eva since 5 days without a pass (overdue 5 days). Care (POR): Luís is in the
// GDPR campaign due in 10 days, not done (due soon); Rita passed GDPR and it expires in 20 days (expiring).
void TrainingPageTest::seed()
{
    Database& database = m_store->store().database();
    auto t = [](qint64 days) { return QString::number(T0 + days * Day); };
    CUSTODIAN_VERIFY_OK(database.exec(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT'), "
            "(2, 'POR', 'Porto', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments'), (2, 2, 'Care');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES "
            "(1, 'E1', 'Ana Lima', 1, 0), (2, 'E2', 'Rui Sousa', 1, 0), (3, 'E3', 'Eva Dias', 1, 0), "
            "(4, 'E4', 'Luís Reis', 2, 0), (5, 'E5', 'Rita Cruz', 2, 0);"
            "INSERT INTO training_module (id, code, title, framework, control_ref, validity_days, pass_score) "
            "VALUES (1, 'pci', 'PCI DSS awareness', 'PCI DSS', 'PCI DSS 12.6.1', 365, 80), "
            "(2, 'gdpr', 'GDPR essentials', 'GDPR', NULL, 365, 75);"
            "INSERT INTO role (id, code, name) VALUES (10, 'card_handler', 'Card handler');"
            "INSERT INTO role_training_requirement VALUES (10, 1);"
            "INSERT INTO training_campaign (id, name, module_id, starts_at, due_at) VALUES "
            "(5, 'GDPR 2027', 2, %1, %2);")
            .arg(t(-20), t(10))));
    CUSTODIAN_VERIFY_OK(database.exec(
        QStringLiteral("INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, "
                       "justification, requested_by, requested_at) VALUES "
                       "(1, 1, 10, 2, %1, NULL, 'Desk', 1, %1), (2, 2, 10, 2, %1, NULL, 'Desk', 1, %1), "
                       "(3, 3, 10, 2, %2, NULL, 'Desk', 1, %2);")
            .arg(t(-400), t(-5))));
    CUSTODIAN_VERIFY_OK(database.exec(
        QStringLiteral("INSERT INTO training_record (id, agent_id, module_id, campaign_id, assigned_at, due_at, "
                       "completed_at, score, passed, expires_at) VALUES "
                       "(1, 1, 1, NULL, %1, %2, %3, 91, 1, %4), "
                       "(2, 2, 1, NULL, %5, %6, %7, 85, 1, %8), "
                       "(3, 4, 2, 5, %9, %10, NULL, NULL, NULL, NULL), "
                       "(4, 5, 2, 5, %9, %10, %11, 90, 1, %12);")
            .arg(t(-270), t(-250), t(-265), t(100), t(-390), t(-380), t(-375), t(-10))
            .arg(t(-20), t(10), t(-345), t(20))));
    // Rita's certificate, a UUID as the demo LMS and most others issue them.
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral("UPDATE training_record SET certificate_ref = "
                                                     "'63c5caa0-653f-4c8e-9d1e-e8ec1adb6af4' WHERE id = 4")));
}

bool TrainingPageTest::waitForMatrix()
{
    return QTest::qWaitFor([this] { return !m_page->isLoading() && m_page->matrix(); }, 10'000);
}

void TrainingPageTest::matrixCellsListTheirAgents()
{
    auto* matrix = find<QTableView>(*m_page, "trainingMatrixTable");
    auto* agentsTable = find<QTableView>(*m_page, "trainingCellAgents");
    auto* caption = find<QLabel>(*m_page, "trainingCellCaption");
    QVERIFY(matrix && agentsTable && caption);
    QCOMPARE(find<MessageBanner>(*m_page, "trainingMessage")->text(), QString());

    // Teams by name, then everyone; modules by the catalogue.
    QCOMPARE(agents(matrix),
             (QStringList { QStringLiteral("Care (POR)"), QStringLiteral("Payments (LIS)"),
                            QStringLiteral("Everyone in scope") }));
    const int pci = columnOf(matrix, QStringLiteral("pci"));
    const int gdpr = columnOf(matrix, QStringLiteral("gdpr"));
    QVERIFY(pci > 0 && gdpr > 0);
    const int payments = rowOf(matrix, QStringLiteral("Payments (LIS)"));
    const int care = rowOf(matrix, QStringLiteral("Care (POR)"));
    QCOMPARE(cell(matrix, payments, pci), QStringLiteral("33 % · 1/3"));
    QCOMPARE(cell(matrix, payments, gdpr), QStringLiteral("–")); // nobody in Payments needs GDPR
    QCOMPARE(cell(matrix, care, gdpr), QStringLiteral("50 % · 1/2"));
    QCOMPARE(cell(matrix, care, pci), QStringLiteral("–"));
    QCOMPARE(matrix->model()->index(payments, pci).data(ToneRole).value<CellTone>(), CellTone::Error);
    QCOMPARE(matrix->model()->index(care, gdpr).data(ToneRole).value<CellTone>(), CellTone::Warning);
    QVERIFY(matrix->model()
                ->index(payments, pci)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("overdue 1, expired 1")));

    // Click the Payments × PCI cell: its three agents, the most overdue first.
    const QRect rect = matrix->visualRect(matrix->model()->index(payments, pci));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(agents(agentsTable),
             (QStringList { QStringLiteral("Rui Sousa (E2)"), QStringLiteral("Eva Dias (E3)"),
                            QStringLiteral("Ana Lima (E1)") }));
    QCOMPARE(cell(agentsTable, 0, TrainingStandingListModel::StateColumn), QStringLiteral("expired"));
    QCOMPARE(cell(agentsTable, 0, TrainingStandingListModel::DaysColumn), QStringLiteral("10 days overdue"));
    QCOMPARE(cell(agentsTable, 1, TrainingStandingListModel::StateColumn), QStringLiteral("overdue"));
    QCOMPARE(cell(agentsTable, 1, TrainingStandingListModel::DaysColumn), QStringLiteral("5 days overdue"));
    QCOMPARE(cell(agentsTable, 2, TrainingStandingListModel::StateColumn), QStringLiteral("compliant"));
    QVERIFY2(caption->text().contains(QStringLiteral("Payments (LIS), PCI DSS awareness: 3 of 3")),
             qPrintable(caption->text()));

    // The standing filter narrows the cell's list, not the matrix.
    choose(find<QComboBox>(*m_page, "trainingStatusFilter"), QStringLiteral("Overdue or expired"));
    QCOMPARE(agents(agentsTable), (QStringList { QStringLiteral("Rui Sousa (E2)"), QStringLiteral("Eva Dias (E3)") }));
    QCOMPARE(cell(matrix, payments, pci), QStringLiteral("33 % · 1/3"));

    // The module filter keeps one column.
    choose(find<QComboBox>(*m_page, "trainingModuleFilter"), QStringLiteral("gdpr — GDPR essentials"));
    QCOMPARE(matrix->model()->columnCount(), 2);
    QCOMPARE(matrix->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("gdpr"));

    // A cell that nobody needs says so.
    choose(find<QComboBox>(*m_page, "trainingModuleFilter"), QStringLiteral("Every module"));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {},
                      matrix
                          ->visualRect(matrix->model()->index(rowOf(matrix, QStringLiteral("Payments (LIS)")),
                                                              columnOf(matrix, QStringLiteral("gdpr"))))
                          .center());
    QCOMPARE(agentsTable->model()->rowCount(), 0);
    QVERIFY2(caption->text().contains(QStringLiteral("nobody here needs this module")), qPrintable(caption->text()));
}

void TrainingPageTest::listsGroupingsAndFilters()
{
    auto* tabs = find<QTabWidget>(*m_page, "trainingTabs");
    auto* overdue = find<QTableView>(*m_page, "trainingOverdueTable");
    auto* dueSoon = find<QTableView>(*m_page, "trainingDueSoonTable");
    auto* expiring = find<QTableView>(*m_page, "trainingExpiringTable");
    auto* matrix = find<QTableView>(*m_page, "trainingMatrixTable");
    QVERIFY(tabs && overdue && dueSoon && expiring && matrix);

    QCOMPARE(agents(overdue), (QStringList { QStringLiteral("Rui Sousa (E2)"), QStringLiteral("Eva Dias (E3)") }));
    QCOMPARE(agents(dueSoon), QStringList { QStringLiteral("Luís Reis (E4)") });
    QCOMPARE(cell(dueSoon, 0, TrainingStandingListModel::DaysColumn), QStringLiteral("10 days left"));
    QCOMPARE(agents(expiring), QStringList { QStringLiteral("Rita Cruz (E5)") });
    QCOMPARE(tabs->tabText(tabs->indexOf(overdue->parentWidget())), QStringLiteral("Overdue (2)"));
    QCOMPARE(tabs->tabText(tabs->indexOf(dueSoon->parentWidget())), QStringLiteral("Due soon (1)"));
    QCOMPARE(tabs->tabText(tabs->indexOf(expiring->parentWidget())), QStringLiteral("Expiring (1)"));

    // A due-soon window of 15 days leaves Rita's expiry (20 days away) out.
    QSignalSpy shown(m_page.get(), &TrainingPage::matrixShown);
    find<QSpinBox>(*m_page, "trainingWithinDays")->setValue(15);
    QVERIFY(shown.wait(10'000));
    QVERIFY(waitForMatrix());
    QCOMPARE(expiring->model()->rowCount(), 0);
    QCOMPARE(agents(dueSoon), QStringList { QStringLiteral("Luís Reis (E4)") });

    // By site.
    choose(find<QComboBox>(*m_page, "trainingGroupBy"), QStringLiteral("Site"));
    QVERIFY(waitForMatrix());
    QTRY_COMPARE(agents(matrix),
                 (QStringList { QStringLiteral("LIS"), QStringLiteral("POR"), QStringLiteral("Everyone in scope") }));

    // The holders of the card role only: Care's agents hold none.
    choose(find<QComboBox>(*m_page, "trainingRoleFilter"), QStringLiteral("Card handler"));
    QVERIFY(waitForMatrix());
    QTRY_COMPARE(agents(matrix), (QStringList { QStringLiteral("LIS"), QStringLiteral("Everyone in scope") }));
    QCOMPARE(dueSoon->model()->rowCount(), 0);

    // One team: the scope is read again.
    choose(find<QComboBox>(*m_page, "trainingRoleFilter"), QStringLiteral("Any role"));
    choose(find<QComboBox>(*m_page, "trainingTeamFilter"), QStringLiteral("Care — Porto"));
    QVERIFY(waitForMatrix());
    QTRY_COMPARE(agents(matrix), (QStringList { QStringLiteral("POR"), QStringLiteral("Everyone in scope") }));
    QVERIFY(find<QLabel>(*m_page, "trainingSummary")->text().startsWith(QStringLiteral("2 agents in scope")));

    // Twenty days ago, in Payments: Rui's pass was still valid (it ended 10 days ago, so it was due soon) and Eva
    // did not hold the role yet.
    choose(find<QComboBox>(*m_page, "trainingTeamFilter"), QStringLiteral("Payments — Lisbon"));
    choose(find<QComboBox>(*m_page, "trainingGroupBy"), QStringLiteral("Team"));
    find<QDateEdit>(*m_page, "trainingAsOf")->setDate(QDateTime::fromMSecsSinceEpoch(T0 - 20 * Day).date());
    QVERIFY(waitForMatrix());
    QTRY_COMPARE(cell(matrix, 0, columnOf(matrix, QStringLiteral("pci"))), QStringLiteral("100 % · 2/2"));
    QCOMPARE(overdue->model()->rowCount(), 0);
    QCOMPARE(agents(expiring), QStringList { QStringLiteral("Rui Sousa (E2)") });
}

void TrainingPageTest::agentShowsEveryModule()
{
    auto* matrix = find<QTableView>(*m_page, "trainingMatrixTable");
    auto* agentsTable = find<QTableView>(*m_page, "trainingCellAgents");
    auto* agentTable = find<QTableView>(*m_page, "trainingAgentTable");
    auto* tabs = find<QTabWidget>(*m_page, "trainingTabs");
    QVERIFY(matrix && agentsTable && agentTable && tabs);
    const QModelIndex paymentsPci = matrix->model()->index(rowOf(matrix, QStringLiteral("Payments (LIS)")),
                                                           columnOf(matrix, QStringLiteral("pci")));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(paymentsPci).center());
    QCOMPARE(cell(agentsTable, 1, 0), QStringLiteral("Eva Dias (E3)"));

    QSignalSpy shown(m_page.get(), &TrainingPage::agentShown);
    const QRect eva = agentsTable->visualRect(agentsTable->model()->index(1, 0));
    // A double-click as the window system delivers it: press, release, then the double-click.
    QTest::mouseClick(agentsTable->viewport(), Qt::LeftButton, {}, eva.center());
    QTest::mouseDClick(agentsTable->viewport(), Qt::LeftButton, {}, eva.center());
    QVERIFY2(shown.wait(10'000), qPrintable(find<QLabel>(*m_page, "trainingAgentCaption")->text()));
    QCOMPARE(shown.first().first().toLongLong(), 3);
    QVERIFY(tabs->currentWidget()->isAncestorOf(agentTable));
    QVERIFY(find<QLabel>(*m_page, "trainingAgentCaption")->text().startsWith(QStringLiteral("Eva Dias (E3)")));
    QCOMPARE(find<QComboBox>(*m_page, "trainingAgentChoice")->currentData().toLongLong(), 3);
    // Every module of the catalogue, required or not.
    QCOMPARE(agentTable->model()->rowCount(), 2);
    QCOMPARE(cell(agentTable, 0, TrainingAgentModel::ModuleColumn), QStringLiteral("PCI DSS awareness (pci)"));
    QCOMPARE(cell(agentTable, 0, TrainingAgentModel::StateColumn), QStringLiteral("overdue"));
    QCOMPARE(cell(agentTable, 0, TrainingAgentModel::RequiredByColumn), QStringLiteral("role Card handler"));
    QCOMPARE(cell(agentTable, 0, TrainingAgentModel::DaysColumn), QStringLiteral("5 days overdue"));
    QCOMPARE(cell(agentTable, 1, TrainingAgentModel::StateColumn), QStringLiteral("not required"));

    // Choosing another agent in the picker.
    auto* choice = find<QComboBox>(*m_page, "trainingAgentChoice");
    choose(choice, QStringLiteral("Rita Cruz (E5)"));
    QVERIFY(shown.wait(10'000));
    QCOMPARE(cell(agentTable, 1, TrainingAgentModel::StateColumn), QStringLiteral("due soon"));
    QCOMPARE(cell(agentTable, 1, TrainingAgentModel::ScoreColumn), QStringLiteral("90 (passed)"));
    QCOMPARE(cell(agentTable, 1, TrainingAgentModel::RequiredByColumn), QStringLiteral("campaign GDPR 2027"));
    // The certificate's UUID fits its column on one line, margins included: wider than columns size themselves, it
    // used to wrap at its hyphens and show a fragment.
    const QString certificate = cell(agentTable, 1, TrainingAgentModel::CertificateColumn);
    QCOMPARE(certificate, QStringLiteral("63c5caa0-653f-4c8e-9d1e-e8ec1adb6af4"));
    const int margins = 2 * (agentTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, agentTable) + 1);
    QVERIFY2(agentTable->columnWidth(TrainingAgentModel::CertificateColumn)
                 >= agentTable->fontMetrics().horizontalAdvance(certificate) + margins,
             qPrintable(QString::number(agentTable->columnWidth(TrainingAgentModel::CertificateColumn))));
}

void TrainingPageTest::chartsOverTimeAreTablesToo()
{
    // Worked out when first looked at.
    QSignalSpy trendShown(m_page.get(), &TrainingPage::trendShown);
    m_page->showTrend();
    QVERIFY(trendShown.wait(10'000));
    auto* charts = m_page->findChild<TrainingTrendCharts*>();
    QVERIFY(charts);
    // Overdue and expired, month by month: now Eva is overdue and Rui expired; a month ago Rui's pass still held and
    // Eva did not yet hold the role.
    const ChartDataModel* overdue = charts->overduePanel()->model();
    // The default period: the twelve months before now, both ends included.
    QCOMPARE(overdue->rowCount(), 13);
    const QDate today = QDateTime::fromMSecsSinceEpoch(T0).date();
    QCOMPARE(overdue->index(0, 0).data().toString(), today.addMonths(-12).toString(Qt::ISODate));
    QCOMPARE(overdue->index(12, 0).data().toString(), today.toString(Qt::ISODate));
    const int last = overdue->rowCount() - 1;
    QCOMPARE(overdue->index(last, 1).data().toInt(), 1);
    QCOMPARE(overdue->index(last, 2).data().toInt(), 1);
    QCOMPARE(overdue->index(last - 1, 1).data().toInt(), 0);
    QCOMPARE(overdue->index(last - 1, 2).data().toInt(), 0);
    QVERIFY2(charts->overduePanel()->view()->accessibleDescription().contains(
                 QStringLiteral("Latest: 1 overdue, 1 expired")),
             qPrintable(charts->overduePanel()->view()->accessibleDescription()));
    // By module: PCI at 33 % now (1 of 3), 100 % a month ago (Ana and Rui, both valid).
    const ChartDataModel* modules = charts->modulesPanel()->model();
    QCOMPARE(modules->headerData(1, Qt::Horizontal).toString(), QStringLiteral("pci (% complete)"));
    QCOMPARE(modules->index(last, 1).data().toInt(), 33);
    QCOMPARE(modules->index(last - 1, 1).data().toInt(), 100);
    // By team: Payments' line ends at 33 %, Care's at 50 %.
    const ChartDataModel* groups = charts->groupsPanel()->model();
    QCOMPARE(groups->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Care (POR)"));
    QCOMPARE(groups->index(last, 1).data().toInt(), 50);
    QCOMPARE(groups->index(last, 2).data().toInt(), 33);
}

// Twenty days on, in the Payments × PCI cell: Rui is 30 days past his pass's expiry (to the manager), Eva 25 days
// overdue (to the team lead), Ana compliant (no reminder). One click, one note; the reminders, the single audit entry
// and one outbox entry each are written; the agent view lists the reminder.
void TrainingPageTest::remindersEscalateFromACell()
{
    Database& database = m_session->store()->database();
    CUSTODIAN_VERIFY_OK(SyncState(database).setSupervisorId(1));
    CUSTODIAN_VERIFY_OK(
        database.exec(QStringLiteral("INSERT INTO supervisor (id, username, display_name, site_id) "
                                     "VALUES (2, 'jcosta', 'João Costa', 1), (3, 'pmelo', 'Paula Melo', 1);"
                                     "UPDATE agent SET manager_id = 2; UPDATE site SET manager_id = 3;")));
    m_clock->advanceDays(20);
    QSignalSpy shown(m_page.get(), &TrainingPage::matrixShown);
    m_page->refresh();
    QVERIFY(shown.wait(10'000));
    QVERIFY(waitForMatrix());

    auto* matrix = find<QTableView>(*m_page, "trainingMatrixTable");
    auto* remind = find<QPushButton>(*m_page, "trainingRemindButton");
    QVERIFY(matrix && remind);
    QVERIFY(!remind->isEnabled()); // no cell chosen: nothing listed to remind
    const QModelIndex paymentsPci = matrix->model()->index(rowOf(matrix, QStringLiteral("Payments (LIS)")),
                                                           columnOf(matrix, QStringLiteral("pci")));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(paymentsPci).center());
    QVERIFY(remind->isEnabled());

    QSignalSpy sent(m_page.get(), &TrainingPage::remindersSent);
    Dialogs::setNextText(QStringLiteral("Please finish PCI DSS awareness this week."));
    QTest::mouseClick(remind, Qt::LeftButton);
    QVERIFY(sent.wait(10'000));
    QCOMPARE(sent.first().first().toBool(), true);
    QCOMPARE(Dialogs::pendingAnswers(), 0);
    // The confirmation said where each would go before anything was written.
    const QString asked = Dialogs::answeredTexts().value(0);
    QVERIFY2(asked.contains(QStringLiteral("Send 2 reminder(s) for Payments (LIS) × pci:\n• 0 to the agent only\n• 1 "
                                           "also to the team lead\n• 1 also to the team lead and the manager")),
             qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("1 listed line(s) are compliant")), qPrintable(asked));
    Dialogs::clearAnswers();
    auto* banner = find<MessageBanner>(*m_page, "trainingMessage");
    QCOMPARE(banner->level(), MessageBanner::Level::Success);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Sent 2 reminder(s): 2 copied to a team lead, 1 to a manager.")),
             qPrintable(banner->text()));

    auto levels = database.queryTexts(QStringLiteral(
        "SELECT a.employee_no || ':' || r.level || ':' || ifnull(r.team_lead_id, '-') || ':' || ifnull(r.manager_id, "
        "'-') || ':' || r.days_overdue FROM training_reminder r JOIN agent a ON a.id = r.agent_id ORDER BY "
        "a.employee_no"));
    CUSTODIAN_VERIFY_OK(levels);
    QCOMPARE(*levels, (QStringList { QStringLiteral("E2:manager:2:3:30"), QStringLiteral("E3:team_lead:2:-:25") }));
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'training.remind'")),
             1);
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'training.reminder'")),
             2);

    // The overdue list says so: one reminder each, the day and how far it went.
    auto* overdue = find<QTableView>(*m_page, "trainingOverdueTable");
    QTRY_COMPARE(cell(overdue, 0, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("1"));
    const QString sentDay = QDateTime::fromMSecsSinceEpoch(T0 + 20 * Day).date().toString(Qt::ISODate);
    // Most overdue first: Rui (30 days), Eva (25), then Luís's GDPR (10) and Rita's expiry (0), not reminded.
    QCOMPARE(agents(overdue).mid(0, 2),
             (QStringList { QStringLiteral("Rui Sousa (E2)"), QStringLiteral("Eva Dias (E3)") }));
    QCOMPARE(cell(overdue, 2, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("0"));
    QCOMPARE(overdue->model()->headerData(TrainingStandingListModel::ReminderCountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Reminders"));
    QCOMPARE(overdue->model()->headerData(TrainingStandingListModel::LastReminderColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last reminder"));
    QCOMPARE(cell(overdue, 0, TrainingStandingListModel::LastReminderColumn),
             sentDay + QStringLiteral(" to the manager"));
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("1"));
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::LastReminderColumn),
             sentDay + QStringLiteral(" to the team lead"));
    // The other lists do not carry the columns.
    QCOMPARE(find<QTableView>(*m_page, "trainingDueSoonTable")->model()->columnCount(),
             int(TrainingStandingListModel::ReminderCountColumn));

    // Sent again at once: the 24-hour guard refuses, and nothing more is written.
    Dialogs::setNextText(QString());
    QTest::mouseClick(remind, Qt::LeftButton);
    QVERIFY(sent.wait(10'000));
    QCOMPARE(sent.last().first().toBool(), false);
    Dialogs::clearAnswers();
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    QVERIFY2(banner->text().startsWith(QStringLiteral("No reminder was sent:")), qPrintable(banner->text()));
    QCOMPARE(*database.queryInt(QStringLiteral("SELECT count(*) FROM training_reminder")), 2);

    // The agent view lists Rui's reminder.
    QSignalSpy agentShown(m_page.get(), &TrainingPage::agentShown);
    m_page->showAgent(2);
    QVERIFY(agentShown.wait(10'000));
    auto* reminders = find<QTableView>(*m_page, "trainingReminderTable");
    QCOMPARE(reminders->model()->rowCount(), 1);
    QCOMPARE(cell(reminders, 0, TrainingReminderModel::LevelColumn), QStringLiteral("the manager"));
    QCOMPARE(cell(reminders, 0, TrainingReminderModel::CopiedToColumn), QStringLiteral("João Costa, Paula Melo"));
    QCOMPARE(cell(reminders, 0, TrainingReminderModel::NoteColumn),
             QStringLiteral("Please finish PCI DSS awareness this week."));
}

// The period's end is the "as of" day and its start bounds the charts over time: moving the start changes what they
// span. A start after the end, or a period longer than the limit, is refused with a message naming the range; what
// is on screen and what was typed stay.
void TrainingPageTest::periodBoundsTheChartsAndABadOneIsRefused()
{
    auto* from = find<QDateEdit>(*m_page, "trainingFrom");
    auto* asOf = find<QDateEdit>(*m_page, "trainingAsOf");
    QVERIFY(from && asOf);
    const QDate today = QDateTime::fromMSecsSinceEpoch(T0).date();
    QCOMPARE(from->date(), today.addMonths(-12));

    QSignalSpy trendShown(m_page.get(), &TrainingPage::trendShown);
    m_page->showTrend();
    QVERIFY(trendShown.wait(10'000));
    auto* charts = m_page->findChild<TrainingTrendCharts*>();
    QCOMPARE(charts->overduePanel()->model()->rowCount(), 13);

    // Three months: four points, the first three months back.
    from->setDate(today.addMonths(-3));
    QVERIFY(trendShown.wait(10'000));
    const ChartDataModel* overdue = charts->overduePanel()->model();
    QCOMPARE(overdue->rowCount(), 4);
    QCOMPARE(overdue->index(0, 0).data().toString(), today.addMonths(-3).toString(Qt::ISODate));
    QVERIFY2(find<QLabel>(*m_page, "trainingTrendCaption")->text().contains(today.addMonths(-3).toString(Qt::ISODate)),
             qPrintable(find<QLabel>(*m_page, "trainingTrendCaption")->text()));
    // The summary counts what happened in the period: Ana's pass (265 days ago) is before it; Eva fell overdue in it
    // (5 days ago), Rui's pass expired in it (10 days ago).
    QVERIFY2(find<QLabel>(*m_page, "trainingSummary")
                 ->text()
                 .contains(QStringLiteral("since %1: 0 passes completed, 2 of 2 overdue lines fell due")
                               .arg(today.addMonths(-3).toString(Qt::ISODate))),
             qPrintable(find<QLabel>(*m_page, "trainingSummary")->text()));
    // A year: Ana's pass (265 days ago) and Rita's (345) are in it, Rui's (375) is not.
    from->setDate(today.addMonths(-12));
    QVERIFY(trendShown.wait(10'000));
    QVERIFY(waitForMatrix());
    QVERIFY2(find<QLabel>(*m_page, "trainingSummary")->text().contains(QStringLiteral("2 passes completed")),
             qPrintable(find<QLabel>(*m_page, "trainingSummary")->text()));

    // The end before the start: refused, by name; nothing is read, the matrix and the fields stay.
    from->setDate(today.addDays(-10));
    QVERIFY(trendShown.wait(10'000));
    QVERIFY(waitForMatrix());
    const TrainingMatrix* shown = m_page->matrix();
    const int trendsBefore = int(trendShown.size());
    auto* banner = find<MessageBanner>(*m_page, "trainingMessage");
    QCOMPARE(asOf->date(), today);
    asOf->setDate(today.addDays(-20));
    QCOMPARE(banner->level(), MessageBanner::Level::Error);
    const QString reversed
        = QStringLiteral("The date range %1 – %2 ends before it starts")
              .arg(today.addDays(-10).toString(Qt::ISODate), today.addDays(-20).toString(Qt::ISODate));
    QVERIFY2(banner->text().startsWith(reversed), qPrintable(banner->text()));
    QVERIFY(!m_page->isLoading());
    QCOMPARE(m_page->matrix(), shown);
    QCOMPARE(from->date(), today.addDays(-10));
    QCOMPARE(asOf->date(), today.addDays(-20));
    QTest::qWait(50);
    QCOMPARE(int(trendShown.size()), trendsBefore);

    // Longer than the limit: refused, by name.
    from->setDate(today.addDays(-20).addMonths(-TrainingFilterBar::MaxMonths).addDays(-1));
    QVERIFY2(banner->text().contains(QStringLiteral("is longer than 36 months")), qPrintable(banner->text()));
    QVERIFY(!m_page->isLoading());
    QCOMPARE(m_page->matrix(), shown);

    // Mended: read for the new end, the message gone, the charts span the period again.
    from->setDate(today.addDays(-20).addMonths(-2));
    QVERIFY(trendShown.wait(10'000));
    QVERIFY(waitForMatrix());
    QVERIFY(banner->text().isEmpty());
    QCOMPARE(charts->overduePanel()->model()->rowCount(), 3);
    QCOMPARE(charts->overduePanel()->model()->index(2, 0).data().toString(), today.addDays(-20).toString(Qt::ISODate));
}

// Reminders another console sent reach this one through the training_reminders stream; the page reads them again
// (ConsoleSync calls refreshReminders()) without reading the facts again.
void TrainingPageTest::overdueListShowsRemindersArrivingBySync()
{
    auto* overdue = find<QTableView>(*m_page, "trainingOverdueTable");
    QVERIFY(overdue);
    QCOMPARE(agents(overdue), (QStringList { QStringLiteral("Rui Sousa (E2)"), QStringLiteral("Eva Dias (E3)") }));
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("0"));
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::LastReminderColumn), QString());

    Database& database = m_session->store()->database();
    CUSTODIAN_VERIFY_OK(database.exec(
        QStringLiteral("INSERT INTO training_reminder (id, agent_id, module_id, sent_by, sent_at, level, days_overdue) "
                       "VALUES (71, 3, 1, 1, %1, 'agent', 2), (72, 3, 1, 1, %2, 'agent', 3), "
                       "(73, 3, 2, 1, %2, 'agent', 0);")
            .arg(T0 - 3 * Day)
            .arg(T0 - 2 * Day)));
    const TrainingMatrix* shown = m_page->matrix();
    QSignalSpy remindersShown(m_page.get(), &TrainingPage::remindersShown);
    m_page->refreshReminders();
    QVERIFY(remindersShown.wait(10'000));
    QCOMPARE(m_page->matrix(), shown); // the facts were not read again
    // Eva's PCI line: two reminders, the last two days ago to her alone; her GDPR reminder is not this line's.
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("2"));
    QCOMPARE(cell(overdue, 1, TrainingStandingListModel::LastReminderColumn),
             QDateTime::fromMSecsSinceEpoch(T0 - 2 * Day).date().toString(Qt::ISODate)
                 + QStringLiteral(" to the agent"));
    QCOMPARE(cell(overdue, 0, TrainingStandingListModel::ReminderCountColumn), QStringLiteral("0"));
}

QTEST_MAIN(TrainingPageTest)
#include "TrainingPageTest.moc"
