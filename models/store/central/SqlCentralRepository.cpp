#include "store/central/SqlCentralRepository.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "domain/Clock.h"
#include "domain/IdentifierMasking.h"
#include "store/AssignmentFactsReader.h"
#include "store/AssignmentInForce.h"
#include "store/Database.h"
#include "store/EvidenceSettings.h"
#include "store/ReviewCampaignRepository.h"
#include "store/RoleAssignmentRepository.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"
#include "store/TrainingReminderRepository.h"
#include "store/Transaction.h"
#include "store/central/CentralSchema.h"

#include <QCoreApplication>
#include <QDateTime>

namespace custodian {

namespace {
QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

Error rejected(const QString& message)
{
    return Error(Error::Code::Rejected, message);
}

// Cursors are "<stream>:<number>": the revision, event id or version the page ended at. Opaque to consoles.
QString makeCursor(const SyncCatalogue::Stream& stream, qint64 position)
{
    return latin(stream.name) + QLatin1Char(':') + QString::number(position);
}

Result<qint64> parseCursor(const SyncCatalogue::Stream& stream, const QString& cursor)
{
    if (cursor.isEmpty())
        return qint64(0);
    const QString prefix = latin(stream.name) + QLatin1Char(':');
    bool ok = false;
    const qint64 position = cursor.startsWith(prefix) ? cursor.mid(prefix.size()).toLongLong(&ok) : 0;
    if (!ok || position < 0)
        return rejected(SqlCentralRepository::tr("The cursor was not issued by this service for the stream %1.")
                            .arg(latin(stream.name)));
    return position;
}

Result<Statement> prepareInto(Database& database, const char* sql)
{
    return database.prepare(latin(sql));
}
} // namespace

SqlCentralRepository::SqlCentralRepository(Store& store)
    : m_store(store)
    , m_items(store.database())
{
}

SqlCentralRepository::~SqlCentralRepository() = default;

Status SqlCentralRepository::initialise(int targetSchema)
{
    // The console schema is migrated when the store opens; the central tables beside it are a series of their own.
    static_assert(CurrentSchema == CUSTODIAN_CENTRAL_SCHEMA_SCRIPTS, "one central/schema script per version");
    if (auto migrated = SchemaMigrator::migrate(m_store.database(), CentralSchema::track(), targetSchema); !migrated)
        return migrated.error();
    auto sealKey = m_store.secret(QStringLiteral("seal_key"));
    if (!sealKey)
        return sealKey.error();
    m_sealKey = std::move(sealKey).value();
    // The key of the records' tokens: only this service holds it, so a token and a masked card number on a console
    // cannot be turned back into the number by trying the ~10^6 middle digits.
    auto tokenKey = m_store.secret(QStringLiteral("token_key"));
    if (!tokenKey)
        return tokenKey.error();
    m_tokenKey = std::move(tokenKey).value();
    Database& database = m_store.database();
    for (const auto& [target, sql] :
         { std::pair { &m_feed,
                       "SELECT type, entity_id, rev FROM central_revision WHERE stream = ? AND rev > ? "
                       "ORDER BY rev LIMIT ?" },
           std::pair { &m_events,
                       "SELECT id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
                       "workstation_id, source_address, session_id FROM access_event WHERE id > ? ORDER BY "
                       "id LIMIT ?" },
           std::pair { &m_record,
                       "SELECT data_class, kind, sealed_value, token, masked FROM customer_record WHERE id = ?" },
           // Central schema 4 added escalated_to; the tests that stop an upgrade earlier still read findings.
           std::pair { &m_finding,
                       targetSchema >= 4 ? "SELECT dedupe_key, status, reason, decided_by, decided_at, version, "
                                           "escalated_to FROM central_finding WHERE id = ?"
                                         : "SELECT dedupe_key, status, reason, decided_by, decided_at, version, "
                                           "NULL FROM central_finding WHERE id = ?" } }) {
        auto statement = prepareInto(database, sql);
        if (!statement)
            return statement.error();
        *target = std::move(statement).value();
    }
    return {};
}

Result<bool> SqlCentralRepository::isPublished()
{
    auto any = m_store.database().queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM central_revision)"));
    if (!any)
        return any.error();
    return *any != 0;
}

Result<qint64> SqlCentralRepository::nextRevision()
{
    Database& database = m_store.database();
    auto next
        = database.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'"));
    if (!next)
        return next.error();
    if (auto status = database.exec(
            QStringLiteral("UPDATE central_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'next_rev'"));
        !status)
        return status.error();
    return *next;
}

Status SqlCentralRepository::publishAll()
{
    auto published = isPublished();
    if (!published)
        return published.error();
    if (*published)
        return Error(Error::Code::AlreadyExists, tr("The organisation is already published on the change feed."));
    Database& database = m_store.database();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO central_revision (stream, type, entity_id, rev) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    auto next
        = database.queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'next_rev'"));
    if (!next)
        return next.error();
    qint64 rev = *next;
    for (const SyncCatalogue::Stream& stream : SyncCatalogue::streams()) {
        if (stream.kind != SyncCatalogue::StreamKind::Items && stream.kind != SyncCatalogue::StreamKind::Records)
            continue;
        for (const SyncCatalogue::ItemType& type : stream.types) {
            auto ids = database.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1")
                                            .arg(latin(type.fields.front().column(false)), latin(type.table)));
            if (!ids)
                return ids.error();
            Status failed;
            auto status = ids->forEachRow([&](const Statement& row) {
                if (!failed)
                    return;
                insert->bind(1, latin(stream.name)).bind(2, latin(type.name)).bind(3, row.int64(0)).bind(4, rev++);
                failed = insert->run();
            });
            if (!status)
                return status;
            if (!failed)
                return failed;
        }
    }
    if (auto status
        = database.exec(QStringLiteral("UPDATE central_meta SET value = '%1' WHERE key = 'next_rev'").arg(rev));
        !status)
        return status;
    if (auto status
        = database.exec(QStringLiteral("UPDATE central_meta SET value = '1' WHERE key = 'detection_settings_version'"));
        !status)
        return status;
    return transaction->commit();
}

Status SqlCentralRepository::begin()
{
    if (m_transactionDepth++ > 0)
        return {};
    return m_store.database().exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Status SqlCentralRepository::commit()
{
    if (m_transactionDepth == 0)
        return Error(Error::Code::Database, QStringLiteral("no transaction to commit"));
    if (--m_transactionDepth > 0)
        return {};
    return m_store.database().exec(QStringLiteral("COMMIT"));
}

void SqlCentralRepository::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_transactionDepth = 0;
    (void)m_store.database().exec(QStringLiteral("ROLLBACK"));
}

Result<std::optional<CentralRepository::Token>> SqlCentralRepository::token(QByteArrayView token)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT s.id, s.username, s.display_name, coalesce(r.role, 'supervisor'), t.created_at, t.expires_at, "
        "t.revoked_at FROM central_token t JOIN supervisor s ON s.id = t.supervisor_id LEFT JOIN "
        "central_supervisor_role r ON r.supervisor_id = s.id WHERE t.token_hash = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, Digest::sha256(token));
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Token>();
    Token found;
    found.supervisor = Supervisor { statement->int64(0),
                                    statement->text(1),
                                    statement->text(2),
                                    QString(),
                                    supervisorRoleFromString(statement->text(3)).value_or(SupervisorRole::Supervisor),
                                    std::nullopt };
    found.createdAt = statement->int64(4);
    if (!statement->isNull(5))
        found.expiresAt = statement->int64(5);
    if (!statement->isNull(6))
        found.revokedAt = statement->int64(6);
    found.supervisor.tokenExpiresAt = found.expiresAt;
    return std::optional<Token>(std::move(found));
}

