#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// The `incident_link` table: two related incidents, kept once with the smaller id first and read from either side
// (docs/incidents-observables.md, "Related incidents"). Writes run inside the caller's transaction: linking and
// unlinking are supervisor changes with their timeline and console-audit entries (IncidentFromEvidence).
class IncidentLinkRepository
{
public:
    struct Link
    {
        qint64 otherId = 0; // the related incident, seen from the one asked about
        QString otherReference;
        qint64 at = 0;
        qint64 bySupervisorId = 0; // 0: this console did not know its supervisor yet
        QString byActor;
        QString reason;
    };

    // How another incident is tied to the one asked about, for its detail: linked as related (incident_link), or merged
    // — closed as a duplicate (incident.duplicate_of) of it, or it closed as a duplicate of the other.
    enum class Kind { Linked, MergedInto, MergedHere };
    struct Connection
    {
        Kind kind = Kind::Linked;
        qint64 otherId = 0;
        QString otherReference;
        QString otherTitle;
        bool otherClosed = false;
        qint64 at = 0; // linked at, or the duplicate's closing
        QString byActor; // who linked, or who closed the duplicate
        QString reason; // the link's reason, or the duplicate's closing summary
    };

    explicit IncidentLinkRepository(Database& database)
        : m_database(database)
    {
    }

    [[nodiscard]] Result<std::optional<Link>> find(qint64 one, qint64 other);
    // Every incident linked to `incidentId`, the latest link first.
    [[nodiscard]] Result<std::vector<Link>> linksOf(qint64 incidentId);
    // Every incident linked to or merged with `incidentId`: the one it was merged into first, then those merged into
    // it and those linked, the latest first.
    [[nodiscard]] Result<std::vector<Connection>> connectionsOf(qint64 incidentId);
    [[nodiscard]] Status insert(qint64 one, qint64 other, const Link& who);
    // False when there was no such link.
    [[nodiscard]] Result<bool> remove(qint64 one, qint64 other);

private:
    Database& m_database;
};

} // namespace custodian
