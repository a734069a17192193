#include "rules/DetectionSettings.h"

#include "store/DetectionFacts.h"
#include "store/DetectionSettingRepository.h"

#include <QCoreApplication>

namespace custodian {

namespace {
Error outOfBounds(const DetectionSettings::Bounds& bounds, const QString& got)
{
    return Error(Error::Code::InvalidArgument,
                 DetectionSettings::tr("The detection setting '%1' must be a whole number from %2 to %3 (got '%4').")
                     .arg(QLatin1String(bounds.key))
                     .arg(bounds.minimum)
                     .arg(bounds.maximum)
                     .arg(got.left(40)));
}
} // namespace

const std::vector<DetectionSettings::Bounds>& DetectionSettings::bounds()
{
    // Bounds that keep every rule meaningful: a burst needs at least two logins, a grace period of up to
    // twelve hours, a baseline of up to a year.
    static const std::vector<Bounds> all {
        { "bulk_access_threshold_per_hour", &DetectionSettings::bulkAccessThresholdPerHour, 1, 100'000 },
        { "failed_login_burst_count", &DetectionSettings::failedLoginBurstCount, 2, 1'000 },
        { "failed_login_burst_minutes", &DetectionSettings::failedLoginBurstMinutes, 1, 1'440 },
        { "off_hours_grace_minutes", &DetectionSettings::offHoursGraceMinutes, 0, 720 },
        { "new_workstation_baseline_days", &DetectionSettings::newWorkstationBaselineDays, 0, 3'650 },
        { "review_independent_reviewer", &DetectionSettings::reviewIndependentReviewer, 0, 1 },
        { "training_escalate_lead_days", &DetectionSettings::trainingEscalateLeadDays, 1, 3'649 },
        { "training_escalate_manager_days", &DetectionSettings::trainingEscalateManagerDays, 2, 3'650 },
    };
    return all;
}

Result<DetectionSettings> DetectionSettings::fromValues(const std::vector<std::pair<QString, QString>>& values)
{
    DetectionSettings settings;
    for (const auto& [key, value] : values) {
        for (const Bounds& b : bounds()) {
            if (key != QLatin1String(b.key))
                continue;
            bool ok = false;
            const int parsed = value.trimmed().toInt(&ok);
            if (!ok || parsed < b.minimum || parsed > b.maximum)
                return outOfBounds(b, value);
            settings.*b.field = parsed;
        }
    }
    if (auto status = settings.validate(); !status)
        return status.error();
    return settings;
}

Result<DetectionSettings> DetectionSettings::load(Database& database)
{
    DetectionFacts facts(database);
    auto values = facts.settingValues();
    if (!values)
        return values.error();
    return fromValues(*values);
}

Result<int> DetectionSettings::save(Database& database, const QString& actor) const
{
    if (auto status = validate(); !status)
        return status.error();
    std::vector<std::pair<QString, QString>> values;
    for (const Bounds& b : bounds())
        values.emplace_back(QString::fromLatin1(b.key), QString::number(this->*b.field));
    return DetectionSettingRepository(database).save(values, actor);
}

Status DetectionSettings::validate() const
{
    for (const Bounds& b : bounds()) {
        const int value = this->*b.field;
        if (value < b.minimum || value > b.maximum)
            return outOfBounds(b, QString::number(value));
    }
    if (trainingEscalateLeadDays >= trainingEscalateManagerDays)
        return Error(Error::Code::InvalidArgument,
                     tr("A training reminder escalates to the team lead before the manager: "
                        "'training_escalate_lead_days' (%1) must be fewer days than "
                        "'training_escalate_manager_days' (%2).")
                         .arg(trainingEscalateLeadDays)
                         .arg(trainingEscalateManagerDays));
    return {};
}

} // namespace custodian