Status SqlCentralRepository::addToken(const QString& username, QByteArrayView tokenHash, qint64 expiresAt)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("INSERT INTO central_token (token_hash, supervisor_id, created_at, expires_at) SELECT ?, id, ?, "
                       "? FROM supervisor WHERE username = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, tokenHash).bind(2, Clock::nowMs()).bind(3, expiresAt).bind(4, username);
    if (auto status = statement->run(); !status)
        return status;
    if (m_store.database().changes() == 0)
        return Error(Error::Code::NotFound, tr("There is no supervisor with the user name %1.").arg(username));
    return {};
}

Result<int> SqlCentralRepository::revokeTokens(const QString& username, qint64 at)
{
    auto known = m_store.database().prepare(QStringLiteral("SELECT id FROM supervisor WHERE username = ?"));
    if (!known)
        return known.error();
    known->bind(1, username);
    auto row = known->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("There is no supervisor with the user name %1.").arg(username));
    const qint64 id = known->int64(0);
    auto statement = m_store.database().prepare(QStringLiteral(
        "UPDATE central_token SET revoked_at = ?1 WHERE supervisor_id = ?2 AND revoked_at IS NULL AND (expires_at IS "
        "NULL OR expires_at > ?1)"));
    if (!statement)
        return statement.error();
    statement->bind(1, at).bind(2, id);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_store.database().changes();
}

Result<bool> SqlCentralRepository::revokeToken(QByteArrayView tokenHash, qint64 at)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("UPDATE central_token SET revoked_at = coalesce(revoked_at, ?) WHERE token_hash = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, at).bindBlob(2, tokenHash);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_store.database().changes() > 0;
}

Result<CentralRepository::TokenSummary> SqlCentralRepository::tokenSummary(qint64 supervisorId, qint64 now)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT count(*), min(expires_at) FROM central_token WHERE supervisor_id = ?1 AND revoked_at IS NULL AND "
        "(expires_at IS NULL OR expires_at > ?2)"));
    if (!statement)
        return statement.error();
    statement->bind(1, supervisorId).bind(2, now);
    auto row = statement->step();
    if (!row)
        return row.error();
    TokenSummary summary;
    summary.active = statement->int64(0);
    if (!statement->isNull(1))
        summary.nextExpiry = statement->int64(1);
    return summary;
}

Result<std::vector<CentralRepository::Supervisor>> SqlCentralRepository::supervisors()
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT s.id, s.username, s.display_name, coalesce(r.role, 'supervisor'), coalesce(t.code, '') "
        "FROM supervisor s LEFT JOIN central_supervisor_role r ON r.supervisor_id = s.id LEFT JOIN site t "
        "ON t.id = s.site_id ORDER BY s.id"));
    if (!statement)
        return statement.error();
    std::vector<Supervisor> all;
    auto status = statement->forEachRow([&](const Statement& row) {
        all.push_back({ row.int64(0), row.text(1), row.text(2), row.text(4),
                        supervisorRoleFromString(row.text(3)).value_or(SupervisorRole::Supervisor), std::nullopt });
    });
    if (!status)
        return status.error();
    return all;
}

Status SqlCentralRepository::setRole(const QString& username, SupervisorRole role, qint64 at)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("INSERT OR REPLACE INTO central_supervisor_role (supervisor_id, role, changed_at) SELECT id, ?, "
                       "? FROM supervisor WHERE username = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, toString(role)).bind(2, at).bind(3, username);
    if (auto status = statement->run(); !status)
        return status;
    if (m_store.database().changes() == 0)
        return Error(Error::Code::NotFound, tr("There is no supervisor with the user name %1.").arg(username));
    return {};
}

Result<CentralRepository::Page> SqlCentralRepository::pull(const SyncCatalogue::Stream& stream, const QString& cursor,
                                                           int limit)
{
    auto after = parseCursor(stream, cursor);
    if (!after)
        return after.error();
    // No transaction: the service reads and the live source appends on one thread and one connection, so a page's
    // statements never interleave with a write.
    Result<Page> page = Error(Error::Code::Rejected, QString());
    switch (stream.kind) {
    case SyncCatalogue::StreamKind::AccessEvents:
        page = pullEvents(*after, limit);
        break;
    case SyncCatalogue::StreamKind::DetectionSettings:
        page = pullSettings(*after);
        break;
    case SyncCatalogue::StreamKind::Items:
    case SyncCatalogue::StreamKind::Records:
    case SyncCatalogue::StreamKind::FindingStatus:
        page = pullFeed(stream, *after, limit);
        break;
    }
    if (!page)
        return page;
    if (page->cursor.isEmpty())
        page->cursor = cursor;
    else
        page->cursor = makeCursor(stream, page->cursor.toLongLong());
    return page;
}

Result<CentralRepository::Page> SqlCentralRepository::pullFeed(const SyncCatalogue::Stream& stream, qint64 after,
                                                               int limit)
{
    Page page;
    m_feed.reset();
    m_feed.bind(1, latin(stream.name)).bind(2, after).bind(3, qint64(limit) + 1);
    struct Entry
    {
        QString type;
        qint64 id;
        qint64 rev;
    };
    std::vector<Entry> entries;
    auto status = m_feed.forEachRow([&](const Statement& row) {
        entries.push_back({ row.text(0), row.int64(1), row.int64(2) });
    });
    m_feed.reset();
    if (!status)
        return status.error();
    page.more = qsizetype(entries.size()) > limit;
    if (page.more)
        entries.pop_back();
    for (const Entry& entry : entries) {
        Result<std::optional<QCborMap>> item = std::optional<QCborMap>();
        if (stream.kind == SyncCatalogue::StreamKind::Records) {
            item = readRecord(entry.id);
        } else if (stream.kind == SyncCatalogue::StreamKind::FindingStatus) {
            item = readFinding(entry.id);
        } else if (const SyncCatalogue::ItemType* type = SyncCatalogue::itemType(stream, entry.type)) {
            item = m_items.read(*type, entry.id);
        }
        if (!item)
            return item.error();
        if (*item)
            page.items.append(**item);
        page.cursor = QString::number(entry.rev);
    }
    return page;
}

