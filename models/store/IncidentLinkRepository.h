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

    explicit IncidentLinkRepository(Database& database)
        : m_database(database)
    {
    }

    [[nodiscard]] Result<std::optional<Link>> find(qint64 one, qint64 other);
    // Every incident linked to `incidentId`, the latest link first.
    [[nodiscard]] Result<std::vector<Link>> linksOf(qint64 incidentId);
    [[nodiscard]] Status insert(qint64 one, qint64 other, const Link& who);
    // False when there was no such link.
    [[nodiscard]] Result<bool> remove(qint64 one, qint64 other);

private:
    Database& m_database;
};

} // namespace custodian
