// The detail of one access event: the event with its agent and record, the roles held AT THAT MOMENT (history,
// not today's status), training at that moment, and the session around it — checked against a seeded demo (whose
// promises in docs/demo-data.md are independent of this code) and against hand-made assignment histories; and the
// query plans, which must stay key look-ups at 10 M events.
#include "store/AccessEventDetailRepository.h"
#include "demo/DemoGenerator.h"
#include "domain/AccessEventId.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace custodian;
using Repo = AccessEventDetailRepository;

namespace {
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;

qint64 queryInt(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

std::vector<qint64> queryInts(Database& db, const QString& sql)
{
    std::vector<qint64> out;
    auto s = db.prepare(sql);
    if (!s)
        return out;
    while (true) {
        auto row = s->step();
        if (!row || !*row)
            break;
        out.push_back(s->int64(0));
    }
    return out;
}

bool run(Database& db, const QString& sql)
{
    return db.exec(sql).ok();
}
} // namespace

class AccessEventDetailRepositoryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;
    Database* m_db = nullptr;
    QJsonObject m_anomalies;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 3'000;
        options.seed = 11;
        options.end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.days = 60;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        m_db = &m_fixture->store().database();
        auto text = m_db->queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'demo_anomalies'"));
        CUSTODIAN_VERIFY_OK(text);
        m_anomalies = QJsonDocument::fromJson(text->toUtf8()).object();
    }

    void unknownEvent() { CUSTODIAN_VERIFY_ERROR(Repo::load(*m_db, 12345), Error::Code::NotFound); }

    // The event's own row and everything joined to it, against the tables read directly.
    void eventWithAgentAndRecord()
    {
        const qint64 id = queryInt(*m_db,
                                   QStringLiteral("SELECT id FROM access_event WHERE record_id IS NOT NULL AND "
                                                  "data_class = 2 ORDER BY id LIMIT 1 OFFSET 7"));
        QVERIFY(id > 0);
        auto detail = Repo::load(*m_db, id);
        CUSTODIAN_VERIFY_OK(detail);
        QCOMPARE(detail->event.id, id);
        QCOMPARE(detail->event.occurredAt, AccessEventId::occurredAt(id));
        QCOMPARE(int(detail->event.dataClass), int(DataClass::PaymentCard));
        QVERIFY(detail->agentKnown);
        auto s = m_db->prepare(QStringLiteral(
            "SELECT a.display_name, a.employee_no, t.name, s.name, w.hostname, r.masked, r.kind, e.session_id "
            "FROM access_event e JOIN agent a ON a.id = e.agent_id JOIN team t ON t.id = a.team_id JOIN site s ON "
            "s.id = t.site_id JOIN workstation w ON w.id = e.workstation_id JOIN customer_record r ON r.id = "
            "e.record_id WHERE e.id = ?"));
        QVERIFY(s.ok());
        s->bind(1, id);
        QVERIFY(*s->step());
        QCOMPARE(detail->agentName, s->text(0));
        QCOMPARE(detail->employeeNo, s->text(1));
        QCOMPARE(detail->teamName, s->text(2));
        QCOMPARE(detail->siteName, s->text(3));
        QCOMPARE(detail->workstationHostname, s->text(4));
        QCOMPARE(detail->recordMasked, s->text(5));
        QCOMPARE(detail->recordKind, QStringLiteral("card"));
        QCOMPARE(detail->event.sessionId, s->int64(7));
        QVERIFY(detail->recordKnown);
        // A console holds no card number: the central service reveals it (docs/security-notes.md).
        QVERIFY(!detail->recordSealed);
        QVERIFY(detail->recordDataClass == DataClass::PaymentCard);
        QVERIFY(!detail->siteTimezone.isEmpty());
        QVERIFY(!detail->shiftName.isEmpty());
        QVERIFY(detail->recordMasked.contains(QLatin1String("******")));
    }

    // The whole session, in time order, the event itself included — for sessions of every length in the store.
    void sessionEvents()
    {
        const auto ids = queryInts(*m_db, QStringLiteral("SELECT id FROM access_event WHERE id % 17 = 3 LIMIT 60"));
        QVERIFY(ids.size() > 20);
        for (qint64 id : ids) {
            auto detail = Repo::load(*m_db, id);
            CUSTODIAN_VERIFY_OK(detail);
            const auto expected = queryInts(*m_db,
                                            QStringLiteral("SELECT id FROM access_event WHERE agent_id = %1 AND "
                                                           "session_id = %2 ORDER BY occurred_at, id")
                                                .arg(detail->event.agentId)
                                                .arg(detail->event.sessionId));
            std::vector<qint64> got;
            for (const auto& e : detail->sessionEvents)
                got.push_back(e.id);
            QCOMPARE(got, expected);
            QVERIFY(!detail->moreSessionEventsBefore && !detail->moreSessionEventsAfter);
            for (const auto& e : detail->sessionEvents) {
                if (e.recordId != 0)
                    QVERIFY(!e.recordMasked.isEmpty());
                QVERIFY(!e.workstation.isEmpty());
            }
        }
    }

    // A capped session keeps the events around the selected one and says on which side there are more.
    void sessionCap()
    {
        const QJsonObject bulk = m_anomalies.value(QStringLiteral("bulk_access")).toObject();
        const QJsonObject episode = bulk.value(QStringLiteral("episodes")).toArray().first().toObject();
        const qint64 agent = episode.value(QStringLiteral("agent_id")).toInteger();
        const qint64 session = episode.value(QStringLiteral("session_id")).toInteger();
        const auto all = queryInts(*m_db,
                                   QStringLiteral("SELECT id FROM access_event WHERE agent_id = %1 AND session_id = %2 "
                                                  "ORDER BY occurred_at, id")
                                       .arg(agent)
                                       .arg(session));
        QVERIFY(all.size() > 100);
        Repo::Options options;
        options.sessionEventCap = 10;
        struct Case
        {
            std::size_t index;
            std::size_t firstKept;
            bool before, after;
        };
        const Case cases[] = {
            { 0, 0, false, true }, // first: the next 9 after it
            { 2, 0, false, true }, // near the start: 2 before, 8 after
            { all.size() / 2, all.size() / 2 - 5, true, true }, // middle: 5 before, itself and 4 after
            { all.size() - 1, all.size() - 10, true, false }, // last: the 9 before it
        };
        for (const Case& c : cases) {
            auto detail = Repo::load(*m_db, all[c.index], options);
            CUSTODIAN_VERIFY_OK(detail);
            QCOMPARE(detail->sessionEvents.size(), std::size_t(10));
            for (std::size_t i = 0; i < 10; ++i)
                QCOMPARE(detail->sessionEvents[i].id, all[c.firstKept + i]);
            QCOMPARE(detail->moreSessionEventsBefore, c.before);
            QCOMPARE(detail->moreSessionEventsAfter, c.after);
        }
        // The default cap (500) holds the whole of a demo bulk session.
        auto full = Repo::load(*m_db, all[all.size() / 2]);
        CUSTODIAN_VERIFY_OK(full);
        QCOMPARE(full->sessionEvents.size(), all.size());
    }

    // Card data in the demo is opened only inside the payments role's window and, except the planted anomalies,
    // only with a valid PCI DSS module (docs/demo-data.md). The detail must say the same at every card event.
    void rolesAndTrainingAtCardEvents()
    {
        const auto ids = queryInts(*m_db, QStringLiteral("SELECT id FROM access_event WHERE data_class = 2"));
        QVERIFY(ids.size() > 50);
        const QString validPci = QStringLiteral(
            "SELECT count(*) FROM access_event e WHERE e.id = %1 AND EXISTS (SELECT 1 FROM training_record r WHERE "
            "r.agent_id = e.agent_id AND r.module_id = 1 AND r.passed = 1 AND r.completed_at <= e.occurred_at AND "
            "r.expires_at > e.occurred_at)");
        int invalid = 0;
        for (qint64 id : ids) {
            auto detail = Repo::load(*m_db, id);
            CUSTODIAN_VERIFY_OK(detail);
            bool cardRole = false;
            for (const auto& role : detail->roles) {
                cardRole = cardRole || role.dataClasses.contains(QStringLiteral("payment_card"));
                QVERIFY(role.validFrom <= detail->event.occurredAt);
                QVERIFY(!role.validUntilAtTime || detail->event.occurredAt < *role.validUntilAtTime);
            }
            QVERIFY2(cardRole, qPrintable(QStringLiteral("event %1: no role allowing card data").arg(id)));
            const Repo::TrainingAtTime* pci = nullptr;
            for (const auto& t : detail->training) {
                if (t.moduleId == 1)
                    pci = &t;
            }
            QVERIFY2(pci, "PCI DSS is required by the payments roles");
            QVERIFY(pci->requiredBy.contains(QStringLiteral("payments_agent")) || !pci->requiredBy.isEmpty());
            const bool valid = queryInt(*m_db, validPci.arg(id)) == 1;
            QCOMPARE(pci->state == Repo::TrainingState::Valid, valid);
            if (valid) {
                QVERIFY(*pci->completedAt <= detail->event.occurredAt);
                QVERIFY(detail->event.occurredAt < *pci->expiresAt);
            }
            invalid += valid ? 0 : 1;
        }
        QCOMPARE(invalid,
                 m_anomalies.value(QStringLiteral("payment_data_without_training"))
                     .toObject()
                     .value(QStringLiteral("events"))
                     .toInt());
        QVERIFY(invalid > 0);
    }

    // Each reason the demo plants for card data without training shows as its own state.
    void trainingStatesOfPlantedAgents()
    {
        const QJsonArray episodes = m_anomalies.value(QStringLiteral("payment_data_without_training"))
                                        .toObject()
                                        .value(QStringLiteral("episodes"))
                                        .toArray();
        int checked = 0;
        for (const QJsonValue& value : episodes) {
            const QJsonObject e = value.toObject();
            if (e.value(QStringLiteral("events")).toInteger() == 0)
                continue;
            auto detail = Repo::load(*m_db, e.value(QStringLiteral("first_event_id")).toInteger());
            CUSTODIAN_VERIFY_OK(detail);
            const QString reason = e.value(QStringLiteral("reason")).toString();
            Repo::TrainingState state = Repo::TrainingState::Valid;
            for (const auto& t : detail->training) {
                if (t.moduleId == 1)
                    state = t.state;
            }
            if (reason == QLatin1String("never_trained"))
                QVERIFY2(state == Repo::TrainingState::Never || state == Repo::TrainingState::Overdue
                             || state == Repo::TrainingState::Assigned,
                         qPrintable(reason));
            else // expired, and failed (the re-take failed after the pass had expired)
                QVERIFY2(state == Repo::TrainingState::Expired, qPrintable(reason));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    // After leaving: departed at that moment, and the leaver's grants (revoked hours after departure) no longer held.
    void accessAfterLeaving()
    {
        const QJsonArray episodes = m_anomalies.value(QStringLiteral("inactive_agent_access"))
                                        .toObject()
                                        .value(QStringLiteral("episodes"))
                                        .toArray();
        QVERIFY(!episodes.isEmpty());
        for (const QJsonValue& value : episodes) {
            const QJsonObject e = value.toObject();
            auto detail = Repo::load(*m_db, e.value(QStringLiteral("first_event_id")).toInteger());
            CUSTODIAN_VERIFY_OK(detail);
            QCOMPARE(int(detail->agentStatusAtTime), int(AgentStatus::Departed));
            QCOMPARE(int(detail->agentStatusNow), int(AgentStatus::Departed));
            QVERIFY(detail->roles.empty());
            // One day before leaving the same agent was active and held roles.
            const qint64 departed = e.value(QStringLiteral("departed_at")).toInteger();
            const qint64 earlier = queryInt(*m_db,
                                            QStringLiteral("SELECT max(id) FROM access_event WHERE agent_id = %1 AND "
                                                           "occurred_at < %2")
                                                .arg(e.value(QStringLiteral("agent_id")).toInteger())
                                                .arg(departed));
            if (earlier > 0) {
                auto before = Repo::load(*m_db, earlier);
                CUSTODIAN_VERIFY_OK(before);
                QCOMPARE(int(before->agentStatusAtTime), int(AgentStatus::Active));
                QVERIFY(!before->roles.empty());
            }
        }
    }

    // Hand-made histories: what today's status says is not what held at the moment.
    void assignmentHistoryAtTheMoment()
    {
        const qint64 agent = 90'001;
        const qint64 t = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 sup1 = queryInt(*m_db, QStringLiteral("SELECT min(id) FROM supervisor"));
        const qint64 sup2 = queryInt(*m_db, QStringLiteral("SELECT max(id) FROM supervisor"));
        const qint64 team = queryInt(*m_db, QStringLiteral("SELECT min(id) FROM team"));
        QVERIFY(sup1 > 0 && sup2 > sup1 && team > 0);
        QVERIFY(run(*m_db,
                    QStringLiteral("INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES "
                                   "(%1, 'E9990001', 'Test Agent', %2, %3)")
                        .arg(agent)
                        .arg(team)
                        .arg(t - 400 * Day)));
        const qint64 eventId = AccessEventId::make(t, 0);
        QVERIFY(run(*m_db,
                    QStringLiteral("INSERT INTO access_event (id, occurred_at, agent_id, data_class, action, outcome, "
                                   "channel, session_id) VALUES (%1, %2, %3, 0, 6, 1, 1, 777)")
                        .arg(eventId)
                        .arg(t)
                        .arg(agent)));
        // Role ids from the demo: 1 agent_basic … 10 workforce_admin (docs/demo-data.md).
        struct A
        {
            qint64 id, role;
            int status;
            qint64 from;
            std::optional<qint64> until, approved, ended;
            bool expectHeld;
            // history: (changed_at, new_status, old_until, new_until)
            std::vector<std::tuple<qint64, std::optional<int>, std::optional<qint64>, std::optional<qint64>>> changes;
        };
        const std::optional<qint64> none;
        const std::vector<A> cases = {
            // revoked a week after t: held at t
            { 90'101,
              1,
              4,
              t - 90 * Day,
              none,
              t - 91 * Day,
              t + 7 * Day,
              true,
              { { t - 92 * Day, 1, none, none }, { t - 91 * Day, 2, none, none }, { t + 7 * Day, 4, none, none } } },
            // revoked a day before t: not held
            { 90'102,
              2,
              4,
              t - 90 * Day,
              none,
              t - 91 * Day,
              t - Day,
              false,
              { { t - 92 * Day, 1, none, none }, { t - 91 * Day, 2, none, none }, { t - Day, 4, none, none } } },
            // active today, but approved only after t (pending at t): not held
            { 90'103,
              3,
              2,
              t - 10 * Day,
              none,
              t + Day,
              none,
              false,
              { { t - 12 * Day, 1, none, none }, { t + Day, 2, none, none } } },
            // rejected: never held
            { 90'104,
              4,
              3,
              t - 10 * Day,
              none,
              none,
              t - 5 * Day,
              false,
              { { t - 12 * Day, 1, none, none }, { t - 5 * Day, 3, none, none } } },
            // expired a moment before t: not held; expired today but valid at t: held
            { 90'105,
              5,
              5,
              t - 30 * Day,
              t - 1,
              t - 31 * Day,
              t - 1,
              false,
              { { t - 32 * Day, 1, t - 1, t - 1 }, { t - 31 * Day, 2, t - 1, t - 1 }, { t - 1, 5, t - 1, t - 1 } } },
            { 90'106,
              6,
              5,
              t - 30 * Day,
              t + 1,
              t - 31 * Day,
              t + 1,
              true,
              { { t - 32 * Day, 1, t + 1, t + 1 }, { t - 31 * Day, 2, t + 1, t + 1 }, { t + 1, 5, t + 1, t + 1 } } },
            // shortened after t to end before t: still held at t (valid_until at t was the old one)
            { 90'107,
              7,
              2,
              t - 60 * Day,
              t - 2 * Day,
              t - 61 * Day,
              none,
              true,
              { { t - 62 * Day, 1, t + 60 * Day, t + 60 * Day },
                { t - 61 * Day, 2, t + 60 * Day, t + 60 * Day },
                { t + 3 * Day, std::optional<int>(), t + 60 * Day, t - 2 * Day } } },
            // starts after t: not held
            { 90'108,
              8,
              2,
              t + Day,
              none,
              t - Day,
              none,
              false,
              { { t - 2 * Day, 1, none, none }, { t - Day, 2, none, none } } },
            // no history: the columns decide — revoked after t (held), approved after t (not held)
            { 90'109, 9, 4, t - 20 * Day, none, t - 21 * Day, t + Day, true, {} },
            { 90'110, 10, 2, t - 20 * Day, none, t + 2 * Day, none, false, {} },
        };
        auto opt = [](std::optional<qint64> v) { return v ? QString::number(*v) : QStringLiteral("NULL"); };
        for (const A& a : cases) {
            QVERIFY2(run(*m_db,
                         QStringLiteral("INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, "
                                        "valid_until, justification, requested_by, requested_at, approved_by, "
                                        "approved_at, ended_at) VALUES (%1, %2, %3, %4, %5, %6, 'test', %7, %8, %9, "
                                        "%10, %11)")
                             .arg(a.id)
                             .arg(agent)
                             .arg(a.role)
                             .arg(a.status)
                             .arg(a.from)
                             .arg(opt(a.until))
                             .arg(sup1)
                             .arg(a.from - 3 * Day)
                             .arg(a.approved ? QString::number(sup2) : QStringLiteral("NULL"))
                             .arg(opt(a.approved))
                             .arg(opt(a.ended))),
                     qPrintable(QString::number(a.id)));
            for (const auto& [at, status, oldUntil, newUntil] : a.changes) {
                QVERIFY(run(*m_db,
                            QStringLiteral("INSERT INTO role_assignment_change (assignment_id, changed_at, change, "
                                           "new_status, old_valid_until, new_valid_until) VALUES (%1, %2, 'x', %3, "
                                           "%4, %5)")
                                .arg(a.id)
                                .arg(at)
                                .arg(status ? QString::number(*status) : QStringLiteral("NULL"))
                                .arg(opt(oldUntil))
                                .arg(opt(newUntil))));
            }
        }
        // Training for PCI DSS (module 1, required by roles 2, 6, 7, 9): a pass that expired before t and a failed
        // re-take → Expired; GDPR (module 2): a pass valid at t → Valid.
        QVERIFY(
            run(*m_db,
                QStringLiteral("INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, "
                               "score, passed, expires_at) VALUES (%1, 1, %2, %3, %4, 90, 1, %5), "
                               "(%1, 1, %6, %7, %8, 40, 0, NULL), (%1, 2, %2, %3, %4, 90, 1, %9)")
                    .arg(agent)
                    .arg(t - 500 * Day)
                    .arg(t - 480 * Day)
                    .arg(t - 490 * Day)
                    .arg(t - 125 * Day)
                    .arg(t - 20 * Day)
                    .arg(t + 10 * Day)
                    .arg(t - 3 * Day)
                    .arg(t + 200 * Day)));

        auto detail = Repo::load(*m_db, eventId);
        CUSTODIAN_VERIFY_OK(detail);
        std::vector<qint64> held;
        for (const auto& role : detail->roles)
            held.push_back(role.assignmentId);
        std::vector<qint64> expected;
        for (const A& a : cases) {
            if (a.expectHeld)
                expected.push_back(a.id);
        }
        std::sort(held.begin(), held.end());
        QCOMPARE(held, expected);
        for (const auto& role : detail->roles) {
            if (role.assignmentId == 90'107)
                QCOMPARE(role.validUntilAtTime, std::optional<qint64>(t + 60 * Day));
            if (role.assignmentId == 90'101)
                QCOMPARE(int(role.currentStatus), int(AssignmentStatus::Revoked));
        }
        std::map<qint64, Repo::TrainingState> states;
        for (const auto& training : detail->training)
            states[training.moduleId] = training.state;
        QCOMPARE(int(states[1]), int(Repo::TrainingState::Expired));
        QCOMPARE(int(states[2]), int(Repo::TrainingState::Valid));
        QVERIFY(detail->sessionEvents.size() == 1 && detail->sessionEvents.front().id == eventId);
    }

    // Key look-ups only: no scan of access_event (nor of the per-agent tables), and the session comes in index
    // order without a sort. A regression here is what would make the pane slow at 10 M events.
    void queryPlansUseIndexes()
    {
        for (const QString& sql : Repo::queriesForPlanCheck()) {
            auto plan = m_db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            CUSTODIAN_VERIFY_OK(plan);
            for (int i = 1; i <= 7; ++i) // unbound parameters are NULL; the plan does not depend on values
                plan->bind(i, qint64(1));
            QStringList lines;
            while (*plan->step())
                lines << plan->text(plan->columnCount() - 1);
            const QString text = lines.join(QLatin1Char('\n'));
            for (const QString& table :
                 { QStringLiteral("access_event"), QStringLiteral("role_assignment"), QStringLiteral("training_record"),
                   QStringLiteral("role_assignment_change") }) {
                QVERIFY2(!text.contains(QStringLiteral("SCAN TABLE %1 ").arg(table))
                             && !text.endsWith(QStringLiteral("SCAN TABLE %1").arg(table)),
                         qPrintable(sql + QStringLiteral("\n") + text));
            }
            if (sql.contains(QLatin1String("e.session_id = "))) {
                QVERIFY2(text.contains(QLatin1String("access_event_agent_time")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(AccessEventDetailRepositoryTest)
#include "AccessEventDetailRepositoryTest.moc"
