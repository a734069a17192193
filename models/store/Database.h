#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

struct sqlite3;

namespace custodian {

// One SQLCipher connection, keyed with a raw 256-bit key. A connection belongs to one thread at a time
// (SQLCipher is built THREADSAFE=1, but a connection's statements are not shared across threads here).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens, keys (sqlite3_key with the "x'<hex>'" raw-key form: no PBKDF2, and the hex lives only in a
    // wiped buffer), sets the cipher page size, and verifies the key by reading the schema. A wrong key
    // reports Code::WrongPassphrase-free Code::NotAStore; callers that know the key came from a matching
    // keyring turn it into their own message.
    [[nodiscard]] static Result<Database> open(const QString& path, const SecureBuffer& key, Mode mode);
    // Opens without a key (benchmark baseline and tests only).
    [[nodiscard]] static Result<Database> openUnkeyed(const QString& path, Mode mode);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }

    [[nodiscard]] Status exec(const QString& sql);
    [[nodiscard]] Status execScript(const QByteArray& sql);
    [[nodiscard]] Result<Statement> prepare(const QString& sql);
    // A single value: `SELECT count(*) ...`, `PRAGMA user_version`.
    [[nodiscard]] Result<qint64> queryInt(const QString& sql);
    [[nodiscard]] Result<QString> queryText(const QString& sql);
    // The first column of every row, as text: table names, lists of labels.
    [[nodiscard]] Result<QStringList> queryTexts(const QString& sql);

    [[nodiscard]] Status rekey(const SecureBuffer& newKey);

    // While *flag is true, any statement running on this connection stops within a few thousand VM steps
    // with SQLITE_INTERRUPT. For workers that must let go of the store quickly (lock, shutdown). The flag
    // must outlive the connection; nullptr removes it.
    void setCancelFlag(const std::atomic_bool* flag);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    // Runs the per-connection pragmas: WAL, synchronous=NORMAL, foreign keys, cache size (KiB, negative).
    [[nodiscard]] Status configure(int cacheKiB = 64 * 1024);
    void close();

    // Maps the connection's last error to an Error naming the problem (disk full, not writable, ...).
    [[nodiscard]] Error lastError(const QString& context) const;
    static Error errorFor(int code, const QString& context, const QString& detail);

private:
    [[nodiscard]] static Result<Database> openHandle(const QString& path, Mode mode);

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace custodian
