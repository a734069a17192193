#include "support/DemoSeed.h"

#include "demo/DemoGenerator.h"

#include <QTimeZone>

namespace custodian::test {

QDateTime DemoSeed::end()
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
}

QString DemoSeed::generate(Store& store, quint64 seed)
{
    DemoGenerator::Options options;
    options.events = 6'000;
    options.seed = seed;
    options.end = end();
    options.days = 14;
    auto summary = DemoGenerator::generate(store, options);
    return summary ? QString() : summary.error().message();
}

} // namespace custodian::test