Result<std::optional<QCborMap>> SqlCentralRepository::readRecord(qint64 id)
{
    m_record.reset();
    m_record.bind(1, id);
    auto row = m_record.step();
    if (!row)
        return row.error();
    if (!*row) {
        m_record.reset();
        return std::optional<QCborMap>();
    }
    const qint64 dataClass = m_record.int64(0);
    const QString kind = m_record.text(1);
    const QByteArray sealed = m_record.isNull(2) ? QByteArray() : m_record.blob(2);
    const QByteArray token = m_record.blob(3);
    const QString storedMask = m_record.text(4);
    m_record.reset();
    QCborMap item;
    item.insert(QLatin1String("type"), QLatin1String("record"));
    item.insert(QLatin1String("id"), id);
    item.insert(QLatin1String("data_class"), dataClass);
    item.insert(QLatin1String("kind"), kind);
    // Card data leaves as its token and masked form only (PCI DSS 3.2-3.5: the PAN stays where it is needed).
    auto cardItem = [&](const QString& masked) {
        item.insert(QLatin1String("masked"), masked);
        item.insert(QLatin1String("token"), QString::fromLatin1(token.toHex()));
        return std::optional<QCborMap>(std::move(item));
    };
    if (sealed.size() < AesGcm::NonceSize + AesGcm::TagSize) {
        if (IdentifierMasking::isCardData(kind, dataClass) && IdentifierMasking::isSafeCardMask(storedMask))
            return cardItem(storedMask);
        return std::optional<QCborMap>(); // a record without its identifier: nothing a console could use
    }
    auto identifier = AesGcm::open(m_sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                   QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
    if (!identifier)
        return Error(Error::Code::StoreDamaged,
                     tr("The sealed identifier of customer record %1 does not authenticate.").arg(id));
    // Masked here from the number itself (never the stored display form, which could show more).
    if (IdentifierMasking::isCardData(kind, dataClass, identifier->view()))
        return cardItem(IdentifierMasking::mask(kind, identifier->view()));
    item.insert(QLatin1String("identifier"),
                QString::fromLatin1(reinterpret_cast<const char*>(identifier->data()), qsizetype(identifier->size())));
    item.insert(QLatin1String("masked"), IdentifierMasking::mask(kind, identifier->view()));
    return std::optional<QCborMap>(std::move(item));
}

Result<std::optional<CentralRepository::OpenedRecord>> SqlCentralRepository::openRecord(qint64 id)
{
    m_record.reset();
    m_record.bind(1, id);
    auto row = m_record.step();
    if (!row)
        return row.error();
    if (!*row) {
        m_record.reset();
        return std::optional<OpenedRecord>();
    }
    OpenedRecord record;
    record.id = id;
    record.dataClass = m_record.int64(0);
    record.kind = m_record.text(1);
    const QByteArray sealed = m_record.isNull(2) ? QByteArray() : m_record.blob(2);
    m_record.reset();
    if (sealed.size() < AesGcm::NonceSize + AesGcm::TagSize)
        return Error(Error::Code::NotFound,
                     tr("The central service holds only the masked form of customer record %1.").arg(id));
    auto identifier = AesGcm::open(m_sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                   QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
    if (!identifier)
        return Error(Error::Code::StoreDamaged,
                     tr("The sealed identifier of customer record %1 does not authenticate.").arg(id));
    record.identifier = std::move(identifier).value();
    return std::optional<OpenedRecord>(std::move(record));
}

Result<std::optional<CentralRepository::RecordMatch>> SqlCentralRepository::findRecord(QByteArrayView canonical)
{
    if (canonical.isEmpty())
        return std::optional<RecordMatch>();
    const QByteArray token = Digest::hmacSha256(m_tokenKey, canonical);
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT id, kind, data_class, masked FROM customer_record WHERE token = ?"));
    if (!statement)
        return statement.error();
    statement->bindBlob(1, token);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RecordMatch>();
    return std::optional<RecordMatch>(
        RecordMatch { statement->int64(0), statement->text(1), statement->int64(2), statement->text(3), token });
}

Result<CentralRepository::RevealScope> SqlCentralRepository::revealScope(qint64 supervisorId, qint64 recordId,
                                                                         std::optional<qint64> eventId)
{
    // In scope: an access event on the record by an agent whose team is at the supervisor's site, or whose manager
    // the supervisor is (the agent's team and manager as the service holds them now).
    Database& database = m_store.database();
    if (eventId) {
        auto statement = database.prepare(QStringLiteral(
            "SELECT e.record_id, coalesce(a.manager_id = ?1 OR t.site_id = (SELECT site_id FROM supervisor WHERE id = "
            "?1), 0) FROM access_event e LEFT JOIN agent a ON a.id = e.agent_id LEFT JOIN team t ON t.id = a.team_id "
            "WHERE e.id = ?2"));
        if (!statement)
            return statement.error();
        statement->bind(1, supervisorId).bind(2, *eventId);
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row || statement->isNull(0) || statement->int64(0) != recordId)
            return RevealScope::EventElsewhere;
        return statement->int64(1) != 0 ? RevealScope::Covered : RevealScope::OutOfScope;
    }
    auto covered = database.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM access_event e JOIN agent a ON a.id = e.agent_id JOIN team t ON t.id = "
        "a.team_id WHERE e.record_id = ?2 AND (a.manager_id = ?1 OR t.site_id = (SELECT site_id FROM supervisor "
        "WHERE id = ?1)))"));
    if (!covered)
        return covered.error();
    covered->bind(1, supervisorId).bind(2, recordId);
    auto row = covered->step();
    if (!row)
        return row.error();
    return *row && covered->int64(0) != 0 ? RevealScope::Covered : RevealScope::OutOfScope;
}

Result<qint64> SqlCentralRepository::recordReveal(const RevealEntry& entry)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("INSERT INTO central_reveal (at, supervisor_id, console_id, record_id, event_id, reason, "
                       "outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, entry.at).bind(2, entry.supervisorId).bind(3, entry.consoleId).bind(4, entry.recordId);
    if (entry.eventId)
        statement->bind(5, *entry.eventId);
    else
        statement->bindNull(5);
    statement->bind(6, entry.reason).bind(7, entry.outcome).bind(8, entry.detail);
    if (auto status = statement->run(); !status)
        return status.error();
    return m_store.database().lastInsertRowId();
}

Result<std::vector<CentralRepository::RevealEntry>> SqlCentralRepository::reveals(int limit)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT * FROM (SELECT r.id, r.at, r.supervisor_id, coalesce(s.username, ''), r.console_id, r.record_id, "
        "r.event_id, r.reason, r.outcome, r.detail FROM central_reveal r LEFT JOIN supervisor s ON s.id = "
        "r.supervisor_id ORDER BY r.id DESC LIMIT ?) ORDER BY 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, qint64(limit));
    std::vector<RevealEntry> entries;
    auto status = statement->forEachRow([&](const Statement& row) {
        RevealEntry entry;
        entry.id = row.int64(0);
        entry.at = row.int64(1);
        entry.supervisorId = row.int64(2);
        entry.supervisor = row.text(3);
        entry.consoleId = row.text(4);
        entry.recordId = row.int64(5);
        if (!row.isNull(6))
            entry.eventId = row.int64(6);
        entry.reason = row.text(7);
        entry.outcome = row.text(8);
        entry.detail = row.text(9);
        entries.push_back(std::move(entry));
    });
    if (!status)
        return status.error();
    return entries;
}

Status SqlCentralRepository::recordLookup(qint64 supervisorId, const QString& consoleId, qint64 at,
                                          std::optional<qint64> recordId)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("INSERT INTO central_lookup (at, supervisor_id, console_id, record_id) VALUES (?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, at).bind(2, supervisorId).bind(3, consoleId);
    if (recordId)
        statement->bind(4, *recordId);
    else
        statement->bindNull(4);
    return statement->run();
}

