#pragma once

#include "domain/Result.h"
#include "store/AccessLookups.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace custodian {

// What `custodian-cli export` is given, turned into the values of an AccessFilter: ISO 8601 moments, lists that
// may repeat an option or separate values by commas, vocabulary names, and agents, teams, sites and
// workstations by the names supervisors know them by. Every refusal names the option and the value.
class AccessExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(AccessExportArguments)

public:
    // Milliseconds since the epoch. A date-time without an offset is UTC. A date alone is the start of that day
    // (UTC) — or, for the end of a range (`endOfDay`), the start of the next day, so that "--to 2026-02-07"
    // includes the 7th.
    [[nodiscard]] static Result<qint64> moment(const QString& option, const QString& text, bool endOfDay);

    // "a,b" and "c" → a, b, c (trimmed, empty parts dropped).
    [[nodiscard]] static QStringList split(const QStringList& values);

    // Vocabulary names ("payment_card", "denied", ...) or their numeric codes.
    [[nodiscard]] static Result<QList<int>> dataClasses(const QStringList& values);
    [[nodiscard]] static Result<QList<int>> actions(const QStringList& values);
    [[nodiscard]] static Result<QList<int>> outcomes(const QStringList& values);
    [[nodiscard]] static Result<QList<int>> channels(const QStringList& values);

    // An agent by employee number (case-insensitive) or id; a site by code, name or id; a workstation by host
    // name or id; a team by name or id — team names repeat across sites ("Payments" at every site), so a name
    // is looked for at `siteIds` when given, and must then name one team.
    [[nodiscard]] static Result<QList<qint64>> agents(const QStringList& values, const AccessLookups& lookups);
    [[nodiscard]] static Result<QList<qint64>> teams(const QStringList& values, const AccessLookups& lookups,
                                                     const QList<qint64>& siteIds = {});
    [[nodiscard]] static Result<QList<qint64>> sites(const QStringList& values, const AccessLookups& lookups);
    [[nodiscard]] static Result<QList<qint64>> workstations(const QStringList& values, const AccessLookups& lookups);
};

} // namespace custodian
