// Reading the console audit: keyset pages newest first that visit every entry once, filters by action prefix
// (a literal prefix, '_' is no wildcard), actor (any case) and time, counts that agree with the pages, the chain's
// replay through the log (intact, then the entry an UPDATE changed), the model over it (pages of 500 fetched on
// demand, roles, a filter change), and the one-line summaries of each kind of detail.
#include "store/ConsoleAuditLog.h"
#include "item/ConsoleAuditModel.h"
#include "item/ItemRoles.h"
#include "store/ConsoleAudit.h"
#include "store/SavedSearchRepository.h"
#include "store/SyncState.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <set>

using namespace custodian;
using custodian::test::TestStore;

namespace {
// 2026-02-01T00:00:00Z; entry n (from 2) is written at Base + n seconds.
constexpr qint64 Base = 1'769'904'000'000;
// Store::create writes entry 1 (store.created); the fixture appends 2..Last.
constexpr qint64 Last = 1203;

struct Planned
{
    QString actor;
    QString action;
    QString target;
    QString detail;
};

// A recognisable mixture: reveals by alice, exports by the CLI, finding decisions and unlocks by bob.
Planned planned(qint64 seq)
{
    switch (seq % 4) {
    case 0:
        return { QStringLiteral("console:alice"), QStringLiteral("record.reveal"), QStringLiteral("record:%1").arg(seq),
                 QStringLiteral("{\"reason\":\"ticket %1\",\"event\":%2}").arg(seq).arg(seq * 100) };
    case 1:
        return { QStringLiteral("cli:Bob"), QStringLiteral("export"), QStringLiteral("access"),
                 QStringLiteral("{\"format\":\"csv\",\"rows\":%1,\"file\":\"week-%1.csv\"}").arg(seq) };
    case 2:
        return { QStringLiteral("console:bob"), QStringLiteral("finding.status"), QStringLiteral("finding:%1").arg(seq),
                 QStringLiteral("{\"old_status\":\"open\",\"new_status\":\"dismissed\",\"reason\":\"overtime\","
                                "\"kind\":\"off_hours\"}") };
    default:
        return { QStringLiteral("console:bob"), QStringLiteral("unlock"), QString(), QString() };
    }
}

std::vector<qint64> seqsOf(const std::vector<ConsoleAuditLog::Entry>& entries)
{
    std::vector<qint64> seqs;
    for (const auto& entry : entries)
        seqs.push_back(entry.seq);
    return seqs;
}
} // namespace

class ConsoleAuditLogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesVisitEveryEntryNewestFirst();
    void pageBoundsAndLimits();
    void filtersByActionActorAndTime_data();
    void filtersByActionActorAndTime();
    void prefixIsLiteral();
    void verifyReplaysTheChain();
    void modelFetchesOlderPages();
    void modelFollowsFilterAndRoles();
    void detailSummaries_data();
    void detailSummaries();
    void labels();
    void savedSearchAppears();
    void namesPeopleAndThingsNotIds();

private:
    std::unique_ptr<TestStore> m_store;
};

void ConsoleAuditLogTest::initTestCase()
{
    m_store = std::make_unique<TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    Database& database = m_store->store().database();
    auto transaction = Transaction::begin(database);
    CUSTODIAN_VERIFY_OK(transaction);
    for (qint64 seq = 2; seq <= Last; ++seq) {
        const Planned p = planned(seq);
        auto appended = ConsoleAudit::append(database, { p.actor, p.action, p.target, p.detail }, Base + seq * 1000);
        CUSTODIAN_VERIFY_OK(appended);
        QCOMPARE(*appended, seq);
    }
    CUSTODIAN_VERIFY_OK(transaction->commit());
}