Result<std::optional<QCborMap>> SqlCentralRepository::readFinding(qint64 id)
{
    m_finding.reset();
    m_finding.bind(1, id);
    auto row = m_finding.step();
    if (!row)
        return row.error();
    if (!*row) {
        m_finding.reset();
        return std::optional<QCborMap>();
    }
    QCborMap item;
    item.insert(QLatin1String("type"), QLatin1String("finding_status"));
    item.insert(QLatin1String("dedupe_key"), m_finding.text(0));
    item.insert(QLatin1String("status"), m_finding.int64(1));
    item.insert(QLatin1String("reason"), m_finding.isNull(2) ? QCborValue(nullptr) : QCborValue(m_finding.text(2)));
    item.insert(QLatin1String("by"), m_finding.isNull(3) ? QCborValue(nullptr) : QCborValue(m_finding.text(3)));
    item.insert(QLatin1String("at"), m_finding.int64(4));
    item.insert(QLatin1String("version"), m_finding.int64(5));
    item.insert(QLatin1String("to"), m_finding.isNull(6) ? QCborValue(nullptr) : QCborValue(m_finding.text(6)));
    m_finding.reset();
    return std::optional<QCborMap>(std::move(item));
}

Result<CentralRepository::Page> SqlCentralRepository::pullEvents(qint64 after, int limit)
{
    Page page;
    page.events.reserve(std::size_t(limit));
    m_events.reset();
    m_events.bind(1, after).bind(2, qint64(limit) + 1);
    QString lastAddress;
    auto status = m_events.forEachRow([&](const Statement& row) {
        AccessEvent e;
        e.id = row.int64(0);
        e.occurredAt = row.int64(1);
        e.agentId = row.int64(2);
        e.recordId = row.isNull(3) ? 0 : row.int64(3);
        e.dataClass = DataClass(row.int64(4));
        e.action = AccessAction(row.int64(5));
        e.outcome = AccessOutcome(row.int64(6));
        e.channel = Channel(row.int64(7));
        e.workstationId = row.isNull(8) ? 0 : row.int64(8);
        if (!row.isNull(9)) {
            // Events of a session share their address: share the string too.
            const QByteArrayView utf8 = row.blobView(9);
            if (lastAddress.size() != utf8.size() || lastAddress.toUtf8() != utf8)
                lastAddress = QString::fromUtf8(utf8);
            e.sourceAddress = lastAddress;
        }
        e.sessionId = row.int64(10);
        page.events.push_back(std::move(e));
    });
    m_events.reset();
    if (!status)
        return status.error();
    page.more = qsizetype(page.events.size()) > limit;
    if (page.more)
        page.events.pop_back();
    if (!page.events.empty())
        page.cursor = QString::number(page.events.back().id);
    return page;
}

Result<CentralRepository::Page> SqlCentralRepository::pullSettings(qint64 after)
{
    auto state = detectionSettings();
    if (!state)
        return state.error();
    Page page;
    if (state->version <= after)
        return page;
    QCborMap values;
    for (const auto& [key, value] : state->values)
        values.insert(key, value);
    QCborMap item;
    item.insert(QLatin1String("type"), QLatin1String("detection_settings"));
    item.insert(QLatin1String("version"), state->version);
    item.insert(QLatin1String("values"), values);
    page.items.append(item);
    page.cursor = QString::number(state->version);
    return page;
}

Result<std::optional<qint64>> SqlCentralRepository::lastChangeAt(const QString& kind, const QString& entity)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT max(received_at) FROM central_change WHERE kind = ? AND entity = ? AND http_status = 200"));
    if (!statement)
        return statement.error();
    statement->bind(1, kind).bind(2, entity);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row || statement->isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(statement->int64(0));
}

Result<std::optional<CentralRepository::ChangeRecord>> SqlCentralRepository::findChange(const QString& key)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT digest, kind, entity, supervisor_id, console_id, received_at, http_status, response, console_at FROM "
        "central_change WHERE key = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ChangeRecord>();
    ChangeRecord record;
    record.key = key;
    record.digest = statement->blob(0);
    record.kind = statement->text(1);
    record.entity = statement->text(2);
    record.supervisorId = statement->int64(3);
    record.consoleId = statement->text(4);
    record.receivedAt = statement->int64(5);
    record.httpStatus = int(statement->int64(6));
    record.response = QCborValue::fromCbor(statement->blob(7)).toMap();
    if (!statement->isNull(8))
        record.consoleAt = statement->int64(8);
    return std::optional<ChangeRecord>(std::move(record));
}

Status SqlCentralRepository::recordChange(const ChangeRecord& record)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("INSERT INTO central_change (key, digest, kind, entity, supervisor_id, console_id, received_at, "
                       "http_status, response, console_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return statement.error();
    statement->bind(1, record.key)
        .bindBlob(2, record.digest)
        .bind(3, record.kind)
        .bind(4, record.entity)
        .bind(5, record.supervisorId)
        .bind(6, record.consoleId)
        .bind(7, record.receivedAt)
        .bind(8, record.httpStatus)
        .bindBlob(9, record.response.toCborValue().toCbor());
    if (record.consoleAt)
        statement->bind(10, *record.consoleAt);
    else
        statement->bindNull(10);
    return statement->run();
}

Result<std::optional<CentralRepository::FindingState>> SqlCentralRepository::findingState(const QString& dedupeKey)
{
    auto statement = m_store.database().prepare(QStringLiteral(
        "SELECT status, reason, decided_by, decided_at, version, escalated_to FROM central_finding WHERE dedupe_key = "
        "?"));
    if (!statement)
        return statement.error();
    statement->bind(1, dedupeKey);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<FindingState>();
    return std::optional<FindingState>(FindingState { dedupeKey, int(statement->int64(0)), statement->text(1),
                                                      statement->text(2), statement->int64(3), statement->int64(4),
                                                      statement->text(5) });
}

Status SqlCentralRepository::saveFindingState(const FindingState& state)
{
    Database& database = m_store.database();
    auto update
        = database.prepare(QStringLiteral("UPDATE central_finding SET status = ?, reason = ?, decided_by = ?, "
                                          "decided_at = ?, version = ?, escalated_to = ? WHERE dedupe_key = ?"));
    if (!update)
        return update.error();
    auto insert = database.prepare(QStringLiteral("INSERT INTO central_finding (status, reason, decided_by, "
                                                  "decided_at, version, escalated_to, dedupe_key) VALUES "
                                                  "(?,?,?,?,?,?,?)"));
    if (!insert)
        return insert.error();
    for (Statement* statement : { &update.value(), &insert.value() }) {
        statement->bind(1, qint64(state.status));
        if (state.reason.isEmpty())
            statement->bindNull(2);
        else
            statement->bind(2, state.reason);
        statement->bind(3, state.by).bind(4, state.at).bind(5, state.version);
        if (state.escalatedTo.isEmpty())
            statement->bindNull(6);
        else
            statement->bind(6, state.escalatedTo);
        statement->bind(7, state.dedupeKey);
        if (auto status = statement->run(); !status)
            return status;
        if (database.changes() > 0)
            break;
    }
    auto id = database.prepare(QStringLiteral("SELECT id FROM central_finding WHERE dedupe_key = ?"));
    if (!id)
        return id.error();
    id->bind(1, state.dedupeKey);
    auto row = id->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::Database, QStringLiteral("finding state not stored"));
    return touch("finding_status", "finding_status", id->int64(0));
}

Status SqlCentralRepository::touch(const char* stream, const char* type, qint64 entityId)
{
    auto rev = nextRevision();
    if (!rev)
        return rev.error();
    Database& database = m_store.database();
    auto update = database.prepare(
        QStringLiteral("UPDATE central_revision SET rev = ? WHERE stream = ? AND type = ? AND entity_id = ?"));
    if (!update)
        return update.error();
    update->bind(1, *rev).bind(2, latin(stream)).bind(3, latin(type)).bind(4, entityId);
    if (auto status = update->run(); !status)
        return status;
    if (database.changes() > 0)
        return {};
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO central_revision (rev, stream, type, entity_id) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, *rev).bind(2, latin(stream)).bind(3, latin(type)).bind(4, entityId);
    return insert->run();
}

