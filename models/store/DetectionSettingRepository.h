#pragma once

#include "domain/Result.h"

#include <QString>
#include <utility>
#include <vector>

namespace custodian {

class Database;

// Writes the detections' thresholds (detection_setting). Validation is the caller's (rules/DetectionSettings).
//  * save(): a supervisor's change — every changed value, one console-audit entry ("detection.settings", old and new
//    values) and the sync-outbox entry that takes it to the central service ("detection.settings", based on the
//    central version this console last had), in one transaction.
//  * applyServerSettings(): the central service's thresholds from the detection_settings stream, inside the sync
//    engine's transaction, audited the same way (actor "central") and remembered with their version.
class DetectionSettingRepository
{
public:
    explicit DetectionSettingRepository(Database& database);
    // Returns how many values changed (0: nothing written, nothing audited, nothing queued).
    [[nodiscard]] Result<int> save(const std::vector<std::pair<QString, QString>>& values, const QString& actor);
    [[nodiscard]] Result<int> applyServerSettings(const std::vector<std::pair<QString, QString>>& values,
                                                  qint64 version);
    // The central service's version of the thresholds this console has (0: none yet).
    [[nodiscard]] Result<qint64> serverVersion();
    // Whether a change of this console is waiting to be pushed (the central's thresholds wait for its answer).
    [[nodiscard]] Result<bool> hasQueuedChange();

private:
    [[nodiscard]] Result<int> write(const std::vector<std::pair<QString, QString>>& values, const QString& actor);

    Database& m_database;
};

} // namespace custodian
