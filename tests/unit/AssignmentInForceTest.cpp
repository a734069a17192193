// "An assignment in force at instant t" at its edges: a window that starts at t is in force, one that ends at t is not;
// revoked, expired and pending assignments are not, whatever their window; an open-ended one is. Checked on the SQL
// condition itself and through a repository that asks it (the roles catalog's holders).
#include "store/AssignmentInForce.h"
#include "domain/Enums.h"
#include "store/Database.h"
#include "store/RoleCatalogRepository.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 T = 1'750'000'000'000; // 2025-06-15, an arbitrary instant
constexpr qint64 Hour = 3'600'000;

struct Case
{
    const char* name;
    AssignmentStatus status;
    qint64 from;
    std::optional<qint64> until;
    bool inForce;
};

const Case Cases[] = {
    { "starts at t", AssignmentStatus::Active, T, T + Hour, true },
    { "ends at t", AssignmentStatus::Active, T - Hour, T, false },
    { "ends just after t", AssignmentStatus::Active, T - Hour, T + 1, true },
    { "starts just after t", AssignmentStatus::Active, T + 1, std::nullopt, false },
    { "open-ended", AssignmentStatus::Active, T - Hour, std::nullopt, true },
    { "revoked, window around t", AssignmentStatus::Revoked, T - Hour, T + Hour, false },
    { "expired, window around t", AssignmentStatus::Expired, T - Hour, std::nullopt, false },
    { "pending, window around t", AssignmentStatus::Pending, T - Hour, T + Hour, false },
    { "rejected, window around t", AssignmentStatus::Rejected, T - Hour, T + Hour, false },
};
} // namespace

class AssignmentInForceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void conditionPinsTheEdges();
    void catalogHoldersFollowTheRule();

private:
    std::optional<TestStore> m_test;
};

void AssignmentInForceTest::init()
{
    m_test.emplace();
    QVERIFY2(m_test->isValid(), qPrintable(m_test->errorMessage()));
    Database& db = m_test->store().database();
    CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral(
        "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
        "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments');"
        "INSERT INTO supervisor (id, username, display_name) VALUES (1, 'msilva', 'Marta Silva');"
        "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E0001', 'Ana Reis', 1, 0)")));
    // One role per case, so that the catalog's holder count of each role is that case's answer.
    for (std::size_t i = 0; i < std::size(Cases); ++i) {
        const Case& c = Cases[i];
        const qint64 id = qint64(i) + 1;
        CUSTODIAN_VERIFY_OK(
            db.exec(QStringLiteral("INSERT INTO role (id, code, name) VALUES (%1, 'role_%1', 'Role %1')").arg(id)));
        CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO role_assignment (id, agent_id, role_id, status, "
                                                   "valid_from, valid_until, justification, requested_by, "
                                                   "requested_at) VALUES (%1, 1, %1, %2, %3, %4, 'test', 1, 0)")
                                        .arg(id)
                                        .arg(int(c.status))
                                        .arg(c.from)
                                        .arg(c.until ? QString::number(*c.until) : QStringLiteral("NULL"))));
    }
}

void AssignmentInForceTest::conditionPinsTheEdges()
{
    Database& db = m_test->store().database();
    auto statement = db.prepare(
        QStringLiteral("SELECT a.id FROM role_assignment a WHERE %1").arg(AssignmentInForce::condition(u"a", 1)));
    CUSTODIAN_VERIFY_OK(statement);
    statement->bind(1, T);
    std::vector<qint64> found;
    CUSTODIAN_VERIFY_OK(statement->forEachRow([&](const Statement& row) { found.push_back(row.int64(0)); }));
    for (std::size_t i = 0; i < std::size(Cases); ++i) {
        const bool inForce = std::find(found.begin(), found.end(), qint64(i) + 1) != found.end();
        QVERIFY2(inForce == Cases[i].inForce, Cases[i].name);
    }
}

void AssignmentInForceTest::catalogHoldersFollowTheRule()
{
    auto roles = RoleCatalogRepository(m_test->store().database()).roles(T);
    CUSTODIAN_VERIFY_OK(roles);
    QCOMPARE(roles->size(), std::size(Cases));
    for (const auto& role : *roles) {
        const Case& c = Cases[std::size_t(role.id - 1)];
        QVERIFY2(role.holders == (c.inForce ? 1 : 0), c.name);
    }
}

QTEST_GUILESS_MAIN(AssignmentInForceTest)
#include "AssignmentInForceTest.moc"
