#include "central/CentralService.h"

#include "central/CentralAssignmentChanges.h"
#include "central/CentralConsoles.h"
#include "central/CentralIncidentChanges.h"
#include "central/CentralReplies.h"
#include "central/CentralReviewChanges.h"
#include "central/CentralTrainingReminders.h"
#include "central/ConsoleTime.h"
#include "domain/Clock.h"

#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"
#include "domain/IdentifierMasking.h"
#include "rules/DetectionSettings.h"
#include "rules/FindingWorkflow.h"
#include "store/CrashPoint.h"
#include "store/RecordLookup.h"
#include "store/RecordReveal.h"
#include "store/SyncItemWriter.h"
#include "sync/SyncWire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace custodian {

using CentralReplies::conflict;
using CentralReplies::internal;
using CentralReplies::invalid;

namespace {
QString latin(const char* text)
{
    return QString::fromLatin1(text);
}

constexpr qint64 MaxTime = 32'503'680'000'000;

QCborMap applied(const QString& key, qint64 version)
{
    QCborMap body;
    body.insert(QLatin1String("key"), key);
    body.insert(QLatin1String("status"), QLatin1String("applied"));
    body.insert(QLatin1String("version"), version);
    return body;
}

QCborMap findingCurrent(const std::optional<CentralRepository::FindingState>& state)
{
    QCborMap current;
    current.insert(QLatin1String("version"), state ? state->version : 0);
    current.insert(QLatin1String("status"), state ? state->status : int(FindingStatus::Open));
    current.insert(QLatin1String("reason"),
                   state && !state->reason.isEmpty() ? QCborValue(state->reason) : QCborValue(nullptr));
    current.insert(QLatin1String("by"), state ? QCborValue(state->by) : QCborValue(nullptr));
    current.insert(QLatin1String("at"), state ? QCborValue(state->at) : QCborValue(nullptr));
    current.insert(QLatin1String("to"),
                   state && !state->escalatedTo.isEmpty() ? QCborValue(state->escalatedTo) : QCborValue(nullptr));
    return current;
}

QCborMap settingsCurrent(const CentralRepository::DetectionSettingsState& state)
{
    QCborMap values;
    for (const auto& [key, value] : state.values)
        values.insert(key, value);
    QCborMap current;
    current.insert(QLatin1String("version"), state.version);
    current.insert(QLatin1String("values"), values);
    return current;
}

// A hex MAC of the console-audit chain: 64 lowercase hex digits (an empty chain's head has none).
std::optional<QByteArray> parseMac(const QCborValue& value, bool allowEmpty)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty() && allowEmpty)
        return QByteArray();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}
} // namespace

CentralService::CentralService(CentralRepository& repository)
    : m_repository(repository)
{
}

CentralService::Reply CentralService::error(int status, const QString& code, const QString& message)
{
    QCborMap detail;
    detail.insert(QLatin1String("code"), code);
    detail.insert(QLatin1String("message"), message);
    QCborMap body;
    body.insert(QLatin1String("error"), detail);
    return Reply { status, body, false };
}

bool CentralService::isValidConsoleId(const QString& consoleId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(consoleId).hasMatch();
}

Result<CentralService::IssuedToken> CentralService::issueToken(const QString& username, int days)
{
    if (days < 1 || days > MaxTokenDays)
        return Error(Error::Code::InvalidArgument,
                     tr("A token is valid for 1 to %1 days, not %2.").arg(MaxTokenDays).arg(days));
    const QByteArray token
        = SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 expiresAt = Clock::nowMs() + qint64(days) * 86'400'000;
    if (auto status = m_repository.addToken(username, Digest::sha256(token), expiresAt); !status)
        return status.error();
    return IssuedToken { QString::fromLatin1(token), expiresAt };
}

Result<CentralService::Authentication> CentralService::authenticate(QByteArrayView token)
{
    auto found = m_repository.token(token);
    if (!found)
        return found.error();
    Authentication authentication;
    if (!*found) {
        authentication.unknown = true;
        return authentication;
    }
    const qint64 now = Clock::nowMs();
    auto instant = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    if ((*found)->revokedAt)
        authentication.refusal
            = tr("The token was revoked on %1; ask an administrator for a new one.").arg(instant(*(*found)->revokedAt));
    else if ((*found)->expiresAt && *(*found)->expiresAt <= now)
        authentication.refusal = tr("The token expired on %1; ask an administrator for a new one (custodian-central "
                                    "token).")
                                     .arg(instant(*(*found)->expiresAt));
    else
        authentication.supervisor = (*found)->supervisor;
    return authentication;
}

