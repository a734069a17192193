// The access log's reads against a brute-force reference: every filter and order, paged forwards and
// backwards with keyset windows, must give exactly the rows a full scan filtered in C++ gives, in order.
#include "store/AccessEventRepository.h"
#include "demo/DemoGenerator.h"
#include "domain/AccessEventId.h"
#include "store/ConsoleAudit.h"
#include "store/SavedSearchRepository.h"
#include "store/Statement.h"
#include "support/TestStore.h"

#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <map>

using namespace custodian;

namespace {
const QDateTime End(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

struct Event
{
    qint64 id, time, agent, record, workstation;
    int dataClass, action, outcome, channel;
};

struct World
{
    std::vector<Event> events; // id order
    std::map<qint64, qint64> teamOf; // agent -> team
    std::map<qint64, qint64> siteOf; // team -> site
};

World readWorld(Database& db)
{
    World world;
    auto s = db.prepare(
        QStringLiteral("SELECT id, occurred_at, agent_id, ifnull(record_id, 0), ifnull(workstation_id, 0), "
                       "data_class, action, outcome, channel FROM access_event ORDER BY id"));
    while (*s->step())
        world.events.push_back({ s->int64(0), s->int64(1), s->int64(2), s->int64(3), s->int64(4), int(s->int64(5)),
                                 int(s->int64(6)), int(s->int64(7)), int(s->int64(8)) });
    auto a = db.prepare(QStringLiteral("SELECT id, team_id FROM agent"));
    while (*a->step())
        world.teamOf[a->int64(0)] = a->int64(1);
    auto t = db.prepare(QStringLiteral("SELECT id, site_id FROM team"));
    while (*t->step())
        world.siteOf[t->int64(0)] = t->int64(1);
    return world;
}

bool matches(const World& w, const AccessFilter& f, qint64 from, qint64 to, const Event& e)
{
    const auto in = [](const auto& list, auto value) { return list.isEmpty() || list.contains(value); };
    if (e.time < from || e.time >= to)
        return false;
    const qint64 team = w.teamOf.at(e.agent);
    return in(f.agentIds, e.agent) && in(f.teamIds, team) && in(f.siteIds, w.siteOf.at(team))
        && in(f.recordIds, e.record) && in(f.workstationIds, e.workstation) && in(f.dataClasses, e.dataClass)
        && in(f.actions, e.action) && in(f.outcomes, e.outcome) && in(f.channels, e.channel);
}

std::vector<qint64> reference(const World& w, const AccessFilter& f, AccessSort sort, qint64 now)
{
    const auto [from, to] = f.resolveRange(now);
    std::vector<const Event*> hits;
    for (const Event& e : w.events) {
        if (matches(w, f, from, to, e))
            hits.push_back(&e);
    }
    const auto agentKey = [](const Event* e) { return std::tuple(e->agent, e->time, e->id); };
    switch (sort) {
    case AccessSort::NewestFirst:
        std::reverse(hits.begin(), hits.end());
        break;
    case AccessSort::OldestFirst:
        break;
    case AccessSort::AgentAscending:
        std::sort(hits.begin(), hits.end(), [&](auto* a, auto* b) { return agentKey(a) < agentKey(b); });
        break;
    case AccessSort::AgentDescending:
        std::sort(hits.begin(), hits.end(), [&](auto* a, auto* b) { return agentKey(a) > agentKey(b); });
        break;
    }
    std::vector<qint64> ids;
    for (auto* e : hits)
        ids.push_back(e->id);
    return ids;
}
} // namespace

class AccessEventRepositoryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesMatchReference_data();
    void pagesMatchReference();
    void jumpToTime();
    void fullTextFindsAnAgentsEvents();
    void fullTextMatchesWordPrefixes();
    void searchThatNamesNobodyMatchesNothing();
    void filterJsonRoundTripAndRefusals();
    void savedSearchesAreAudited();
    void incidentFilterListsTheLinkedEvents();

private:
    std::unique_ptr<test::TestStore> m_store;
    World m_world;
    qint64 m_now = 0;
};

void AccessEventRepositoryTest::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY(m_store->isValid());
    DemoGenerator::Options options;
    options.events = 30'000;
    options.end = End;
    options.days = 30;
    QVERIFY(DemoGenerator::generate(m_store->store(), options).ok());
    m_world = readWorld(m_store->store().database());
    QCOMPARE(qint64(m_world.events.size()), 30'000);
    m_now = End.toMSecsSinceEpoch();
}

