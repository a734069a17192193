#include "export/AccessFilterDescription.h"

#include "domain/Enums.h"
#include "domain/Vocabulary.h"
#include "export/AccessExportColumns.h"

#include <QCoreApplication>

namespace custodian {

namespace {
// The names of `ids` (at most MaxNamed, then "and N more"); an id without a name shows as "#id".
template <typename Name> QString named(const QList<qint64>& ids, Name name)
{
    QStringList names;
    for (qsizetype i = 0; i < ids.size() && i < AccessFilterDescription::MaxNamed; ++i)
        names << name(ids[i]);
    QString text = names.join(QLatin1String(", "));
    if (ids.size() > AccessFilterDescription::MaxNamed)
        text += AccessFilterDescription::tr(" and %1 more").arg(ids.size() - AccessFilterDescription::MaxNamed);
    return text;
}

template <typename Items, typename Label> auto labeller(const Items& items, Label label)
{
    return [&items, label](qint64 id) -> QString {
        for (const auto& item : items) {
            if (item.id == id)
                return QString(label(item));
        }
        return QString(QLatin1Char('#') + QString::number(id));
    };
}

// The words of codes, as the page and the export's columns write them (Vocabulary).
template <typename Enum, typename Word> QString words(const QList<int>& values, Word word)
{
    QStringList names;
    for (int value : values)
        names << word(Enum(value));
    return names.join(QLatin1String(", "));
}
} // namespace

QString AccessFilterDescription::utc(qint64 ms)
{
    QString text = AccessExportColumns::isoTime(ms);
    text[10] = QLatin1Char(' ');
    text.chop(5); // ".345Z"
    return text + QLatin1String(" UTC");
}

QString AccessFilterDescription::timeRange(const AccessFilter& filter, qint64 fromMs, qint64 toMs)
{
    QString preset;
    switch (filter.preset) {
    case AccessFilter::TimePreset::All:
        return tr("All time");
    case AccessFilter::TimePreset::LastHour:
        preset = tr("Last hour");
        break;
    case AccessFilter::TimePreset::Shift:
        preset = tr("Last 8 hours");
        break;
    case AccessFilter::TimePreset::Today:
        preset = tr("Today");
        break;
    case AccessFilter::TimePreset::Last7Days:
        preset = tr("Last 7 days");
        break;
    case AccessFilter::TimePreset::Custom:
        break;
    }
    const QString range = tr("from %1 to %2 (end excluded)").arg(utc(fromMs), utc(toMs));
    return preset.isEmpty() ? range : preset + QLatin1String(": ") + range;
}

QString AccessFilterDescription::describe(const AccessFilter& filter, const AccessLookups& lookups)
{
    QStringList parts;
    const auto add = [&parts](const QString& label, const QString& value) {
        if (!value.isEmpty())
            parts << label + QLatin1String(": ") + value;
    };
    const auto siteCode = [&lookups](qint64 siteId) -> QString {
        for (const auto& site : lookups.sites) {
            if (site.id == siteId)
                return site.code;
        }
        return QString();
    };
    add(tr("Agents"), named(filter.agentIds, labeller(lookups.agents, [](const AccessLookups::Agent& a) -> QString {
                                return a.employeeNo + QLatin1Char(' ') + a.name;
                            })));
    add(tr("Teams"),
        named(filter.teamIds, labeller(lookups.teams, [&siteCode](const AccessLookups::Team& t) -> QString {
                  const QString site = siteCode(t.siteId);
                  return site.isEmpty() ? t.name : QString(t.name + QLatin1String(" (") + site + QLatin1Char(')'));
              })));
    add(tr("Sites"), named(filter.siteIds, labeller(lookups.sites, [](const AccessLookups::Site& s) -> QString {
                               return s.code + QLatin1Char(' ') + s.name;
                           })));
    add(tr("Records"),
        named(filter.recordIds, [](qint64 id) -> QString { return QLatin1Char('#') + QString::number(id); }));
    add(tr("Workstations"),
        named(filter.workstationIds, labeller(lookups.workstations, [](const AccessLookups::Workstation& w) -> QString {
                  return w.hostname;
              })));
    add(tr("Data class"), words<DataClass>(filter.dataClasses, &Vocabulary::dataClass));
    add(tr("Action"), words<AccessAction>(filter.actions, &Vocabulary::action));
    add(tr("Outcome"), words<AccessOutcome>(filter.outcomes, &Vocabulary::outcome));
    add(tr("Channel"), words<Channel>(filter.channels, &Vocabulary::channel));
    if (!filter.text.isEmpty())
        add(tr("Search"), QLatin1Char('"') + filter.text + QLatin1Char('"'));
    if (filter.findingId)
        add(tr("Finding"), tr("evidence of finding %1").arg(filter.findingId));
    if (filter.incidentId)
        add(tr("Incident"), tr("events linked to incident %1").arg(filter.incidentId));
    return parts.isEmpty() ? tr("All access events") : parts.join(QLatin1String("; "));
}

} // namespace custodian
