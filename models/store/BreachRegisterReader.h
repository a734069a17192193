#pragma once

#include "domain/BreachRegisterEntry.h"
#include "domain/Result.h"

#include <vector>

namespace custodian {

class Database;

// Reads the breach register (GDPR Art. 33(5), docs/incidents-gdpr.md): every incident that is a personal-data breach
// now, or has been one here (a row in incident_breach_awareness) and was withdrawn, oldest aware-at first. One
// statement for the incidents with their first and last notification phases and the Art. 34 decision in force, then
// the linked events' counts (BreachExposureReader) for each breach not yet notified. Call it inside a read
// transaction for one consistent snapshot.
class BreachRegisterReader
{
public:
    explicit BreachRegisterReader(Database& database);

    [[nodiscard]] Result<std::vector<BreachRegisterEntry>> read();

private:
    Database& m_database;
};

} // namespace custodian
