#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custodian {

// What can be learned about a store file before any key is tried: does it exist, is it a whole number of
// pages, is it a plain (unencrypted) SQLite file, and its SQLCipher salt (the first 16 bytes), which binds
// it to its keyring. These checks let unlock name the problem instead of saying "wrong passphrase".
class StoreFile
{
    Q_DECLARE_TR_FUNCTIONS(StoreFile)

public:
    static constexpr qint64 PageSize = 4096;
    static constexpr qsizetype SaltSize = 16;

    // Ok with the salt, or NotFound / NotAStore / StoreTruncated.
    [[nodiscard]] static Result<QByteArray> inspect(const QString& path);
    [[nodiscard]] static bool walIsEmpty(const QString& path);
    // The page count the store's own header declares, read by decrypting page 1 with the data key (SQLCipher 3:
    // salt[16] | AES-256-CBC(rest of page 1) | IV[16] | HMAC[20] | padding, 48 reserved bytes); nullopt when page 1
    // does not decrypt to a plausible SQLite header. SQLite refuses a file shorter than its header says with a
    // generic SQLITE_CORRUPT; this lets unlock say "truncated" instead of "damaged".
    [[nodiscard]] static std::optional<qint64> declaredPageCount(const QString& path, const SecureBuffer& key);
    // Whether any of the first pages authenticates under `key` (SQLCipher 3 checks each page's HMAC-SHA1, keyed by
    // PBKDF2-HMAC-SHA1(key, salt ^ 0x3a, 2 iterations), over its ciphertext and IV and its page number). When the
    // store does not open with a key its keyring gave: true means the key is the store's and the file is damaged;
    // false means the key is not this store's (a keyring from another moment) — or every page is damaged.
    [[nodiscard]] static bool keyAuthenticatesPages(const QString& path, const SecureBuffer& key);
};

} // namespace custodian
