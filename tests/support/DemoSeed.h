#pragma once

#include <QDateTime>
#include <QString>

namespace custodian {
class Store;
}

namespace custodian::test {

// The small demo organisation the command-line tests run on (6 000 access events over 14 days, ending at End),
// seeded the same way by each of them so that what they count by hand is comparable.
class DemoSeed
{
public:
    // The demo's last day ends here (UTC).
    static QDateTime end();
    // Generates the demo into `store` with `seed`. Returns an empty string on success, else what went wrong.
    [[nodiscard]] static QString generate(Store& store, quint64 seed);
};

} // namespace custodian::test