Database* SqlCentralRepository::consoleSchema()
{
    return &m_store.database();
}

Status SqlCentralRepository::publishIncident(qint64 id)
{
    if (auto status = touch("incidents", "incident", id); !status)
        return status;
    auto duplicates = m_store.database().prepare(
        QStringLiteral("SELECT id FROM incident WHERE duplicate_of = ? AND id <> ? ORDER BY id"));
    if (!duplicates)
        return duplicates.error();
    duplicates->bind(1, id).bind(2, id);
    std::vector<qint64> ids;
    if (auto status = duplicates->forEachRow([&ids](const Statement& row) { ids.push_back(row.int64(0)); }); !status)
        return status;
    for (qint64 duplicate : ids) {
        if (auto status = touch("incidents", "incident", duplicate); !status)
            return status;
    }
    return {};
}

Result<AssignmentFacts> SqlCentralRepository::assignmentFacts(qint64 agentId, qint64 roleId, qint64 validFrom,
                                                              std::optional<qint64> validUntil,
                                                              qint64 excludeAssignmentId)
{
    return AssignmentFactsReader(m_store.database()).read(agentId, roleId, validFrom, validUntil, excludeAssignmentId);
}

Result<std::optional<RoleAssignment>> SqlCentralRepository::assignment(qint64 id)
{
    return RoleAssignmentRepository(m_store.database(), RoleAssignmentRepository::Ids::Central).find(id);
}

Result<QCborMap> SqlCentralRepository::assignmentItem(qint64 id)
{
    return streamItem(QStringLiteral("assignments"), QStringLiteral("assignment"), id);
}

Result<CentralRepository::TrainingReminderFacts>
SqlCentralRepository::trainingReminderFacts(const TrainingReminder& reminder)
{
    Database& database = m_store.database();
    TrainingReminderFacts facts;
    auto existing = database.prepare(
        QStringLiteral("SELECT agent_id, module_id, record_id, campaign_id, sent_by, sent_at, level, team_lead_id, "
                       "manager_id, days_overdue, note FROM training_reminder WHERE id = ?"));
    if (!existing)
        return existing.error();
    existing->bind(1, reminder.id);
    auto row = existing->step();
    if (!row)
        return row.error();
    if (*row) {
        TrainingReminder held;
        held.id = reminder.id;
        held.agentId = existing->int64(0);
        held.moduleId = existing->int64(1);
        held.recordId = existing->optionalInt64(2);
        held.campaignId = existing->optionalInt64(3);
        held.sentBy = existing->int64(4);
        held.sentAt = existing->int64(5);
        held.level = reminderLevelFromString(existing->text(6)).value_or(ReminderLevel::Agent);
        held.teamLeadId = existing->optionalInt64(7);
        held.managerId = existing->optionalInt64(8);
        held.daysOverdue = existing->int64(9);
        held.note = existing->text(10);
        facts.existing = held;
    }
    auto check = database.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM agent WHERE id = ?1), EXISTS (SELECT 1 FROM training_module WHERE id = ?2), "
        "?3 IS NULL OR EXISTS (SELECT 1 FROM training_record WHERE id = ?3 AND agent_id = ?1 AND module_id = ?2), "
        "?4 IS NULL OR EXISTS (SELECT 1 FROM training_campaign WHERE id = ?4 AND module_id = ?2), "
        "?5 IS NULL OR EXISTS (SELECT 1 FROM supervisor WHERE id = ?5), "
        "?6 IS NULL OR EXISTS (SELECT 1 FROM supervisor WHERE id = ?6)"));
    if (!check)
        return check.error();
    check->bind(1, reminder.agentId).bind(2, reminder.moduleId).bindOptional(3, reminder.recordId);
    check->bindOptional(4, reminder.campaignId)
        .bindOptional(5, reminder.teamLeadId)
        .bindOptional(6, reminder.managerId);
    auto checked = check->step();
    if (!checked)
        return checked.error();
    facts.agentKnown = check->int64(0) != 0;
    facts.moduleKnown = check->int64(1) != 0;
    facts.recordMatches = check->int64(2) != 0;
    facts.campaignMatches = check->int64(3) != 0;
    facts.teamLeadKnown = check->int64(4) != 0;
    facts.managerKnown = check->int64(5) != 0;
    return facts;
}

Status SqlCentralRepository::saveTrainingReminder(const TrainingReminder& reminder, const QString& consoleKey,
                                                  qint64 consoleSentAt)
{
    Database& database = m_store.database();
    if (auto status = TrainingReminderRepository(database).insert(reminder); !status)
        return status;
    auto receipt = database.prepare(
        QStringLiteral("INSERT INTO central_training_reminder (reminder_id, supervisor_id, console_key, "
                       "console_sent_at, received_at) VALUES (?,?,?,?,?)"));
    if (!receipt)
        return receipt.error();
    receipt->bind(1, reminder.id).bind(2, reminder.sentBy).bind(3, consoleKey).bind(4, consoleSentAt);
    receipt->bind(5, reminder.sentAt);
    if (auto status = receipt->run(); !status)
        return status;
    return touch("training_reminders", "training_reminder", reminder.id);
}

Result<std::optional<CentralRepository::EvidenceUpload>> SqlCentralRepository::evidenceUpload(const QString& key)
{
    auto select = m_store.database().prepare(
        QStringLiteral("SELECT key, item_id, supervisor_id, console_key, digest, declared_at, verified_at "
                       "FROM central_evidence_upload WHERE key = ?"));
    if (!select)
        return select.error();
    select->bind(1, key);
    return select->firstRow([](const Statement& row) {
        EvidenceUpload upload;
        upload.key = row.text(0);
        upload.itemId = row.int64(1);
        upload.supervisorId = row.int64(2);
        upload.consoleKey = row.text(3);
        upload.digest = row.blob(4);
        upload.declaredAt = row.int64(5);
        upload.verifiedAt = row.optionalInt64(6);
        return upload;
    });
}

Result<bool> SqlCentralRepository::incidentExists(qint64 incidentId)
{
    auto select = m_store.database().prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, incidentId);
    return select->step();
}

Result<qint64> SqlCentralRepository::evidenceMaxBytes()
{
    return EvidenceSettings::maxBytes(m_store.database());
}

