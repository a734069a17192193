#pragma once

#include "domain/Result.h"

#include <QString>

namespace custodian {

class Store;

// Rotates the data key: a new random DEK, `PRAGMA rekey` re-encrypts every page, the keyring re-wraps.
// Ordered so that a crash at any step leaves a store its keyring opens:
//  1. keyring gains the new key as *pending* (atomic file replace)      crash: old key opens, pending dropped
//  2. checkpoint the WAL and switch to a rollback journal               crash: old key opens
//  3. PRAGMA rekey, one transaction over every page                     crash: hot journal rolls back to old key
//  4. back to WAL                                                       crash: new key opens, pending promoted
//  5. keyring promotes pending to current (atomic file replace)         done
// SQLCipher cannot rekey in WAL mode safely (the new key would be needed to read frames that are still
// encrypted with the old one), hence step 2. The whole rotation holds the store's exclusive lock (StoreLock): no other
// program has the store open with the old key, and no unlock reads the keyring halfway through. The new key is sealed
// only to the one recovery slot the keyring's MAC vouched for at unlock.
class KeyRotation
{
public:
    [[nodiscard]] static Status rotate(Store& store, const QString& actor);
};

} // namespace custodian
