// A time-bound assignment ends by itself (docs/roles.md): on a test clock the roles page shows its holder until the
// window's end, and at the next look after the clock passed it the assignment is expired, audited by "system", and
// no longer counted — without waiting for the window to run out.
#include "domain/Enums.h"
#include "item/RoleCatalogModel.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"
#include "support/TestClock.h"
#include "support/TestStore.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;

qint64 queryInt(Database& database, const QString& sql)
{
    auto value = database.queryInt(sql);
    return value ? *value : -1;
}

QString holdersOfRole(const RoleCatalogModel* roles, qint64 roleId)
{
    const int row = roles->rowOf(roleId);
    if (row < 0)
        return QStringLiteral("(role not listed)");
    return roles->index(row, RoleCatalogModel::HoldersColumn).data().toString();
}
} // namespace

class RoleExpiryClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeBoundAssignmentExpiresWhenTheClockPassesItsEnd();
};

void RoleExpiryClockTest::timeBoundAssignmentExpiresWhenTheClockPassesItsEnd()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    // Later than the store's creation, so that the console audit's times keep moving forward.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 60'000;
    test::TestClock clock(start);
    const qint64 end = start + 2 * HourMs;
    CUSTODIAN_VERIFY_OK(fixture.store().database().exec(
        QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
            "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'msilva', 'Marta Silva');"
            "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E0001', 'Ana Reis', 1, "
            "0);"
            "INSERT INTO role (id, code, name) VALUES (1, 'refunds_cover', 'Refunds cover');"
            "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
            "requested_by, requested_at) VALUES (1, 1, 1, %1, %2, %3, 'holiday cover', 1, %2)")
            .arg(int(AssignmentStatus::Active))
            .arg(start - 24 * HourMs)
            .arg(end)));
    auto reopened = fixture.reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    StoreSession session(fixture.path());
    QSignalSpy unlocked(&session, &StoreSession::unlocked);
    session.adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    Database& database = session.store()->database();
    QVERIFY(SyncState(database).setSupervisorId(1).ok());

    RolesPage page(&session, QStringLiteral("console:gui-test"));
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(holdersOfRole(page.roleModel(), 1), QStringLiteral("1"));

    // One millisecond before the end it is still in force.
    clock.set(end - 1);
    page.reload();
    QCOMPARE(queryInt(database, QStringLiteral("SELECT status FROM role_assignment WHERE id = 1")),
             qint64(AssignmentStatus::Active));
    QCOMPARE(holdersOfRole(page.roleModel(), 1), QStringLiteral("1"));

    // At the end it is over: expired at the next look, once, by "system", at the clock's time.
    clock.set(end);
    page.reload();
    QCOMPARE(queryInt(database, QStringLiteral("SELECT status FROM role_assignment WHERE id = 1")),
             qint64(AssignmentStatus::Expired));
    QCOMPARE(holdersOfRole(page.roleModel(), 1), QStringLiteral("0"));
    QCOMPARE(queryInt(database,
                      QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'assignment.expired' AND "
                                     "target = 'assignment:1' AND actor = 'system'")),
             1);
    clock.advance(HourMs);
    page.reload();
    QCOMPARE(
        queryInt(database, QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'assignment.expired'")),
        1);
}

QTEST_MAIN(RoleExpiryClockTest)
#include "RoleExpiryClockTest.moc"
