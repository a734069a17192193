#include "export/AccessExportColumns.h"

#include "domain/Enums.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>

#include <cstdio>

namespace custodian {

namespace {
constexpr qint64 DayMs = 86'400'000;

// Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day number (days since 1970-01-01).
void civilFromDays(qint64 days, qint64* year, int* month, int* day)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

QString idOrEmpty(qint64 id)
{
    return id ? QString::number(id) : QString();
}
} // namespace

QString AccessExportColumns::isoTime(qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / DayMs;
    qint64 inDay = msSinceEpoch % DayMs;
    if (inDay < 0) {
        inDay += DayMs;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    const int ms = int(inDay % 1000);
    const int seconds = int(inDay / 1000);
    char buffer[40];
    const int length
        = std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year),
                        month, day, seconds / 3600, seconds / 60 % 60, seconds % 60, ms);
    return QString::fromLatin1(buffer, length);
}

QLatin1String AccessExportColumns::key(Column column)
{
    switch (column) {
    case Column::Time:
        return QLatin1String("time_utc");
    case Column::EventId:
        return QLatin1String("event_id");
    case Column::EmployeeNo:
        return QLatin1String("agent_employee_no");
    case Column::AgentName:
        return QLatin1String("agent_name");
    case Column::Team:
        return QLatin1String("team");
    case Column::Site:
        return QLatin1String("site");
    case Column::Action:
        return QLatin1String("action");
    case Column::Outcome:
        return QLatin1String("outcome");
    case Column::DataClass:
        return QLatin1String("data_class");
    case Column::Channel:
        return QLatin1String("channel");
    case Column::Record:
        return QLatin1String("record");
    case Column::RecordKind:
        return QLatin1String("record_kind");
    case Column::Workstation:
        return QLatin1String("workstation");
    case Column::SourceAddress:
        return QLatin1String("source_address");
    case Column::Session:
        return QLatin1String("session");
    }
    return QLatin1String("");
}

QString AccessExportColumns::title(Column column)
{
    switch (column) {
    case Column::Time:
        return tr("Time (UTC)");
    case Column::EventId:
        return tr("Event");
    case Column::EmployeeNo:
        return tr("Employee");
    case Column::AgentName:
        return tr("Agent");
    case Column::Team:
        return tr("Team");
    case Column::Site:
        return tr("Site");
    case Column::Action:
        return tr("Action");
    case Column::Outcome:
        return tr("Outcome");
    case Column::DataClass:
        return tr("Data class");
    case Column::Channel:
        return tr("Channel");
    case Column::Record:
        return tr("Record");
    case Column::RecordKind:
        return tr("Kind");
    case Column::Workstation:
        return tr("Workstation");
    case Column::SourceAddress:
        return tr("Source");
    case Column::Session:
        return tr("Session");
    }
    return {};
}

QString AccessExportColumns::text(const AccessEventRow& row, Column column)
{
    switch (column) {
    case Column::Time:
        return isoTime(row.occurredAt);
    case Column::EventId:
        return QString::number(row.id);
    case Column::EmployeeNo:
        return row.employeeNo;
    case Column::AgentName:
        return row.agentName;
    case Column::Team:
        return row.teamName;
    case Column::Site:
        return row.siteCode;
    case Column::Action:
        return Vocabulary::action(AccessAction(row.action));
    case Column::Outcome:
        return Vocabulary::outcome(AccessOutcome(row.outcome));
    case Column::DataClass:
        return Vocabulary::dataClass(custodian::DataClass(row.dataClass));
    case Column::Channel:
        return Vocabulary::channel(custodian::Channel(row.channel));
    case Column::Record:
        return row.recordId ? row.recordMasked : QString();
    case Column::RecordKind:
        return row.recordId ? row.recordKind : QString();
    case Column::Workstation:
        return row.workstation;
    case Column::SourceAddress:
        return row.sourceAddress;
    case Column::Session:
        return idOrEmpty(row.sessionId);
    }
    return {};
}

} // namespace custodian