std::optional<CentralService::Reply> CentralService::admitConsole(const CentralRepository::Supervisor& supervisor,
                                                                  const QString& storeId, const QString& consoleKey)
{
    return CentralConsoles(m_repository, m_log).admit(supervisor, storeId, consoleKey, Clock::nowMs());
}

CentralService::Reply CentralService::session(const CentralRepository::Supervisor& supervisor, const QString& storeId,
                                              const QString& consoleId)
{
    if (auto status = m_repository.begin(); !status)
        return internal();
    auto console = CentralConsoles(m_repository, m_log).describe(supervisor, storeId, consoleId, Clock::nowMs());
    if (!console || !m_repository.commit()) {
        m_repository.rollback();
        return internal();
    }
    auto head = m_repository.auditHead(consoleId);
    if (!head)
        return internal();
    QCborMap who;
    who.insert(QLatin1String("id"), supervisor.id);
    who.insert(QLatin1String("username"), supervisor.username);
    who.insert(QLatin1String("display_name"), supervisor.displayName);
    who.insert(QLatin1String("role"), toString(supervisor.role));
    QCborArray streams;
    QCborMap pageLimits;
    for (const SyncCatalogue::Stream& stream : SyncCatalogue::streams()) {
        streams.append(latin(stream.name));
        pageLimits.insert(latin(stream.name), stream.maxPageItems);
    }
    QCborMap limits;
    limits.insert(QLatin1String("max_page_items"), pageLimits);
    limits.insert(QLatin1String("max_audit_entries"), MaxAuditEntriesPerPush);
    QCborMap auditHead;
    auditHead.insert(QLatin1String("seq"), head->seq);
    auditHead.insert(QLatin1String("mac"), QString::fromLatin1(head->mac.toHex()));
    QCborMap body;
    body.insert(QLatin1String("api"), SyncWire::ApiVersion);
    body.insert(QLatin1String("server"), QStringLiteral("custodian-central"));
    body.insert(QLatin1String("time"), Clock::nowMs());
    body.insert(QLatin1String("supervisor"), who);
    body.insert(QLatin1String("streams"), streams);
    body.insert(QLatin1String("formats"),
                QCborArray { QLatin1String("application/json"), QLatin1String("application/cbor") });
    body.insert(QLatin1String("limits"), limits);
    body.insert(QLatin1String("audit_head"), auditHead);
    body.insert(QLatin1String("console"), *console);
    QCborMap token;
    token.insert(QLatin1String("expires_at"),
                 supervisor.tokenExpiresAt ? QCborValue(*supervisor.tokenExpiresAt) : QCborValue(nullptr));
    body.insert(QLatin1String("token"), token);
    return Reply { 200, body, false };
}

CentralService::Reply CentralService::pull(const QString& streamName, const QString& cursor, int limit,
                                           CentralRepository::Page* page)
{
    const SyncCatalogue::Stream* stream = SyncCatalogue::stream(streamName);
    if (!stream)
        return error(404, QStringLiteral("unknown_stream"),
                     tr("This service has no stream named '%1'.").arg(streamName.left(64)));
    const int pageLimit = limit <= 0 ? stream->maxPageItems : std::min(limit, stream->maxPageItems);
    if (qstrcmp(stream->name, "assignments") == 0) {
        // Time-bound assignments end by themselves: a console pulls them ended, with the history line.
        if (auto status = m_repository.begin(); !status)
            return internal();
        if (auto expired = m_repository.expireAssignments(Clock::nowMs()); !expired) {
            m_repository.rollback();
            return internal();
        }
        if (auto status = m_repository.commit(); !status) {
            m_repository.rollback();
            return internal();
        }
    }
    auto pulled = m_repository.pull(*stream, cursor, pageLimit);
    if (!pulled) {
        if (pulled.error().code() == Error::Code::Rejected)
            return error(400, QStringLiteral("bad_cursor"), pulled.error().message());
        return internal();
    }
    *page = std::move(pulled).value();
    return Reply { 200, {}, false };
}

