// The roles page offscreen on a seeded demo store, as a supervisor uses it: the catalog lists every role with its
// holders; granting a sensitive role is blocked by separation of duties (the dialog stays open with the reason and
// nothing is written), then requested with an exception; the requester's own approval is refused; a second
// supervisor approves it and it is in force with both steps in the agent's history; revoking needs a reason and is
// audited. Every step is a click on the page's buttons, with its dialogs answered.
#include "ui/roles/RolesPage.h"
#include "demo/DemoGenerator.h"
#include "domain/Enums.h"
#include "item/ItemRoles.h"
#include "item/RoleCatalogModel.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/roles/GrantRoleDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"

#include <QDateTime>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace custodian;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

qint64 queryInt(Store& store, const QString& sql)
{
    auto value = store.database().queryInt(sql);
    return value ? *value : -1;
}

QPushButton* button(QWidget* page, const char* name)
{
    return page->findChild<QPushButton*>(QLatin1String(name));
}

int rowWithId(QTableView* table, qint64 id)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

QString cellText(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}
} // namespace

class RolesPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogListsEveryRole();
    void grantBlockedThenRequestedThenApproved();
    void revokeNeedsAReason();
    void cleanupTestCase();

private:
    void actAs(qint64 supervisorId);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<RolesPage> m_page;
    qint64 m_agent = 0;
    qint64 m_assignment = 0;
};

void RolesPageTest::actAs(qint64 supervisorId)
{
    QVERIFY(SyncState(m_session->store()->database()).setSupervisorId(supervisorId).ok());
}

void RolesPageTest::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 5'000;
    options.seed = 11;
    // The organisation as of today, so that training completed lately is valid for a grant made now.
    options.end = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));

    auto reopened = m_store->reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    m_session = std::make_unique<StoreSession>(m_store->path());
    QSignalSpy unlocked(m_session.get(), &StoreSession::unlocked);
    m_session->adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    actAs(1);
    m_page = std::make_unique<RolesPage>(m_session.get(), QStringLiteral("console:gui-test"));
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + 40 * DayMs;
    m_agent = queryInt(
        m_store->store(),
        QStringLiteral(
            "SELECT g.id FROM agent g JOIN role_assignment a ON a.agent_id = g.id AND a.status = 2 AND a.valid_until "
            "IS "
            "NULL JOIN role r ON r.id = a.role_id AND r.code = 'payments_agent' WHERE g.status = 1 AND NOT EXISTS "
            "(SELECT 1 "
            "FROM role_assignment x JOIN role y ON y.id = x.role_id WHERE x.agent_id = g.id AND x.status IN (1, 2) AND "
            "y.code IN ('refunds_initiator', 'refunds_approver')) AND NOT EXISTS (SELECT 1 FROM "
            "role_training_requirement q "
            "JOIN role rr ON rr.id = q.role_id AND rr.code = 'refunds_approver' WHERE NOT EXISTS (SELECT 1 FROM "
            "training_record t WHERE t.agent_id = g.id AND t.module_id = q.module_id AND t.passed = 1 AND t.expires_at "
            "> "
            "%1)) ORDER BY g.id LIMIT 1")
            .arg(horizon));
    QVERIFY2(m_agent > 0, "the demo store has a payments agent who may be given refund approval");
}

void RolesPageTest::cleanup()
{
    // Every queued answer was asked for; none is left to answer another test's question.
    QCOMPARE(Dialogs::pendingAnswers(), 0);
    Dialogs::clearAnswers();
}

void RolesPageTest::catalogListsEveryRole()
{
    RoleCatalogModel* roles = m_page->roleModel();
    QVERIFY(roles);
    QCOMPARE(roles->rowCount(), int(queryInt(m_store->store(), QStringLiteral("SELECT count(*) FROM role"))));
    // The holders column is the hand-checkable count of agents holding the role in force now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 basic = queryInt(m_store->store(), QStringLiteral("SELECT id FROM role WHERE code = 'agent_basic'"));
    const qint64 holders
        = queryInt(m_store->store(),
                   QStringLiteral("SELECT count(DISTINCT agent_id) FROM role_assignment WHERE role_id = %1 AND "
                                  "status = 2 AND valid_from <= %2 AND (valid_until IS NULL OR valid_until > %2)")
                       .arg(basic)
                       .arg(now));
    const int row = roles->rowOf(basic);
    QVERIFY(row >= 0);
    QCOMPARE(roles->index(row, RoleCatalogModel::HoldersColumn).data().toString(), QString::number(holders));
    QVERIFY(holders > 0);
    if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !dir.isEmpty())
        m_page->grab().save(dir + QStringLiteral("/roles.png"));
}

