#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"
#include "store/Statement.h"

#include <QCborArray>
#include <QCoreApplication>

namespace custodian {

class Database;

// Customer records as the records stream delivers them (docs/sync-api.md section 5). Two shapes:
//  * a record this console may hold (a customer number, a phone, …) comes with its identifier in clear, which never
//    reaches a column in clear: it is put in canonical form and stored as its keyed token (HMAC-SHA256 under the store
//    secret "token_key", what local look-ups by identifier compute), its masked display form (IdentifierMasking) and
//    its sealed value (nonce ‖ AES-256-GCM under "seal_key", what an offline audited reveal opens);
//  * payment card data (IdentifierMasking::isCardData) comes without its number: the service's keyed token (under a
//    key only the service holds) and the masked form (at most BIN + last 4), stored as they are with no sealed value.
//    Revealing or looking up such a record needs the service (CentralRecords).
// A record of card data that carries an identifier anyway, a token that is not 64 hex digits or a masked form that
// shows more than the rules allow is refused: this console never stores a full card number, whatever the service
// sends. The full-text entry holds the masked form only. Runs inside the caller's transaction; a page with an item
// that breaks the contract is refused whole, naming the item (never the identifier).
class CustomerRecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRecordWriter)

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