CentralService::Reply CentralService::applyChange(const CentralRepository::Supervisor& supervisor,
                                                  const QString& consoleId, const QString& key, const QCborMap& request)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9._~-]{8,128}$"));
    if (!keyPattern.match(key).hasMatch())
        return error(400, QStringLiteral("bad_key"),
                     tr("An idempotency key is 8 to 128 letters, digits, '.', '_', '~' or '-'."));
    const QCborValue kind = request.value(QLatin1String("kind"));
    const QCborValue entity = request.value(QLatin1String("entity"));
    const QCborValue baseVersion = request.value(QLatin1String("base_version"));
    const QCborValue payload = request.value(QLatin1String("payload"));
    if (!kind.isString() || kind.toString().size() > 64)
        return invalid(tr("'kind' must be the name of a change kind."));
    if (!entity.isString() || entity.toString().isEmpty() || entity.toString().size() > 200)
        return invalid(tr("'entity' must be text of 1 to 200 characters."));
    if (!baseVersion.isNull() && !baseVersion.isUndefined()
        && (!baseVersion.isInteger() || baseVersion.toInteger() < 0))
        return invalid(tr("'base_version' must be a whole number or null."));
    if (!payload.isMap())
        return invalid(tr("'payload' must be an object."));

    // The digest covers what the change means, in a canonical form (JSON objects sort their keys).
    QCborMap meaning;
    meaning.insert(QLatin1String("kind"), kind);
    meaning.insert(QLatin1String("entity"), entity);
    meaning.insert(QLatin1String("base_version"), baseVersion.isUndefined() ? QCborValue(nullptr) : baseVersion);
    meaning.insert(QLatin1String("payload"), payload);
    const QByteArray digest = Digest::sha256(QJsonDocument(meaning.toJsonObject()).toJson(QJsonDocument::Compact));

    if (auto status = m_repository.begin(); !status)
        return internal();
    auto previous = m_repository.findChange(key);
    if (!previous) {
        m_repository.rollback();
        return internal();
    }
    if (*previous) {
        m_repository.rollback();
        if ((*previous)->digest != digest)
            return error(422, QStringLiteral("key_reused"),
                         tr("The idempotency key %1 was used before for a different change.").arg(key));
        return Reply { (*previous)->httpStatus, (*previous)->response, true };
    }
    // The service's clock decides (ConsoleTime): the console's "at" is only kept as information, when plausible.
    const qint64 now = Clock::nowMs();
    auto lastChange = m_repository.lastChangeAt(kind.toString(), entity.toString());
    if (!lastChange) {
        m_repository.rollback();
        return internal();
    }
    const ConsoleTime::Reading claim = ConsoleTime::read(payload.toMap().value(QLatin1String("at")), now, *lastChange);
    Reply reply = claim.refusal.isEmpty()
        ? decideChange(supervisor, consoleId, kind.toString(), entity.toString(), baseVersion, payload.toMap(), now)
        : invalid(claim.refusal);
    if (reply.status == 200)
        reply.body.insert(QLatin1String("key"), key);
    // Conflicts and refusals are recorded too: a retry of the same change gets the same answer, not a second try.
    if (reply.status != 500) {
        CentralRepository::ChangeRecord record;
        record.key = key;
        record.digest = digest;
        record.kind = kind.toString();
        record.entity = entity.toString();
        record.supervisorId = supervisor.id;
        record.consoleId = consoleId;
        record.receivedAt = now;
        record.httpStatus = reply.status;
        record.response = reply.body;
        record.consoleAt = claim.consoleAt;
        if (auto status = m_repository.recordChange(record); !status) {
            m_repository.rollback();
            return internal();
        }
    }
    if (reply.status == 500) {
        m_repository.rollback();
        return reply;
    }
    if (auto status = m_repository.commit(); !status) {
        m_repository.rollback();
        return internal();
    }
    // Applied and recorded, not answered yet: the window in which a console must retry with the same key.
    CrashPoint::reached("central.change-committed");
    return reply;
}

