#include "store/CustomerRecordWriter.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"
#include "domain/IdentifierMasking.h"
#include "store/Database.h"
#include "store/RecordLookup.h"
#include "store/Store.h"
#include "store/SyncCatalogue.h"
#include "store/SyncItemWriter.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QRegularExpression>

namespace custodian {

namespace {
const SyncCatalogue::ItemType& recordType()
{
    return SyncCatalogue::stream(u"records")->types.front();
}
} // namespace

CustomerRecordWriter::CustomerRecordWriter(Database& database)
    : m_database(database)
{
}

Status CustomerRecordWriter::prepare()
{
    auto tokenKey = Store::secret(m_database, QStringLiteral("token_key"));
    if (!tokenKey)
        return tokenKey.error();
    auto sealKey = Store::secret(m_database, QStringLiteral("seal_key"));
    if (!sealKey)
        return sealKey.error();
    m_tokenKey = std::move(tokenKey).value();
    m_sealKey = std::move(sealKey).value();
    const std::pair<Statement*, const char*> statements[] = {
        { &m_update,
          "UPDATE customer_record SET token = ?1, data_class = ?2, kind = ?3, masked = ?4, sealed_value = ?5 "
          "WHERE id = ?6" },
        { &m_insert,
          "INSERT INTO customer_record (token, data_class, kind, masked, sealed_value, id) VALUES (?1, ?2, ?3, ?4, ?5, "
          "?6)" },
        { &m_deleteSearch, "DELETE FROM search_text WHERE docid = ?" },
        // VALUES, not the catalogue's INSERT … SELECT: a statement that may write several rows opens a statement
        // savepoint, and at every savepoint FTS4 flushes its pending terms (≈ 40 µs a record instead of ≈ 2 µs).
        { &m_insertSearch, "INSERT INTO search_text (docid, body, kind, ref_id) VALUES (?, ?, 'record', ?)" },
    };
    for (const auto& [target, sql] : statements) {
        auto statement = m_database.prepare(QString::fromLatin1(sql));
        if (!statement)
            return statement.error();
        *target = std::move(statement).value();
    }
    m_prepared = true;
    return {};
}

Result<qint64> CustomerRecordWriter::apply(const QCborArray& items)
{
    if (!m_prepared) {
        if (auto status = prepare(); !status)
            return status.error();
    }
    const SyncCatalogue::ItemType& type = recordType();
    qint64 written = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborMap item = items.at(i).toMap();
        const QString what = SyncItemWriter::describe(item, int(i));
        if (!items.at(i).isMap() || item.value(QLatin1String("type")).toString() != QLatin1String(type.name))
            return Error(Error::Code::Protocol, tr("%1 is not a customer record.").arg(what));
        for (const SyncCatalogue::Field& field : type.fields) {
            if (QString problem = SyncItemWriter::checkValue(field, item.value(QLatin1String(field.name)));
                !problem.isEmpty())
                return Error(Error::Code::Protocol, tr("%1: %2").arg(what, problem));
        }
        const qint64 id = item.value(QLatin1String("id")).toInteger();
        const QString kind = item.value(QLatin1String("kind")).toString();
        const qint64 dataClass = item.value(QLatin1String("data_class")).toInteger();
        const QCborValue identifier = item.value(QLatin1String("identifier"));
        QByteArray token;
        QString masked;
        QByteArray sealedValue; // null: the console does not hold the identifier
        if (identifier.isString()) {
            QByteArray canonical = RecordLookup::canonical(identifier.toString());
            if (canonical.isEmpty())
                return Error(Error::Code::Protocol, tr("%1: the identifier is empty.").arg(what));
            if (IdentifierMasking::isCardData(kind, dataClass, canonical)) {
                canonical.fill('\0');
                return Error(Error::Code::Protocol,
                             tr("%1 carries a full payment card number. Card numbers stay on the central service and "
                                "this console never stores one; nothing of the page was written.")
                                 .arg(what));
            }
            token = Digest::hmacSha256(m_tokenKey, canonical);
            masked = IdentifierMasking::mask(kind, canonical);
            const QByteArray nonce = SecureRandom::bytes(AesGcm::NonceSize);
            auto sealed = AesGcm::seal(m_sealKey, nonce, canonical, {});
            canonical.fill('\0');
            if (!sealed)
                return sealed.error();
            sealedValue = nonce + *sealed;
        } else {
            // Held by the service only: its token and the masked form, both checked.
            const QString tokenHex = item.value(QLatin1String("token")).toString();
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
            if (!hex.match(tokenHex).hasMatch())
                return Error(Error::Code::Protocol,
                             tr("%1 has neither an identifier nor a token of 64 hex digits.").arg(what));
            masked = item.value(QLatin1String("masked")).toString();
            if (!IdentifierMasking::isSafeCardMask(masked))
                return Error(Error::Code::Protocol,
                             tr("%1: its masked form is not BIN + '*' + last 4 (or '****' + last 4); a masked card "
                                "number may show no more.")
                                 .arg(what));
            token = QByteArray::fromHex(tokenHex.toLatin1());
        }
        bool inserted = false;
        for (Statement* statement : { &m_update, &m_insert }) {
            statement->bindBlob(1, token).bind(2, dataClass).bind(3, kind).bind(4, masked).bind(6, id);
            if (sealedValue.isEmpty())
                statement->bindNull(5);
            else
                statement->bindBlob(5, sealedValue);
            if (auto status = statement->run(); !status)
                return Error(Error::Code::Protocol,
                             tr("%1: the store refused it (another record has the same identifier, or its data "
                                "class is unknown).")
                                 .arg(what));
            if (m_database.changes() > 0) {
                inserted = statement == &m_insert;
                break;
            }
        }
        // A delete makes FTS4 flush its pending terms to disk at once: for a new record there is nothing to delete,
        // and skipping it keeps the index writes batched (70 µs → a few µs per record).
        if (!inserted) {
            m_deleteSearch.bind(1, id * 8 + type.searchKind);
            if (auto status = m_deleteSearch.run(); !status)
                return status.error();
        }
        m_insertSearch.bind(1, id * 8 + type.searchKind).bind(2, masked + QLatin1Char(' ') + kind).bind(3, id);
        if (auto status = m_insertSearch.run(); !status)
            return status.error();
        ++written;
    }
    return written;
}

} // namespace custodian