void AccessEventRepositoryTest::pagesMatchReference_data()
{
    QTest::addColumn<QByteArray>("filterJson");
    const Event& sample = m_world.events[m_world.events.size() / 2];
    const qint64 team = m_world.teamOf.at(sample.agent);
    const auto add = [](const char* name, const QString& json) { QTest::newRow(name) << json.toUtf8(); };
    add("all time", QStringLiteral(R"({"time":"all"})"));
    add("last 7 days", QStringLiteral(R"({"time":"7d"})"));
    add("one agent", QStringLiteral(R"({"time":"all","agents":[%1]})").arg(sample.agent));
    add("one agent, card data", QStringLiteral(R"({"time":"all","agents":[%1],"data_classes":[2]})").arg(sample.agent));
    add("team", QStringLiteral(R"({"time":"7d","teams":[%1]})").arg(team));
    add("site and outcome",
        QStringLiteral(R"({"time":"all","sites":[%1],"outcomes":[2,3]})").arg(m_world.siteOf.at(team)));
    add("record", QStringLiteral(R"({"time":"all","records":[%1]})").arg(sample.record ? sample.record : 1));
    add("workstation", QStringLiteral(R"({"time":"all","workstations":[%1]})").arg(sample.workstation));
    add("action and channel", QStringLiteral(R"({"time":"all","actions":[3,4],"channels":[1]})"));
    add("exports and prints", QStringLiteral(R"({"time":"all","actions":[4,5]})"));
    add("denied or failed, 7 days", QStringLiteral(R"({"time":"7d","outcomes":[2,3]})"));
    add("team, failed", QStringLiteral(R"({"time":"all","teams":[%1],"outcomes":[3]})").arg(team));
    add("agent, card data, denied",
        QStringLiteral(R"({"time":"all","agents":[%1],"data_classes":[2],"outcomes":[2]})").arg(sample.agent));
    add("custom range",
        QStringLiteral(R"({"time":"custom","from":%1,"to":%2})").arg(sample.time - 3'600'000).arg(sample.time + 1));
    add("nothing", QStringLiteral(R"({"time":"all","agents":[%1],"teams":[%2]})").arg(sample.agent).arg(team + 1000));
}

void AccessEventRepositoryTest::pagesMatchReference()
{
    QFETCH(QByteArray, filterJson);
    auto filter = AccessFilter::fromJson(QJsonDocument::fromJson(filterJson).object());
    QVERIFY2(filter.ok(), filter.ok() ? "" : qPrintable(filter.error().message()));
    AccessEventRepository repository(m_store->store().database());
    auto query = repository.resolve(*filter, m_now);
    QVERIFY(query.ok());
    using Plan = AccessEventRepository::Plan;
    for (Plan plan : { Plan::Auto, Plan::ScanPrimaryKey, Plan::MergeAgents, Plan::NotableIndexes }) {
        repository.setPlan(plan);
        for (AccessSort sort : { AccessSort::NewestFirst, AccessSort::OldestFirst, AccessSort::AgentAscending,
                                 AccessSort::AgentDescending }) {
            const std::vector<qint64> expected = reference(m_world, *filter, sort, m_now);
            std::vector<qint64> forwards;
            QVERIFY(repository
                        .forEach(
                            *query, sort,
                            [&](const AccessEventRow& row) {
                                forwards.push_back(row.id);
                                return true;
                            },
                            37)
                        .ok());
            QCOMPARE(forwards.size(), expected.size());
            QVERIFY(forwards == expected);
            // Backwards from the end, window by window, gives the same rows.
            std::vector<qint64> backwards;
            std::optional<AccessEventRepository::Anchor> anchor;
            while (true) {
                auto rows = repository.page(*query, sort, anchor, true, 53);
                QVERIFY(rows.ok());
                for (auto it = rows->rbegin(); it != rows->rend(); ++it)
                    backwards.push_back(it->id);
                if (rows->size() < 53)
                    break;
                anchor = AccessEventRepository::anchorOf(rows->front());
            }
            std::reverse(backwards.begin(), backwards.end());
            QVERIFY(backwards == expected);
        }
    }
}

