#include "support/StoreQueries.h"

namespace custodian::test {

qint64 queryInt(Store& store, const QString& sql)
{
    auto value = store.database().queryInt(sql);
    if (!value)
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(value.error().message()));
    return *value;
}

} // namespace custodian::test
