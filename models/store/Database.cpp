#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <sys/statvfs.h>
#include <utility>

namespace custodian {

namespace {
// "x'<64 hex digits>'" in a wiped buffer: SQLCipher's raw-key syntax, which skips its PBKDF2.
SecureBuffer rawKeyLiteral(const SecureBuffer& key)
{
    static const char hex[] = "0123456789abcdef";
    SecureBuffer literal(key.size() * 2 + 3);
    unsigned char* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(hex[key.data()[i] & 15]);
    }
    *out = '\'';
    return literal;
}
} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Error Database::errorFor(int code, const QString& context, const QString& detail)
{
    const int primary = code & 0xff;
    const int systemErrno = errno;
    Error::Code mapped = Error::Code::Database;
    QString message;
    switch (primary) {
    case SQLITE_FULL:
        mapped = Error::Code::DiskFull;
        message = tr("The disk is full.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        mapped = Error::Code::NotWritable;
        message = tr("The store or its directory cannot be written (check permissions and free space).");
        break;
    case SQLITE_NOTADB:
        mapped = Error::Code::NotAStore;
        message = tr("The file cannot be decrypted as a Custodian store.");
        break;
    case SQLITE_CORRUPT:
        mapped = Error::Code::StoreDamaged;
        message = tr("The store file is damaged.");
        break;
    case SQLITE_IOERR:
        if (systemErrno == ENOSPC) {
            mapped = Error::Code::DiskFull;
            message = tr("The disk is full.");
        } else if (systemErrno == EACCES || systemErrno == EPERM || systemErrno == EROFS) {
            mapped = Error::Code::NotWritable;
            message = tr("The store or its directory cannot be written.");
        } else {
            mapped = Error::Code::Io;
            message = tr("Input/output error on the store.");
        }
        break;
    default:
        message = tr("Database error");
        break;
    }
    QString full = message;
    if (!detail.isEmpty())
        full += QStringLiteral(" (") + detail + QLatin1Char(')');
    return Error(mapped, context.isEmpty() ? full : context + QStringLiteral(": ") + full);
}

Error Database::lastError(const QString& context) const
{
    if (!m_db)
        return Error(Error::Code::Database, context + QStringLiteral(": ") + tr("no connection"));
    errno = sqlite3_system_errno(m_db);
    return errorFor(sqlite3_extended_errcode(m_db), context, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<Database> Database::openHandle(const QString& path, Mode mode)
{
    Database database;
    database.m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &database.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = database.lastError(tr("Cannot open %1").arg(path));
        return error;
    }
    sqlite3_extended_result_codes(database.m_db, 1);
    sqlite3_busy_timeout(database.m_db, 5000);
    return database;
}

Result<Database> Database::open(const QString& path, const SecureBuffer& key, Mode mode)
{
    auto database = openHandle(path, mode);
    if (!database)
        return database;
    SecureBuffer literal = rawKeyLiteral(key);
    if (sqlite3_key(database->m_db, literal.data(), int(literal.size())) != SQLITE_OK)
        return database->lastError(tr("Cannot key the store"));
    // Must follow the key and precede the first read. Read it back: unknown pragmas are ignored silently.
    if (auto status = database->exec(QStringLiteral("PRAGMA cipher_page_size = 4096")); !status)
        return status.error();
    auto pageSize = database->queryInt(QStringLiteral("PRAGMA cipher_page_size"));
    if (!pageSize || *pageSize != 4096)
        return Error(Error::Code::Database, tr("SQLCipher did not accept cipher_page_size 4096"));
    // A wrong key is accepted by sqlite3_key; the first read tells.
    auto check = database->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!check)
        return check.error();
    return database;
}

Result<Database> Database::openUnkeyed(const QString& path, Mode mode)
{
    auto database = openHandle(path, mode);
    if (!database)
        return database;
    auto check = database->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!check)
        return check.error();
    return database;
}

Status Database::configure(int cacheKiB)
{
    auto mode = queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error(Error::Code::Database, tr("The store could not switch to WAL mode (got %1)").arg(*mode));
    for (const QString& pragma :
         { QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
           QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB) }) {
        if (auto status = exec(pragma); !status)
            return status;
    }
    return {};
}

Status Database::exec(const QString& sql)
{
    return execScript(sql.toUtf8());
}

Status Database::execScript(const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        errno = sqlite3_system_errno(m_db);
        return errorFor(sqlite3_extended_errcode(m_db), QString(), detail);
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return lastError(QString()); // the mapped message names the problem; SQL text is no help to a user
    return Statement(statement);
}

Result<qint64> Database::queryInt(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->int64(0) : 0;
}

Result<QString> Database::queryText(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Result<QStringList> Database::queryTexts(const QString& sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    QStringList texts;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return texts;
        texts << statement->text(0);
    }
}

Status Database::rekey(const SecureBuffer& newKey)
{
    SecureBuffer literal = rawKeyLiteral(newKey);
    if (sqlite3_rekey(m_db, literal.data(), int(literal.size())) != SQLITE_OK)
        return lastError(tr("Cannot re-encrypt the store"));
    // SQLCipher 3.4.1's sqlite3_rekey_v2 returns SQLITE_OK even when journaling a page or the commit failed (disk
    // full, I/O error): it rolls back, but leaves the new key installed as this connection's *write* key, so the
    // next page written would be encrypted under a key the file is not under. Ask the file itself.
    auto probe = sqlite3_get_autocommit(m_db) ? Database::open(m_path, newKey, Mode::ReadOnly)
                                              : Result<Database>(Error(Error::Code::NotAStore, QString()));
    if (probe)
        return {};
    const QFileInfo info(m_path);
    close(); // its codec state is unusable: never write through this connection again
    if (probe.error().code() != Error::Code::NotAStore) {
        // The check itself failed (busy, out of memory, I/O): whether the file is under the new key is unknown.
        return Error(Error::Code::Database,
                     tr("Cannot tell whether the store was re-encrypted (%1). The keyring keeps both keys; unlock "
                        "again and it opens with whichever applies.")
                         .arg(probe.error().message()));
    }
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0
        && qint64(fs.f_bavail) * qint64(fs.f_frsize) < info.size())
        return Error(Error::Code::DiskFull,
                     tr("The disk is full: re-encrypting the store needs about %1 MB free beside it. Nothing was "
                        "changed.")
                         .arg(info.size() / 1'000'000 + 1));
    return Error(Error::Code::Database,
                 tr("Cannot re-encrypt the store: the re-encryption was rolled back. Nothing "
                    "was changed."));
}

void Database::setCancelFlag(const std::atomic_bool* flag)
{
    if (!m_db)
        return;
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 4096, [](void* context) -> int { return static_cast<const std::atomic_bool*>(context)->load() ? 1 : 0; },
        const_cast<std::atomic_bool*>(flag));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

} // namespace custodian
