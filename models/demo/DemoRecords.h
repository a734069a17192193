#pragma once

#include "demo/DemoWorld.h"
#include "domain/Result.h"

#include <functional>

namespace custodian {

class DemoRandom;
class Store;

// Customer records, as the store keeps them: never the identifier in clear. `token` is HMAC-SHA256 under the
// store's token key over the canonical identifier (so a record can be found by its identifier), `masked` is
// the display form, and `sealed_value` is a random 12-byte nonce followed by AES-256-GCM under the store's
// sealing key (opened only for an audited reveal). Card records get a sealed value only in the central service's
// store (`cardNumbersSealed`); in a console's store they hold no number at all, and their token is made under a random
// key that is wiped at once (a console must not be able to test candidate numbers against it). Written in
// transactions of 100 000 rows.
class DemoRecords
{
public:
    // Returns the number of records written; fills world.recordsByClass.
    [[nodiscard]] static Result<qint64> write(Store& store, DemoWorld& world, qint64 count, DemoRandom& random,
                                              bool cardNumbersSealed, const std::function<void(qint64)>& progress);
};

} // namespace custodian