void RolesPageTest::grantBlockedThenRequestedThenApproved()
{
    Store& store = m_store->store();
    const QString written = QStringLiteral("SELECT (SELECT count(*) FROM role_assignment) * 1000000 + (SELECT count(*) "
                                           "FROM sync_outbox) * 1000 + (SELECT count(*) FROM console_audit)");
    const qint64 before = queryInt(store, written);
    QVERIFY(m_page->showAgent(m_agent));
    QPushButton* grant = button(m_page.get(), "grantRoleButton");
    QVERIFY(grant->isEnabled());

    bool answered = false;
    int refusals = 0;
    int result = -1;
    test::answerNextModal<GrantRoleDialog>(
        this,
        [&](GrantRoleDialog* dialog) {
            dialog->setRole(QStringLiteral("refunds_approver"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            dialog->setValidity(now, now + 30 * DayMs);
            dialog->setJustification(QStringLiteral("Covers refund approvals in December"));
            dialog->accept();
            QVERIFY2(dialog->isVisible(), "a refused grant keeps the dialog open");
            QVERIFY2(dialog->problem().contains(QLatin1String("Separation of duties")), qPrintable(dialog->problem()));
            QCOMPARE(queryInt(store, written), before);
            ++refusals;

            // A validity that ends before it starts is refused by name too.
            dialog->setValidity(now + 2 * DayMs, now + DayMs);
            dialog->setSodException(QStringLiteral("Team of two this month"));
            dialog->accept();
            QVERIFY2(dialog->problem().contains(QLatin1String("ends")), qPrintable(dialog->problem()));
            QCOMPARE(queryInt(store, written), before);
            ++refusals;

            dialog->setValidity(now, now + 30 * DayMs);
            dialog->accept();
            result = dialog->result();
            m_assignment = dialog->grantedId();
        },
        &answered);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(refusals, 2);
    QCOMPARE(result, int(QDialog::Accepted));
    QVERIFY(m_assignment < 0);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
             qint64(AssignmentStatus::Pending));

    QTableView* pending = m_page->pendingTable();
    const int row = rowWithId(pending, m_assignment);
    QVERIFY2(row >= 0, "the page lists the request it just made");
    pending->selectRow(row);
    QPushButton* approve = button(m_page.get(), "approveButton");
    QVERIFY(approve->isEnabled());
    Dialogs::setNextText(QString());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(Dialogs::answeredTitles(), QStringList { QStringLiteral("Approve request") });
    QVERIFY2(m_page->message().contains(QLatin1String("second supervisor")), qPrintable(m_page->message()));

    actAs(2);
    pending->selectRow(rowWithId(pending, m_assignment));
    Dialogs::setNextText(QStringLiteral("Agreed with the payments manager"));
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY2(m_page->message().startsWith(QLatin1String("Approved")), qPrintable(m_page->message()));
    QCOMPARE(queryInt(store, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
             qint64(AssignmentStatus::Active));
    QVERIFY(m_page->showAgent(m_agent));
    const int assigned = rowWithId(m_page->assignmentsTable(), m_assignment);
    QVERIFY(assigned >= 0);
    QVERIFY2(cellText(m_page->assignmentsTable(), assigned, 1).startsWith(QLatin1String("In force")),
             qPrintable(cellText(m_page->assignmentsTable(), assigned, 1)));
    // Both steps in the agent's history, newest first, with who and why.
    QTableView* history = m_page->historyTable();
    QVERIFY(history->model()->rowCount() >= 2);
    QCOMPARE(cellText(history, 0, 1), QStringLiteral("approved"));
    QCOMPARE(cellText(history, 0, 5), QStringLiteral("Agreed with the payments manager"));
    QCOMPARE(cellText(history, 1, 1), QStringLiteral("requested"));
    // The permission it opens is in force, with the role it comes from.
    bool refundApproval = false;
    for (int r = 0; r < m_page->permissionsTable()->model()->rowCount(); ++r)
        refundApproval |= cellText(m_page->permissionsTable(), r, 0) == QLatin1String("refund.approve");
    QVERIFY(refundApproval);
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM console_audit WHERE action IN ('assignment.request', "
                                     "'assignment.approve') AND target = 'assignment:%1'")
                          .arg(m_assignment)),
             2);
    if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !dir.isEmpty())
        m_page->grab().save(dir + QStringLiteral("/roles-agent.png"));
}

void RolesPageTest::revokeNeedsAReason()
{
    Store& store = m_store->store();
    QTableView* assignments = m_page->assignmentsTable();
    assignments->selectRow(rowWithId(assignments, m_assignment));
    QPushButton* revoke = button(m_page.get(), "revokeButton");
    QVERIFY(revoke->isEnabled());
    const qint64 audits = queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit"));
    // Cancelled: nothing is asked of the workflow.
    Dialogs::setNextCancel();
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit")), audits);
    Dialogs::setNextText(QStringLiteral("  "));
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY2(m_page->message().contains(QLatin1String("reason")), qPrintable(m_page->message()));
    QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit")), audits);
    assignments->selectRow(rowWithId(assignments, m_assignment));
    Dialogs::setNextText(QStringLiteral("December cover ended early"));
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY2(m_page->message().startsWith(QLatin1String("Revoked")), qPrintable(m_page->message()));
    QCOMPARE(Dialogs::answeredTitles(),
             QStringList({ QStringLiteral("Revoke assignment"), QStringLiteral("Revoke assignment"),
                           QStringLiteral("Revoke assignment") }));
    QCOMPARE(queryInt(store, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_assignment)),
             qint64(AssignmentStatus::Revoked));
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'assignment.revoke' AND "
                                     "target = 'assignment:%1'")
                          .arg(m_assignment)),
             1);
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'assignment.change' AND "
                                     "entity_id = %1")
                          .arg(m_assignment)),
             3); // request, approve, revoke: in order for the central service
    QCOMPARE(cellText(m_page->historyTable(), 0, 1), QStringLiteral("revoked"));
}

void RolesPageTest::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_store.reset();
}

QTEST_MAIN(RolesPageTest)
#include "RolesPageTest.moc"
