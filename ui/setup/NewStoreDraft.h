#pragma once

#include "crypto/Scrypt.h"
#include "crypto/SecureBuffer.h"
#include "store/Store.h"

#include <QString>

#include <optional>

namespace custodian {

// What the setup wizard's pages collect for a new store, shared between them: each page fills in its part once it
// validated it, the confirmation page creates the store from the whole. Secrets live only in SecureBuffers here,
// never in the pages' fields after validation.
struct NewStoreDraft
{
    Scrypt::Parameters kdf;
    QString path; // absolute, checked by the location page
    SecureBuffer passphrase; // UTF-8
    SecureBuffer recoveryCode; // formatted with dashes; one per wizard
    int confirmationGroup = 5; // which group (1–5) of the code the confirmation asks for
    std::optional<Store> createdStore; // open, once created
};

} // namespace custodian
