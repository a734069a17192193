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
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
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

// The entry of the grant dialog's role list for a role, by the role's name (what the supervisor reads).
int roleEntry(QComboBox* roles, const QString& name)
{
    for (int i = 0; i < roles->count(); ++i) {
        if (roles->itemText(i).startsWith(name))
            return i;
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
    void grantMarksIneligibleRolesAndConfirms();
    void shortenAndRejectNameTheirSubject();
    void typedEmployeeNumberChoosesTheAgent();
    void cleanupTestCase();

private:
    void actAs(qint64 supervisorId);
    [[nodiscard]] QString agentName(qint64 agentId);

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<RolesPage> m_page;
    qint64 m_agent = 0;
    qint64 m_assignment = 0;
    qint64 m_initiatorGrant = 0; // refunds initiator granted at once by grantMarksIneligibleRolesAndConfirms
    qint64 m_secondAgent = 0;
};

void RolesPageTest::actAs(qint64 supervisorId)
{
    QVERIFY(SyncState(m_session->store()->database()).setSupervisorId(supervisorId).ok());
}

QString RolesPageTest::agentName(qint64 agentId)
{
    auto name = m_store->store().database().queryText(
        QStringLiteral("SELECT display_name FROM agent WHERE id = %1").arg(agentId));
    return name ? *name : QString();
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
    // One's own request: Approve and Reject are disabled before anything is typed, and say why on the buttons and
    // beside them.
    QPushButton* approve = button(m_page.get(), "approveButton");
    QPushButton* reject = button(m_page.get(), "rejectButton");
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QLatin1String("second supervisor")), qPrintable(approve->toolTip()));
    QVERIFY(!reject->isEnabled());
    QVERIFY2(reject->toolTip().contains(QLatin1String("withdraw")), qPrintable(reject->toolTip()));
    auto* note = m_page->findChild<QLabel*>(QStringLiteral("approvalNote"));
    QVERIFY(note && !note->isHidden()); // on the approvals tab
    QVERIFY2(note->text().contains(QLatin1String("second supervisor")), qPrintable(note->text()));

    // Another supervisor (a sync names who this console acts for, and reloads the page).
    actAs(2);
    m_page->reload();
    pending->selectRow(rowWithId(pending, m_assignment));
    QVERIFY(approve->isEnabled());
    QVERIFY(approve->toolTip().isEmpty());
    QVERIFY(note->isHidden());
    answered = false;
    test::answerNextModal<ReasonDialog>(
        this,
        [&](ReasonDialog* dialog) {
            // The dialog names the agent and the role it approves.
            QVERIFY2(dialog->subject().contains(agentName(m_agent)), qPrintable(dialog->subject()));
            QVERIFY2(dialog->subject().contains(QLatin1String("Refunds approver")), qPrintable(dialog->subject()));
            dialog->setReason(QStringLiteral("Agreed with the payments manager"));
            dialog->accept();
        },
        &answered);
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(answered);
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
    bool answered = false;
    test::answerNextModal<ReasonDialog>(
        this, [](ReasonDialog* dialog) { dialog->reject(); }, &answered);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit")), audits);
    // A blank reason is refused inside the dialog, which stays open and names what it revokes.
    answered = false;
    bool refusedInline = false;
    test::answerNextModal<ReasonDialog>(
        this,
        [&](ReasonDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Revoke assignment"));
            QVERIFY2(dialog->subject().contains(agentName(m_agent)), qPrintable(dialog->subject()));
            QVERIFY2(dialog->subject().contains(QLatin1String("Refunds approver")), qPrintable(dialog->subject()));
            dialog->setReason(QStringLiteral("  "));
            dialog->accept();
            QVERIFY2(dialog->isVisible(), "a refused revocation keeps the dialog open");
            QVERIFY2(dialog->problem().contains(QLatin1String("reason")), qPrintable(dialog->problem()));
            QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit")), audits);
            refusedInline = true;
            dialog->setReason(QStringLiteral("December cover ended early"));
            QVERIFY(dialog->problem().isEmpty());
            dialog->accept();
        },
        &answered);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(refusedInline);
    QVERIFY2(m_page->message().startsWith(QLatin1String("Revoked")), qPrintable(m_page->message()));
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