Result<CentralRepository::EvidenceUpload>
SqlCentralRepository::declareEvidence(const EvidenceUpload& upload, const EvidenceRegister::Declared& declared)
{
    Database& database = m_store.database();
    auto itemId = EvidenceRegister::declare(database, declared);
    if (!itemId)
        return itemId.error();
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO central_evidence_upload (key, item_id, supervisor_id, console_key, digest, "
                       "declared_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, upload.key).bind(2, *itemId).bind(3, upload.supervisorId).bind(4, upload.consoleKey);
    insert->bindBlob(5, upload.digest).bind(6, upload.declaredAt);
    if (auto status = insert->run(); !status)
        return status.error();
    EvidenceUpload made = upload;
    made.itemId = *itemId;
    return made;
}

Result<EvidenceRegister::Item> SqlCentralRepository::evidenceItem(qint64 itemId)
{
    return EvidenceRegister::item(m_store.database(), itemId);
}

Result<std::vector<qint64>> SqlCentralRepository::evidenceChunks(qint64 itemId)
{
    return EvidenceRegister::chunkSeqs(m_store.database(), itemId);
}

Result<QByteArray> SqlCentralRepository::evidenceChunk(qint64 itemId, qint64 seq)
{
    return EvidenceRegister::chunk(m_store.database(), itemId, seq);
}

Status SqlCentralRepository::saveEvidenceChunk(qint64 itemId, qint64 seq, QByteArrayView data)
{
    return EvidenceRegister::storeChunk(m_store.database(), itemId, seq, data);
}

Result<EvidenceRegister::Check> SqlCentralRepository::checkEvidence(qint64 itemId)
{
    auto item = EvidenceRegister::item(m_store.database(), itemId);
    if (!item)
        return item.error();
    return EvidenceRegister::scan(m_store.database(), *item, nullptr);
}

Status SqlCentralRepository::markEvidenceVerified(const EvidenceUpload& upload, const QString& actor,
                                                  const QJsonObject& detail, qint64 at)
{
    Database& database = m_store.database();
    auto update = database.prepare(QStringLiteral("UPDATE central_evidence_upload SET verified_at = ? WHERE key = ?"));
    if (!update)
        return update.error();
    update->bind(1, at).bind(2, upload.key);
    if (auto status = update->run(); !status)
        return status;
    return EvidenceRegister::appendCustody(database, upload.itemId, EvidenceRegister::Action::Received, actor, detail,
                                           at);
}

Status SqlCentralRepository::discardEvidence(const EvidenceUpload& upload)
{
    Database& database = m_store.database();
    auto remove = database.prepare(QStringLiteral("DELETE FROM central_evidence_upload WHERE key = ?"));
    if (!remove)
        return remove.error();
    remove->bind(1, upload.key);
    if (auto status = remove->run(); !status)
        return status;
    return EvidenceRegister::discardIncomplete(database, upload.itemId);
}

Result<QCborMap> SqlCentralRepository::streamItem(const QString& streamName, const QString& typeName, qint64 id)
{
    const SyncCatalogue::Stream* stream = SyncCatalogue::stream(streamName);
    const SyncCatalogue::ItemType* type = stream ? SyncCatalogue::itemType(*stream, typeName) : nullptr;
    if (!type)
        return Error(Error::Code::NotFound, QStringLiteral("The catalogue has no %1 items.").arg(typeName));
    auto item = m_items.read(*type, id);
    if (!item)
        return item.error();
    return item->value_or(QCborMap());
}

Result<std::optional<ReviewCampaign>> SqlCentralRepository::reviewCampaign(qint64 id)
{
    return ReviewCampaignRepository(m_store.database()).campaign(id);
}

Result<std::optional<ReviewItem>> SqlCentralRepository::reviewItem(qint64 id)
{
    return ReviewCampaignRepository(m_store.database()).item(id);
}

Result<bool> SqlCentralRepository::reviewIdTaken(qint64 id)
{
    return ReviewCampaignRepository(m_store.database()).idTaken(id);
}

Result<bool> SqlCentralRepository::reviewScopeExists(ReviewScope scope, std::optional<qint64> scopeId)
{
    return ReviewCampaignRepository(m_store.database()).scopeExists(scope, scopeId);
}

Status SqlCentralRepository::createReviewCampaign(const ReviewCampaign& campaign, const std::vector<ReviewItem>& items)
{
    ReviewCampaignRepository reviews(m_store.database());
    if (auto status = reviews.insert(campaign); !status)
        return status;
    if (auto status = touch("reviews", "review_campaign", campaign.id); !status)
        return status;
    for (const ReviewItem& item : items) {
        if (auto status = reviews.insert(item); !status)
            return status;
        if (auto status = touch("reviews", "review_item", item.id); !status)
            return status;
    }
    return {};
}

Result<bool> SqlCentralRepository::saveReviewCampaign(const ReviewCampaign& campaign)
{
    auto saved = ReviewCampaignRepository(m_store.database()).update(campaign);
    if (!saved || !*saved)
        return saved;
    if (auto status = touch("reviews", "review_campaign", campaign.id); !status)
        return status.error();
    return true;
}

Result<bool> SqlCentralRepository::saveReviewItem(const ReviewItem& item)
{
    auto saved = ReviewCampaignRepository(m_store.database()).update(item);
    if (!saved || !*saved)
        return saved;
    if (auto status = touch("reviews", "review_item", item.id); !status)
        return status.error();
    return true;
}

Result<qint64> SqlCentralRepository::undecidedReviewItems(qint64 campaignId)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = ? AND decision IS NULL"));
    if (!statement)
        return statement.error();
    statement->bind(1, campaignId);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->int64(0);
}

Result<qint64> SqlCentralRepository::createAssignment(const RoleAssignment& row, RoleAssignmentChange change)
{
    RoleAssignmentRepository assignments(m_store.database(), RoleAssignmentRepository::Ids::Central);
    auto id = assignments.insert(row);
    if (!id)
        return id.error();
    change.assignmentId = *id;
    if (auto status = assignments.addChange(change); !status)
        return status.error();
    if (auto status = touch("assignments", "assignment", *id); !status)
        return status.error();
    return *id;
}

Result<bool> SqlCentralRepository::saveAssignment(const RoleAssignment& row, const RoleAssignmentChange& change)
{
    RoleAssignmentRepository assignments(m_store.database(), RoleAssignmentRepository::Ids::Central);
    auto written = assignments.update(row);
    if (!written || !*written)
        return written;
    if (auto status = assignments.addChange(change); !status)
        return status.error();
    if (auto status = touch("assignments", "assignment", row.id); !status)
        return status.error();
    return true;
}

Result<int> SqlCentralRepository::expireAssignments(qint64 now)
{
    RoleAssignmentRepository assignments(m_store.database(), RoleAssignmentRepository::Ids::Central);
    auto due = assignments.endedBy(now);
    if (!due)
        return due.error();
    for (const RoleAssignment& before : *due) {
        const auto [after, line] = expiredAtEnd(before);
        auto saved = saveAssignment(after, line);
        if (!saved)
            return saved.error();
    }
    return int(due->size());
}

