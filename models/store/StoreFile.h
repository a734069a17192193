#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace custodian {

// What can be learned about a store file before any key is tried: does it exist, is it a whole number of
// pages, is it a plain (unencrypted) SQLite file, and its SQLCipher salt (the first 16 bytes), which binds
// it to its keyring. These checks let unlock name the problem instead of saying "wrong passphrase".
class StoreFile
{
public:
    static constexpr qint64 PageSize = 4096;
    static constexpr qsizetype SaltSize = 16;

    // Ok with the salt, or NotFound / NotAStore / StoreTruncated.
    [[nodiscard]] static Result<QByteArray> inspect(const QString& path);
    [[nodiscard]] static bool walIsEmpty(const QString& path);
};

} // namespace custodian
