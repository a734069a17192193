#pragma once

#include "domain/Result.h"
#include "store/central/XapiMatching.h"
#include "store/central/XapiPullReport.h"
#include "store/central/XapiStatement.h"

#include <QCoreApplication>

#include <vector>

namespace custodian {

class Store;

// The central store's side of the xAPI pull (docs/xapi.md): the cursor, and a pulled batch of statements applied
// as training_record rows in one transaction together with the new cursor — a pull that fails before apply()
// writes nothing, and the next pull starts again from the cursor of the last complete one. Statements are applied
// once by their id, so overlapping pulls are harmless.
class SqlXapiRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlXapiRepository)

public:
    explicit SqlXapiRepository(Store& store);

    // The X-Experience-API-Consistent-Through of the last complete pull; empty before the first.
    [[nodiscard]] Result<QString> consistentThrough();
    // `statements` in the order the LRS returned them (ascending `stored`).
    [[nodiscard]] Result<XapiPullReport> apply(const std::vector<XapiStatement>& statements,
                                               const QString& consistentThrough, const XapiMatching& matching,
                                               qint64 now);
    // The unmatched statements, newest pull first: "pulled at | statement id | actor | verb | activity".
    [[nodiscard]] Result<QStringList> unmatched(int limit);

private:
    Store& m_store;
};

} // namespace custodian
