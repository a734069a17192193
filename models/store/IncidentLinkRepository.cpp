#include "store/IncidentLinkRepository.h"

#include "store/Database.h"

#include <utility>

namespace custodian {

namespace {
// The row's key: symmetric, so (a, b) and (b, a) are the same link.
std::pair<qint64, qint64> ordered(qint64 one, qint64 other)
{
    return one < other ? std::pair { one, other } : std::pair { other, one };
}

constexpr auto Columns
    = "SELECT CASE WHEN l.incident_a = ?1 THEN l.incident_b ELSE l.incident_a END, i.reference, "
      "l.linked_at, coalesce(l.linked_by, 0), l.linked_actor, l.reason FROM incident_link l "
      "JOIN incident i ON i.id = CASE WHEN l.incident_a = ?1 THEN l.incident_b ELSE l.incident_a END ";

IncidentLinkRepository::Link readLink(const Statement& s)
{
    return { s.int64(0), s.text(1), s.int64(2), s.int64(3), s.text(4), s.text(5) };
}
} // namespace

Result<std::optional<IncidentLinkRepository::Link>> IncidentLinkRepository::find(qint64 one, qint64 other)
{
    const auto [a, b] = ordered(one, other);
    auto statement
        = m_database.prepare(QLatin1String(Columns) + QStringLiteral("WHERE l.incident_a = ?2 AND l.incident_b = ?3"));
    if (!statement)
        return statement.error();
    statement->bind(1, one).bind(2, a).bind(3, b);
    return statement->firstRow(readLink);
}

Result<std::vector<IncidentLinkRepository::Link>> IncidentLinkRepository::linksOf(qint64 incidentId)
{
    auto statement = m_database.prepare(QLatin1String(Columns)
                                        + QStringLiteral("WHERE l.incident_a = ?1 OR l.incident_b = ?1 "
                                                         "ORDER BY l.linked_at DESC, i.reference"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<Link> out;
    if (auto status = statement->forEachRow([&](const Statement& s) { out.push_back(readLink(s)); }); !status)
        return status.error();
    return out;
}

Result<std::vector<IncidentLinkRepository::Connection>> IncidentLinkRepository::connectionsOf(qint64 incidentId)
{
    // Three small reads, each on an index: the incident's own duplicate_of (its primary key), the incidents whose
    // duplicate_of is it (incident_duplicate_of) and its links (incident_link's key and incident_link_b).
    auto statement = m_database.prepare(QStringLiteral(
        "SELECT 1 AS kind, o.id, o.reference, o.title, o.closed_at IS NOT NULL, coalesce(i.closed_at, 0), "
        "coalesce(i.closed_actor, ''), coalesce(i.closure_summary, ''), 0 AS ord FROM incident i "
        "JOIN incident o ON o.id = i.duplicate_of WHERE i.id = ?1 "
        "UNION ALL "
        "SELECT 2, d.id, d.reference, d.title, d.closed_at IS NOT NULL, coalesce(d.closed_at, 0), "
        "coalesce(d.closed_actor, ''), coalesce(d.closure_summary, ''), 1 FROM incident d WHERE d.duplicate_of = ?1 "
        "UNION ALL "
        "SELECT 0, o.id, o.reference, o.title, o.closed_at IS NOT NULL, l.linked_at, l.linked_actor, l.reason, 2 "
        "FROM incident_link l JOIN incident o ON o.id = CASE WHEN l.incident_a = ?1 THEN l.incident_b ELSE "
        "l.incident_a END WHERE l.incident_a = ?1 OR l.incident_b = ?1 "
        "ORDER BY ord, 6 DESC, 3"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    std::vector<Connection> out;
    if (auto status = statement->forEachRow([&](const Statement& s) {
            Connection c;
            c.kind = s.int64(0) == 1 ? Kind::MergedInto : s.int64(0) == 2 ? Kind::MergedHere : Kind::Linked;
            c.otherId = s.int64(1);
            c.otherReference = s.text(2);
            c.otherTitle = s.text(3);
            c.otherClosed = s.int64(4) != 0;
            c.at = s.int64(5);
            c.byActor = s.text(6);
            c.reason = s.text(7);
            out.push_back(std::move(c));
        });
        !status)
        return status.error();
    return out;
}

Status IncidentLinkRepository::insert(qint64 one, qint64 other, const Link& who)
{
    const auto [a, b] = ordered(one, other);
    auto statement = m_database.prepare(QStringLiteral(
        "INSERT INTO incident_link (incident_a, incident_b, linked_at, linked_by, linked_actor, reason) VALUES (?, ?, "
        "?, (SELECT id FROM supervisor WHERE id = ?), ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, a)
        .bind(2, b)
        .bind(3, who.at)
        .bind(4, who.bySupervisorId)
        .bind(5, who.byActor)
        .bind(6, who.reason);
    return statement->run();
}

Result<bool> IncidentLinkRepository::remove(qint64 one, qint64 other)
{
    const auto [a, b] = ordered(one, other);
    auto statement
        = m_database.prepare(QStringLiteral("DELETE FROM incident_link WHERE incident_a = ? AND incident_b = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, a).bind(2, b);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_database.changes() == 1;
}

} // namespace custodian