Result<CentralRepository::DetectionSettingsState> SqlCentralRepository::detectionSettings()
{
    Database& database = m_store.database();
    DetectionSettingsState state;
    auto version = database.queryInt(
        QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'detection_settings_version'"));
    if (!version)
        return version.error();
    state.version = *version;
    auto statement = database.prepare(QStringLiteral("SELECT key, value FROM detection_setting ORDER BY key"));
    if (!statement)
        return statement.error();
    auto status = statement->forEachRow([&](const Statement& row) {
        bool ok = false;
        const qint64 value = row.text(1).toLongLong(&ok);
        if (ok)
            state.values.emplace_back(row.text(0), value);
    });
    if (!status)
        return status.error();
    return state;
}

Status SqlCentralRepository::saveDetectionSettings(const DetectionSettingsState& state)
{
    Database& database = m_store.database();
    auto update = database.prepare(QStringLiteral("UPDATE detection_setting SET value = ? WHERE key = ?"));
    if (!update)
        return update.error();
    auto insert = database.prepare(QStringLiteral("INSERT INTO detection_setting (value, key) VALUES (?, ?)"));
    if (!insert)
        return insert.error();
    for (const auto& [key, value] : state.values) {
        for (Statement* statement : { &update.value(), &insert.value() }) {
            statement->bind(1, QString::number(value)).bind(2, key);
            if (auto status = statement->run(); !status)
                return status;
            if (database.changes() > 0)
                break;
        }
    }
    return database.exec(QStringLiteral("UPDATE central_meta SET value = '%1' WHERE key = 'detection_settings_version'")
                             .arg(state.version));
}

Result<CentralRepository::AuditHead> SqlCentralRepository::auditHead(const QString& consoleId)
{
    auto statement
        = m_store.database().prepare(QStringLiteral("SELECT seq, mac FROM central_audit_head WHERE console_id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, consoleId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return AuditHead {};
    return AuditHead { statement->int64(0), statement->blob(1) };
}

Result<std::optional<QByteArray>> SqlCentralRepository::auditMac(const QString& consoleId, qint64 seq)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT mac FROM central_audit_entry WHERE console_id = ? AND seq = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, consoleId).bind(2, seq);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(statement->blob(0));
}

namespace {
constexpr char ConsoleColumns[]
    = "c.console_key, c.supervisor_id, s.username, c.store_id, c.registered_at, c.last_seen_at, c.rollback_at, "
      "coalesce(c.rollback_held_seq, 0), coalesce(c.rollback_console_seq, 0), coalesce(h.seq, 0) FROM central_console "
      "c JOIN supervisor s ON s.id = c.supervisor_id LEFT JOIN central_audit_head h ON h.console_id = c.console_key";

CentralRepository::ConsoleRecord consoleFrom(const Statement& row)
{
    CentralRepository::ConsoleRecord record;
    record.key = row.text(0);
    record.supervisorId = row.int64(1);
    record.supervisorName = row.text(2);
    record.storeId = row.text(3);
    record.registeredAt = row.int64(4);
    record.lastSeenAt = row.int64(5);
    if (!row.isNull(6))
        record.rollbackAt = row.int64(6);
    record.rollbackHeldSeq = row.int64(7);
    record.rollbackConsoleSeq = row.int64(8);
    record.auditSeq = row.int64(9);
    return record;
}
} // namespace

Result<std::optional<CentralRepository::ConsoleRecord>> SqlCentralRepository::console(const QString& key)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT %1 WHERE c.console_key = ?").arg(QLatin1String(ConsoleColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ConsoleRecord>();
    return std::optional<ConsoleRecord>(consoleFrom(*statement));
}

Result<std::vector<CentralRepository::ConsoleRecord>> SqlCentralRepository::consoles(qint64 supervisorId)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT %1 WHERE ?1 = 0 OR c.supervisor_id = ?1 ORDER BY c.registered_at, c.console_key")
            .arg(QLatin1String(ConsoleColumns)));
    if (!statement)
        return statement.error();
    statement->bind(1, supervisorId);
    std::vector<ConsoleRecord> all;
    auto status = statement->forEachRow([&](const Statement& row) { all.push_back(consoleFrom(row)); });
    if (!status)
        return status.error();
    return all;
}

Result<bool> SqlCentralRepository::registerConsole(const ConsoleRecord& record)
{
    Database& database = m_store.database();
    auto insert = database.prepare(
        QStringLiteral("INSERT INTO central_console (console_key, supervisor_id, store_id, registered_at, "
                       "last_seen_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, record.key)
        .bind(2, record.supervisorId)
        .bind(3, record.storeId)
        .bind(4, record.registeredAt)
        .bind(5, record.lastSeenAt);
    if (auto status = insert->run(); !status)
        return status.error();
    // The chain a version-1 service kept for this console under its store id; failing that, the supervisor's only
    // such chain (the console may have been restored with another store id before its first version-2 sync).
    auto legacy = database.prepare(QStringLiteral(
        "SELECT console_id FROM central_audit_head WHERE legacy = 1 AND supervisor_id = ?1 ORDER BY console_id = ?2 "
        "DESC, console_id LIMIT 2"));
    if (!legacy)
        return legacy.error();
    legacy->bind(1, record.supervisorId).bind(2, record.storeId);
    QStringList found;
    auto status = legacy->forEachRow([&](const Statement& row) { found << row.text(0); });
    if (!status)
        return status.error();
    if (found.isEmpty() || (found.front() != record.storeId && found.size() > 1))
        return false;
    for (const char* sql : { "UPDATE central_audit_entry SET console_id = ?1 WHERE console_id = ?2",
                             "UPDATE central_audit_head SET console_id = ?1, legacy = 0 WHERE console_id = ?2" }) {
        auto adopt = database.prepare(QString::fromLatin1(sql));
        if (!adopt)
            return adopt.error();
        adopt->bind(1, record.key).bind(2, found.front());
        if (auto run = adopt->run(); !run)
            return run.error();
    }
    return true;
}

Status SqlCentralRepository::touchConsole(const QString& key, const QString& storeId, qint64 at)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("UPDATE central_console SET store_id = ?, last_seen_at = ? WHERE console_key = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, storeId).bind(2, at).bind(3, key);
    return statement->run();
}

Status SqlCentralRepository::markRollback(const QString& key, qint64 at, qint64 heldSeq, qint64 consoleSeq)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("UPDATE central_console SET rollback_at = ?, rollback_held_seq = ?, rollback_console_seq = ? "
                       "WHERE console_key = ? AND rollback_at IS NULL"));
    if (!statement)
        return statement.error();
    statement->bind(1, at).bind(2, heldSeq).bind(3, consoleSeq).bind(4, key);
    return statement->run();
}