CentralService::Reply CentralService::recordRequest(const CentralRepository::Supervisor& supervisor,
                                                    const QString& consoleId, const QString& path,
                                                    const QCborMap& request)
{
    if (path == QLatin1String("lookup"))
        return lookUpRecord(supervisor, consoleId, request);
    static const QRegularExpression reveal(QStringLiteral("^([1-9][0-9]{0,15})/reveal$"));
    const QRegularExpressionMatch match = reveal.match(path);
    if (!match.hasMatch())
        return error(404, QStringLiteral("not_found"), tr("There is no such resource."));
    return revealRecord(supervisor, consoleId, match.captured(1).toLongLong(), request);
}

CentralService::Reply CentralService::revealRecord(const CentralRepository::Supervisor& supervisor,
                                                   const QString& consoleId, qint64 recordId, const QCborMap& request)
{
    const QCborValue reasonValue = request.value(QLatin1String("reason"));
    const QCborValue eventValue = request.value(QLatin1String("event"));
    if (!reasonValue.isString())
        return error(422, QStringLiteral("invalid_reveal"), tr("A reveal needs the supervisor's reason."));
    if (auto status = RecordReveal::checkReason(reasonValue.toString()); !status)
        return error(422, QStringLiteral("invalid_reveal"), status.error().message());
    std::optional<qint64> eventId;
    if (!eventValue.isNull() && !eventValue.isUndefined()) {
        if (!eventValue.isInteger() || eventValue.toInteger() < 1)
            return error(422, QStringLiteral("invalid_reveal"), tr("'event' must be the id of an access event."));
        eventId = eventValue.toInteger();
    }
    const QString reason = reasonValue.toString().trimmed();

    // Decided, recorded and committed before the answer: a number the service hands out is always in its reveal log
    // (a reveal whose answer is lost on the way is recorded all the same).
    if (auto status = m_repository.begin(); !status)
        return internal();
    auto record = m_repository.openRecord(recordId);
    if (!record) {
        m_repository.rollback();
        return record.error().code() == Error::Code::NotFound
            ? error(404, QStringLiteral("unknown_record"), record.error().message())
            : internal();
    }
    if (!*record) {
        m_repository.rollback();
        return error(404, QStringLiteral("unknown_record"),
                     tr("The central service has no customer record %1.").arg(recordId));
    }
    auto scope = m_repository.revealScope(supervisor.id, recordId, eventId);
    if (!scope) {
        m_repository.rollback();
        return internal();
    }
    CentralRepository::RevealEntry entry;
    entry.at = Clock::nowMs();
    entry.supervisorId = supervisor.id;
    entry.consoleId = consoleId;
    entry.recordId = recordId;
    entry.eventId = eventId;
    entry.reason = RecordReveal::redacted(reason, (*record)->identifier.view());
    Reply refusal;
    switch (*scope) {
    case CentralRepository::RevealScope::Covered:
        break;
    case CentralRepository::RevealScope::EventElsewhere:
        refusal = error(422, QStringLiteral("invalid_reveal"),
                        tr("Access event %1 is not an access to customer record %2.").arg(*eventId).arg(recordId));
        break;
    case CentralRepository::RevealScope::OutOfScope:
        refusal = error(403, QStringLiteral("out_of_scope"),
                        eventId ? tr("Customer record %1 was opened in access event %2 by an agent outside your scope "
                                     "(neither at your site nor managed by you): the central service does not reveal "
                                     "it to you.")
                                      .arg(recordId)
                                      .arg(*eventId)
                                : tr("No agent at your site or managed by you has opened customer record %1: the "
                                     "central service does not reveal it to you.")
                                      .arg(recordId));
        break;
    }
    entry.outcome = refusal.status == 200 ? QStringLiteral("revealed") : QStringLiteral("refused");
    if (refusal.status != 200)
        entry.detail = refusal.body.value(QLatin1String("error")).toMap().value(QLatin1String("message")).toString();
    auto revealId = m_repository.recordReveal(entry);
    if (!revealId) {
        m_repository.rollback();
        return internal();
    }
    if (auto status = m_repository.commit(); !status) {
        m_repository.rollback();
        return internal();
    }
    if (refusal.status != 200)
        return refusal;
    const SecureBuffer& identifier = (*record)->identifier;
    QCborMap body;
    body.insert(QLatin1String("record"), recordId);
    body.insert(QLatin1String("kind"), (*record)->kind);
    body.insert(QLatin1String("masked"), IdentifierMasking::mask((*record)->kind, identifier.view()));
    body.insert(QLatin1String("identifier"),
                QString::fromLatin1(reinterpret_cast<const char*>(identifier.data()), qsizetype(identifier.size())));
    body.insert(QLatin1String("reveal"), *revealId);
    return Reply { 200, body, false };
}

