#pragma once

#include "domain/Enums.h"
#include "domain/IncidentFilter.h"
#include "domain/Result.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace custodian {

class Database;

// The Incidents page's list (issue 17, point 1; docs/incidents.md, "The Incidents page"): the incidents an
// IncidentFilter selects, newest declared first, at most `limit` of them. The order is an index (indexFor), so SQLite
// stops after `limit` matching rows instead of reading and sorting every incident; the largest demo holds 100 000.
// Reads only: the page calls it on a worker.
class IncidentListReader
{
public:
    struct Row
    {
        qint64 id = 0;
        QString reference;
        QString title;
        Severity severity = Severity::Medium;
        IncidentPhase phase = IncidentPhase::Declared;
        QString category;
        qint64 ownerId = 0; // 0: unassigned
        QString ownerName;
        qint64 openedAt = 0;
        std::optional<qint64> closedAt;
        std::optional<qint64> awareAt; // GDPR "aware at"
        std::optional<qint64> notifiedAt; // the supervisory authority's first notification
        bool personalDataBreach = false;
        std::optional<qint64> notificationDeadlineAt; // "aware at" + 72 h, as BreachWorkflow stored it
    };

    struct Query
    {
        IncidentFilter filter;
        qint64 now = 0; // for the SLA filters
        qint64 meId = 0; // the supervisor "owner: me" names
        // The SLA window of each severity (low .. critical) in ms, as IncidentSla::Windows has them: the store does not
        // know the rules, so the caller hands them over.
        std::array<qint64, 4> slaWindowMs {};
        int limit = 1000;
    };

    struct Page
    {
        std::vector<Row> rows;
        bool more = false; // more incidents match than `limit`
    };

    IncidentListReader() = delete;

    [[nodiscard]] static Result<Page> read(Database& database, const Query& query);
    // The index the list walks for this filter: incident_opened, or incident_assignee_opened (schema 20) when the
    // filter names an owner (me, or nobody), so that one supervisor's incidents are not sought among everyone's.
    [[nodiscard]] static QString indexFor(const IncidentFilter& filter);
};

} // namespace custodian
