#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

class Database;

// An incident's timeline as a hash chain (NIST CSF 2.0 RS.AN-06: the records of an investigation keep their integrity
// and provenance; docs/incidents.md, "Timeline"). Entry i written on this store keeps its position chain_seq = i and
// h_i = SHA-256(h_{i-1} ‖ canonical(entry i)), where h_0 = SHA-256(domain ‖ incident id) binds the chain to its
// incident: an entry moved to another incident no longer verifies. The incident row keeps the head (last position
// and hash), so that deleting the last entries is noticed as well.
//
// The chain is in append order, not in `at` order: an entry can be dated in the past (an access event's time), and its
// position still says when it was written. Unlike the console audit it is not keyed: anyone can recompute a hash, so
// the chain shows edits made without recomputing it (a byte changed, a row deleted or moved through SQL); the console
// audit, keyed, records each change beside it.
//
// Entries the sync pulled from the central service have no position: they are the service's record as it sent them,
// replaced whole at each pull, and verify() counts them apart. Appends run inside the caller's transaction.
class IncidentTimeline
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTimeline)

public:
    struct Entry
    {
        qint64 at = 0; // ms since the epoch, UTC; may lie before earlier entries
        qint64 authorId = 0; // the supervisor, when this console knows it; 0: not known yet
        QString authorActor; // the console-audit actor: who, always
        QString kind; // note, opened, update, assignment, phase_change, task, closed, reopened
        std::optional<IncidentPhase> phase; // the phase an entry moved to (phase_change, closed, reopened)
        QString text;
    };

    struct Appended
    {
        qint64 id = 0;
        qint64 position = 0;
        QByteArray hash;
    };

    struct Verification
    {
        bool intact = true;
        qint64 chained = 0; // entries that verified
        qint64 fromService = 0; // pulled entries, outside the chain
        // The first broken entry: its position, and the time and kind of the entry found there (none when the entries
        // at the end were deleted).
        qint64 firstBadPosition = 0;
        std::optional<qint64> badAt;
        QString badKind;
        QString reason; // a sentence naming it, to show as is
    };

    IncidentTimeline() = delete;

    [[nodiscard]] static Result<Appended> append(Database& database, qint64 incidentId, const Entry& entry);
    // NotFound for an unknown incident.
    [[nodiscard]] static Result<Verification> verify(Database& database, qint64 incidentId);

    // The id, not the reference: ids made here are random and never renumbered, while a reference might have to be
    // renamed when the central service has numbered one the same.
    [[nodiscard]] static QByteArray genesis(qint64 incidentId);
    [[nodiscard]] static QByteArray hashFor(QByteArrayView previous, qint64 position, const Entry& entry);
};

} // namespace custodian
