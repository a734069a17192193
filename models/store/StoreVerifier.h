#pragma once

#include "domain/Result.h"
#include "store/ConsoleAudit.h"

#include <QStringList>

namespace custodian {

class Database;

// `custodian-cli verify`: SQLite's integrity check over every page (which, under SQLCipher, also
// authenticates every page's HMAC) and a replay of the console-audit chain.
class StoreVerifier
{
public:
    struct Report
    {
        bool integrityOk = true;
        QStringList integrityProblems; // first few lines of PRAGMA integrity_check, then orphaned references
        ConsoleAudit::Verification audit;
        [[nodiscard]] bool ok() const { return integrityOk && audit.intact; }
    };

    [[nodiscard]] static Result<Report> run(Database& database);
};

} // namespace custodian
