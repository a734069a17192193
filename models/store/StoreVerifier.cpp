#include "store/StoreVerifier.h"

#include "store/Database.h"

namespace custodian {

Result<StoreVerifier::Report> StoreVerifier::run(Database& database)
{
    Report report;
    auto check = database.prepare(QStringLiteral("PRAGMA integrity_check(20)"));
    if (!check)
        return check.error();
    for (;;) {
        auto row = check->step();
        if (!row) {
            // A page that fails its HMAC surfaces as an error rather than a line of output.
            report.integrityOk = false;
            report.integrityProblems.append(row.error().message());
            break;
        }
        if (!*row)
            break;
        const QString line = check->text(0);
        if (line != QLatin1String("ok")) {
            report.integrityOk = false;
            report.integrityProblems.append(line);
        }
    }
    // access_event has no foreign keys (ingest speed): look for events whose agent, record or workstation is
    // missing, which the foreign-key check cannot see.
    struct Orphans
    {
        const char* what;
        const char* sql;
    };
    for (const Orphans& orphans :
         { Orphans { "agent",
                     "SELECT count(*) FROM access_event e WHERE NOT EXISTS (SELECT 1 FROM agent a WHERE a.id = "
                     "e.agent_id)" },
           Orphans { "customer record",
                     "SELECT count(*) FROM access_event e WHERE e.record_id IS NOT NULL AND NOT EXISTS "
                     "(SELECT 1 FROM customer_record r WHERE r.id = e.record_id)" },
           Orphans { "workstation",
                     "SELECT count(*) FROM access_event e WHERE e.workstation_id IS NOT NULL AND NOT EXISTS "
                     "(SELECT 1 FROM workstation w WHERE w.id = e.workstation_id)" } }) {
        auto count = database.queryInt(QString::fromLatin1(orphans.sql));
        if (!count)
            return count.error();
        if (*count > 0) {
            report.integrityOk = false;
            report.integrityProblems.append(QStringLiteral("%1 access events refer to a %2 that does not exist")
                                                .arg(*count)
                                                .arg(QLatin1String(orphans.what)));
        }
    }
    auto foreignKeys = database.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    for (int shown = 0; shown < 20;) {
        auto row = foreignKeys->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        report.integrityOk = false;
        report.integrityProblems.append(QStringLiteral("row %1 of %2 refers to a missing row of %3")
                                            .arg(foreignKeys->int64(1))
                                            .arg(foreignKeys->text(0), foreignKeys->text(2)));
        ++shown;
    }

    auto audit = ConsoleAudit::verify(database);
    if (!audit)
        return audit.error();
    report.audit = std::move(audit).value();
    return report;
}

} // namespace custodian