void ConsoleAuditLogTest::pagesVisitEveryEntryNewestFirst()
{
    ConsoleAuditLog log(m_store->store().database());
    std::vector<qint64> seen;
    std::optional<qint64> before;
    int pages = 0;
    for (;;) {
        auto page = log.page({}, before, 500);
        CUSTODIAN_VERIFY_OK(page);
        if (page->empty())
            break;
        ++pages;
        QVERIFY(page->size() <= 500);
        const auto seqs = seqsOf(*page);
        seen.insert(seen.end(), seqs.begin(), seqs.end());
        before = page->back().seq;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(qint64(seen.size()), Last);
    for (std::size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], Last - qint64(i)); // newest first, each once, no gap
    auto count = log.count({});
    CUSTODIAN_VERIFY_OK(count);
    QCOMPARE(*count, Last);

    // The fields come back as written.
    auto newest = log.page({}, std::nullopt, 1);
    CUSTODIAN_VERIFY_OK(newest);
    QCOMPARE(newest->size(), std::size_t(1));
    const ConsoleAuditLog::Entry& entry = newest->front();
    const Planned p = planned(Last);
    QCOMPARE(entry.seq, Last);
    QCOMPARE(entry.atMs, Base + Last * 1000);
    QCOMPARE(entry.actor, p.actor);
    QCOMPARE(entry.action, p.action);
    QCOMPARE(entry.target, p.target);
    QCOMPARE(entry.detail, p.detail);
}

void ConsoleAuditLogTest::pageBoundsAndLimits()
{
    ConsoleAuditLog log(m_store->store().database());
    auto page = log.page({}, 10, 4);
    CUSTODIAN_VERIFY_OK(page);
    QCOMPARE(seqsOf(*page), (std::vector<qint64> { 9, 8, 7, 6 }));
    page = log.page({}, 3, 100);
    CUSTODIAN_VERIFY_OK(page);
    QCOMPARE(seqsOf(*page), (std::vector<qint64> { 2, 1 }));
    page = log.page({}, 1, 100);
    CUSTODIAN_VERIFY_OK(page);
    QVERIFY(page->empty());
    page = log.page({}, std::nullopt, 0);
    CUSTODIAN_VERIFY_OK(page);
    QVERIFY(page->empty());
}

void ConsoleAuditLogTest::filtersByActionActorAndTime_data()
{
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<qint64>("from"); // 0: none
    QTest::addColumn<qint64>("until"); // 0: none

    QTest::newRow("reveals") << QStringList { QStringLiteral("record.") } << QString() << qint64(0) << qint64(0);
    QTest::newRow("exports") << QStringList { QStringLiteral("export") } << QString() << qint64(0) << qint64(0);
    QTest::newRow("findings or unlocks") << QStringList { QStringLiteral("finding."), QStringLiteral("unlock") }
                                         << QString() << qint64(0) << qint64(0);
    QTest::newRow("no such action") << QStringList { QStringLiteral("sync.") } << QString() << qint64(0) << qint64(0);
    QTest::newRow("actor any case") << QStringList() << QStringLiteral("BOB") << qint64(0) << qint64(0);
    QTest::newRow("actor part") << QStringList() << QStringLiteral("cli:") << qint64(0) << qint64(0);
    QTest::newRow("time range") << QStringList() << QString() << Base + 100 * 1000 << Base + 700 * 1000;
    QTest::newRow("all three") << QStringList { QStringLiteral("finding.") } << QStringLiteral("bob")
                               << Base + 501 * 1000 << Base + 1101 * 1000;
}