void AccessEventRepositoryTest::jumpToTime()
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    AccessEventRepository repository(m_store->store().database());
    auto query = repository.resolve(filter, m_now);
    QVERIFY(query.ok());
    const Event& target = m_world.events[12'345];
    auto newest = repository.page(*query, AccessSort::NewestFirst,
                                  AccessEventRepository::anchorAtTime(AccessSort::NewestFirst, target.time), false, 5);
    QVERIFY(newest.ok() && !newest->empty());
    // The first row shown is the last event at or before that moment.
    qint64 expected = 0;
    for (const Event& e : m_world.events) {
        if (e.time <= target.time)
            expected = e.id;
    }
    QCOMPARE(newest->front().id, expected);
    auto oldest = repository.page(*query, AccessSort::OldestFirst,
                                  AccessEventRepository::anchorAtTime(AccessSort::OldestFirst, target.time), false, 5);
    QVERIFY(oldest.ok() && !oldest->empty());
    QVERIFY(oldest->front().occurredAt >= target.time);
    QVERIFY(AccessEventId::occurredAt(oldest->front().id) == oldest->front().occurredAt);
}

void AccessEventRepositoryTest::fullTextFindsAnAgentsEvents()
{
    Database& db = m_store->store().database();
    const Event& sample = m_world.events[777];
    auto employeeNo = db.queryText(QStringLiteral("SELECT employee_no FROM agent WHERE id = %1").arg(sample.agent));
    QVERIFY(employeeNo.ok());
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.text = employeeNo->toLower();
    AccessEventRepository repository(db);
    auto query = repository.resolve(filter, m_now);
    QVERIFY(query.ok());
    QVERIFY(query->agents && query->agents->size() == 1 && query->agents->front() == sample.agent);
    std::size_t rows = 0;
    QVERIFY(repository
                .forEach(*query, AccessSort::NewestFirst,
                         [&](const AccessEventRow& row) {
                             ++rows;
                             return row.agentId == sample.agent && row.employeeNo == *employeeNo;
                         })
                .ok());
    AccessFilter byId;
    byId.preset = AccessFilter::TimePreset::All;
    byId.agentIds = { sample.agent };
    QCOMPARE(rows, reference(m_world, byId, AccessSort::NewestFirst, m_now).size());
}

void AccessEventRepositoryTest::fullTextMatchesWordPrefixes()
{
    Database& db = m_store->store().database();
    const Event& sample = m_world.events[4321];
    auto name = db.queryText(QStringLiteral("SELECT display_name FROM agent WHERE id = %1").arg(sample.agent));
    QVERIFY(name.ok());
    // The first three letters of the first name and of the surname: "Cla San" finds Cláudia Santos.
    const QStringList words = name->split(QLatin1Char(' '));
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.text = words.first().left(3) + QLatin1Char(' ') + words.last().left(3);
    AccessEventRepository repository(db);
    auto query = repository.resolve(filter, m_now);
    QVERIFY(query.ok());
    QVERIFY(!query->matchesNothing);
    QVERIFY(query->agents.has_value());
    QVERIFY(std::find(query->agents->begin(), query->agents->end(), sample.agent) != query->agents->end());
}

void AccessEventRepositoryTest::searchThatNamesNobodyMatchesNothing()
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.text = QStringLiteral("zzqxnotaname \"OR* NEAR( -");
    AccessEventRepository repository(m_store->store().database());
    auto query = repository.resolve(filter, m_now);
    QVERIFY2(query.ok(), "FTS syntax in user text must not reach MATCH");
    QVERIFY(query->matchesNothing);
    auto rows = repository.page(*query, AccessSort::NewestFirst, std::nullopt, false, 10);
    QVERIFY(rows.ok() && rows->empty());
}

