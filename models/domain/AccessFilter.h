#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace custodian {

// What a supervisor asks of the access log: a time range and any combination of filters. The same value drives
// the access page, its chart, its exports, saved searches and `custodian-cli export`, so that what is shown is
// what is exported. Empty lists mean "any". Ids only — never a customer identifier: a record typed in clear is
// turned into its record id (by its keyed token) before it lands here, so a saved search holds no identifier.
struct AccessFilter
{
    // Relative presets stay relative in a saved search ("last 7 days" means the last 7 days when it is run).
    enum class TimePreset { LastHour, Shift, Today, Last7Days, Custom, All };

    TimePreset preset = TimePreset::Last7Days;
    qint64 fromMs = 0; // Custom: [fromMs, toMs), ms since the epoch, UTC
    qint64 toMs = 0;

    QList<qint64> agentIds;
    QList<qint64> teamIds; // the agents of these teams (their current team)
    QList<qint64> siteIds; // the agents of these sites
    QList<qint64> recordIds;
    QList<qint64> workstationIds;
    QList<int> dataClasses; // DataClass codes
    QList<int> actions; // AccessAction codes
    QList<int> outcomes; // AccessOutcome codes
    QList<int> channels; // Channel codes
    QString text; // full-text search over agents, records (masked form) and workstations
    qint64 findingId = 0; // only the evidence events of this finding (0: any)
    qint64 incidentId = 0; // only the events linked to this incident (incident_event; 0: any)
    QList<int> findingKinds; // only events that are evidence of a finding of these kinds (FindingKind codes)

    // The time range this filter stands for at `nowMs` (local time decides where "today" starts). All: the whole
    // representable range.
    [[nodiscard]] std::pair<qint64, qint64> resolveRange(qint64 nowMs) const;
    [[nodiscard]] bool hasTimeLimit() const { return preset != TimePreset::All; }

    [[nodiscard]] QJsonObject toJson() const;
    // Refuses impossible values (unknown codes, an empty or reversed custom range) with a message naming them.
    [[nodiscard]] static Result<AccessFilter> fromJson(const QJsonObject& json);
    [[nodiscard]] Status validate() const;

    // The first part of `text` that looks like a whole customer identifier (a card, account, national id or phone
    // number: at least 9 characters and 7 digits, spaces and dashes allowed between digits), or an empty string.
    // Such text never goes into a filter — it would land in saved searches and audit entries in clear; the access
    // page looks it up by its keyed token instead.
    [[nodiscard]] static QString findIdentifier(const QString& text);

    // Length of the "Shift" preset: the last eight hours.
    static constexpr qint64 ShiftMs = 8LL * 3'600'000;

    bool operator==(const AccessFilter&) const = default;
};

QString toString(AccessFilter::TimePreset preset);
// "last_hour", "shift", "today", "7d", "custom", "all"; nullopt-like false for unknown names.
bool timePresetFromString(const QString& name, AccessFilter::TimePreset* preset);

} // namespace custodian
