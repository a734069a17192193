// Access-review campaigns on a small hand-built store: which assignments a scope covers, each item's evidence against
// hand-computed answers, bulk decisions applied as real revocations (all or none), the default at close (only once the
// campaign is due, unless every item is decided), a reviewer other than the creator where the organisation says so,
// and the refusals (closed campaign, not the reviewer, decided already, bad drafts), each of which writes nothing.
// And the campaign's report (ReviewReport): its file appears with its "review.export" entry, or neither does and
// nothing is left in the folder.
#include "rules/ReviewWorkflow.h"
#include "domain/ReviewCampaign.h"
#include "export/ReviewReport.h"
#include "store/Database.h"
#include "store/RecordAccessReader.h"
#include "store/ReviewCampaignRepository.h"
#include "store/ReviewEvidenceReader.h"
#include "store/ReviewListReader.h"
#include "store/RoleHolderHistory.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 DayMs = 86'400'000;
// 2026-12-01T12:00:00Z: a fixed "now" so that every window below is computed by hand.
constexpr qint64 Now = 1'796'126'400'000;
constexpr qint64 Today = Now / DayMs;

qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

// What a refusal must leave untouched.
struct Footprint
{
    qint64 campaigns, items, decided, audit, outbox, ended;
    static Footprint of(Database& db)
    {
        return { count(db, QStringLiteral("SELECT count(*) FROM review_campaign")),
                 count(db, QStringLiteral("SELECT count(*) FROM review_item")),
                 count(db, QStringLiteral("SELECT count(*) FROM review_item WHERE decision IS NOT NULL")),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit")),
                 count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")),
                 count(db,
                       QStringLiteral("SELECT count(*) FROM role_assignment WHERE status <> 2 OR valid_until IS "
                                      "NOT NULL")) };
    }
    bool operator==(const Footprint&) const = default;
};
} // namespace

class ReviewWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    ReviewWorkflow::Actor m_reviewer { 1, QStringLiteral("console:msilva") };
    ReviewWorkflow::Actor m_other { 2, QStringLiteral("console:jcosta") };
    ReviewWorkflow::Actor m_third { 3, QStringLiteral("console:rnunes") };

    Database& db() { return m_store->store().database(); }

    ReviewRules::Draft teamDraft(qint64 team = 1)
    {
        ReviewRules::Draft draft;
        draft.name = QStringLiteral("Payments Q4");
        draft.scope = ReviewScope::Team;
        draft.scopeId = team;
        draft.reviewerId = 1;
        draft.dueAt = Now + 14 * DayMs;
        draft.evidenceDays = 90;
        draft.now = Now;
        return draft;
    }

    qint64 itemFor(qint64 campaignId, qint64 assignmentId)
    {
        return count(db(),
                     QStringLiteral("SELECT id FROM review_item WHERE campaign_id = %1 AND assignment_id = %2")
                         .arg(campaignId)
                         .arg(assignmentId));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        const QString sql
            = QStringLiteral(
                  "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', "
                  "'PT');"
                  "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments'), (2, 1, 'Complaints');"
                  "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', "
                  "1), "
                  "(2, 'jcosta', 'João Costa', 1), (3, 'rnunes', 'Rui Nunes', 1);"
                  "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (1, 'E1', 'Ana Lima', "
                  "1, 0), "
                  "(2, 'E2', 'Bruno Reis', 1, 0), (3, 'E3', 'Carla Dias', 2, 0);"
                  "INSERT INTO permission (id, code, description) VALUES (1, 'refund.approve', 'Approve'), (2, "
                  "'customer.export', 'Export one customer');"
                  "INSERT INTO training_module (id, code, title, framework, validity_days, pass_score) VALUES (1, "
                  "'pci', "
                  "'PCI DSS awareness', 'PCI DSS', 365, 80);"
                  "INSERT INTO role (id, code, name, sensitive) VALUES (7, 'refunds_approver', 'Refunds approver', 0), "
                  "(8, "
                  "'quality_reviewer', 'Quality reviewer', 0), (9, 'data_exporter', 'Data exporter', 1);"
                  "INSERT INTO role_permission VALUES (7, 1), (7, 2), (9, 2);"
                  "INSERT INTO role_data_class VALUES (7, 2), (8, 3), (9, 1);"
                  "INSERT INTO role_training_requirement VALUES (7, 1);"
                  // Assignments the central service knows (positive ids), one pending, one granted here (negative id).
                  "INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, valid_until, justification, "
                  "requested_by, requested_at, server_version) VALUES "
                  "(101, 1, 7, 2, 0, NULL, 'Refunds', 1, 0, 1), (102, 2, 7, 2, 0, NULL, 'Refunds', 1, 0, 1), "
                  "(103, 2, 8, 2, 0, NULL, 'Quality', 1, 0, 1), (104, 3, 7, 2, 0, NULL, 'Refunds', 1, 0, 1), "
                  "(105, 1, 8, 1, 0, NULL, 'Asked', 1, 0, 1), (-1, 1, 9, 2, 0, NULL, 'Local', 1, 0, NULL);"
                  // Ana: payment-card use 5 days ago (10 granted, 3 refused) and 100 days ago (outside 90 days).
                  "INSERT INTO access_daily_agent (agent_id, day, data_class, outcome, events) VALUES "
                  "(1, %1, 2, 1, 10), (1, %1, 2, 2, 3), (1, %2, 2, 1, 4), (2, %1, 3, 1, 6);"
                  // Ana's exports: one granted 2 days ago, one denied, one 200 days ago; a view does not count.
                  "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, "
                  "channel, "
                  "session_id) VALUES (1, %3, 1, NULL, 2, 4, 1, 4, 1), (2, %4, 1, NULL, 2, 4, 2, 4, 1), (3, %5, 1, "
                  "NULL, "
                  "2, 8, 1, 4, 1), (4, %3 + 1, 1, NULL, 2, 1, 1, 4, 1);"
                  // Training: Ana current, Bruno expired 10 days ago.
                  "INSERT INTO training_record (agent_id, module_id, assigned_at, due_at, completed_at, score, passed, "
                  "expires_at) VALUES (1, 1, 0, 1, %6, 90, 1, %7), (2, 1, 0, 1, %6, 90, 1, %8);"
                  "INSERT INTO finding (kind, severity, control_ref, agent_id, detected_at, window_start, window_end, "
                  "summary, dedupe_key, status) VALUES (1, 2, 'PCI DSS 10.2.1', 1, %3, %3, %3, 'Off-hours access', "
                  "'k1', "
                  "1), (2, 3, 'GDPR Art. 32', 1, %3, %3, %3, 'Bulk access (dismissed)', 'k2', 3);"
                  "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) "
                  "VALUES "
                  "(1, 'INC-2026-0001', 'Vishing call', 3, 'social_engineering', 2, %3, %3);"
                  "INSERT INTO incident_agent (incident_id, agent_id, involvement) VALUES (1, 2, 'victim');")
                  .arg(Today - 5)
                  .arg(Today - 100)
                  .arg(Now - 2 * DayMs)
                  .arg(Now - 3 * DayMs)
                  .arg(Now - 200 * DayMs)
                  .arg(Now - 30 * DayMs)
                  .arg(Now + 100 * DayMs)
                  .arg(Now - 10 * DayMs);
        CUSTODIAN_VERIFY_OK(db().exec(sql));
        CUSTODIAN_VERIFY_OK(SyncState(db()).setSupervisorId(1));
    }

    void evidenceAgainstHandComputedAnswers()
    {
        ReviewEvidenceReader reader(db());
        auto ana = reader.read(1, 7, Now, 90);
        CUSTODIAN_VERIFY_OK(ana);
        QCOMPARE(ana->classUse.size(), std::size_t(1));
        QVERIFY(ana->classUse.front().dataClass == DataClass::PaymentCard);
        QCOMPARE(ana->classUse.front().events, qint64(10));
        QCOMPARE(ana->classUse.front().refused, qint64(3));
        QCOMPARE(ana->classUse.front().activeDays, 1);
        QCOMPARE(*ana->classUse.front().lastDay, (Today - 5) * DayMs);
        QCOMPARE(ana->exports.value_or(-1), qint64(1));
        QVERIFY(ana->trainingCurrent());
        QCOMPARE(ana->openFindings.size(), std::size_t(1));
        QCOMPARE(ana->openFindings.front().summary, QStringLiteral("Off-hours access"));
        QVERIFY(ana->incidents.empty());
        QVERIFY(!ana->unused());

        // The same agent over 200 days: the older day counts too.
        auto longer = reader.read(1, 7, Now, 200);
        CUSTODIAN_VERIFY_OK(longer);
        QCOMPARE(longer->classUse.front().events, qint64(14));
        QCOMPARE(longer->classUse.front().activeDays, 2);

        // Bruno holds the refunds role without touching payment cards: unused; his training expired.
        auto bruno = reader.read(2, 7, Now, 90);
        CUSTODIAN_VERIFY_OK(bruno);
        QCOMPARE(bruno->classUse.front().events, qint64(0));
        QVERIFY(bruno->unused());
        QVERIFY(!bruno->trainingCurrent());
        QCOMPARE(bruno->incidents.size(), std::size_t(1));
        QCOMPARE(bruno->incidents.front().reference, QStringLiteral("INC-2026-0001"));
        // The quality role opens communications, which he did use; it permits no export: no export count.
        auto quality = reader.read(2, 8, Now, 90);
        CUSTODIAN_VERIFY_OK(quality);
        QCOMPARE(quality->classUse.front().events, qint64(6));
        QVERIFY(!quality->exports.has_value());
        QVERIFY(quality->training.empty());
    }

    void campaignCoversTheScopeOnly()
    {
        auto created = ReviewWorkflow::create(db(), teamDraft(), m_reviewer);
        CUSTODIAN_VERIFY_OK(created);
        QCOMPARE(created->items, 3); // 101, 102, 103; not the pending request, not the unsynced grant
        QVERIFY(created->campaignId > 0 && created->campaignId < (qint64(1) << 53));
        for (qint64 assignment : { 101, 102, 103 })
            QVERIFY(itemFor(created->campaignId, assignment) > 0);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.create' AND "
                                      "target = 'review:%1'")
                           .arg(created->campaignId)),
                 qint64(1));
        auto payload = db().queryText(QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = 'review.campaign' "
                                                     "AND entity_id = %1")
                                          .arg(created->campaignId));
        CUSTODIAN_VERIFY_OK(payload);
        const QJsonObject wire = QJsonDocument::fromJson(payload->toUtf8()).object();
        QCOMPARE(wire.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(wire.value(QStringLiteral("items")).toArray().size(), 3);

        auto site = teamDraft();
        site.scope = ReviewScope::Site;
        site.scopeId = 1;
        auto bySite = ReviewWorkflow::create(db(), site, m_reviewer);
        CUSTODIAN_VERIFY_OK(bySite);
        QCOMPARE(bySite->items, 4);
        auto role = teamDraft();
        role.scope = ReviewScope::Role;
        role.scopeId = 7;
        auto byRole = ReviewWorkflow::create(db(), role, m_reviewer);
        CUSTODIAN_VERIFY_OK(byRole);
        QCOMPARE(byRole->items, 3);
    }

    void badDraftsAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << 0 << QStringLiteral("needs a name");
        QTest::newRow("due in the past") << 1 << QStringLiteral("not in the future");
        QTest::newRow("unknown team") << 2 << QStringLiteral("There is no team 99");
        QTest::newRow("evidence window") << 3 << QStringLiteral("1 to 3650 days");
        QTest::newRow("default shorten") << 4 << QStringLiteral("keep or revoke");
        QTest::newRow("unknown reviewer") << 5 << QStringLiteral("no supervisor 42");
        QTest::newRow("nothing synced in scope") << 6 << QStringLiteral("Nothing to review");
    }

    void badDraftsAreRefusedAndWriteNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        auto draft = teamDraft();
        switch (which) {
        case 0:
            draft.name = QStringLiteral("   ");
            break;
        case 1:
            draft.dueAt = Now - 1;
            break;
        case 2:
            draft.scopeId = 99;
            break;
        case 3:
            draft.evidenceDays = 0;
            break;
        case 4:
            draft.defaultDecision = ReviewDecision::Shorten;
            break;
        case 5:
            draft.reviewerId = 42;
            break;
        case 6:
            draft.scope = ReviewScope::SensitiveRoles; // only the data exporter grant made here, not synced yet
            break;
        }
        const Footprint before = Footprint::of(db());
        auto created = ReviewWorkflow::create(db(), draft, m_reviewer);
        QVERIFY(!created);
        QVERIFY2(created.error().message().contains(expected), qPrintable(created.error().message()));
        QVERIFY(Footprint::of(db()) == before);
    }

    void bulkRevokeIsRealAndAllOrNothing()
    {
        auto created = ReviewWorkflow::create(db(), teamDraft(), m_reviewer);
        CUSTODIAN_VERIFY_OK(created);
        const qint64 anaRefunds = itemFor(created->campaignId, 101);
        const qint64 brunoRefunds = itemFor(created->campaignId, 102);
        const qint64 brunoQuality = itemFor(created->campaignId, 103);

        // Refusals first: each writes nothing.
        const Footprint start = Footprint::of(db());
        auto notReviewer = ReviewWorkflow::decide(db(), { anaRefunds }, ReviewDecision::Keep, QStringLiteral("ok"),
                                                  std::nullopt, m_other, Now);
        QVERIFY(!notReviewer);
        QVERIFY(notReviewer.error().message().contains(QLatin1String("not the reviewer")));
        auto noReason = ReviewWorkflow::decide(db(), { anaRefunds }, ReviewDecision::Keep, QStringLiteral("  "),
                                               std::nullopt, m_reviewer, Now);
        QVERIFY(!noReason);
        QVERIFY(noReason.error().message().contains(QLatin1String("justification")));
        auto noEnd = ReviewWorkflow::decide(db(), { brunoQuality }, ReviewDecision::Shorten, QStringLiteral("x"),
                                            std::nullopt, m_reviewer, Now);
        QVERIFY(!noEnd);
        QVERIFY(Footprint::of(db()) == start);

        // A bulk whose second item fails rolls back the first item's change too: Bruno's refunds role can end in 5
        // days, his quality role ends in 3 days already and cannot be "shortened" to later.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("UPDATE role_assignment SET valid_until = %1 WHERE id = 103").arg(Now + 3 * DayMs)));
        const Footprint shortenable = Footprint::of(db());
        auto partly = ReviewWorkflow::decide(db(), { brunoRefunds, brunoQuality }, ReviewDecision::Shorten,
                                             QStringLiteral("Seasonal"), Now + 5 * DayMs, m_reviewer, Now);
        QVERIFY(!partly);
        QVERIFY2(partly.error().message().startsWith(QStringLiteral("Bruno Reis (E2) — Quality reviewer: ")),
                 qPrintable(partly.error().message()));
        QVERIFY(Footprint::of(db()) == shortenable);
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM role_assignment WHERE id = 102 AND valid_until IS "
                                      "NULL")),
                 qint64(1));

        // Bulk revoke of two: both assignments end, each with its history line, audit and outbox entries.
        CUSTODIAN_VERIFY_OK(ReviewWorkflow::decide(db(), { anaRefunds, brunoRefunds }, ReviewDecision::Revoke,
                                                   QStringLiteral("Refunds moved to the back office"), std::nullopt,
                                                   m_reviewer, Now));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM role_assignment WHERE id IN (101, 102) AND status = "
                                      "4 AND ended_at = %1 AND ended_by = 1")
                           .arg(Now)),
                 qint64(2));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM role_assignment_change WHERE assignment_id IN (101, "
                                      "102) AND change = 'revoked' AND reason LIKE 'Access review “Payments "
                                      "Q4”: Refunds moved%'")),
                 qint64(2));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.decide'")),
                 qint64(2));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'assignment.revoke'")),
                 qint64(2));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'review.decision'")),
                 qint64(2));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'assignment.change' AND "
                                      "entity_id IN (101, 102) AND base_version = 1")),
                 qint64(2));

        // Deciding again, or a bulk that includes a decided item, is refused as a whole.
        const Footprint decided = Footprint::of(db());
        auto again = ReviewWorkflow::decide(db(), { brunoQuality, anaRefunds }, ReviewDecision::Keep,
                                            QStringLiteral("x"), std::nullopt, m_reviewer, Now);
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(QLatin1String("decided already")));
        QVERIFY(Footprint::of(db()) == decided);

        // Progress as the list shows it.
        auto row = ReviewListReader(db()).campaign(created->campaignId);
        CUSTODIAN_VERIFY_OK(row);
        QCOMPARE((*row)->items, 3);
        QCOMPARE((*row)->decided, 2);
        QCOMPARE((*row)->revoked, 2);
    }

    void closeAppliesTheDefault()
    {
        auto draft = teamDraft();
        draft.defaultDecision = ReviewDecision::Revoke;
        auto created = ReviewWorkflow::create(db(), draft, m_reviewer);
        CUSTODIAN_VERIFY_OK(created);
        const qint64 anaRefunds = itemFor(created->campaignId, 101);
        CUSTODIAN_VERIFY_OK(ReviewWorkflow::decide(db(), { anaRefunds }, ReviewDecision::Keep,
                                                   QStringLiteral("Approves refunds daily"), std::nullopt, m_reviewer,
                                                   Now));
        // Only the reviewer or the creator closes.
        const Footprint before = Footprint::of(db());
        auto stranger = ReviewWorkflow::close(db(), created->campaignId, m_third, Now + 15 * DayMs);
        QVERIFY(!stranger);
        QVERIFY(Footprint::of(db()) == before);
        // Not before the due date while items are undecided: the default must not decide what nobody looked at.
        auto early = ReviewWorkflow::close(db(), created->campaignId, m_reviewer, Now + DayMs);
        QVERIFY(!early);
        QVERIFY2(early.error().message().contains(QLatin1String("not decided yet")),
                 qPrintable(early.error().message()));
        QVERIFY(Footprint::of(db()) == before);

        auto closed = ReviewWorkflow::close(db(), created->campaignId, m_reviewer, Now + 15 * DayMs);
        CUSTODIAN_VERIFY_OK(closed);
        QCOMPARE(closed->defaulted, 2);
        QCOMPARE(closed->revoked, 2);
        QCOMPARE(count(db(), QStringLiteral("SELECT status FROM role_assignment WHERE id = 101")), qint64(2)); // kept
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM role_assignment WHERE id IN (102, 103) AND status "
                                      "= 4")),
                 qint64(2));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND by_default = 1 "
                                      "AND decision = 'revoke' AND decided_by = 1")
                           .arg(created->campaignId)),
                 qint64(2));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.close'")),
                 qint64(1));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'review.campaign'")),
                 qint64(2)); // create, close

        // A closed campaign refuses every further decision and a second close.
        const Footprint after = Footprint::of(db());
        auto late = ReviewWorkflow::decide(db(), { anaRefunds }, ReviewDecision::Revoke, QStringLiteral("late"),
                                           std::nullopt, m_reviewer, Now + 16 * DayMs);
        QVERIFY(!late);
        QVERIFY2(late.error().message().contains(QLatin1String("closed on")), qPrintable(late.error().message()));
        QVERIFY(!ReviewWorkflow::close(db(), created->campaignId, m_reviewer, Now + 16 * DayMs));
        QVERIFY(Footprint::of(db()) == after);
    }

    void closingEarlyNeedsEveryItemDecided()
    {
        auto created = ReviewWorkflow::create(db(), teamDraft(), m_reviewer);
        CUSTODIAN_VERIFY_OK(created);
        // Every item decided by the reviewer: closing before the due date is fine, and the default decides nothing.
        std::vector<qint64> items;
        for (qint64 assignment : { 101, 102, 103 })
            items.push_back(itemFor(created->campaignId, assignment));
        CUSTODIAN_VERIFY_OK(ReviewWorkflow::decide(db(), items, ReviewDecision::Keep, QStringLiteral("Still needed"),
                                                   std::nullopt, m_reviewer, Now));
        auto closed = ReviewWorkflow::close(db(), created->campaignId, m_reviewer, Now + DayMs);
        CUSTODIAN_VERIFY_OK(closed);
        QCOMPARE(closed->defaulted, 0);
    }

    void independentReviewerWhereTheOrganisationSaysSo()
    {
        // The organisation's setting arrives with the detection settings (as the service's stream delivers it).
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral(
            "INSERT OR REPLACE INTO detection_setting (key, value) VALUES ('review_independent_reviewer', '1')")));
        const Footprint before = Footprint::of(db());
        auto self = ReviewWorkflow::create(db(), teamDraft(), m_reviewer); // reviewer 1 = creator 1
        QVERIFY(!self);
        QVERIFY2(self.error().message().contains(QLatin1String("other than the campaign's creator")),
                 qPrintable(self.error().message()));
        QVERIFY(Footprint::of(db()) == before);
        auto draft = teamDraft();
        draft.reviewerId = 2;
        auto other = ReviewWorkflow::create(db(), draft, m_reviewer);
        CUSTODIAN_VERIFY_OK(other);
        // The same rule as the service applies (ReviewRules), with the setting off: the creator may review.
        ReviewRules::DraftFacts facts { true, true, 3, false };
        auto own = teamDraft();
        own.creatorId = 1;
        QVERIFY(!ReviewRules::checkCampaign(own, facts));
        facts.independentReviewer = true;
        QVERIFY(ReviewRules::checkCampaign(own, facts));
    }

    void whoCouldWhoDidAgainstHandComputedAnswers()
    {
        // A card record opened by Ana (refunds approver: opens payment cards) twice, once refused, and by Dan, who
        // holds no role at all; Carla's refunds role was revoked before the range, Bruno's holds throughout.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral(
                "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (4, 'E4', 'Dan Sousa', 2, "
                "0);"
                "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES (1, x'01', 2, 'card', "
                "'411111******1111');"
                "UPDATE role_assignment SET status = 4, ended_at = %1 WHERE id = 104;"
                "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
                "session_id) VALUES (10, %2, 1, 1, 2, 1, 1, 1, 1), (11, %3, 1, 1, 2, 1, 2, 1, 1), (12, %3 + 5, 4, 1, "
                "2, 1, 1, 1, 2), (13, %4, 2, 1, 2, 1, 1, 1, 3);")
                .arg(Now - 20 * DayMs)
                .arg(Now - 3 * DayMs)
                .arg(Now - 2 * DayMs)
                .arg(Now - 40 * DayMs)));
        auto answer = RecordAccessReader(db()).whoCouldWhoDid(1, Now - 10 * DayMs, Now);
        CUSTODIAN_VERIFY_OK(answer);
        QVERIFY(answer->dataClass == DataClass::PaymentCard);
        QCOMPARE(answer->could.size(), std::size_t(2)); // Ana, Bruno; not Carla (revoked before), not Dan
        QCOMPARE(answer->could[0].agentName, QStringLiteral("Ana Lima"));
        QVERIFY(answer->could[0].accessed);
        QCOMPARE(answer->could[1].agentName, QStringLiteral("Bruno Reis"));
        QVERIFY(!answer->could[1].accessed); // his access was 40 days ago, before the range
        QCOMPARE(answer->did.size(), std::size_t(2));
        QCOMPARE(answer->did[0].agentName, QStringLiteral("Ana Lima"));
        QCOMPARE(answer->did[0].events, qint64(1));
        QCOMPARE(answer->did[0].refused, qint64(1));
        QVERIFY(answer->did[0].heldRole);
        QCOMPARE(answer->did[1].agentName, QStringLiteral("Dan Sousa"));
        QVERIFY(!answer->did[1].heldRole);
        // Over 30 days Carla could too (revoked 20 days ago), and Bruno's access is still outside.
        auto wider = RecordAccessReader(db()).whoCouldWhoDid(1, Now - 30 * DayMs, Now);
        CUSTODIAN_VERIFY_OK(wider);
        QCOMPARE(wider->could.size(), std::size_t(3));
        QVERIFY(!RecordAccessReader(db()).whoCouldWhoDid(99, 0, Now));
    }

    void sensitiveHoldersOverTime()
    {
        // The data exporter (sensitive): Ana's grant made here throughout; Bruno's from 10 days ago, revoked 5 days
        // ago; a pending request never counts.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("INSERT INTO role_assignment (id, agent_id, role_id, status, valid_from, justification, "
                           "requested_by, requested_at, ended_at) VALUES (107, 2, 9, 4, %1, 'Export', 1, 0, %2), "
                           "(108, 3, 9, 1, 0, 'Asked', 1, 0, NULL);")
                .arg(Now - 10 * DayMs)
                .arg(Now - 5 * DayMs)));
        auto series = RoleHolderHistory(db()).sensitiveHolders(Now - 12 * DayMs, Now, 2 * DayMs);
        CUSTODIAN_VERIFY_OK(series);
        QCOMPARE(series->size(), std::size_t(1));
        QCOMPARE(series->front().role, QStringLiteral("Data exporter"));
        const std::vector<std::pair<qint64, int>> expected { { Now - 12 * DayMs, 1 },
                                                             { Now - 10 * DayMs, 2 },
                                                             { Now - 8 * DayMs, 2 },
                                                             { Now - 6 * DayMs, 2 },
                                                             { Now - 4 * DayMs, 1 },
                                                             { Now - 2 * DayMs, 1 },
                                                             { Now, 1 } };
        QVERIFY(series->front().points == expected);
    }

    void remindersNearTheDueDate()
    {
        ReviewCampaign campaign;
        campaign.dueAt = Now + ReviewRules::ReminderMs;
        QVERIFY(ReviewRules::dueSoon(campaign, Now));
        QVERIFY(!ReviewRules::dueSoon(campaign, Now - 1));
        QVERIFY(!ReviewRules::overdue(campaign, campaign.dueAt - 1));
        QVERIFY(ReviewRules::overdue(campaign, campaign.dueAt));
        campaign.closedAt = Now;
        QVERIFY(!ReviewRules::dueSoon(campaign, Now));
        QVERIFY(!ReviewRules::overdue(campaign, campaign.dueAt));
    }

    void reportAppearsWithItsEntryOrNotAtAll()
    {
        auto created = ReviewWorkflow::create(db(), teamDraft(), m_reviewer);
        CUSTODIAN_VERIFY_OK(created);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const auto files
            = [&out] { return QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); };
        const auto entries = [this] {
            return count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.export'"));
        };
        ReviewReport::Request request { created->campaignId,
                                        out.filePath(QStringLiteral("report.csv")),
                                        false,
                                        ReviewReport::Format::Csv,
                                        m_reviewer.auditActor,
                                        Now };

        auto written = ReviewReport::write(db(), request);
        CUSTODIAN_VERIFY_OK(written);
        QCOMPARE(written->items, 3);
        QCOMPARE(files(), QStringList { QStringLiteral("report.csv") });
        QCOMPARE(written->bytes, QFileInfo(request.path).size());
        QCOMPARE(entries(), qint64(1));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.export' AND target = "
                                      "'review:%1' AND seq = %2")
                           .arg(created->campaignId)
                           .arg(written->auditSeq)),
                 qint64(1));

        // No actor: refused before anything is read or written.
        request.path = out.filePath(QStringLiteral("anonymous.csv"));
        request.actor.clear();
        QVERIFY(!ReviewReport::write(db(), request));
        request.actor = m_reviewer.auditActor;

        // An existing file is not replaced unless asked.
        request.path = out.filePath(QStringLiteral("report.csv"));
        QFile kept(request.path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray before = kept.readAll();
        kept.close();
        QVERIFY(!ReviewReport::write(db(), request));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);
        kept.close();

        // The audit entry cannot be written: no file either, not even the temporary one.
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON console_audit "
                                                     "BEGIN SELECT RAISE(ABORT, 'audit refused'); END;")));
        request.path = out.filePath(QStringLiteral("unaudited.csv"));
        auto unaudited = ReviewReport::write(db(), request);
        QVERIFY(!unaudited);
        QVERIFY2(unaudited.error().message().contains(QLatin1String("no file was written")),
                 qPrintable(unaudited.error().message()));
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("DROP TRIGGER refuse_audit")));

        QCOMPARE(files(), QStringList { QStringLiteral("report.csv") });
        QCOMPARE(entries(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(ReviewWorkflowTest)
#include "ReviewWorkflowTest.moc"
