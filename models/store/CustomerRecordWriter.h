#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"
#include "store/Statement.h"

#include <QCborArray>

namespace custodian {

class Database;

// Customer records as the records stream delivers them (docs/sync-api.md): an id, the identifier in clear, its data
// class and kind. The identifier never reaches a column in clear: it is put in canonical form and stored as its keyed
// token (HMAC-SHA256 under the store secret "token_key", what look-ups by identifier compute), its masked display
// form (IdentifierMasking) and its sealed value (nonce ‖ AES-256-GCM under "seal_key", what an audited reveal
// opens), and its full-text entry holds the masked form only. Runs inside the caller's transaction; a page with
// an item that breaks the contract is refused whole, naming the item (never the identifier).
class CustomerRecordWriter
{
public:
    explicit CustomerRecordWriter(Database& database);

    // Returns how many records were written.
    [[nodiscard]] Result<qint64> apply(const QCborArray& items);

private:
    [[nodiscard]] Status prepare();

    Database& m_database;
    bool m_prepared = false;
    SecureBuffer m_tokenKey;
    SecureBuffer m_sealKey;
    Statement m_update;
    Statement m_insert;
    Statement m_deleteSearch;
    Statement m_insertSearch;
};

} // namespace custodian
