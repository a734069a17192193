#include "domain/AccessFilter.h"

#include "domain/Enums.h"
#include "domain/TimeRange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <limits>

namespace custodian {

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 LatestRepresentableMs = TimeRange::LatestMs;

struct PresetName
{
    AccessFilter::TimePreset preset;
    const char* name;
};
constexpr PresetName presetNames[] = {
    { AccessFilter::TimePreset::LastHour, "last_hour" }, { AccessFilter::TimePreset::Shift, "shift" },
    { AccessFilter::TimePreset::Today, "today" },        { AccessFilter::TimePreset::Last7Days, "7d" },
    { AccessFilter::TimePreset::Custom, "custom" },      { AccessFilter::TimePreset::All, "all" },
};

template <typename T> QJsonArray toArray(const QList<T>& values)
{
    QJsonArray array;
    for (T value : values)
        array.append(qint64(value));
    return array;
}

template <typename T> bool fromArray(const QJsonValue& value, QList<T>* out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isDouble())
            return false;
        const double number = item.toDouble();
        if (number != double(qint64(number)) || number < 0)
            return false;
        out->append(T(qint64(number)));
    }
    return true;
}

bool allWithin(const QList<int>& codes, int low, int high)
{
    for (int code : codes) {
        if (code < low || code > high)
            return false;
    }
    return true;
}
} // namespace

QString AccessFilter::findIdentifier(const QString& text)
{
    static const QRegularExpression candidate(
        QStringLiteral("[A-Za-z+]{0,4}\\d(?:[ \\-]?\\d){6,}(?:[A-Za-z]{1,2}\\b)?"));
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const QString found = matches.next().captured().trimmed();
        int digits = 0;
        int length = 0;
        for (QChar c : found) {
            if (c.isDigit())
                ++digits;
            if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
                ++length;
        }
        if (digits >= 7 && length >= 9)
            return found;
    }
    return {};
}

QString toString(AccessFilter::TimePreset preset)
{
    for (const auto& entry : presetNames) {
        if (entry.preset == preset)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("custom");
}

bool timePresetFromString(const QString& name, AccessFilter::TimePreset* preset)
{
    for (const auto& entry : presetNames) {
        if (name == QLatin1String(entry.name)) {
            *preset = entry.preset;
            return true;
        }
    }
    return false;
}

std::pair<qint64, qint64> AccessFilter::resolveRange(qint64 nowMs) const
{
    // The end is exclusive and one millisecond past now, so that an event stamped "now" is inside.
    const qint64 end = nowMs + 1;
    switch (preset) {
    case TimePreset::LastHour:
        return { end - HourMs, end };
    case TimePreset::Shift:
        return { end - ShiftMs, end };
    case TimePreset::Today: {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
        return { QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch(), end };
    }
    case TimePreset::Last7Days:
        return { end - 7 * 24 * HourMs, end };
    case TimePreset::Custom:
        return { fromMs, toMs };
    case TimePreset::All:
        break;
    }
    return { 0, LatestRepresentableMs };
}

Status AccessFilter::validate() const
{
    if (preset == TimePreset::Custom) {
        if (auto range = TimeRange { fromMs, toMs }.validate(); !range)
            return range;
    }
    if (!allWithin(dataClasses, int(DataClass::None), int(DataClass::Communications)))
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an unknown data class."));
    if (!allWithin(actions, int(AccessAction::View), int(AccessAction::BulkSearch)))
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an unknown action."));
    if (!allWithin(outcomes, int(AccessOutcome::Success), int(AccessOutcome::Failed)))
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an unknown outcome."));
    if (!allWithin(channels, int(Channel::Voice), int(Channel::BackOffice)))
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an unknown channel."));
    if (!allWithin(findingKinds, int(FindingKind::OffHours), int(FindingKind::UntrainedRoleHolder)))
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an unknown kind of finding."));
    if (!findIdentifier(text).isEmpty())
        return Error(Error::Code::InvalidArgument,
                     QStringLiteral("The search text looks like a customer identifier: use the record filter, which "
                                    "finds the record without keeping the identifier."));
    if (text.size() > 200)
        return Error(Error::Code::InvalidArgument, QStringLiteral("The search text is longer than 200 characters."));
    if (findingId < 0)
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an impossible finding."));
    if (incidentId < 0)
        return Error(Error::Code::InvalidArgument, QStringLiteral("The filter names an impossible incident."));
    return {};
}

QJsonObject AccessFilter::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("time"), toString(preset));
    if (preset == TimePreset::Custom) {
        json.insert(QStringLiteral("from"), fromMs);
        json.insert(QStringLiteral("to"), toMs);
    }
    const auto putIds = [&json](const char* key, const auto& values) {
        if (!values.isEmpty())
            json.insert(QLatin1String(key), toArray(values));
    };
    putIds("agents", agentIds);
    putIds("teams", teamIds);
    putIds("sites", siteIds);
    putIds("records", recordIds);
    putIds("workstations", workstationIds);
    putIds("data_classes", dataClasses);
    putIds("actions", actions);
    putIds("outcomes", outcomes);
    putIds("channels", channels);
    putIds("detections", findingKinds);
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (findingId)
        json.insert(QStringLiteral("finding"), findingId);
    if (incidentId)
        json.insert(QStringLiteral("incident"), incidentId);
    return json;
}