CentralService::Reply CentralService::lookUpRecord(const CentralRepository::Supervisor& supervisor,
                                                   const QString& consoleId, const QCborMap& request)
{
    const QCborValue identifier = request.value(QLatin1String("identifier"));
    if (!identifier.isString() || identifier.toString().size() > SyncCatalogue::MaxIdentifierLength)
        return error(
            422, QStringLiteral("invalid_lookup"),
            tr("A look-up needs the identifier, at most %1 characters.").arg(SyncCatalogue::MaxIdentifierLength));
    QByteArray canonical = RecordLookup::canonical(identifier.toString());
    if (canonical.isEmpty())
        return error(422, QStringLiteral("invalid_lookup"), tr("Type the whole identifier, without '*'."));

    const qint64 now = Clock::nowMs();
    LookupBudget& budget = m_lookupBudgets[supervisor.id];
    if (budget.updatedMs == 0)
        budget.updatedMs = now;
    budget.tokens = std::min<double>(LookupBurst, budget.tokens + double(now - budget.updatedMs) / LookupIntervalMs);
    budget.updatedMs = now;
    if (budget.tokens < 1.0) {
        canonical.fill('\0');
        Reply reply = error(429, QStringLiteral("too_many_lookups"),
                            tr("Too many look-ups by card or customer number; the central service answers one a "
                               "minute after the first %1.")
                                .arg(LookupBurst));
        reply.retryAfterSeconds = int(std::ceil((1.0 - budget.tokens) * LookupIntervalMs / 1000.0));
        return reply;
    }
    budget.tokens -= 1.0;

    auto found = m_repository.findRecord(canonical);
    const bool panShaped = IdentifierMasking::looksLikePan(canonical);
    canonical.fill('\0');
    if (!found)
        return internal();
    if (auto status = m_repository.recordLookup(supervisor.id, consoleId, now,
                                                *found ? std::optional<qint64>((*found)->id) : std::nullopt);
        !status)
        return internal();
    QCborMap body;
    if (!*found) {
        body.insert(QLatin1String("record"), QCborValue(nullptr));
        return Reply { 200, body, false };
    }
    const CentralRepository::RecordMatch& match = **found;
    QCborMap record;
    record.insert(QLatin1String("id"), match.id);
    record.insert(QLatin1String("kind"), match.kind);
    record.insert(QLatin1String("data_class"), match.dataClass);
    record.insert(QLatin1String("masked"), match.masked);
    // The service's token only for what the records stream carries as a token (card data); a console keeps its own
    // tokens of the identifiers it holds.
    if (panShaped || IdentifierMasking::isCardData(match.kind, match.dataClass))
        record.insert(QLatin1String("token"), QString::fromLatin1(match.token.toHex()));
    body.insert(QLatin1String("record"), record);
    return Reply { 200, body, false };
}

CentralService::Reply CentralService::decideChange(const CentralRepository::Supervisor& supervisor,
                                                   const QString& consoleId, const QString& kind, const QString& entity,
                                                   const QCborValue& baseVersion, const QCborMap& payload, qint64 now)
{
    if (kind == QLatin1String("finding.status"))
        return findingStatus(supervisor, entity, baseVersion, payload, now);
    if (kind == QLatin1String("detection.settings"))
        return detectionSettings(supervisor, entity, baseVersion, payload);
    if (kind == QLatin1String("assignment.change"))
        return CentralAssignmentChanges(m_repository).decide(supervisor, entity, baseVersion, payload, now);
    if (kind == QLatin1String("review.campaign") || kind == QLatin1String("review.decision"))
        return CentralReviewChanges(m_repository).decide(supervisor, kind, entity, baseVersion, payload, now);
    if (kind == QLatin1String("training.reminder"))
        return CentralTrainingReminders(m_repository).decide(supervisor, consoleId, entity, baseVersion, payload, now);
    if (kind == QLatin1String("incident.change"))
        return CentralIncidentChanges(m_repository).decide(supervisor, entity, baseVersion, payload, now);
    return error(422, QStringLiteral("unsupported_kind"),
                 tr("This service does not accept changes of the kind '%1'.").arg(kind.left(64)));
}