Result<std::optional<CentralRepository::ConsoleResolution>> SqlCentralRepository::lastResolution(const QString& key)
{
    auto statement = m_store.database().prepare(
        QStringLiteral("SELECT id, resolved_at, reason, detected_at, held_seq, console_seq, superseded_entries FROM "
                       "central_console_resolution WHERE console_key = ? ORDER BY id DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ConsoleResolution>();
    return std::optional<ConsoleResolution>(
        ConsoleResolution { statement->int64(0), key, statement->int64(1), statement->text(2), statement->int64(3),
                            statement->int64(4), statement->int64(5), statement->int64(6) });
}

Result<CentralRepository::ConsoleResolution> SqlCentralRepository::resolveRollback(const QString& key,
                                                                                   const QString& reason, qint64 at)
{
    auto found = console(key);
    if (!found)
        return found.error();
    if (!*found || !(*found)->rollbackAt)
        return Error(Error::Code::NotFound, tr("The console has no rollback to resolve."));
    Database& database = m_store.database();
    ConsoleResolution resolution;
    resolution.key = key;
    resolution.resolvedAt = at;
    resolution.reason = reason;
    resolution.detectedAt = *(*found)->rollbackAt;
    resolution.heldSeq = (*found)->rollbackHeldSeq;
    resolution.consoleSeq = (*found)->rollbackConsoleSeq;
    auto count = database.prepare(QStringLiteral("SELECT count(*) FROM central_audit_entry WHERE console_id = ?"));
    if (!count)
        return count.error();
    count->bind(1, key);
    auto counted = count->step();
    if (!counted)
        return counted.error();
    resolution.supersededEntries = count->int64(0);
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO central_console_resolution (console_key, resolved_at, reason, detected_at, held_seq, console_seq, "
        "superseded_entries) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, key)
        .bind(2, at)
        .bind(3, reason)
        .bind(4, resolution.detectedAt)
        .bind(5, resolution.heldSeq)
        .bind(6, resolution.consoleSeq)
        .bind(7, resolution.supersededEntries);
    if (auto status = insert->run(); !status)
        return status.error();
    resolution.id = database.lastInsertRowId();
    for (const char* sql :
         { "INSERT INTO central_audit_superseded (resolution_id, seq, at, actor, action, target, detail, mac, "
           "received_at) SELECT ?1, seq, at, actor, action, target, detail, mac, received_at FROM central_audit_entry "
           "WHERE console_id = ?2",
           "DELETE FROM central_audit_entry WHERE ?1 > 0 AND console_id = ?2",
           "DELETE FROM central_audit_head WHERE ?1 > 0 AND console_id = ?2",
           "UPDATE central_console SET rollback_at = NULL, rollback_held_seq = NULL, rollback_console_seq = NULL WHERE "
           "?1 > 0 AND console_key = ?2" }) {
        auto statement = database.prepare(QString::fromLatin1(sql));
        if (!statement)
            return statement.error();
        statement->bind(1, resolution.id).bind(2, key);
        if (auto status = statement->run(); !status)
            return status.error();
    }
    return resolution;
}

Status SqlCentralRepository::appendAudit(const QString& consoleId, qint64 supervisorId,
                                         const std::vector<AuditEntry>& entries)
{
    if (entries.empty())
        return {};
    Database& database = m_store.database();
    const qint64 now = Clock::nowMs();
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO central_audit_entry (console_id, seq, at, actor, action, target, detail, mac, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const AuditEntry& entry : entries) {
        insert->bind(1, consoleId)
            .bind(2, entry.seq)
            .bind(3, entry.at)
            .bind(4, entry.actor)
            .bind(5, entry.action)
            .bind(6, entry.target)
            .bind(7, entry.detail)
            .bindBlob(8, entry.mac)
            .bind(9, now);
        if (auto status = insert->run(); !status)
            return status;
    }
    auto head = database.prepare(QStringLiteral("INSERT OR REPLACE INTO central_audit_head (console_id, supervisor_id, "
                                                "seq, mac, updated_at) VALUES (?,?,?,?,?)"));
    if (!head)
        return head.error();
    head->bind(1, consoleId)
        .bind(2, supervisorId)
        .bind(3, entries.back().seq)
        .bindBlob(4, entries.back().mac)
        .bind(5, now);
    return head->run();
}

Status SqlCentralRepository::appendAccessEvents(const std::vector<AccessEvent>& events)
{
    // Raw rows in id order after the last: the central service serves the log; rollups and detections are the
    // consoles' (the demo seeding leaves some behind, which nothing here reads).
    auto insert = m_store.database().prepare(QStringLiteral(
        "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
        "workstation_id, source_address, session_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!insert)
        return insert.error();
    auto last = lastAccessEventId();
    if (!last)
        return last.error();
    qint64 previous = *last;
    for (const AccessEvent& e : events) {
        if (e.id <= previous)
            return Error(
                Error::Code::InvalidArgument,
                tr("New access events must come after the last one (%1); %2 does not.").arg(previous).arg(e.id));
        previous = e.id;
        insert->bind(1, e.id).bind(2, e.occurredAt).bind(3, e.agentId);
        if (e.recordId)
            insert->bind(4, e.recordId);
        else
            insert->bindNull(4);
        insert->bind(5, int(e.dataClass)).bind(6, int(e.action)).bind(7, int(e.outcome)).bind(8, int(e.channel));
        if (e.workstationId)
            insert->bind(9, e.workstationId);
        else
            insert->bindNull(9);
        if (e.sourceAddress.isEmpty())
            insert->bindNull(10);
        else
            insert->bind(10, e.sourceAddress);
        insert->bind(11, e.sessionId);
        if (auto status = insert->run(); !status)
            return status;
    }
    return {};
}

Result<qint64> SqlCentralRepository::lastAccessEventId()
{
    return m_store.database().queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM access_event"));
}

Result<CentralRepository::LiveCast> SqlCentralRepository::liveCast()
{
    Database& database = m_store.database();
    LiveCast cast;
    // Each active agent's most used workstation, and the address its events came from last; their site's zone and
    // their shift, so that only agents at work produce events.
    auto agents = database.prepare(QStringLiteral(
        "SELECT a.id, (SELECT w.workstation_id FROM agent_workstation w WHERE w.agent_id = a.id ORDER BY "
        "w.last_seen_at DESC LIMIT 1), s.timezone, h.start_minute, h.end_minute, h.weekdays FROM agent a JOIN team t "
        "ON t.id = a.team_id JOIN site s ON s.id = t.site_id LEFT JOIN shift h ON h.id = a.shift_id WHERE a.status = "
        "1 ORDER BY a.id"));
    if (!agents)
        return agents.error();
    auto status = agents->forEachRow([&](const Statement& row) {
        if (row.isNull(1))
            return;
        LiveCast::Agent agent;
        agent.id = row.int64(0);
        agent.workstationId = row.int64(1);
        agent.timezone = row.text(2);
        if (!row.isNull(3)) {
            agent.shiftStartMinute = int(row.int64(3));
            agent.shiftEndMinute = int(row.int64(4));
            agent.shiftWeekdays = int(row.int64(5));
        }
        cast.agents.push_back(std::move(agent));
    });
    if (!status)
        return status.error();
    auto address = database.prepare(QStringLiteral(
        "SELECT source_address FROM access_event WHERE agent_id = ? AND source_address IS NOT NULL ORDER BY agent_id "
        "DESC, occurred_at DESC LIMIT 1"));
    if (!address)
        return address.error();
    for (LiveCast::Agent& agent : cast.agents) {
        address->bind(1, agent.id);
        auto row = address->step();
        if (!row)
            return row.error();
        if (*row)
            agent.address = address->text(0);
        address->reset();
    }
    // Agents open only the data their roles grant (an event beyond them is a finding: access beyond role); what
    // they hold at the service's start is what they hold for the demo's hour.
    auto granted = database.prepare(QStringLiteral("SELECT DISTINCT c.data_class FROM role_assignment ra JOIN "
                                                   "role_data_class c ON c.role_id = ra.role_id WHERE ra.agent_id = ?1 "
                                                   "AND c.data_class > 0 AND %1 ORDER BY c.data_class")
                                        .arg(AssignmentInForce::condition(u"ra", 2)));
    if (!granted)
        return granted.error();
    const qint64 now = Clock::nowMs();
    for (LiveCast::Agent& agent : cast.agents) {
        granted->bind(1, agent.id);
        granted->bind(2, now);
        auto listed
            = granted->forEachRow([&](const Statement& row) { agent.dataClasses.push_back(int(row.int64(0))); });
        if (!listed)
            return listed.error();
        granted->reset();
    }
    auto records = database.prepare(
        QStringLiteral("SELECT id FROM customer_record WHERE data_class = ? ORDER BY id DESC LIMIT 5000"));
    if (!records)
        return records.error();
    for (int dataClass = 0; dataClass < 4; ++dataClass) {
        records->reset();
        records->bind(1, dataClass);
        auto listed = records->forEachRow(
            [&](const Statement& row) { cast.recordsByClass[dataClass].push_back(row.int64(0)); });
        if (!listed)
            return listed.error();
    }
    return cast;
}

} // namespace custodian
