#include "store/RecordLookup.h"

#include "crypto/Digest.h"
#include "domain/IdentifierMasking.h"
#include "store/Database.h"
#include "store/Store.h"

namespace custodian {

QByteArray RecordLookup::canonical(const QString& typed)
{
    QByteArray out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/'))
            continue;
        if (c.unicode() > 0x7f)
            return {}; // identifiers are ASCII
        out.append(char(c.toUpper().toLatin1()));
    }
    return out;
}

bool RecordLookup::looksComplete(const QString& typed)
{
    const QByteArray value = canonical(typed);
    // Masked forms carry '*'; the shortest whole identifier (an Irish PPS number with its country) has 9.
    return value.size() >= 9 && !value.contains('*');
}

bool RecordLookup::needsCentral(const QString& typed)
{
    QByteArray value = canonical(typed);
    const bool card = IdentifierMasking::looksLikePan(value);
    value.fill('\0');
    return card;
}

Result<RecordLookup::Match> RecordLookup::findByToken(Database& database, QByteArrayView token)
{
    auto statement = database.prepare(QStringLiteral("SELECT id, masked FROM customer_record WHERE token = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, token);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, QStringLiteral("No customer record has this identifier."));
    return Match { statement->int64(0), statement->text(1) };
}

Result<RecordLookup::Match> RecordLookup::find(Store& store, const QString& typed)
{
    QByteArray value = canonical(typed);
    if (value.isEmpty())
        return Error(Error::Code::InvalidArgument, QStringLiteral("Type the whole identifier, without '*'."));
    auto key = store.secret(QStringLiteral("token_key"));
    if (!key)
        return key.error();
    const QByteArray token = Digest::hmacSha256(*key, value);
    value.fill('\0'); // the clear value does not outlive the look-up in our buffers
    auto statement = store.database().prepare(QStringLiteral("SELECT id, masked FROM customer_record WHERE token = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, token);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, QStringLiteral("No customer record has this identifier."));
    return Match { statement->int64(0), statement->text(1) };
}

} // namespace custodian