CentralService::Reply CentralService::findingStatus(const CentralRepository::Supervisor& supervisor,
                                                    const QString& entity, const QCborValue& baseVersion,
                                                    const QCborMap& payload, qint64 now)
{
    const SyncCatalogue::Field statusField { "status", SyncCatalogue::FieldType::Integer, false, 1, 4 };
    const SyncCatalogue::Field reasonField { "reason", SyncCatalogue::FieldType::Text, true, 0,
                                             FindingWorkflow::MaxReasonLength };
    const SyncCatalogue::Field atField { "at", SyncCatalogue::FieldType::Integer, false, 0, MaxTime };
    const SyncCatalogue::Field toField { "to", SyncCatalogue::FieldType::Text, true, 0, 64 };
    for (const SyncCatalogue::Field* field : { &statusField, &reasonField, &atField, &toField }) {
        if (QString problem = SyncItemWriter::checkValue(*field, payload.value(QLatin1String(field->name)));
            !problem.isEmpty())
            return invalid(tr("The finding decision is invalid: %1.").arg(problem));
    }
    const auto to = FindingStatus(payload.value(QLatin1String("status")).toInteger());
    const QString reason = payload.value(QLatin1String("reason")).toString().trimmed();
    auto current = m_repository.findingState(entity);
    if (!current)
        return internal();
    const bool known = current->has_value();
    const qint64 currentVersion = known ? (*current)->version : 0;
    const bool noBase = baseVersion.isNull() || baseVersion.isUndefined();
    if ((known && (noBase || baseVersion.toInteger() != currentVersion)) || (!known && !noBase))
        return conflict(tr("Another supervisor decided on this finding first (version %1).").arg(currentVersion),
                        findingCurrent(*current));
    const auto from = known ? FindingStatus((*current)->status) : FindingStatus::Open;
    if (from == to || !FindingWorkflow::isAllowed(from, to))
        return invalid(tr("A finding cannot go from status %1 to %2.").arg(int(from)).arg(int(to)));
    if (FindingWorkflow::needsReason(to) && reason.isEmpty())
        return invalid(tr("This decision on a finding needs a reason."));
    // An escalation goes to a supervisor the service knows (FindingWorkflow::escalate's rule on the console).
    QString recipient;
    if (to == FindingStatus::Escalated) {
        recipient = payload.value(QLatin1String("to")).toString();
        auto supervisors = m_repository.supervisors();
        if (!supervisors)
            return internal();
        if (std::none_of(supervisors->begin(), supervisors->end(),
                         [&recipient](const CentralRepository::Supervisor& s) { return s.username == recipient; }))
            return invalid(tr("An escalation goes to a supervisor this service knows; 'to' names none."));
    }
    CentralRepository::FindingState state;
    state.dedupeKey = entity;
    state.status = int(to);
    state.reason = reason;
    state.by = supervisor.username;
    state.at = now; // the service's clock, not the console's claim (ConsoleTime)
    state.version = currentVersion + 1;
    state.escalatedTo = recipient;
    if (auto status = m_repository.saveFindingState(state); !status)
        return internal();
    return Reply { 200, applied(QString(), state.version), false };
}

