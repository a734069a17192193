#pragma once

#include <QString>

namespace custodian {

// A failure that is expected and must reach the user: a code that callers and tests can match on, and a
// message that names the problem in words a supervisor understands. Never put a secret in either.
class Error
{
public:
    enum class Code {
        Ok,
        Io, // a file could not be read or written
        NotFound, // a file or row that should exist does not
        NotWritable, // the store's directory or file cannot be written
        DiskFull, // no space left for the write
        WrongPassphrase, // the passphrase did not unwrap any key slot
        WrongRecoveryCode, // the recovery code did not unwrap the recovery slot
        NotAStore, // the file is not a Custodian store at all
        StoreTruncated, // the store file is shorter than its own header says
        StoreDamaged, // the store opened but its pages fail their integrity check
        KeyringMissing, // no keyring beside the store
        KeyringDamaged, // the keyring file is not in our format or is cut short
        KeyringTampered, // a slot's header or wrapped key fails authentication
        KeyringMismatch, // the keyring belongs to another store
        StoreKeyMismatch, // the keyring opened, but its key does not open the store (a keyring from another moment)
        KeyChangeInProgress, // another program is changing the store's key or passphrase right now
        StoreInUse, // a key change needs the store to itself, and another program has it open
        AlreadyExists, // refusing to overwrite
        SchemaTooNew, // the store was written by a newer Custodian
        AuditChainBroken, // the console-audit chain does not verify
        InvalidArgument, // a value a user gave is impossible
        Crypto, // the crypto library itself failed (should not happen)
        Database, // SQLCipher reported an unexpected error
        Cancelled,
        // Sync with the central service (models/sync):
        NotConfigured, // no server, token or trust settings to sync with
        Offline, // the server cannot be reached: refused, unreachable, name not found, timed out
        Tls, // the TLS handshake failed: certificate, host name, pin, protocol version, client certificate
        Unauthorized, // the server refused the token or the client certificate (401, 403)
        Protocol, // the server's answer breaks the sync contract (malformed, wrong types, too large)
        ServerBusy, // 429 or 503 even after waiting as the server asked
        ServerFailed, // 5xx: the server failed to answer
        Rejected, // the server refused a request or a change as invalid (400, 404, 413, 422)
        Conflict, // the server holds a newer version than the change was made against (409)
        RolledBack, // this store is older than what the central service has already seen of it
        Tampered, // stored content no longer matches what was recorded when it was stored (evidence: size, chunks,
                  // SHA-256)
    };

    Error() = default;
    Error(Code code, QString message);

    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] const QString& message() const { return m_message; }

    // Adds context in front of the message, keeping the code: "Cannot open store: <message>".
    [[nodiscard]] Error prefixed(const QString& context) const;

    // A stable identifier of each code ("WrongPassphrase", "Tls"): for machine-readable output (the JSON summary of
    // `custodian-cli sync`) and test failure texts, never translated.
    [[nodiscard]] static QString codeName(Code code);

private:
    Code m_code = Code::Ok;
    QString m_message;
};

} // namespace custodian
