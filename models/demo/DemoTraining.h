#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

namespace custodian {

class Database;
class DemoRandom;

// Security-awareness training: four modules (PCI DSS awareness, GDPR essentials, phishing, social engineering
// and vishing), recurring campaigns, and each agent's records — onboarding completions, campaign completions,
// failed attempts and re-takes, overdue assignments and lapsed validity. Every payments agent holds valid
// PCI DSS training whenever they touch card data, except the planted "payment data without training" agents.
class DemoTraining
{
public:
    static void defineModules(DemoWorld& world);
    static void build(DemoWorld& world, DemoRandom& random);
    [[nodiscard]] static Status writeModules(Database& database, const DemoWorld& world);
    [[nodiscard]] static Status write(Database& database, const DemoWorld& world);
};

} // namespace custodian
