#pragma once

#include "domain/AccessFilter.h"
#include "store/AccessLookups.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// An AccessFilter in words for people reading an export: "Agents: E104123 Maria Lopez; Data class:
// payment_card; Search: "lisbon"", or "All access events" when it filters nothing but time. Agents, teams, sites
// and workstations are named from AccessLookups; customer records appear by id (the rows show their masked form).
// Long lists are cut after MaxNamed names ("and 12 more").
class AccessFilterDescription
{
    Q_DECLARE_TR_FUNCTIONS(AccessFilterDescription)

public:
    static constexpr int MaxNamed = 8;

    [[nodiscard]] static QString describe(const AccessFilter& filter, const AccessLookups& lookups);
    // "Last 7 days: from 2026-02-21 10:00:00 UTC to 2026-02-28 10:00:00 UTC (end excluded)", "All time".
    [[nodiscard]] static QString timeRange(const AccessFilter& filter, qint64 fromMs, qint64 toMs);
    // "2026-02-28 13:45:12 UTC"
    [[nodiscard]] static QString utc(qint64 ms);
};

} // namespace custodian
