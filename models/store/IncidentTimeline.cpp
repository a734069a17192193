#include "store/IncidentTimeline.h"

#include "crypto/Digest.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"

#include <QDateTime>
#include <QtEndian>

namespace custodian {

namespace {
void appendU64(QByteArray& out, qint64 value)
{
    char bytes[8];
    qToBigEndian(quint64(value), bytes);
    out.append(bytes, 8);
}

// Length-prefixed, so that no two different entries have the same canonical bytes.
void appendField(QByteArray& out, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    appendU64(out, utf8.size());
    out.append(utf8);
}

QString utc(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
}

struct Head
{
    QString reference;
    qint64 seq = 0;
    QByteArray hash;
};

Result<std::optional<Head>> readHead(Database& database, qint64 incidentId)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT reference, timeline_head_seq, timeline_head_hash FROM incident WHERE id = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, incidentId);
    return statement->firstRow([](const Statement& s) { return Head { s.text(0), s.int64(1), s.blob(2) }; });
}
} // namespace

QByteArray IncidentTimeline::genesis(qint64 incidentId)
{
    QByteArray message("custodian incident timeline v1");
    appendU64(message, incidentId);
    return Digest::sha256(message);
}

QByteArray IncidentTimeline::hashFor(QByteArrayView previous, qint64 position, const Entry& entry)
{
    QByteArray message;
    message.append(previous);
    appendU64(message, position);
    appendU64(message, entry.at);
    appendU64(message, entry.authorId);
    appendField(message, entry.authorActor);
    appendField(message, entry.kind);
    appendU64(message, entry.phase ? qint64(*entry.phase) : 0);
    appendField(message, entry.text);
    return Digest::sha256(message);
}

Result<IncidentTimeline::Appended> IncidentTimeline::append(Database& database, qint64 incidentId, const Entry& entry)
{
    auto head = readHead(database, incidentId);
    if (!head)
        return head.error();
    if (!*head)
        return Error(Error::Code::NotFound, tr("Incident %1 does not exist.").arg(incidentId));
    const QByteArray previous = (*head)->seq == 0 ? genesis(incidentId) : (*head)->hash;
    Appended appended;
    appended.position = (*head)->seq + 1;
    appended.hash = hashFor(previous, appended.position, entry);

    auto id = IncidentRepository::newId(database, "incident_timeline");
    if (!id)
        return id.error();
    appended.id = *id;
    auto insert = database.prepare(QStringLiteral(
        "INSERT INTO incident_timeline (id, incident_id, at, author_id, author_actor, kind, phase, text, "
        "chain_seq, chain_hash) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, appended.id)
        .bind(2, incidentId)
        .bind(3, entry.at)
        .bindOptional(4, entry.authorId > 0 ? std::optional<qint64>(entry.authorId) : std::nullopt)
        .bind(5, entry.authorActor)
        .bind(6, entry.kind)
        .bindOptional(7, entry.phase ? std::optional<qint64>(qint64(*entry.phase)) : std::nullopt)
        .bind(8, entry.text)
        .bind(9, appended.position)
        .bindBlob(10, appended.hash);
    if (auto status = insert->run(); !status)
        return status.error();

    auto update = database.prepare(
        QStringLiteral("UPDATE incident SET timeline_head_seq = ?, timeline_head_hash = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, appended.position).bindBlob(2, appended.hash).bind(3, incidentId);
    if (auto status = update->run(); !status)
        return status.error();
    return appended;
}

Result<IncidentTimeline::Verification> IncidentTimeline::verify(Database& database, qint64 incidentId)
{
    auto head = readHead(database, incidentId);
    if (!head)
        return head.error();
    if (!*head)
        return Error(Error::Code::NotFound, tr("Incident %1 does not exist.").arg(incidentId));
    Verification result;
    auto pulled = database.prepare(
        QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = ? AND chain_seq IS NULL"));
    if (!pulled)
        return pulled.error();
    pulled->bind(1, incidentId);
    auto counted = pulled->firstRow([](const Statement& s) { return s.int64(0); });
    if (!counted)
        return counted.error();
    result.fromService = counted->value_or(0);

    auto entries = database.prepare(
        QStringLiteral("SELECT chain_seq, at, author_id, author_actor, kind, phase, text, chain_hash FROM "
                       "incident_timeline WHERE incident_id = ? AND chain_seq IS NOT NULL ORDER BY chain_seq"));
    if (!entries)
        return entries.error();
    entries->bind(1, incidentId);
    QByteArray previous = genesis(incidentId);
    qint64 expected = 1;
    auto fail = [&result](qint64 position, std::optional<qint64> at, const QString& kind, const QString& reason) {
        result.intact = false;
        result.firstBadPosition = position;
        result.badAt = at;
        result.badKind = kind;
        result.reason = reason;
    };
    for (;;) {
        auto row = entries->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 position = entries->int64(0);
        Entry entry;
        entry.at = entries->int64(1);
        entry.authorId = entries->optionalInt64(2).value_or(0);
        entry.authorActor = entries->text(3);
        entry.kind = entries->text(4);
        if (!entries->isNull(5))
            entry.phase = IncidentPhase(entries->int64(5));
        entry.text = entries->text(6);
        if (position != expected) {
            fail(expected, entry.at, entry.kind,
                 position > expected
                     ? tr("Entry %1 of the timeline is missing (deleted): the chain goes on with entry %2 (%3, %4).")
                           .arg(expected)
                           .arg(position)
                           .arg(utc(entry.at), entry.kind)
                     : tr("Entry %1 of the timeline appears twice.").arg(position));
            return result;
        }
        if (hashFor(previous, position, entry) != entries->blob(7)) {
            fail(position, entry.at, entry.kind,
                 tr("Entry %1 of the timeline (%2, %3) was changed, or entries were reordered before it.")
                     .arg(position)
                     .arg(utc(entry.at), entry.kind));
            return result;
        }
        previous = entries->blob(7);
        ++result.chained;
        ++expected;
    }
    if ((*head)->seq != expected - 1) {
        fail(expected, std::nullopt, {},
             (*head)->seq > expected - 1
                 ? tr("Entries %1 to %2 at the end of the timeline are missing (deleted).")
                       .arg(expected)
                       .arg((*head)->seq)
                 : tr("The timeline has entries past its recorded last entry %1.").arg((*head)->seq));
    } else if (expected > 1 && (*head)->hash != previous) {
        fail(expected - 1, std::nullopt, {},
             tr("The timeline's recorded head does not match its last entry %1.").arg(expected - 1));
    }
    return result;
}

} // namespace custodian