void RolesPageTest::grantMarksIneligibleRolesAndConfirms()
{
    Store& store = m_store->store();
    // A payments agent who may be given refund initiation (its training is valid) but lacks a training module that
    // another role, whose gate blocks, requires.
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + 40 * DayMs;
    auto missing = [&](const QString& role) {
        return QStringLiteral("EXISTS (SELECT 1 FROM role_training_requirement q WHERE q.role_id = %1 AND NOT EXISTS "
                              "(SELECT 1 FROM training_record t WHERE t.agent_id = g.id AND t.module_id = q.module_id "
                              "AND t.passed = 1 AND t.expires_at > %2))")
            .arg(role)
            .arg(horizon);
    };
    const QString initiatorId = QStringLiteral("(SELECT id FROM role WHERE code = 'refunds_initiator')");
    const QString lacking = QStringLiteral("(SELECT rr.id FROM role rr WHERE rr.training_gate = 'block' AND NOT EXISTS "
                                           "(SELECT 1 FROM role_assignment h WHERE h.agent_id = g.id AND h.role_id = "
                                           "rr.id AND h.status IN (1, 2)) AND %1 ORDER BY rr.id LIMIT 1)")
                                .arg(missing(QStringLiteral("rr.id")));
    m_secondAgent = queryInt(
        store,
        QStringLiteral("SELECT g.id FROM agent g JOIN role_assignment a ON a.agent_id = g.id AND a.status = 2 AND "
                       "a.valid_until IS NULL JOIN role r ON r.id = a.role_id AND r.code = 'payments_agent' WHERE "
                       "g.status = 1 AND g.id <> %1 AND NOT EXISTS (SELECT 1 FROM role_assignment x JOIN role y ON "
                       "y.id = x.role_id WHERE x.agent_id = g.id AND x.status IN (1, 2) AND y.code IN "
                       "('refunds_initiator', 'refunds_approver')) AND NOT %2 AND %3 IS NOT NULL ORDER BY g.id LIMIT 1")
            .arg(m_agent)
            .arg(missing(initiatorId), lacking));
    QVERIFY2(m_secondAgent > 0, "the demo store has a payments agent who lacks a role's required training");
    auto lackingName = store.database().queryText(
        QStringLiteral("SELECT name FROM role WHERE id = %1")
            .arg(QString(lacking).replace(QStringLiteral("g.id"), QString::number(m_secondAgent))));
    CUSTODIAN_VERIFY_OK(lackingName);
    const QString untrained = *lackingName;
    QVERIFY(!untrained.isEmpty());
    const QString name = agentName(m_secondAgent);
    const QString written = QStringLiteral("SELECT (SELECT count(*) FROM role_assignment) * 1000000 + (SELECT count(*) "
                                           "FROM sync_outbox) * 1000 + (SELECT count(*) FROM console_audit)");
    const qint64 before = queryInt(store, written);
    QVERIFY(m_page->showAgent(m_secondAgent));
    QPushButton* grant = button(m_page.get(), "grantRoleButton");

    bool answered = false;
    int result = -1;
    test::answerNextModal<GrantRoleDialog>(
        this,
        [&](GrantRoleDialog* dialog) {
            auto* roles = dialog->findChild<QComboBox*>(QStringLiteral("grantRole"));
            QVERIFY(roles);
            // Marked with why: a role held already, and one whose training is missing; an eligible one is not.
            const int held = roleEntry(roles, QStringLiteral("Payments agent"));
            QVERIFY(held >= 0);
            QVERIFY2(roles->itemText(held).contains(QLatin1String("not eligible: already held")),
                     qPrintable(roles->itemText(held)));
            const QString heldWhy = roles->itemData(held, Qt::ToolTipRole).toString();
            QVERIFY2(heldWhy.contains(QLatin1String("already holds Payments agent")), qPrintable(heldWhy));
            const int lacked = roleEntry(roles, untrained);
            QVERIFY(lacked >= 0);
            QVERIFY2(roles->itemText(lacked).contains(QLatin1String("not eligible: training missing")),
                     qPrintable(roles->itemText(lacked)));
            QVERIFY2(roles->itemData(lacked, Qt::ToolTipRole).toString().contains(QLatin1String("training")),
                     qPrintable(roles->itemData(lacked, Qt::ToolTipRole).toString()));
            const int initiator = roleEntry(roles, QStringLiteral("Refunds initiator"));
            QCOMPARE(roles->itemText(initiator), QStringLiteral("Refunds initiator"));

            // The refusal is the mark's reason, word for word; changing the role takes it away.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            dialog->setRole(QStringLiteral("payments_agent"));
            dialog->setValidity(now, now + 30 * DayMs);
            dialog->setJustification(QStringLiteral("Refunds for the payments queue"));
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->problem(), heldWhy);
            dialog->setRole(QStringLiteral("refunds_initiator"));
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));

            // A refused window, then other dates: the refusal goes too.
            dialog->setValidity(now + 2 * DayMs, now + DayMs);
            dialog->accept();
            QVERIFY2(dialog->problem().contains(QLatin1String("ends")), qPrintable(dialog->problem()));
            dialog->setValidity(now, now + 30 * DayMs);
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            QCOMPARE(queryInt(store, written), before);

            // In force at once: the supervisor confirms agent, role and dates; Cancel writes nothing.
            Dialogs::setNextAnswer(QMessageBox::Cancel);
            dialog->accept();
            QVERIFY2(dialog->isVisible(), "a cancelled confirmation keeps the dialog open");
            QCOMPARE(queryInt(store, written), before);
            QCOMPARE(Dialogs::answeredTitles(), QStringList { QStringLiteral("Grant role now") });
            const QString asked = Dialogs::answeredTexts().value(0);
            const QString until
                = QDateTime::fromMSecsSinceEpoch(now + 30 * DayMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            for (const QString& part : { name, QStringLiteral("Refunds initiator"), until })
                QVERIFY2(asked.contains(part), qPrintable(asked + QStringLiteral(" lacks ") + part));

            Dialogs::setNextAnswer(QMessageBox::Yes);
            dialog->accept();
            result = dialog->result();
            m_initiatorGrant = dialog->grantedId();
        },
        &answered);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(result, int(QDialog::Accepted));
    QCOMPARE(queryInt(store, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(m_initiatorGrant)),
             qint64(AssignmentStatus::Active));

    // Now holding refund initiation, the agent may not be given refund approval: a rule without exceptions.
    answered = false;
    test::answerNextModal<GrantRoleDialog>(
        this,
        [&](GrantRoleDialog* dialog) {
            auto* roles = dialog->findChild<QComboBox*>(QStringLiteral("grantRole"));
            const int approver = roleEntry(roles, QStringLiteral("Refunds approver"));
            QVERIFY(approver >= 0);
            QVERIFY2(roles->itemText(approver).contains(QLatin1String("not eligible: separation of duties")),
                     qPrintable(roles->itemText(approver)));
            const QString why = roles->itemData(approver, Qt::ToolTipRole).toString();
            QVERIFY2(why.contains(QLatin1String("allows no exception")), qPrintable(why));
            dialog->setRole(QStringLiteral("refunds_approver"));
            auto* shown = dialog->findChild<QLabel*>(QStringLiteral("grantRoleEligibility"));
            QVERIFY(shown && shown->isVisible());
            QCOMPARE(shown->text(), why);
            if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !dir.isEmpty()) {
                // The dialog, and beside it the role list as it drops down, every mark with its reason.
                const QPixmap form = dialog->grab();
                roles->showPopup();
                const QPixmap list = roles->view()->grab();
                roles->hidePopup();
                QPixmap shot(form.width() + list.width() + 12, std::max(form.height(), list.height()));
                shot.fill(dialog->palette().color(QPalette::Window));
                QPainter painter(&shot);
                painter.drawPixmap(0, 0, form);
                painter.drawPixmap(form.width() + 12, 0, list);
                painter.end();
                shot.save(dir + QStringLiteral("/grant-eligibility.png"));
            }
            dialog->setJustification(QStringLiteral("Second pair of eyes"));
            dialog->accept();
            QCOMPARE(dialog->problem(), why);
        },
        &answered);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(answered);
}