CentralService::Reply CentralService::detectionSettings(const CentralRepository::Supervisor& supervisor,
                                                        const QString& entity, const QCborValue& baseVersion,
                                                        const QCborMap& payload)
{
    // Organisation-wide thresholds (and the review rule) are a security officer's to change, whatever a console lets
    // its supervisor try: any other token is refused, and the console marks its change refused with this message.
    if (supervisor.role != SupervisorRole::SecurityOfficer)
        return error(403, QStringLiteral("forbidden"),
                     tr("Only a security officer changes the organisation's detection thresholds and review rule; %1 "
                        "is a %2.")
                         .arg(supervisor.username, describe(supervisor.role)));
    if (entity != QLatin1String("detection_settings"))
        return invalid(tr("Detection settings are one entity, 'detection_settings'."));
    const QCborValue values = payload.value(QLatin1String("values"));
    if (!values.isMap() || values.toMap().isEmpty())
        return invalid(tr("'values' must be an object of settings."));
    auto current = m_repository.detectionSettings();
    if (!current)
        return internal();
    if (!baseVersion.isInteger() || baseVersion.toInteger() != current->version)
        return conflict(tr("The detection settings were changed meanwhile (version %1).").arg(current->version),
                        settingsCurrent(*current));
    CentralRepository::DetectionSettingsState next = *current;
    const QCborMap map = values.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().toString();
        const DetectionSettings::Bounds* bounds = nullptr;
        for (const DetectionSettings::Bounds& b : DetectionSettings::bounds()) {
            if (key == QLatin1String(b.key))
                bounds = &b;
        }
        if (!bounds)
            return invalid(tr("There is no detection setting '%1'.").arg(key.left(64)));
        const SyncCatalogue::Field field { bounds->key, SyncCatalogue::FieldType::Integer, false, bounds->minimum,
                                           bounds->maximum };
        if (QString problem = SyncItemWriter::checkValue(field, it.value()); !problem.isEmpty())
            return invalid(tr("The detection settings are invalid: %1.").arg(problem));
        bool found = false;
        for (auto& [name, value] : next.values) {
            if (name == key) {
                value = it.value().toInteger();
                found = true;
            }
        }
        if (!found)
            next.values.emplace_back(key, it.value().toInteger());
    }
    // Rules between values (the training escalation's first threshold before its second) on the merged set.
    std::vector<std::pair<QString, QString>> merged;
    for (const auto& [name, value] : next.values)
        merged.emplace_back(name, QString::number(value));
    if (auto checked = DetectionSettings::fromValues(merged); !checked)
        return invalid(tr("The detection settings are invalid: %1").arg(checked.error().message()));
    next.version = current->version + 1;
    if (auto status = m_repository.saveDetectionSettings(next); !status)
        return internal();
    return Reply { 200, applied(QString(), next.version), false };
}

