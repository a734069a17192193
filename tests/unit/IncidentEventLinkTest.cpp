// Linking access events to an incident (issue 17, point 3) and what the links add up to: the observables rebuilt by
// every writer of links, checked against a recount from the links themselves whoever wrote them (the demo, a link, the
// sync stream's delete-and-insert); the session groups a link returns against a hand count; every refusal writing
// nothing; "related" incidents through a shared record; "the whole filter" as a selection.
#include "store/IncidentEventLink.h"
#include "demo/DemoGenerator.h"
#include "store/IncidentObservableIndex.h"
#include "store/IncidentObservableReader.h"
#include "store/SyncCatalogue.h"
#include "store/SyncItemWriter.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

using namespace custodian;
using Link = IncidentEventLink;
using Reader = IncidentObservableReader;

namespace {
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

using Counts = std::map<std::tuple<qint64, qint64, qint64, qint64>, qint64>;

Counts rows(Database& db, const QString& sql)
{
    Counts out;
    auto s = db.prepare(sql);
    if (!s)
        return out;
    while (true) {
        auto row = s->step();
        if (!row || !*row)
            break;
        out[{ s->int64(0), s->int64(1), s->int64(2), s->int64(3) }] = s->int64(4);
    }
    return out;
}

// What incident_observable must hold, counted from the links and the access log directly.
Counts recount(Database& db)
{
    return rows(db,
                QStringLiteral(
                    "SELECT ie.incident_id, 1, e.agent_id, 0, count(*) FROM incident_event ie JOIN access_event e ON "
                    "e.id = ie.event_id GROUP BY 1, 3 "
                    "UNION ALL SELECT ie.incident_id, 2, e.record_id, 0, count(*) FROM incident_event ie JOIN "
                    "access_event e ON e.id = ie.event_id WHERE e.record_id IS NOT NULL GROUP BY 1, 3 "
                    "UNION ALL SELECT ie.incident_id, 3, e.workstation_id, 0, count(*) FROM incident_event ie JOIN "
                    "access_event e ON e.id = ie.event_id WHERE e.workstation_id IS NOT NULL GROUP BY 1, 3 "
                    "UNION ALL SELECT ie.incident_id, 4, e.session_id, e.agent_id, count(*) FROM incident_event ie "
                    "JOIN access_event e ON e.id = ie.event_id GROUP BY 1, 3, 4"));
}

Counts held(Database& db)
{
    return rows(db, QStringLiteral("SELECT incident_id, kind, ref_id, agent_id, events FROM incident_observable"));
}
} // namespace

class IncidentEventLinkTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;
    Database* m_db = nullptr;

    qint64 newIncident(const QString& reference)
    {
        const bool ok = m_db->exec(QStringLiteral("INSERT INTO incident (reference, title, severity, category, phase, "
                                                  "opened_at, detected_at) VALUES ('%1', 'test', 2, 'insider_misuse', "
                                                  "1, 1767225600000, 1767225600000)")
                                       .arg(reference))
                            .ok();
        return ok ? m_db->lastInsertRowId() : -1;
    }

    qint64 links(qint64 incident)
    {
        return queryInt(*m_db,
                        QStringLiteral("SELECT count(*) FROM incident_event WHERE incident_id = %1").arg(incident));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 12'000;
        options.seed = 17;
        options.end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.days = 30;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        m_db = &m_fixture->store().database();
    }

    // The demo writes its incidents' links with plain INSERTs and rebuilds the index after them.
    void demoLinksAreCounted()
    {
        QVERIFY(queryInt(*m_db, QStringLiteral("SELECT count(*) FROM incident_event")) > 0);
        const Counts expected = recount(*m_db);
        QVERIFY(!expected.empty());
        QVERIFY(expected == held(*m_db));
    }

    // A selection of two sessions' events, some given twice: linked once, grouped by session as a hand count says.
    void linkGroupsBySession()
    {
        const qint64 incident = newIncident(QStringLiteral("INC-T-1"));
        QVERIFY(incident > 0);
        const auto sessions = queryInts(
            *m_db,
            QStringLiteral("SELECT session_id FROM access_event GROUP BY agent_id, session_id HAVING count(*) >= 5 "
                           "AND count(record_id) >= 2 ORDER BY min(id) LIMIT 2"));
        QCOMPARE(sessions.size(), std::size_t(2));
        const auto ids = queryInts(*m_db,
                                   QStringLiteral("SELECT id FROM access_event WHERE session_id IN (%1, %2)")
                                       .arg(sessions[0])
                                       .arg(sessions[1]));
        std::vector<qint64> selection = ids;
        selection.push_back(ids.front()); // a row selected twice
        auto linked = Link::link(*m_db, incident, selection);
        CUSTODIAN_VERIFY_OK(linked);
        QCOMPARE(linked->added, qint64(ids.size()));
        QCOMPARE(linked->alreadyLinked, qint64(0));
        QCOMPARE(linked->total, qint64(ids.size()));
        QCOMPARE(links(incident), qint64(ids.size()));

        // Hand count, per (agent, session), straight from the access log.
        auto s = m_db->prepare(
            QStringLiteral("SELECT agent_id, session_id, min(occurred_at), max(occurred_at), count(*), "
                           "count(DISTINCT record_id), sum(action IN (4, 5, 8)), sum(outcome <> 1) FROM access_event "
                           "WHERE session_id IN (%1, %2) GROUP BY agent_id, session_id ORDER BY min(occurred_at)")
                .arg(sessions[0])
                .arg(sessions[1]));
        QVERIFY(s.ok());
        std::size_t i = 0;
        while (*s->step()) {
            QVERIFY(i < linked->sessions.size());
            const IncidentSessionGroup& group = linked->sessions[i++];
            QCOMPARE(group.agentId, s->int64(0));
            QCOMPARE(group.sessionId, s->int64(1));
            QCOMPARE(group.firstAt, s->int64(2));
            QCOMPARE(group.lastAt, s->int64(3));
            QCOMPARE(group.events, s->int64(4));
            QCOMPARE(group.records, s->int64(5));
            QCOMPARE(group.exports, s->int64(6));
            QCOMPARE(group.refused, s->int64(7));
        }
        QCOMPARE(i, linked->sessions.size());

        // Its agents are the incident's subjects; its observables agree with the recount.
        QCOMPARE(queryInt(*m_db,
                          QStringLiteral("SELECT count(*) FROM incident_agent WHERE incident_id = %1 AND "
                                         "involvement = 'subject'")
                              .arg(incident)),
                 queryInt(*m_db,
                          QStringLiteral("SELECT count(DISTINCT agent_id) FROM access_event WHERE session_id IN "
                                         "(%1, %2)")
                              .arg(sessions[0])
                              .arg(sessions[1])));
        QVERIFY(recount(*m_db) == held(*m_db));

        // The same selection again links nothing twice.
        auto again = Link::link(*m_db, incident, ids);
        CUSTODIAN_VERIFY_OK(again);
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(again->alreadyLinked, qint64(ids.size()));
        QVERIFY(again->sessions.empty());
        QVERIFY(recount(*m_db) == held(*m_db));

        // The observables as the page reads them: labels and spans.
        auto observables = Reader::observables(*m_db, incident);
        CUSTODIAN_VERIFY_OK(observables);
        QVERIFY(!observables->empty());
        qint64 sessionRows = 0;
        for (const IncidentObservable& o : *observables) {
            QVERIFY2(!o.label.isEmpty(), "every observable of a full store has a label");
            QVERIFY(o.firstAt && o.lastAt && *o.firstAt <= *o.lastAt);
            if (o.kind == IncidentObservable::Kind::Session) {
                ++sessionRows;
                QCOMPARE(*o.firstAt,
                         queryInt(*m_db,
                                  QStringLiteral("SELECT min(occurred_at) FROM access_event WHERE session_id = %1 "
                                                 "AND agent_id = %2")
                                      .arg(o.refId)
                                      .arg(o.agentId)));
            }
            if (o.kind == IncidentObservable::Kind::Record)
                QVERIFY2(!o.label.contains(QLatin1String("  ")), "a record shows its masked form");
        }
        QCOMPARE(sessionRows, qint64(linked->sessions.size()));

        // Which incidents hold these events: this one, all of them.
        auto holders = Link::holdersOf(*m_db, ids);
        CUSTODIAN_VERIFY_OK(holders);
        QVERIFY(!holders->empty());
        QCOMPARE(holders->front().incidentId, incident);
        QCOMPARE(holders->front().events, qint64(ids.size()));
    }

    // The `incidents` stream replaces an incident's lists when it arrives again: the observables follow whatever the
    // new list holds (SyncCatalogue's refreshSql), here fewer events, then none.
    void pulledIncidentRebuildsItsObservables()
    {
        const auto* stream = SyncCatalogue::stream(u"incidents");
        QVERIFY(stream);
        const auto ids = queryInts(*m_db,
                                   QStringLiteral("SELECT id FROM access_event WHERE record_id IS NOT NULL "
                                                  "ORDER BY id LIMIT 40"));
        QCOMPARE(ids.size(), std::size_t(40));
        auto itemWith = [](qsizetype events, const std::vector<qint64>& from) {
            QCborArray list;
            for (qsizetype i = 0; i < events; ++i)
                list.append(from[std::size_t(i)]);
            QCborMap item;
            item.insert(QStringLiteral("type"), QStringLiteral("incident"));
            item.insert(QStringLiteral("id"), 4242);
            item.insert(QStringLiteral("reference"), QStringLiteral("INC-2026-9001"));
            item.insert(QStringLiteral("title"), QStringLiteral("Pulled"));
            item.insert(QStringLiteral("description"), QString());
            item.insert(QStringLiteral("severity"), 3);
            item.insert(QStringLiteral("category"), QStringLiteral("insider_misuse"));
            item.insert(QStringLiteral("phase"), 2);
            item.insert(QStringLiteral("assignee_id"), QCborValue(nullptr));
            item.insert(QStringLiteral("reported_by"), QCborValue(nullptr));
            item.insert(QStringLiteral("opened_at"), 1767225600000LL);
            item.insert(QStringLiteral("detected_at"), 1767225600000LL);
            item.insert(QStringLiteral("personal_data_breach"), false);
            item.insert(QStringLiteral("version"), 1);
            item.insert(QStringLiteral("events"), list);
            return QCborArray { item };
        };
        SyncItemWriter writer(*m_db);
        for (const qsizetype events : { 40, 12, 0 }) {
            auto applied = writer.apply(*stream, itemWith(events, ids));
            CUSTODIAN_VERIFY_OK(applied);
            QCOMPARE(links(4242), qint64(events));
            QVERIFY(recount(*m_db) == held(*m_db));
        }
    }

    // Links written by hand are counted once the index is rebuilt: all deleted, then inserted again; a partial removal.
    void replacedLinksAreCountedExactly()
    {
        const qint64 incident = queryInt(*m_db,
                                         QStringLiteral("SELECT incident_id FROM incident_event GROUP BY 1 "
                                                        "ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(incident > 0);
        const auto ids = queryInts(
            *m_db, QStringLiteral("SELECT event_id FROM incident_event WHERE incident_id = %1").arg(incident));
        QVERIFY(ids.size() >= 2);
        CUSTODIAN_VERIFY_OK(
            m_db->exec(QStringLiteral("DELETE FROM incident_event WHERE incident_id = %1 AND event_id = %2")
                           .arg(incident)
                           .arg(ids.front())));
        QVERIFY2(!(recount(*m_db) == held(*m_db)), "a link removed by hand is not counted off by itself");
        CUSTODIAN_VERIFY_OK(IncidentObservableIndex::rebuild(*m_db, incident));
        QVERIFY(recount(*m_db) == held(*m_db));
        CUSTODIAN_VERIFY_OK(
            m_db->exec(QStringLiteral("DELETE FROM incident_event WHERE incident_id = %1").arg(incident)));
        CUSTODIAN_VERIFY_OK(IncidentObservableIndex::rebuild(*m_db, incident));
        QCOMPARE(
            queryInt(*m_db,
                     QStringLiteral("SELECT count(*) FROM incident_observable WHERE incident_id = %1").arg(incident)),
            qint64(0));
        for (const qint64 id : ids)
            CUSTODIAN_VERIFY_OK(
                m_db->exec(QStringLiteral("INSERT INTO incident_event (incident_id, event_id) VALUES (%1, %2)")
                               .arg(incident)
                               .arg(id)));
        CUSTODIAN_VERIFY_OK(IncidentObservableIndex::rebuild(*m_db, incident));
        QVERIFY(recount(*m_db) == held(*m_db));
    }

    // Refusals write nothing.
    void refusalsWriteNothing()
    {
        const qint64 incident = newIncident(QStringLiteral("INC-T-2"));
        const auto some = queryInts(*m_db, QStringLiteral("SELECT id FROM access_event ORDER BY id LIMIT 3"));
        CUSTODIAN_VERIFY_ERROR(Link::link(*m_db, 987654321, some), Error::Code::NotFound);
        CUSTODIAN_VERIFY_ERROR(Link::link(*m_db, incident, {}), Error::Code::InvalidArgument);

        std::vector<qint64> withUnknown = some;
        withUnknown.push_back(some.back() + 1'000'000'000); // ids are time-ordered: no event that far ahead
        auto unknown = Link::link(*m_db, incident, withUnknown);
        CUSTODIAN_VERIFY_ERROR(unknown, Error::Code::InvalidArgument);
        QVERIFY2(unknown.error().message().contains(QLatin1String("not in this store")),
                 qPrintable(unknown.error().message()));
        QCOMPARE(links(incident), qint64(0));

        // One past the limit: refused, naming the numbers; the limit itself is taken.
        const auto many = queryInts(
            *m_db, QStringLiteral("SELECT id FROM access_event ORDER BY id LIMIT %1").arg(Link::MaxEvents + 1));
        QCOMPARE(qint64(many.size()), Link::MaxEvents + 1);
        auto tooMany = Link::link(*m_db, incident, many);
        CUSTODIAN_VERIFY_ERROR(tooMany, Error::Code::InvalidArgument);
        QVERIFY2(tooMany.error().message().contains(QString::number(Link::MaxEvents)),
                 qPrintable(tooMany.error().message()));
        QCOMPARE(links(incident), qint64(0));
        auto atLimit = Link::link(*m_db, incident, std::vector<qint64>(many.begin(), many.end() - 1));
        CUSTODIAN_VERIFY_OK(atLimit);
        QCOMPARE(atLimit->total, Link::MaxEvents);
        CUSTODIAN_VERIFY_ERROR(Link::link(*m_db, incident, { many.back() }), Error::Code::InvalidArgument);
        QCOMPARE(links(incident), Link::MaxEvents);
        QVERIFY(recount(*m_db) == held(*m_db));
    }

    // Two incidents sharing a customer record are related through it; an unrelated one is not listed.
    void relatedBySharedRecord()
    {
        const qint64 record = queryInt(*m_db,
                                       QStringLiteral("SELECT record_id FROM access_event WHERE record_id IS NOT "
                                                      "NULL GROUP BY record_id HAVING count(DISTINCT agent_id) >= 2 "
                                                      "ORDER BY record_id LIMIT 1"));
        QVERIFY(record > 0);
        const auto events = queryInts(
            *m_db,
            QStringLiteral("SELECT min(id) FROM access_event WHERE record_id = %1 GROUP BY agent_id LIMIT 2")
                .arg(record));
        QCOMPARE(events.size(), std::size_t(2));
        const qint64 first = newIncident(QStringLiteral("INC-T-3"));
        const qint64 second = newIncident(QStringLiteral("INC-T-4"));
        CUSTODIAN_VERIFY_OK(Link::link(*m_db, first, { events[0] }));
        CUSTODIAN_VERIFY_OK(Link::link(*m_db, second, { events[1] }));
        auto related = Reader::related(*m_db, first);
        CUSTODIAN_VERIFY_OK(related);
        auto it = std::find_if(related->begin(), related->end(),
                               [&](const Reader::Related& r) { return r.incidentId == second; });
        QVERIFY(it != related->end());
        QCOMPARE(it->sharedRecords, qint64(1));
        QCOMPARE(it->reference, QStringLiteral("INC-T-4"));
        for (const Reader::Related& r : *related)
            QVERIFY(r.incidentId != first);
        const qint64 alone = newIncident(QStringLiteral("INC-T-5"));
        auto none = Reader::related(*m_db, alone);
        CUSTODIAN_VERIFY_OK(none);
        QVERIFY(none->empty());
    }

    // The ranking against a count made from the links and the access log alone (not from incident_observable): for
    // overlapping slices of events, every other incident with its shared agents, records and workstations, ordered by
    // records, agents, workstations, then the newer id; cut at the limit.
    void relatedRankedAsCountedFromTheLinks()
    {
        // Five agents' first 60 events each that name a record and a workstation.
        const auto agents = queryInts(*m_db,
                                      QStringLiteral("SELECT agent_id FROM access_event WHERE record_id IS NOT NULL "
                                                     "AND workstation_id IS NOT NULL GROUP BY agent_id "
                                                     "HAVING count(*) >= 60 ORDER BY agent_id LIMIT 5"));
        QCOMPARE(agents.size(), std::size_t(5));
        std::vector<std::vector<qint64>> byAgent;
        for (qint64 agent : agents) {
            byAgent.push_back(
                queryInts(*m_db,
                          QStringLiteral("SELECT id FROM access_event WHERE agent_id = %1 AND record_id "
                                         "IS NOT NULL AND workstation_id IS NOT NULL ORDER BY id LIMIT 60")
                              .arg(agent)));
        }
        const auto slice = [&byAgent](std::size_t agent, std::size_t from, std::size_t to) {
            return std::vector<qint64>(byAgent[agent].begin() + qsizetype(from),
                                       byAgent[agent].begin() + qsizetype(to));
        };
        const auto linked = [this](const QString& reference, const std::vector<qint64>& ids) {
            const qint64 incident = newIncident(reference);
            return Link::link(*m_db, incident, ids) ? incident : -1;
        };
        // The subject: 20 events of each agent. One other shares every agent through one later event each (many
        // agents, few records); two share ten of one agent's events (one agent, many records); one shares a single
        // event; one shares nothing but an agent.
        std::vector<qint64> subjectEvents;
        std::vector<qint64> everyAgent;
        for (std::size_t agent = 0; agent < agents.size(); ++agent) {
            const auto part = slice(agent, 0, 20);
            subjectEvents.insert(subjectEvents.end(), part.begin(), part.end());
            everyAgent.push_back(byAgent[agent][40]);
        }
        const qint64 subject = linked(QStringLiteral("INC-T-R0"), subjectEvents);
        QVERIFY(subject > 0);
        QVERIFY(linked(QStringLiteral("INC-T-R1"), everyAgent) > 0);
        QVERIFY(linked(QStringLiteral("INC-T-R2"), slice(0, 0, 10)) > 0);
        QVERIFY(linked(QStringLiteral("INC-T-R3"), slice(1, 10, 20)) > 0);
        QVERIFY(linked(QStringLiteral("INC-T-R4"), slice(2, 15, 16)) > 0);
        QVERIFY(linked(QStringLiteral("INC-T-R5"), slice(3, 50, 52)) > 0);

        using Things = std::set<std::pair<int, qint64>>; // kind (1 agent, 2 record, 3 workstation), id
        std::map<qint64, Things> held;
        auto s = m_db->prepare(QStringLiteral("SELECT ie.incident_id, e.agent_id, e.record_id, e.workstation_id FROM "
                                              "incident_event ie JOIN access_event e ON e.id = ie.event_id"));
        CUSTODIAN_VERIFY_OK(s);
        CUSTODIAN_VERIFY_OK(s->forEachRow([&held](const Statement& row) {
            Things& things = held[row.int64(0)];
            things.insert({ 1, row.int64(1) });
            if (!row.isNull(2))
                things.insert({ 2, row.int64(2) });
            if (!row.isNull(3))
                things.insert({ 3, row.int64(3) });
        }));
        struct Expected
        {
            qint64 id, agents, records, workstations;
        };
        std::vector<Expected> expected;
        for (const auto& [id, things] : held) {
            if (id == subject)
                continue;
            Expected e { id, 0, 0, 0 };
            for (const auto& thing : things) {
                if (!held[subject].count(thing))
                    continue;
                (thing.first == 1 ? e.agents : thing.first == 2 ? e.records : e.workstations)++;
            }
            if (e.agents + e.records + e.workstations > 0)
                expected.push_back(e);
        }
        std::sort(expected.begin(), expected.end(), [](const Expected& a, const Expected& b) {
            return std::tie(b.records, b.agents, b.workstations, b.id)
                < std::tie(a.records, a.agents, a.workstations, a.id);
        });
        QVERIFY(expected.size() >= 5);
        // An incident sharing more agents ranks below the second (INC-T-R1, sharing every agent and no record), so a
        // ranking by agents first would differ at a limit of two.
        QVERIFY(std::any_of(expected.begin() + 2, expected.end(),
                            [&expected](const Expected& e) { return e.agents > expected[1].agents; }));
        for (const int limit : { 2, 20 }) {
            auto related = Reader::related(*m_db, subject, limit);
            CUSTODIAN_VERIFY_OK(related);
            QCOMPARE(related->size(), std::min(expected.size(), std::size_t(limit)));
            for (std::size_t i = 0; i < related->size(); ++i) {
                const Reader::Related& got = (*related)[i];
                QCOMPARE(got.incidentId, expected[i].id);
                QCOMPARE(got.sharedRecords, expected[i].records);
                QCOMPARE(got.sharedAgents, expected[i].agents);
                QCOMPARE(got.sharedWorkstations, expected[i].workstations);
                QVERIFY(!got.reference.isEmpty());
            }
        }
    }

    // "The whole filter": the ids the access page's filter matches, or a refusal past the limit.
    void wholeFilterAsSelection()
    {
        const qint64 agent = queryInt(*m_db,
                                      QStringLiteral("SELECT agent_id FROM access_event GROUP BY agent_id "
                                                     "ORDER BY count(*) DESC LIMIT 1"));
        AccessFilter filter;
        filter.preset = AccessFilter::TimePreset::All;
        filter.agentIds = { agent };
        auto ids = Link::eventsMatching(*m_db, filter,
                                        QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        CUSTODIAN_VERIFY_OK(ids);
        QVERIFY(*ids
                == queryInts(*m_db,
                             QStringLiteral("SELECT id FROM access_event WHERE agent_id = %1 ORDER BY id").arg(agent)));
        auto capped = Link::eventsMatching(*m_db, filter, 0, qint64(ids->size()) - 1);
        CUSTODIAN_VERIFY_ERROR(capped, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(IncidentEventLinkTest)
#include "IncidentEventLinkTest.moc"
