#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace custodian {

class Database;

// The detections' thresholds — and the organisation's review rule that travels with them — from the
// detection_setting table (key → decimal text). A missing key takes its default; a value that is not a whole number
// within its bounds is refused with a message naming the key, so that a detection never silently runs with a
// threshold nobody set.
struct DetectionSettings
{
    int bulkAccessThresholdPerHour = 100; // distinct records per agent per clock hour; more is a finding
    int failedLoginBurstCount = 5; // this many failed logins ...
    int failedLoginBurstMinutes = 10; // ... within this many minutes
    int offHoursGraceMinutes = 30; // tolerance before and after a shift
    int newWorkstationBaselineDays = 14; // workstations first used within this many days of the agent's first
                                         // event are their usual ones
    // The organisation's rule for access reviews, delivered and changed with the thresholds (the same stream, change
    // kind and officer-only permission): 1 when a campaign's reviewer must be someone other than its creator.
    int reviewIndependentReviewer = 0;
    // Training reminders' escalation (TrainingReminderWorkflow), organisation policy delivered the same way: a
    // reminder for training overdue by at least the first number of days is copied to the agent's team lead, by at
    // least the second also to the site's manager. 0 < lead < manager ≤ 3650.
    int trainingEscalateLeadDays = 14;
    int trainingEscalateManagerDays = 30;

    struct Bounds
    {
        const char* key;
        int DetectionSettings::*field;
        int minimum;
        int maximum;
    };
    static const std::vector<Bounds>& bounds();

    // From key/value pairs (unknown keys are ignored: other features may keep settings beside these).
    [[nodiscard]] static Result<DetectionSettings> fromValues(const std::vector<std::pair<QString, QString>>& values);
    [[nodiscard]] static Result<DetectionSettings> load(Database& database);
    // Validates and writes every value, audited (action "detection.settings") in one transaction. Detections are
    // incremental: new thresholds apply to events ingested from then on. Returns how many values changed.
    [[nodiscard]] Result<int> save(Database& database, const QString& actor) const;
    // Every field within its bounds, and the escalation's first threshold before its second.
    [[nodiscard]] Status validate() const;

    bool operator==(const DetectionSettings&) const = default;

    Q_DECLARE_TR_FUNCTIONS(DetectionSettings)
};

} // namespace custodian
