#pragma once

#include "domain/Result.h"

#include <QString>
#include <utility>
#include <vector>

namespace custodian {

class Database;

// Writes the detections' thresholds (detection_setting): every changed value and one console-audit entry
// ("detection.settings", old and new values) in one transaction. Validation is the caller's (rules/DetectionSettings).
class DetectionSettingRepository
{
public:
    explicit DetectionSettingRepository(Database& database);
    // Returns how many values changed (0: nothing written, nothing audited).
    [[nodiscard]] Result<int> save(const std::vector<std::pair<QString, QString>>& values, const QString& actor);

private:
    Database& m_database;
};

} // namespace custodian
