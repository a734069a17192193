#pragma once

#include "domain/Result.h"
#include "store/EvidenceRegister.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

class Database;

// Exports one evidence item to a file the supervisor names, re-verified on the way: the chunks stream from the store
// into an ExportFile (a temporary file in the target's folder, never left behind) while their SHA-256 is re-computed.
//
//  * Intact: the file is named inside one transaction with its console-audit entry ("export", target evidence:<id>)
//    and the custody entry `exported` — all three or none.
//  * Tampered (a changed byte, a missing or extra chunk, a wrong size): nothing appears at the destination, the
//    custody trail records `tamper_detected` with the console-audit entry, and the result is Error::Code::Tampered
//    naming the item and each difference.
//
// Runs on the Database& it is given (a worker's connection for a large item); progress as EvidenceRegister's.
class EvidenceExport
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExport)

public:
    [[nodiscard]] static Result<EvidenceRegister::Check>
    exportTo(Database& database, qint64 itemId, const QString& path, bool replace, const QString& actor,
             const EvidenceRegister::Progress& progress = {}, qint64 atMs = -1);
};

} // namespace custodian
