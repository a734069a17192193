#include "cli/AccessExportArguments.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace custodian {

namespace {
template <typename Enum> Result<QList<int>> codes(const QStringList& values, const char* option, int low, int high)
{
    QList<int> out;
    for (const QString& value : AccessExportArguments::split(values)) {
        bool number = false;
        int code = value.toInt(&number);
        if (!number) {
            code = -1;
            for (int c = low; c <= high; ++c) {
                if (value.compare(toString(Enum(c)), Qt::CaseInsensitive) == 0)
                    code = c;
            }
        }
        if (code < low || code > high) {
            QStringList names;
            for (int c = low; c <= high; ++c)
                names << toString(Enum(c));
            return Error(Error::Code::InvalidArgument,
                         AccessExportArguments::tr("--%1: unknown value '%2' (one of: %3).")
                             .arg(QLatin1String(option), value, names.join(QLatin1String(", "))));
        }
        if (!out.contains(code))
            out << code;
    }
    return out;
}

// Each value names one item: by `matches`, else by a number that is an item's id.
template <typename Items, typename Matches>
Result<QList<qint64>> ids(const QStringList& values, const Items& items, const char* option, const QString& what,
                          Matches matches)
{
    QList<qint64> out;
    for (const QString& value : AccessExportArguments::split(values)) {
        QList<qint64> found;
        for (const auto& item : items) {
            if (matches(item, value))
                found << item.id;
        }
        if (found.isEmpty()) {
            bool number = false;
            const qint64 id = value.toLongLong(&number);
            for (const auto& item : items) {
                if (number && item.id == id)
                    found << id;
            }
        }
        if (found.isEmpty())
            return Error(
                Error::Code::NotFound,
                AccessExportArguments::tr("--%1: no %2 '%3' in this store.").arg(QLatin1String(option), what, value));
        if (found.size() > 1)
            return Error(Error::Code::InvalidArgument,
                         AccessExportArguments::tr("--%1: %2 %3s are named '%4'; give the id instead.")
                             .arg(QLatin1String(option))
                             .arg(found.size())
                             .arg(what, value));
        if (!out.contains(found.first()))
            out << found.first();
    }
    return out;
}
} // namespace

Result<qint64> AccessExportArguments::moment(const QString& option, const QString& text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10) {
        const QDateTime start(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
        return start.toMSecsSinceEpoch();
    }
    QString isoText = trimmed;
    if (isoText.size() > 10 && isoText[10] == QLatin1Char(' '))
        isoText[10] = QLatin1Char('T'); // "2026-02-01 08:00" as people write it
    QDateTime moment = QDateTime::fromString(isoText, Qt::ISODateWithMs);
    if (!moment.isValid() || isoText.size() <= 10)
        return Error(Error::Code::InvalidArgument,
                     tr("--%1: '%2' is not an ISO 8601 date or date-time (for example 2026-02-01, "
                        "2026-02-01T08:30:00Z or 2026-02-01T09:30:00+01:00).")
                         .arg(option, text));
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), QTimeZone::utc()); // no offset: UTC, not the local zone
    return moment.toMSecsSinceEpoch();
}

QStringList AccessExportArguments::split(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out << trimmed;
        }
    }
    return out;
}

Result<QList<int>> AccessExportArguments::dataClasses(const QStringList& values)
{
    return codes<DataClass>(values, "data-class", int(DataClass::None), int(DataClass::Communications));
}

Result<QList<int>> AccessExportArguments::actions(const QStringList& values)
{
    return codes<AccessAction>(values, "action", int(AccessAction::View), int(AccessAction::BulkSearch));
}

Result<QList<int>> AccessExportArguments::outcomes(const QStringList& values)
{
    return codes<AccessOutcome>(values, "outcome", int(AccessOutcome::Success), int(AccessOutcome::Failed));
}

Result<QList<int>> AccessExportArguments::channels(const QStringList& values)
{
    return codes<Channel>(values, "channel", int(Channel::Voice), int(Channel::BackOffice));
}

Result<QList<qint64>> AccessExportArguments::agents(const QStringList& values, const AccessLookups& lookups)
{
    return ids(values, lookups.agents, "agent", tr("agent"),
               [](const AccessLookups::Agent& agent, const QString& value) {
                   return agent.employeeNo.compare(value, Qt::CaseInsensitive) == 0;
               });
}

Result<QList<qint64>> AccessExportArguments::teams(const QStringList& values, const AccessLookups& lookups,
                                                   const QList<qint64>& siteIds)
{
    std::vector<AccessLookups::Team> candidates;
    for (const auto& team : lookups.teams) {
        if (siteIds.isEmpty() || siteIds.contains(team.siteId))
            candidates.push_back(team);
    }
    auto found = ids(values, candidates, "team", tr("team"), [](const AccessLookups::Team& team, const QString& value) {
        return team.name.compare(value, Qt::CaseInsensitive) == 0;
    });
    if (!found && found.error().code() == Error::Code::InvalidArgument && siteIds.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     found.error().message() + QLatin1Char(' ') + tr("Or add --site to say which site's team."));
    return found;
}

Result<QList<qint64>> AccessExportArguments::sites(const QStringList& values, const AccessLookups& lookups)
{
    return ids(values, lookups.sites, "site", tr("site"), [](const AccessLookups::Site& site, const QString& value) {
        return site.code.compare(value, Qt::CaseInsensitive) == 0 || site.name.compare(value, Qt::CaseInsensitive) == 0;
    });
}

Result<QList<qint64>> AccessExportArguments::workstations(const QStringList& values, const AccessLookups& lookups)
{
    return ids(values, lookups.workstations, "workstation", tr("workstation"),
               [](const AccessLookups::Workstation& workstation, const QString& value) {
                   return workstation.hostname.compare(value, Qt::CaseInsensitive) == 0;
               });
}

} // namespace custodian
