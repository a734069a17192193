#pragma once

#include "domain/Result.h"
#include "store/RecordLookup.h"
#include "store/RecordReveal.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

#include <mutex>

namespace custodian {

class Database;
class SyncHttpClient;

// What only the central service can answer about customer records, asked online (docs/sync-api.md section 4):
//  * reveal(): the full number of a payment card record, which this console holds masked only. The service checks
//    the supervisor's scope and records the reveal with its reason first; then this console writes its own
//    `record.reveal` entry (RecordReveal::auditCentralReveal), and the number is handed back only once that entry is
//    committed. Offline, a TLS failure, a refused token or a refusal by the service: an error that says that the
//    reveal needs the central service and why it failed, and nothing is revealed (a refusal is kept as
//    `record.reveal.refused`).
//  * lookUp(): the record a typed card number belongs to: the service computes its token (under a key only it holds)
//    and this console finds the record by that token.
// Uses the sync settings in the store (server, trust, token) and blocks the calling thread until the answer — call
// it on a worker, never on the GUI thread. One attempt per call, no retries: a repeated reveal would be a second
// reveal in the service's log. cancel() may be called from any thread and makes the call in progress return at once.
class CentralRecords
{
    Q_DECLARE_TR_FUNCTIONS(CentralRecords)

public:
    CentralRecords();
    ~CentralRecords();
    CentralRecords(const CentralRecords&) = delete;
    CentralRecords& operator=(const CentralRecords&) = delete;

    // `database`: a read-write connection of the calling thread.
    [[nodiscard]] Result<RecordReveal::Revealed> reveal(Database& database, const RecordReveal::Request& request);
    [[nodiscard]] Result<RecordLookup::Match> lookUp(Database& database, const QString& typed);

    void cancel();

private:
    // Posts `body` to records/<path> and returns the answer's object for a 200; any other outcome as an error whose
    // message starts with `context` and says why.
    [[nodiscard]] Result<QCborMap> ask(Database& database, const QString& path, const QCborMap& body,
                                       const QString& context);

    std::mutex m_mutex;
    SyncHttpClient* m_client = nullptr; // the call in progress, for cancel()
    bool m_cancelled = false;
};

} // namespace custodian