void RolesPageTest::shortenAndRejectNameTheirSubject()
{
    Store& store = m_store->store();
    QVERIFY(m_initiatorGrant != 0);
    QVERIFY(m_page->showAgent(m_secondAgent));
    QTableView* assignments = m_page->assignmentsTable();
    assignments->selectRow(rowWithId(assignments, m_initiatorGrant));
    const qint64 audits = queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit"));
    // On a whole minute: the editor shows minutes.
    const qint64 newEnd = (QDateTime::currentMSecsSinceEpoch() + 10 * DayMs) / 60'000 * 60'000;
    bool answered = false;
    test::answerNextModal<ReasonDialog>(
        this,
        [&](ReasonDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Shorten validity"));
            QVERIFY2(dialog->subject().contains(agentName(m_secondAgent)), qPrintable(dialog->subject()));
            QVERIFY2(dialog->subject().contains(QLatin1String("Refunds initiator")), qPrintable(dialog->subject()));
            dialog->setNewEnd(newEnd);
            dialog->accept();
            QVERIFY2(dialog->isVisible(), "a shortening without a reason keeps the dialog open");
            QVERIFY2(dialog->problem().contains(QLatin1String("reason")), qPrintable(dialog->problem()));
            QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit")), audits);
            dialog->setReason(QStringLiteral("Cover ends with the month"));
            dialog->accept();
        },
        &answered);
    QTest::mouseClick(button(m_page.get(), "shortenButton"), Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY2(m_page->message().startsWith(QLatin1String("Validity shortened")), qPrintable(m_page->message()));
    QCOMPARE(
        queryInt(store, QStringLiteral("SELECT valid_until FROM role_assignment WHERE id = %1").arg(m_initiatorGrant)),
        newEnd);

    // A request someone else made, rejected: the dialog names it, and a blank reason stays in the dialog.
    QTableView* pending = m_page->pendingTable();
    QPushButton* reject = button(m_page.get(), "rejectButton");
    int row = 0;
    for (; row < pending->model()->rowCount(); ++row) {
        pending->selectRow(row);
        if (reject->isEnabled())
            break;
    }
    QVERIFY2(row < pending->model()->rowCount(), "the demo store has a request by another supervisor");
    const qint64 request = pending->model()->index(row, 0).data(IdRole).toLongLong();
    const QString requestAgent = cellText(pending, row, 0);
    const QString requestRole = cellText(pending, row, 1);
    answered = false;
    test::answerNextModal<ReasonDialog>(
        this,
        [&](ReasonDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Reject request"));
            QVERIFY2(dialog->subject().contains(requestRole), qPrintable(dialog->subject()));
            QVERIFY2(dialog->subject().contains(requestAgent.section(QLatin1Char(' '), 0, 0)),
                     qPrintable(dialog->subject()));
            dialog->accept();
            QVERIFY2(dialog->isVisible(), "a rejection without a reason keeps the dialog open");
            QVERIFY2(dialog->problem().contains(QLatin1String("reason")), qPrintable(dialog->problem()));
            dialog->setReason(QStringLiteral("Not needed on the new rota"));
            dialog->accept();
        },
        &answered);
    QTest::mouseClick(reject, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(request)),
             qint64(AssignmentStatus::Rejected));
}

// The README's "type a name or employee number": Return on an employee number (not a whole entry of the list)
// chooses the one agent it names; a fragment shared by several agents says so and chooses nobody.
void RolesPageTest::typedEmployeeNumberChoosesTheAgent()
{
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("rolesAgent"));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("rolesAgentSummary"));
    auto* message = m_page->findChild<MessageBanner*>(QStringLiteral("rolesMessage"));
    QVERIFY(combo && summary && message);
    const QString number = m_store->store()
                               .database()
                               .queryText(QStringLiteral("SELECT employee_no FROM agent WHERE id = %1").arg(m_agent))
                               .value();
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), number);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QCOMPARE(combo->currentData().toLongLong(), m_agent);
    QVERIFY2(combo->currentText().startsWith(agentName(m_agent)), qPrintable(combo->currentText()));
    QVERIFY2(summary->text().contains(QLatin1String("in force")), qPrintable(summary->text()));

    // "E1" is in every employee number.
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("E1"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QVERIFY2(message->text().contains(QLatin1String("agents match")), qPrintable(message->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Choose an agent")), qPrintable(summary->text()));
}

void RolesPageTest::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_store.reset();
}

QTEST_MAIN(RolesPageTest)
#include "RolesPageTest.moc"