void AccessEventRepositoryTest::filterJsonRoundTripAndRefusals()
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::Custom;
    filter.fromMs = 1000;
    filter.toMs = 2000;
    filter.agentIds = { 3, 4 };
    filter.dataClasses = { 2 };
    filter.text = QStringLiteral("Lisboa ação");
    filter.findingKinds = { 1 };
    auto back = AccessFilter::fromJson(filter.toJson());
    QVERIFY(back.ok());
    QVERIFY(*back == filter);
    const auto refused
        = [](const char* json) { return !AccessFilter::fromJson(QJsonDocument::fromJson(json).object()).ok(); };
    QVERIFY(refused(R"({"time":"custom","from":2000,"to":1000})"));
    QVERIFY(refused(R"({"time":"custom"})"));
    QVERIFY(refused(R"({"time":"yesterday-ish"})"));
    QVERIFY(refused(R"({"time":"all","data_classes":[9]})"));
    QVERIFY(refused(R"({"time":"all","agents":["x"]})"));
    QVERIFY(refused(R"({"time":"all","agents":[1.5]})"));
    QVERIFY(refused(R"({"time":"all","detections":[0]})"));
    // Customer identifiers typed in clear never become filter text (saved searches and audit entries keep it).
    QVERIFY(refused(R"({"time":"all","text":"4111 1111 1111 1111"})"));
    QVERIFY(refused(R"({"time":"all","text":"who opened CA1234567890"})"));
    QVERIFY(refused(R"({"time":"all","text":"IE1234567AB"})"));
    QVERIFY(refused(R"({"time":"all","text":"+351912345678"})"));
    QVERIFY(!refused(R"({"time":"all","text":"Lisboa 4420 E108864"})"));
    QCOMPARE(AccessFilter::findIdentifier(QStringLiteral("card 4111-1111-1111-1111 today")),
             QStringLiteral("4111-1111-1111-1111"));
}

void AccessEventRepositoryTest::savedSearchesAreAudited()
{
    Database& db = m_store->store().database();
    SavedSearchRepository repository(db);
    auto before = ConsoleAudit::head(db);
    QVERIFY(before.ok());
    AccessFilter filter;
    filter.agentIds = { 5 };
    QVERIFY(!repository.save(QStringLiteral("   "), filter, QStringLiteral("tester")).ok());
    auto id = repository.save(QStringLiteral("Agent five"), filter, QStringLiteral("tester"));
    QVERIFY(id.ok());
    auto list = repository.list();
    QVERIFY(list.ok() && list->size() == 1 && list->front().filter == filter);
    QVERIFY(repository.remove(*id, QStringLiteral("tester")).ok());
    QVERIFY(!repository.remove(*id, QStringLiteral("tester")).ok());
    auto actions = db.queryTexts(
        QStringLiteral("SELECT action FROM console_audit WHERE seq > %1 ORDER BY seq").arg(before->seq));
    QVERIFY(actions.ok());
    QCOMPARE(*actions, (QStringList { QStringLiteral("search.save"), QStringLiteral("search.delete") }));
    auto verification = ConsoleAudit::verify(db);
    QVERIFY(verification.ok() && verification->intact);
}

QTEST_GUILESS_MAIN(AccessEventRepositoryTest)

// An incident's "Show events": exactly the events linked to it (incident_event), and the filter survives a saved
// search.
void AccessEventRepositoryTest::incidentFilterListsTheLinkedEvents()
{
    Database& db = m_store->store().database();
    auto incident = db.queryInt(QStringLiteral(
        "SELECT incident_id FROM incident_event GROUP BY incident_id ORDER BY count(*) DESC, incident_id LIMIT 1"));
    QVERIFY2(incident.ok(), "the demo links events to an incident");
    std::vector<qint64> linked;
    auto statement = db.prepare(
        QStringLiteral("SELECT event_id FROM incident_event WHERE incident_id = %1 ORDER BY event_id").arg(*incident));
    QVERIFY(statement.ok());
    QVERIFY(statement->forEachRow([&](const Statement& row) { linked.push_back(row.int64(0)); }).ok());
    QVERIFY(!linked.empty());

    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    filter.incidentId = *incident;
    AccessEventRepository repository(db);
    auto query = repository.resolve(filter, m_now);
    QVERIFY(query.ok());
    std::vector<qint64> listed;
    QVERIFY(repository
                .forEach(*query, AccessSort::NewestFirst,
                         [&](const AccessEventRow& row) {
                             listed.push_back(row.id);
                             return true;
                         })
                .ok());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, linked);

    auto roundTrip = AccessFilter::fromJson(filter.toJson());
    QVERIFY(roundTrip.ok());
    QCOMPARE(roundTrip->incidentId, *incident);
    filter.incidentId = -1;
    QVERIFY(!filter.validate().ok());
}

#include "AccessEventRepositoryTest.moc"
