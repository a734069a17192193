#pragma once

#include "store/Store.h"

#include <QString>

namespace custodian::test {

// Reads for tests that check a store with SQL: a failing query stops the test with the SQL and the error, so
// that a check never passes on a query that did not run.
qint64 queryInt(Store& store, const QString& sql);

// Runs `sql` and hands each row to `row`.
template <typename Row> void forEachRow(Store& store, const QString& sql, Row&& row)
{
    auto statement = store.database().prepare(sql);
    if (!statement)
        qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(statement.error().message()));
    if (auto read = statement->forEachRow(row); !read)
        qFatal("step failed: %s: %s", qPrintable(sql), qPrintable(read.error().message()));
}

} // namespace custodian::test
