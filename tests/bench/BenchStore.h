#pragma once

#include "SyntheticEvents.h"

#include "domain/Result.h"
#include "store/Database.h"

#include <QString>

namespace custodian::bench {

// A fresh store for one benchmark round: a real SQLCipher database keyed with a random raw 256-bit key
// (exactly what Store::open does, without the keyring's scrypt), or the same library opened without a key as
// the baseline. Both get Database::configure() and the full schema migration, then the rows the events refer
// to (site, team, agents, workstations, customer records), so foreign keys stay ON as in the product.
class BenchStore
{
public:
    enum class Kind { Keyed, Unkeyed };

    // withDetectionFacts: also what the detections read for a clean log — one role granting every data class held
    // by every agent (with its request and approval), and a PCI DSS awareness pass of every agent valid throughout —
    // so that ingest through AccessEventIngest does each detection's per-event work without raising findings.
    [[nodiscard]] static Result<Database> create(const QString& path, Kind kind, const SyntheticEvents::Shape& shape,
                                                 int cacheKiB, bool withDetectionFacts = false);
    static QString name(Kind kind) { return kind == Kind::Keyed ? QStringLiteral("keyed") : QStringLiteral("unkeyed"); }
};

} // namespace custodian::bench