void ConsoleAuditLogTest::filtersByActionActorAndTime()
{
    QFETCH(QStringList, prefixes);
    QFETCH(QString, actor);
    QFETCH(qint64, from);
    QFETCH(qint64, until);
    ConsoleAuditLog::Filter filter;
    filter.actionPrefixes = prefixes;
    filter.actor = actor;
    if (from)
        filter.fromMs = from;
    if (until)
        filter.untilMs = until;

    // What should match, from the plan (entry 1 is store.created by system, at creation time).
    std::vector<qint64> expected;
    for (qint64 seq = Last; seq >= 2; --seq) {
        const Planned p = planned(seq);
        const qint64 at = Base + seq * 1000;
        const bool action = prefixes.isEmpty()
            || std::any_of(prefixes.begin(), prefixes.end(),
                           [&p](const QString& prefix) { return p.action.startsWith(prefix); });
        const bool who = actor.isEmpty() || p.actor.contains(actor, Qt::CaseInsensitive);
        if (action && who && (!from || at >= from) && (!until || at < until))
            expected.push_back(seq);
    }
    if (prefixes.isEmpty() && actor.isEmpty() && !from && !until)
        expected.push_back(1);

    ConsoleAuditLog log(m_store->store().database());
    std::vector<qint64> seen;
    std::optional<qint64> before;
    for (;;) {
        auto page = log.page(filter, before, 97); // an odd page size: boundaries fall anywhere
        CUSTODIAN_VERIFY_OK(page);
        if (page->empty())
            break;
        for (const auto& entry : *page) {
            seen.push_back(entry.seq);
            // Each entry really matches (not just the right count).
            QVERIFY(prefixes.isEmpty()
                    || std::any_of(prefixes.begin(), prefixes.end(),
                                   [&entry](const QString& prefix) { return entry.action.startsWith(prefix); }));
        }
        before = page->back().seq;
    }
    QCOMPARE(seen, expected);
    auto count = log.count(filter);
    CUSTODIAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(expected.size()));
}

void ConsoleAuditLogTest::prefixIsLiteral()
{
    TestStore store;
    QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
    CUSTODIAN_VERIFY_OK(store.store().audit(QStringLiteral("t"), QStringLiteral("a_b.one")));
    CUSTODIAN_VERIFY_OK(store.store().audit(QStringLiteral("t"), QStringLiteral("axb.two")));
    CUSTODIAN_VERIFY_OK(store.store().audit(QStringLiteral("100%"), QStringLiteral("a%c")));
    ConsoleAuditLog log(store.store().database());
    ConsoleAuditLog::Filter filter;
    filter.actionPrefixes = { QStringLiteral("a_") };
    auto page = log.page(filter, std::nullopt, 10);
    CUSTODIAN_VERIFY_OK(page);
    QCOMPARE(page->size(), std::size_t(1));
    QCOMPARE(page->front().action, QStringLiteral("a_b.one"));
    filter.actionPrefixes = { QStringLiteral("a%") };
    QCOMPARE(log.count(filter).value(), qint64(1));
    filter = {};
    filter.actor = QStringLiteral("0%");
    QCOMPARE(log.count(filter).value(), qint64(1));
}

void ConsoleAuditLogTest::verifyReplaysTheChain()
{
    TestStore store;
    QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
    for (int i = 0; i < 5; ++i)
        CUSTODIAN_VERIFY_OK(store.store().audit(QStringLiteral("console:alice"), QStringLiteral("record.reveal"),
                                                QStringLiteral("record:%1").arg(i),
                                                QStringLiteral("{\"reason\":\"r%1\"}").arg(i)));
    ConsoleAuditLog log(store.store().database());
    auto intact = log.verify();
    CUSTODIAN_VERIFY_OK(intact);
    QVERIFY(intact->intact);
    QCOMPARE(intact->entries, qint64(6));
    QCOMPARE(intact->head.seq, qint64(6));
    // Twice in a row on the same connection: the read snapshot was released.
    CUSTODIAN_VERIFY_OK(log.verify());
    CUSTODIAN_VERIFY_OK(store.store().audit(QStringLiteral("console:alice"), QStringLiteral("lock")));

    // Someone edits their reason afterwards.
    CUSTODIAN_VERIFY_OK(store.store().database().exec(
        QStringLiteral("UPDATE console_audit SET detail = '{\"reason\":\"nothing to see\"}' WHERE seq = 4")));
    auto broken = log.verify();
    CUSTODIAN_VERIFY_OK(broken);
    QVERIFY(!broken->intact);
    QCOMPARE(broken->firstBadSeq, qint64(4));
    QCOMPARE(broken->entries, qint64(3));
    QVERIFY2(broken->reason.contains(QStringLiteral("4")), qPrintable(broken->reason));
}