Result<AccessFilter> AccessFilter::fromJson(const QJsonObject& json)
{
    AccessFilter filter;
    const QString time = json.value(QStringLiteral("time")).toString(QStringLiteral("7d"));
    if (!timePresetFromString(time, &filter.preset))
        return Error(Error::Code::InvalidArgument, QStringLiteral("Unknown time range \"%1\".").arg(time.left(40)));
    if (filter.preset == TimePreset::Custom) {
        const QJsonValue from = json.value(QStringLiteral("from"));
        const QJsonValue to = json.value(QStringLiteral("to"));
        if (!from.isDouble() || !to.isDouble())
            return Error(Error::Code::InvalidArgument, QStringLiteral("A custom time range needs a start and an end."));
        filter.fromMs = qint64(from.toDouble());
        filter.toMs = qint64(to.toDouble());
    }
    const bool listsOk = fromArray(json.value(QStringLiteral("agents")), &filter.agentIds)
        && fromArray(json.value(QStringLiteral("teams")), &filter.teamIds)
        && fromArray(json.value(QStringLiteral("sites")), &filter.siteIds)
        && fromArray(json.value(QStringLiteral("records")), &filter.recordIds)
        && fromArray(json.value(QStringLiteral("workstations")), &filter.workstationIds)
        && fromArray(json.value(QStringLiteral("data_classes")), &filter.dataClasses)
        && fromArray(json.value(QStringLiteral("actions")), &filter.actions)
        && fromArray(json.value(QStringLiteral("outcomes")), &filter.outcomes)
        && fromArray(json.value(QStringLiteral("channels")), &filter.channels)
        && fromArray(json.value(QStringLiteral("detections")), &filter.findingKinds);
    if (!listsOk)
        return Error(Error::Code::InvalidArgument, QStringLiteral("A filter list holds something other than ids."));
    const QJsonValue text = json.value(QStringLiteral("text"));
    if (!text.isUndefined() && !text.isString())
        return Error(Error::Code::InvalidArgument, QStringLiteral("The search text is not text."));
    filter.text = text.toString();
    const QJsonValue finding = json.value(QStringLiteral("finding"));
    if (!finding.isUndefined()) {
        if (!finding.isDouble())
            return Error(Error::Code::InvalidArgument, QStringLiteral("The finding is not an id."));
        filter.findingId = qint64(finding.toDouble());
    }
    const QJsonValue incident = json.value(QStringLiteral("incident"));
    if (!incident.isUndefined()) {
        if (!incident.isDouble())
            return Error(Error::Code::InvalidArgument, QStringLiteral("The incident is not an id."));
        filter.incidentId = qint64(incident.toDouble());
    }
    if (auto status = filter.validate(); !status)
        return status.error();
    return filter;
}

} // namespace custodian
