#pragma once

#include "domain/Result.h"
#include "store/central/XapiStatement.h"

#include <QCoreApplication>

#include <vector>

namespace custodian {

// A file of xAPI statements for `custodian-central xapi-import` (docs/xapi.md): what an LRS serves, saved — a JSON
// array of statements, or a StatementResult object ({"statements": [...]}) without a `more` link. Read whole and
// checked with the pull's own statement parser before anything is written; a damaged file is refused naming the
// statement and what is wrong. Returned in ascending `stored` order, as a pull receives them, because a voiding
// statement acts on what was applied before it.
class XapiStatementFile
{
    Q_DECLARE_TR_FUNCTIONS(XapiStatementFile)

public:
    static constexpr qint64 MaxBytes = 512LL * 1024 * 1024;

    [[nodiscard]] static Result<std::vector<XapiStatement>> read(const QString& path);
};

} // namespace custodian
