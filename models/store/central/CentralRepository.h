#pragma once

#include "crypto/SecureBuffer.h"
#include "domain/AccessEvent.h"
#include "domain/AssignmentFacts.h"
#include "domain/Result.h"
#include "domain/ReviewCampaign.h"
#include "domain/RoleAssignment.h"
#include "domain/SupervisorRole.h"
#include "domain/TrainingReminder.h"
#include "store/EvidenceRegister.h"
#include "store/SyncCatalogue.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// What custodian-central keeps, behind an interface so that a PostgreSQL backend can replace the SQLCipher one
// (SqlCentralRepository) for multi-site scale: the organisation's data as the pull streams deliver it, each stream's
// change feed, the supervisors' tokens (as hashes), the idempotency record of every pushed change, the state that
// pushed changes act on (finding decisions, detection thresholds), and each console's audit chain. The rules that
// decide whether a change applies live above it (app/central); this layer stores and reads, inside transactions
// the service opens.
class CentralRepository
{
public:
    struct Supervisor
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString siteCode; // filled by supervisors() only; empty: no site (central staff)
        SupervisorRole role = SupervisorRole::Supervisor;
        std::optional<qint64> tokenExpiresAt; // of the token a request came with (token(); nothing elsewhere)
    };

    // A bearer token as the service keeps it (its SHA-256 only): whose it is and whether it still works.
    struct Token
    {
        Supervisor supervisor;
        qint64 createdAt = 0;
        std::optional<qint64> expiresAt; // nothing only for tokens of a version-1 directory not yet upgraded
        std::optional<qint64> revokedAt;
    };

    // A supervisor's tokens at a glance (custodian-central supervisors).
    struct TokenSummary
    {
        qint64 active = 0; // neither expired nor revoked
        std::optional<qint64> nextExpiry; // the earliest expiry among the active ones
    };

    struct Page
    {
        QCborArray items; // Items, Records, FindingStatus and DetectionSettings streams
        std::vector<AccessEvent> events; // the access-event stream
        QString cursor; // continues after this page; the request's cursor when the page is empty
        bool more = false;
    };

    // The idempotency record of a pushed change: its request's digest (a key reused for another change is refused)
    // and the response the service gave, replayed unchanged when the same change arrives again.
    struct ChangeRecord
    {
        QString key;
        QByteArray digest;
        QString kind;
        QString entity;
        qint64 supervisorId = 0;
        QString consoleId;
        qint64 receivedAt = 0;
        int httpStatus = 200;
        QCborMap response;
        std::optional<qint64> consoleAt; // when the console said it was made, kept only if plausible (ConsoleTime)
    };

    // The state of a finding as supervisors decided it, by the finding's key (FindingRepository's dedupe key, which
    // every console computes alike from the same events).
    struct FindingState
    {
        QString dedupeKey;
        int status = 1;
        QString reason;
        QString by;
        qint64 at = 0;
        qint64 version = 0;
        QString escalatedTo; // the recipient's user name, for an escalation only
    };

    struct DetectionSettingsState
    {
        qint64 version = 0;
        std::vector<std::pair<QString, qint64>> values;
    };

    // A console as the service knows it (app/central/CentralConsoles): its key, the supervisor it is registered to,
    // the store id it last named, and a rollback the service saw, kept until an administrator resolves it.
    struct ConsoleRecord
    {
        QString key;
        qint64 supervisorId = 0;
        QString supervisorName; // the supervisor's username, read with the record
        QString storeId;
        qint64 registeredAt = 0;
        qint64 lastSeenAt = 0;
        std::optional<qint64> rollbackAt;
        qint64 rollbackHeldSeq = 0; // the head the service held when it saw the rollback
        qint64 rollbackConsoleSeq = 0; // the head the console presented
        qint64 auditSeq = 0; // the head of its console audit held now
    };

    // An administrator's acceptance of a rolled-back console's chain (custodian-central consoles --resolve).
    struct ConsoleResolution
    {
        qint64 id = 0;
        QString key;
        qint64 resolvedAt = 0;
        QString reason;
        qint64 detectedAt = 0;
        qint64 heldSeq = 0;
        qint64 consoleSeq = 0;
        qint64 supersededEntries = 0; // entries of the chain held before, kept aside as evidence
    };

    struct AuditHead
    {
        qint64 seq = 0; // 0: nothing received from this console yet
        QByteArray mac;
    };

    struct AuditEntry
    {
        qint64 seq = 0;
        qint64 at = 0;
        QString actor;
        QString action;
        QString target;
        QString detail;
        QByteArray mac;
    };

    // Who and what the live source (app/central/LiveEventSource) makes new access events for.
    struct LiveCast
    {
        struct Agent
        {
            qint64 id = 0;
            qint64 workstationId = 0;
            QString address;
            std::vector<int> dataClasses; // what the roles the agent holds now let them open (none: searches only)
            QString timezone; // the site's IANA zone
            // The agent's shift in site-local minutes of the day (shift table); startMinute < 0: none on record.
            int shiftStartMinute = -1;
            int shiftEndMinute = -1;
            int shiftWeekdays = 0;
        };
        std::vector<Agent> agents; // active agents with the workstation they use most
        std::vector<qint64> recordsByClass[4]; // a sample of record ids per data class
    };

    // A customer record with its identifier opened: for a reveal the service has decided to grant, nothing else.
    struct OpenedRecord
    {
        qint64 id = 0;
        QString kind;
        qint64 dataClass = 0;
        SecureBuffer identifier; // canonical, ASCII
    };

    // A record found by its identifier (a look-up): never the identifier itself.
    struct RecordMatch
    {
        qint64 id = 0;
        QString kind;
        qint64 dataClass = 0;
        QString masked;
        QByteArray token; // the service's keyed token (what the records stream carries for card data)
    };

    // Whether a supervisor's reveal scope covers a record (docs/security-notes.md "Where full card numbers exist").
    enum class RevealScope {
        Covered,
        EventElsewhere, // the access event named does not exist, or is not on this record
        OutOfScope,
    };

    // One reveal asked of the service, granted or refused: the reveal log an administrator reads
    // (custodian-central reveals).
    struct RevealEntry
    {
        qint64 id = 0;
        qint64 at = 0;
        qint64 supervisorId = 0;
        QString supervisor; // username, when read back
        QString consoleId;
        qint64 recordId = 0;
        std::optional<qint64> eventId;
        QString reason; // as given, with the identifier redacted out of it
        QString outcome; // "revealed" or "refused"
        QString detail; // why it was refused
    };

    virtual ~CentralRepository() = default;

    // Transactions the service opens around a change (read, decide, write, record) and around an audit push.
    [[nodiscard]] virtual Status begin() = 0;
    [[nodiscard]] virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Tokens are kept as their SHA-256 only: the service hands a new token out once and forgets it. Each has an
    // expiry and may be revoked; token() finds one whatever its state (the caller tells expired and revoked apart).
    [[nodiscard]] virtual Result<std::optional<Token>> token(QByteArrayView token) = 0;
    [[nodiscard]] virtual Status addToken(const QString& username, QByteArrayView tokenHash, qint64 expiresAt) = 0;
    // Revokes every token of a supervisor that still works; returns how many.
    [[nodiscard]] virtual Result<int> revokeTokens(const QString& username, qint64 at) = 0;
    // Revokes one token by its hash; false when the service does not know it.
    [[nodiscard]] virtual Result<bool> revokeToken(QByteArrayView tokenHash, qint64 at) = 0;
    [[nodiscard]] virtual Result<TokenSummary> tokenSummary(qint64 supervisorId, qint64 now) = 0;
    // Supervisors with their roles, by id.
    [[nodiscard]] virtual Result<std::vector<Supervisor>> supervisors() = 0;
    [[nodiscard]] virtual Status setRole(const QString& username, SupervisorRole role, qint64 at) = 0;

    // A page of a stream after `cursor` (empty: from the start), at most `limit` items. A cursor this repository did
    // not issue for this stream is refused (Code::Rejected).
    [[nodiscard]] virtual Result<Page> pull(const SyncCatalogue::Stream& stream, const QString& cursor, int limit) = 0;

    [[nodiscard]] virtual Result<std::optional<ChangeRecord>> findChange(const QString& key) = 0;
    [[nodiscard]] virtual Status recordChange(const ChangeRecord& record) = 0;
    // When the service last applied a change of this kind to this entity (its own clock), if ever.
    [[nodiscard]] virtual Result<std::optional<qint64>> lastChangeAt(const QString& kind, const QString& entity) = 0;

    // Card numbers and other identifiers stay here: a pull carries card data as token and masked form only; these
    // serve the online reveal and look-up (CentralService::recordRequest).
    [[nodiscard]] virtual Result<std::optional<OpenedRecord>> openRecord(qint64 id) = 0;
    [[nodiscard]] virtual Result<std::optional<RecordMatch>> findRecord(QByteArrayView canonicalIdentifier) = 0;
    // `eventId`: that event must be on the record and in scope; without it, any event on the record in scope.
    [[nodiscard]] virtual Result<RevealScope> revealScope(qint64 supervisorId, qint64 recordId,
                                                          std::optional<qint64> eventId)
        = 0;
    // Returns the entry's id.
    [[nodiscard]] virtual Result<qint64> recordReveal(const RevealEntry& entry) = 0;
    // The newest `limit` entries, oldest first.
    [[nodiscard]] virtual Result<std::vector<RevealEntry>> reveals(int limit) = 0;
    // A look-up by identifier: who asked, from which console, and which record it found (none: nothing matched).
    [[nodiscard]] virtual Status recordLookup(qint64 supervisorId, const QString& consoleId, qint64 at,
                                              std::optional<qint64> recordId)
        = 0;

    [[nodiscard]] virtual Result<std::optional<FindingState>> findingState(const QString& dedupeKey) = 0;
    // Stores the state and puts it on the finding_status feed.
    [[nodiscard]] virtual Status saveFindingState(const FindingState& state) = 0;

    [[nodiscard]] virtual Result<DetectionSettingsState> detectionSettings() = 0;
    [[nodiscard]] virtual Status saveDetectionSettings(const DetectionSettingsState& state) = 0;

    // Role assignments, which consoles request, approve and end (kind "assignment.change"). The rules
    // (AssignmentRules) decide on the facts read here; every write puts the assignment on the assignments feed.
    [[nodiscard]] virtual Result<AssignmentFacts> assignmentFacts(qint64 agentId, qint64 roleId, qint64 validFrom,
                                                                  std::optional<qint64> validUntil,
                                                                  qint64 excludeAssignmentId)
        = 0;
    [[nodiscard]] virtual Result<std::optional<RoleAssignment>> assignment(qint64 id) = 0;
    // The assignment as the assignments stream carries it (with its history): the 409 body's "current".
    [[nodiscard]] virtual Result<QCborMap> assignmentItem(qint64 id) = 0;
    // Returns the new assignment's id; its version is 1.
    [[nodiscard]] virtual Result<qint64> createAssignment(const RoleAssignment& row, RoleAssignmentChange change) = 0;
    // Writes `row` if its version is still row.version and steps the version; false: it changed meanwhile.
    [[nodiscard]] virtual Result<bool> saveAssignment(const RoleAssignment& row, const RoleAssignmentChange& change)
        = 0;
    // Ends every active assignment and pending request whose validity has passed by `now`; returns how many.
    [[nodiscard]] virtual Result<int> expireAssignments(qint64 now) = 0;

    // Access-review campaigns, which consoles create, decide and close (kinds "review.campaign", "review.decision").
    // Campaigns and items keep the ids their console chose; every write puts the row on the reviews feed.
    [[nodiscard]] virtual Result<std::optional<ReviewCampaign>> reviewCampaign(qint64 id) = 0;
    [[nodiscard]] virtual Result<std::optional<ReviewItem>> reviewItem(qint64 id) = 0;
    // Whether a campaign or an item already has this id.
    [[nodiscard]] virtual Result<bool> reviewIdTaken(qint64 id) = 0;
    [[nodiscard]] virtual Result<bool> reviewScopeExists(ReviewScope scope, std::optional<qint64> scopeId) = 0;
    [[nodiscard]] virtual Status createReviewCampaign(const ReviewCampaign& campaign,
                                                      const std::vector<ReviewItem>& items)
        = 0;
    // Write if the version is still the row's and step it; false: changed meanwhile.
    [[nodiscard]] virtual Result<bool> saveReviewCampaign(const ReviewCampaign& campaign) = 0;
    [[nodiscard]] virtual Result<bool> saveReviewItem(const ReviewItem& item) = 0;
    [[nodiscard]] virtual Result<qint64> undecidedReviewItems(qint64 campaignId) = 0;
    // Training reminders, which consoles send (kind "training.reminder") and every console pulls back
    // (training_reminders). What the service checks a pushed reminder against, on its own facts:
    struct TrainingReminderFacts
    {
        std::optional<TrainingReminder> existing; // a reminder with this id already held
        bool agentKnown = false;
        bool moduleKnown = false;
        bool recordMatches = true; // the record (if any) is one of this agent's in this module
        bool campaignMatches = true; // the campaign (if any) is of this module
        bool teamLeadKnown = true; // the supervisors named (if any) exist
        bool managerKnown = true;
    };
    [[nodiscard]] virtual Result<TrainingReminderFacts> trainingReminderFacts(const TrainingReminder& reminder) = 0;
    // Keeps the reminder, its receipt (console key, the console's own time) and puts it on the training_reminders
    // feed.
    [[nodiscard]] virtual Status saveTrainingReminder(const TrainingReminder& reminder, const QString& consoleKey,
                                                      qint64 consoleSentAt)
        = 0;

    // Evidence uploaded by consoles in chunks (docs/sync-api.md section 12). The files go into the evidence register
    // (EvidenceRegister's tables, written by its code); beside each item, its upload.
    struct EvidenceUpload
    {
        QString key; // the console's id for the upload
        qint64 itemId = 0;
        qint64 supervisorId = 0;
        QString consoleKey;
        QByteArray digest; // SHA-256 of the declaration
        qint64 declaredAt = 0;
        std::optional<qint64> verifiedAt; // the whole file's SHA-256 matched
    };
    [[nodiscard]] virtual Result<std::optional<EvidenceUpload>> evidenceUpload(const QString& key) = 0;
    [[nodiscard]] virtual Result<bool> incidentExists(qint64 incidentId) = 0;
    // The largest evidence file the service takes (the register's size limit in its own store).
    [[nodiscard]] virtual Result<qint64> evidenceMaxBytes() = 0;
    // Makes the item (no chunks yet) and its upload record, in the caller's transaction; the upload with its item id.
    [[nodiscard]] virtual Result<EvidenceUpload> declareEvidence(const EvidenceUpload& upload,
                                                                 const EvidenceRegister::Declared& declared)
        = 0;
    [[nodiscard]] virtual Result<EvidenceRegister::Item> evidenceItem(qint64 itemId) = 0;
    [[nodiscard]] virtual Result<std::vector<qint64>> evidenceChunks(qint64 itemId) = 0;
    [[nodiscard]] virtual Result<QByteArray> evidenceChunk(qint64 itemId, qint64 seq) = 0;
    [[nodiscard]] virtual Status saveEvidenceChunk(qint64 itemId, qint64 seq, QByteArrayView data) = 0;
    // Reads the whole file back and compares it with the declaration (EvidenceRegister::scan).
    [[nodiscard]] virtual Result<EvidenceRegister::Check> checkEvidence(qint64 itemId) = 0;
    // The upload verified: its time, and the custody entry `received` (by the token's supervisor, `detail` saying
    // from which console), in the caller's transaction.
    [[nodiscard]] virtual Status markEvidenceVerified(const EvidenceUpload& upload, const QString& actor,
                                                      const QJsonObject& detail, qint64 at)
        = 0;
    // A refused upload: its item, chunks and record removed, in the caller's transaction.
    [[nodiscard]] virtual Status discardEvidence(const EvidenceUpload& upload) = 0;
    // Incidents, which consoles open and change (kind "incident.change"). The service decides them with the console's
    // own workflows (IncidentWorkflow, IncidentFromEvidence) run on the console schema's tables this backend holds:
    // the same rules, tasks, timeline and audit entries as on a console. A backend without those tables returns
    // nullptr, and the service answers the kind 422 unsupported_kind.
    [[nodiscard]] virtual Database* consoleSchema() = 0;
    // Puts the incident on the incidents feed, and after it every incident closed as its duplicate (a console must
    // hold the original before the duplicate that refers to it).
    [[nodiscard]] virtual Status publishIncident(qint64 id) = 0;

    // An item of a stream as a pull would carry it (the 409 body's "current"); empty when there is none.
    [[nodiscard]] virtual Result<QCborMap> streamItem(const QString& stream, const QString& type, qint64 id) = 0;

    // Consoles, by key. consoles(0) lists every console, consoles(id) a supervisor's; oldest registration first.
    [[nodiscard]] virtual Result<std::optional<ConsoleRecord>> console(const QString& key) = 0;
    [[nodiscard]] virtual Result<std::vector<ConsoleRecord>> consoles(qint64 supervisorId) = 0;
    // Registers a console; true when it took over the audit chain a version-1 service kept by store id (the one of
    // its store id, else the supervisor's only one).
    [[nodiscard]] virtual Result<bool> registerConsole(const ConsoleRecord& record) = 0;
    [[nodiscard]] virtual Status touchConsole(const QString& key, const QString& storeId, qint64 at) = 0;
    [[nodiscard]] virtual Status markRollback(const QString& key, qint64 at, qint64 heldSeq, qint64 consoleSeq) = 0;
    [[nodiscard]] virtual Result<std::optional<ConsoleResolution>> lastResolution(const QString& key) = 0;
    // Accepts the console's current chain, in the caller's transaction: the chain held so far is kept aside under
    // the resolution, the head goes back to nothing (the console sends its whole chain at its next sync), and the
    // rollback is closed. Refused (Code::NotFound) when the console has no open rollback.
    [[nodiscard]] virtual Result<ConsoleResolution> resolveRollback(const QString& key, const QString& reason,
                                                                    qint64 at)
        = 0;

    // The audit head is kept per console key.
    [[nodiscard]] virtual Result<AuditHead> auditHead(const QString& consoleId) = 0;
    // The mac of entry `seq` of a console's chain as held, if it is held.
    [[nodiscard]] virtual Result<std::optional<QByteArray>> auditMac(const QString& consoleId, qint64 seq) = 0;
    // Entries the service accepted: stored, and the head moves to the last one.
    [[nodiscard]] virtual Status appendAudit(const QString& consoleId, qint64 supervisorId,
                                             const std::vector<AuditEntry>& entries)
        = 0;

    // New access events (the live source): appended after every event the feed holds.
    [[nodiscard]] virtual Status appendAccessEvents(const std::vector<AccessEvent>& events) = 0;
    // The id after which the next live event must come (the feed only grows).
    [[nodiscard]] virtual Result<qint64> lastAccessEventId() = 0;
    [[nodiscard]] virtual Result<LiveCast> liveCast() = 0;
};

} // namespace custodian