void ConsoleAuditLogTest::modelFetchesOlderPages()
{
    ConsoleAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setDatabase(&m_store->store().database());
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), ConsoleAuditModel::PageSize);
    QCOMPARE(model.totalCount(), Last);
    QCOMPARE(model.columnCount(), int(ConsoleAuditModel::ColumnCount));
    QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), Last);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ConsoleAuditModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), int(Last));
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), int(Last));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ConsoleAuditModel::SeqColumn).data(IdRole).toLongLong(), Last - row);
    QCOMPARE(model.rowOfSeq(Last), 0);
    QCOMPARE(model.rowOfSeq(1), int(Last) - 1);
    QCOMPARE(model.rowOfSeq(Last + 1), -1);

    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), qint64(0));
    QVERIFY(!model.canFetchMore({}));
}

void ConsoleAuditLogTest::modelFollowsFilterAndRoles()
{
    ConsoleAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_store->store().database());
    ConsoleAuditLog::Filter filter;
    filter.actionPrefixes = ConsoleAuditModel::actionPrefixes(ConsoleAuditModel::Kind::Exports);
    model.setFilter(filter);
    CUSTODIAN_VERIFY_OK(model.reload());
    const qint64 exports = (Last - 1) / 4; // seq % 4 == 1 from 5 to 1201
    QCOMPARE(model.totalCount(), exports);
    QCOMPARE(model.rowCount(), int(exports)); // fewer than a page
    QVERIFY(!model.canFetchMore({}));
    const qint64 seq = model.index(0, 0).data(IdRole).toLongLong();
    QCOMPARE(seq % 4, qint64(1));
    QCOMPARE(model.index(0, ConsoleAuditModel::SeqColumn).data().toLongLong(), seq);
    // Who acted, in words (no sync identity and no such login here: the login, said to be the command line); the
    // login as the chain recorded it in the tooltip.
    QCOMPARE(model.index(0, ConsoleAuditModel::ActorColumn).data().toString(), QStringLiteral("Bob (command line)"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActorColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("cli:Bob"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActionColumn).data().toString(), QStringLiteral("Exported"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("export"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActionColumn).data(SortKeyRole).toString(), QStringLiteral("export"));
    QCOMPARE(model.index(0, ConsoleAuditModel::TargetColumn).data().toString(), QStringLiteral("Access events"));
    QCOMPARE(model.index(0, ConsoleAuditModel::TimeColumn).data(SortKeyRole).toLongLong(), Base + seq * 1000);
    QCOMPARE(model.index(0, ConsoleAuditModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             QDateTime::fromMSecsSinceEpoch(Base + seq * 1000, Qt::UTC).toString(Qt::ISODateWithMs));
    QVERIFY(model.index(0, ConsoleAuditModel::TimeColumn).data(Qt::ToolTipRole).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(
        model.index(0, ConsoleAuditModel::TimeColumn).data().toString(),
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(Base + seq * 1000), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model.index(0, ConsoleAuditModel::DetailColumn).data().toString(),
             QStringLiteral("%1 rows · CSV · week-%2.csv").arg(QLocale().toString(seq)).arg(seq));
    QCOMPARE(model.index(0, ConsoleAuditModel::DetailColumn).data(Qt::ToolTipRole).toString(), planned(seq).detail);

    // A broken chain from some entry on: those rows turn red, the older ones do not.
    QCOMPARE(model.index(0, 0).data(ToneRole).value<CellTone>(), CellTone::Normal);
    model.setFirstBadSeq(seq);
    QCOMPARE(model.index(0, 0).data(ToneRole).value<CellTone>(), CellTone::Error);
    QCOMPARE(model.index(1, 0).data(ToneRole).value<CellTone>(), CellTone::Normal);
    model.setFirstBadSeq(0);

    filter.actionPrefixes = ConsoleAuditModel::actionPrefixes(ConsoleAuditModel::Kind::Reveals);
    filter.actor = QStringLiteral("alice");
    model.setFilter(filter);
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.totalCount(), (Last - 3) / 4 + 0); // seq % 4 == 0 from 4 to 1200
    QCOMPARE(model.index(0, ConsoleAuditModel::DetailColumn).data().toString(),
             QStringLiteral("Reason: ticket 1200 · event 120000"));
    QCOMPARE(model.index(0, ConsoleAuditModel::TargetColumn).data().toString(), QStringLiteral("Record 1200"));
}

void ConsoleAuditLogTest::detailSummaries_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("summary");

    QTest::newRow("reveal") << "record.reveal"
                            << R"({"reason":"Chargeback dispute 4411","event":9007199254740993})"
                            << "Reason: Chargeback dispute 4411 · event 9007199254740993";
    QTest::newRow("reveal without event") << "record.reveal"
                                          << R"({"reason":"Caller verified"})"
                                          << "Reason: Caller verified";
    QTest::newRow("reveal failed") << "record.reveal.failed"
                                   << R"({"reason":"check","error":"sealed value does not authenticate"})"
                                   << "Reason: check · sealed value does not authenticate";
    QTest::newRow("export csv") << "export"
                                << R"({"format":"csv","rows":12345,"file":"night.csv","filter":{"preset":"all"}})"
                                << QStringLiteral("%1 rows · CSV · night.csv").arg(QLocale().toString(12345));
    QTest::newRow("export pdf") << "export"
                                << R"({"format":"pdf","rows":0,"file":"empty.pdf"})"
                                << "0 rows · PDF · empty.pdf";
    QTest::newRow("finding dismissed") << "finding.status"
                                       << R"({"old_status":"open","new_status":"dismissed","kind":"bulk_access",)"
                                          R"("reason":"Approved migration"})"
                                       << "Open → Dismissed: Approved migration · Bulk access";
    QTest::newRow("finding escalated") << "finding.status"
                                       << R"({"old_status":"acknowledged","new_status":"escalated"})"
                                       << "Acknowledged → Escalated";
    QTest::newRow("finding escalated to") << "finding.status"
                                          << R"({"old_status":"acknowledged","new_status":"escalated",)"
                                             R"("escalated_to":"dana","reason":"Call the agent"})"
                                          << "Acknowledged → Escalated (to dana): Call the agent";
    QTest::newRow("lock idle") << "lock"
                               << R"({"reason":"idle"})"
                               << "After inactivity (auto-lock)";
    QTest::newRow("lock manual") << "lock"
                                 << R"({"reason":"manual"})"
                                 << "On demand";
    QTest::newRow("lock other") << "lock"
                                << R"({"reason":"screen saver"})"
                                << "Reason: screen saver";
    QTest::newRow("unlock failed") << "unlock.failed"
                                   << R"({"reason":"wrong passphrase"})"
                                   << "Wrong passphrase";
    QTest::newRow("unlock plain") << "unlock"
                                  << ""
                                  << "";
    QTest::newRow("search saved") << "search.save"
                                  << R"({"name":"Night shift","filter":{"preset":"all"}})"
                                  << "“Night shift”";
    QTest::newRow("key rotated") << "key.rotated"
                                 << R"({"generation":3})"
                                 << "Key generation 3";
    QTest::newRow("recovery") << "passphrase.changed"
                              << R"({"via":"recovery_code"})"
                              << "With the recovery code";
    QTest::newRow("unknown action") << "sync.pushed"
                                    << R"({"entries":4,"ok":true,"server":{"a":1}})"
                                    << "entries: 4, ok: yes, server: {…}";
    QTest::newRow("not json") << "custom"
                              << "  free\ntext  "
                              << "free text";
    QTest::newRow("long") << "custom" << QString(300, QLatin1Char('x'))
                          << QString(199, QLatin1Char('x')) + QChar(0x2026);
}

void ConsoleAuditLogTest::detailSummaries()
{
    QFETCH(QString, action);
    QFETCH(QString, detail);
    QFETCH(QString, summary);
    QCOMPARE(ConsoleAuditModel::detailSummary(action, detail), summary);
}

void ConsoleAuditLogTest::labels()
{
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("record.reveal")), QStringLiteral("Identifier revealed"));
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("finding.status")),
             QStringLiteral("Finding status changed"));
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("made.up")), QStringLiteral("made.up"));
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("incident.breach.notify")),
             QStringLiteral("Breach notified to the authority"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("breach_register")), QStringLiteral("Breach register"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("finding:12")), QStringLiteral("Finding 12"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("saved_search:3")), QStringLiteral("Saved search 3"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("other")), QStringLiteral("other"));
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("review.decide")), QStringLiteral("Review decision"));
    QCOMPARE(ConsoleAuditModel::actionLabel(QStringLiteral("assignment.revoke")), QStringLiteral("Role revoked"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("assignment:285")), QStringLiteral("Assignment 285"));
    QCOMPARE(ConsoleAuditModel::targetLabel(QStringLiteral("review:42")), QStringLiteral("Access review 42"));
    // Every group but All narrows by prefix, and the groups do not overlap.
    std::set<QString> prefixes;
    for (auto kind :
         { ConsoleAuditModel::Kind::Session, ConsoleAuditModel::Kind::Reveals, ConsoleAuditModel::Kind::Exports,
           ConsoleAuditModel::Kind::Findings, ConsoleAuditModel::Kind::SavedSearches,
           ConsoleAuditModel::Kind::KeyChanges, ConsoleAuditModel::Kind::RolesAndReviews }) {
        QVERIFY(!ConsoleAuditModel::actionPrefixes(kind).isEmpty());
        QVERIFY(!ConsoleAuditModel::kindName(kind).isEmpty());
        for (const QString& prefix : ConsoleAuditModel::actionPrefixes(kind))
            QVERIFY2(prefixes.insert(prefix).second, qPrintable(prefix));
    }
    QVERIFY(ConsoleAuditModel::actionPrefixes(ConsoleAuditModel::Kind::All).isEmpty());
}

