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
    auto audit = ConsoleAudit::verify(database);
    if (!audit)
        return audit.error();
    report.audit = std::move(audit).value();
    return report;
}

} // namespace custodian
