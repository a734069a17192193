#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// What a reviewer sees beside one assignment under review: whether the agent used what the role opens in the last
// N days (from the access log's per-agent daily rollup, and the agent's own exports from the log), whether their
// required training is current, and the open findings and incidents that involve them. It answers from indexes
// only, so that one item's evidence stays well under 200 ms on a 10 M-event store (custodian-bench reviews).
struct ReviewEvidence
{
    struct ClassUse
    {
        DataClass dataClass = DataClass::None;
        qint64 events = 0; // successful accesses of this class in the window
        qint64 refused = 0; // denied or failed
        int activeDays = 0;
        std::optional<qint64> lastDay; // start (UTC) of the last day with a successful access
    };

    struct Training
    {
        QString title;
        std::optional<qint64> validUntil; // the latest passed completion's expiry; nothing: never passed
        bool current = false; // valid at the end of the window
    };

    struct Finding
    {
        qint64 id = 0;
        Severity severity = Severity::Low;
        QString summary;
        qint64 detectedAt = 0;
    };

    struct Incident
    {
        QString reference;
        QString title;
        IncidentPhase phase = IncidentPhase::Declared;
        QString involvement;
    };

    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    std::vector<ClassUse> classUse; // one per data class the role opens
    std::optional<qint64>
        exports; // exports, prints and bulk searches in the window; nothing: the role has no export permission
    std::vector<Training> training;
    std::vector<Finding> openFindings; // open or acknowledged, newest first (the latest 20)
    qint64 openFindingCount = 0; // all of them
    std::vector<Incident> incidents; // not closed, or opened in the window

    // Nothing the role opens was used in the window: the first hint that it is not needed.
    [[nodiscard]] bool unused() const;
    [[nodiscard]] bool trainingCurrent() const;
    // Successful accesses of the role's data classes in the window, and the last day with one.
    [[nodiscard]] qint64 totalEvents() const;
    [[nodiscard]] std::optional<qint64> lastUsed() const;
    // One line for lists and the report: "PII 120 events on 31 days (last 2026-11-30) · exports 3 · training
    // current · 1 open finding · no incidents".
    [[nodiscard]] QString summary() const;
};

class ReviewEvidenceReader
{
    Q_DECLARE_TR_FUNCTIONS(ReviewEvidenceReader)

public:
    explicit ReviewEvidenceReader(Database& database);

    // The evidence for `agentId` holding `roleId`, over the `days` days that end at `endAt`.
    [[nodiscard]] Result<ReviewEvidence> read(qint64 agentId, qint64 roleId, qint64 endAt, int days);

private:
    Database& m_database;
};

} // namespace custodian