CentralService::Reply CentralService::appendAudit(const CentralRepository::Supervisor& supervisor,
                                                  const QString& consoleId, const QCborMap& request)
{
    const QCborValue previousValue = request.value(QLatin1String("previous"));
    const QCborValue entriesValue = request.value(QLatin1String("entries"));
    const QCborValue rollbackValue = request.value(QLatin1String("rollback"));
    if (!previousValue.isMap() || !entriesValue.isArray())
        return error(422, QStringLiteral("invalid_audit"), tr("An audit push has 'previous' and 'entries'."));
    if (!rollbackValue.isUndefined() && !rollbackValue.isBool())
        return error(422, QStringLiteral("invalid_audit"), tr("'rollback' is true or false."));
    // A console that found its store rolled back reports it with its own head and no entries.
    const bool reportsRollback = rollbackValue.toBool();
    if (reportsRollback && !entriesValue.toArray().isEmpty())
        return error(422, QStringLiteral("invalid_audit"), tr("A rollback report carries no entries."));
    const QCborMap previous = previousValue.toMap();
    const QCborValue previousSeq = previous.value(QLatin1String("seq"));
    const auto previousMac = parseMac(previous.value(QLatin1String("mac")), true);
    if (!previousSeq.isInteger() || previousSeq.toInteger() < 0 || !previousMac)
        return error(422, QStringLiteral("invalid_audit"),
                     tr("'previous' names the last entry the service holds: its seq and its mac in hex."));
    const QCborArray list = entriesValue.toArray();
    if (list.size() > MaxAuditEntriesPerPush)
        return error(413, QStringLiteral("too_many_entries"),
                     tr("At most %1 audit entries per push.").arg(MaxAuditEntriesPerPush));
    std::vector<CentralRepository::AuditEntry> entries;
    entries.reserve(std::size_t(list.size()));
    qint64 expected = previousSeq.toInteger() + 1;
    const SyncCatalogue::Field fields[] = {
        { "seq", SyncCatalogue::FieldType::Integer, false, 1, std::numeric_limits<qint64>::max() },
        { "at", SyncCatalogue::FieldType::Integer, false, 0, MaxTime },
        { "actor", SyncCatalogue::FieldType::Text, false, 0, 200 },
        { "action", SyncCatalogue::FieldType::Text, false, 0, 100 },
        { "target", SyncCatalogue::FieldType::Text, false, 0, 500 },
        { "detail", SyncCatalogue::FieldType::Text, false, 0, 20'000 },
    };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QCborMap entry = list.at(i).toMap();
        for (const SyncCatalogue::Field& field : fields) {
            if (QString problem = SyncItemWriter::checkValue(field, entry.value(QLatin1String(field.name)));
                !problem.isEmpty())
                return error(422, QStringLiteral("invalid_audit"), tr("Audit entry %1: %2.").arg(i + 1).arg(problem));
        }
        const auto mac = parseMac(entry.value(QLatin1String("mac")), false);
        if (!mac)
            return error(422, QStringLiteral("invalid_audit"),
                         tr("Audit entry %1: 'mac' must be 64 hex digits.").arg(i + 1));
        const qint64 seq = entry.value(QLatin1String("seq")).toInteger();
        if (seq != expected)
            return error(
                422, QStringLiteral("invalid_audit"),
                tr("Audit entries must follow each other without gaps: expected %1, got %2.").arg(expected).arg(seq));
        ++expected;
        entries.push_back(
            { seq, entry.value(QLatin1String("at")).toInteger(), entry.value(QLatin1String("actor")).toString(),
              entry.value(QLatin1String("action")).toString(), entry.value(QLatin1String("target")).toString(),
              entry.value(QLatin1String("detail")).toString(), *mac });
    }
    if (auto status = m_repository.begin(); !status)
        return internal();
    auto head = m_repository.auditHead(consoleId);
    if (!head) {
        m_repository.rollback();
        return internal();
    }
    auto headBody = [](qint64 seq, const QByteArray& mac) {
        QCborMap map;
        map.insert(QLatin1String("seq"), seq);
        map.insert(QLatin1String("mac"), QString::fromLatin1(mac.toHex()));
        return map;
    };
    const bool continues = head->seq == previousSeq.toInteger() && head->mac == *previousMac;
    if (!continues || reportsRollback) {
        // A push from a point of the held chain is a retry whose answer was lost: nothing to record. Anything else —
        // a point the service never held, or the console's own report — is a rollback (or a replaced store) the
        // service keeps until an administrator resolves it, whatever the console does next.
        bool onChain = previousSeq.toInteger() == 0 ? previousMac->isEmpty() : false;
        if (previousSeq.toInteger() > 0 && previousSeq.toInteger() <= head->seq) {
            auto held = m_repository.auditMac(consoleId, previousSeq.toInteger());
            if (!held) {
                m_repository.rollback();
                return internal();
            }
            onChain = *held && **held == *previousMac;
        }
        if (!onChain || reportsRollback) {
            const Status recorded
                = CentralConsoles(m_repository, m_log)
                      .recordRollback(supervisor, consoleId, head->seq, previousSeq.toInteger(), Clock::nowMs());
            if (!recorded) {
                m_repository.rollback();
                return internal();
            }
            if (auto status = m_repository.commit(); !status) {
                m_repository.rollback();
                return internal();
            }
        } else {
            m_repository.rollback();
        }
        if (continues) {
            QCborMap body;
            body.insert(QLatin1String("head"), headBody(head->seq, head->mac));
            return Reply { 200, body, false };
        }
        Reply reply = error(409, QStringLiteral("audit_chain_mismatch"),
                            tr("This console's audit chain does not continue the one the central service holds (up to "
                               "entry %1): the store was rolled back to an older copy or replaced.")
                                .arg(head->seq));
        reply.body.insert(QLatin1String("current"), headBody(head->seq, head->mac));
        return reply;
    }
    if (auto status = m_repository.appendAudit(consoleId, supervisor.id, entries); !status) {
        m_repository.rollback();
        return internal();
    }
    if (auto status = m_repository.commit(); !status) {
        m_repository.rollback();
        return internal();
    }
    QCborMap body;
    body.insert(QLatin1String("head"),
                entries.empty() ? headBody(head->seq, head->mac) : headBody(entries.back().seq, entries.back().mac));
    return Reply { 200, body, false };
}

} // namespace custodian