void ConsoleAuditLogTest::savedSearchAppears()
{
    // A real audited action, read back through the model.
    TestStore store;
    QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
    SavedSearchRepository searches(store.store().database());
    AccessFilter filter;
    auto id = searches.save(QStringLiteral("Night shift"), filter, QStringLiteral("console:carol"));
    CUSTODIAN_VERIFY_OK(id);
    ConsoleAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&store.store().database());
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), 2); // store.created, search.save
    QCOMPARE(model.index(0, ConsoleAuditModel::ActionColumn).data().toString(), QStringLiteral("Search saved"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActorColumn).data().toString(), QStringLiteral("carol"));
    QCOMPARE(model.index(0, ConsoleAuditModel::ActorColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("console:carol"));
    QCOMPARE(model.index(0, ConsoleAuditModel::TargetColumn).data().toString(),
             QStringLiteral("Saved search %1").arg(*id));
    QCOMPARE(model.index(0, ConsoleAuditModel::DetailColumn).data().toString(), QStringLiteral("“Night shift”"));
    QCOMPARE(model.index(1, ConsoleAuditModel::ActionColumn).data().toString(), QStringLiteral("Store created"));
}

// Who acted and what it acted on, in the table, by name: the supervisor the central service named for this store's
// token rather than the login, an agent and a role rather than agent_id and a role code, a record by its masked form,
// and an assignment made here and not yet synced (a negative id) said to be so rather than "Assignment -1".
void ConsoleAuditLogTest::namesPeopleAndThingsNotIds()
{
    test::TestStore store;
    QVERIFY2(store.isValid(), qPrintable(store.errorMessage()));
    Database& database = store.store().database();
    for (const char* sql :
         { "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT')",
           "INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments')",
           "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (3, 'p.soares', 'Pedro Soares', 1)",
           "INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES (5, 'E105229', 'Trisha Lim', "
           "1, 0)",
           "INSERT INTO role (id, code, name) VALUES (2, 'payments_agent', 'Payments agent')",
           "INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES (7, x'01', 1, 'account', "
           "'****0326')" })
        CUSTODIAN_VERIFY_OK(database.exec(QString::fromLatin1(sql)));
    const qint64 from = QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toMSecsSinceEpoch();
    const QJsonObject grant { { QStringLiteral("agent_id"), 5 },
                              { QStringLiteral("role"), QStringLiteral("payments_agent") },
                              { QStringLiteral("valid_from"), from } };
    CUSTODIAN_VERIFY_OK(ConsoleAudit::append(database, QStringLiteral("console:nosuchlogin"),
                                             QStringLiteral("assignment.grant"), QStringLiteral("assignment:-1"),
                                             grant));
    CUSTODIAN_VERIFY_OK(ConsoleAudit::append(database, QStringLiteral("console:nosuchlogin"),
                                             QStringLiteral("assignment.revoke"), QStringLiteral("assignment:41"),
                                             grant));
    CUSTODIAN_VERIFY_OK(ConsoleAudit::append(database, QStringLiteral("cli:nosuchlogin"),
                                             QStringLiteral("record.reveal"), QStringLiteral("record:7"),
                                             QJsonObject { { QStringLiteral("reason"), QStringLiteral("callback") } }));

    ConsoleAuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&database);
    // Before the first sync the console does not know whom it acts as: the login (no full name for it here).
    CUSTODIAN_VERIFY_OK(model.reload());
    QCOMPARE(model.index(0, ConsoleAuditModel::ActorColumn).data().toString(),
             QStringLiteral("nosuchlogin (command line)"));
    QCOMPARE(model.index(1, ConsoleAuditModel::ActorColumn).data().toString(), QStringLiteral("nosuchlogin"));

    CUSTODIAN_VERIFY_OK(SyncState(database).setSupervisorId(3));
    CUSTODIAN_VERIFY_OK(model.reload());
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, ConsoleAuditModel::ActorColumn), QStringLiteral("Pedro Soares (command line)"));
    QCOMPARE(cell(0, ConsoleAuditModel::TargetColumn), QStringLiteral("Record ****0326 (account)"));
    QCOMPARE(cell(1, ConsoleAuditModel::ActorColumn), QStringLiteral("Pedro Soares"));
    QCOMPARE(cell(1, ConsoleAuditModel::TargetColumn),
             QStringLiteral("Payments agent for Trisha Lim (E105229) (assignment 41)"));
    QCOMPARE(cell(2, ConsoleAuditModel::TargetColumn),
             QStringLiteral("Payments agent for Trisha Lim (E105229) (not yet synced)"));
    QCOMPARE(model.targetText(2), cell(2, ConsoleAuditModel::TargetColumn));
    QCOMPARE(model.actorText(2), QStringLiteral("Pedro Soares"));
    // The detail names the agent and the role, and gives the instant as a date with its zone.
    const QString detail = cell(2, ConsoleAuditModel::DetailColumn);
    QVERIFY2(detail.contains(QStringLiteral("agent: Trisha Lim (E105229)")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("role: Payments agent")), qPrintable(detail));
    QVERIFY2(detail.contains(QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))),
             qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("agent_id")), qPrintable(detail));
    // The chain keeps what it recorded.
    QCOMPARE(model.index(2, ConsoleAuditModel::TargetColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("assignment:-1"));
    QCOMPARE(model.index(2, ConsoleAuditModel::ActorColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("console:nosuchlogin"));
}

QTEST_GUILESS_MAIN(ConsoleAuditLogTest)
#include "ConsoleAuditLogTest.moc"
