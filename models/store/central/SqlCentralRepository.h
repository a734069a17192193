#pragma once

#include "crypto/SecureBuffer.h"
#include "store/Statement.h"
#include "store/SyncItemReader.h"
#include "store/central/CentralRepository.h"

#include <QCoreApplication>

#include <memory>

namespace custodian {

class Store;

// The reference backend of custodian-central: a Custodian store (the same schema and migrations as a console's,
// so the demo generator fills it and SyncItemReader reads it) plus the central tables (central_*). Every stream but
// the access log and the thresholds has a change feed (central_revision: stream, item, revision); the access
// log's feed is its id order, which the live source only ever extends; the thresholds carry one version. One
// connection, used from one thread (the service's).
class SqlCentralRepository final : public CentralRepository
{
    Q_DECLARE_TR_FUNCTIONS(SqlCentralRepository)

public:
    explicit SqlCentralRepository(Store& store);
    ~SqlCentralRepository() override;

    // The central schema this code writes (central_meta 'schema').
    static constexpr int CurrentSchema = 8;

    // Creates the central tables (idempotent) and upgrades an older data directory to `targetSchema` (tests stop
    // at an older version to make one). Call once after unlocking.
    [[nodiscard]] Status initialise(int targetSchema = CurrentSchema);
    // Puts every row of every stream on its feed, in the catalogue's order (a freshly seeded organisation), and gives
    // the thresholds their first version. Refused when the feed already holds anything.
    [[nodiscard]] Status publishAll();
    [[nodiscard]] Result<bool> isPublished();

    Status begin() override;
    Status commit() override;
    void rollback() override;
    Result<std::optional<Token>> token(QByteArrayView token) override;
    Status addToken(const QString& username, QByteArrayView tokenHash, qint64 expiresAt) override;
    Result<int> revokeTokens(const QString& username, qint64 at) override;
    Result<bool> revokeToken(QByteArrayView tokenHash, qint64 at) override;
    Result<TokenSummary> tokenSummary(qint64 supervisorId, qint64 now) override;
    Result<std::vector<Supervisor>> supervisors() override;
    Status setRole(const QString& username, SupervisorRole role, qint64 at) override;
    Result<Page> pull(const SyncCatalogue::Stream& stream, const QString& cursor, int limit) override;
    Result<std::optional<ChangeRecord>> findChange(const QString& key) override;
    Result<std::optional<qint64>> lastChangeAt(const QString& kind, const QString& entity) override;
    Status recordChange(const ChangeRecord& record) override;
    Result<std::optional<OpenedRecord>> openRecord(qint64 id) override;
    Result<std::optional<RecordMatch>> findRecord(QByteArrayView canonicalIdentifier) override;
    Result<RevealScope> revealScope(qint64 supervisorId, qint64 recordId, std::optional<qint64> eventId) override;
    Result<qint64> recordReveal(const RevealEntry& entry) override;
    Result<std::vector<RevealEntry>> reveals(int limit) override;
    Status recordLookup(qint64 supervisorId, const QString& consoleId, qint64 at,
                        std::optional<qint64> recordId) override;
    Result<std::optional<FindingState>> findingState(const QString& dedupeKey) override;
    Status saveFindingState(const FindingState& state) override;
    Result<DetectionSettingsState> detectionSettings() override;
    Status saveDetectionSettings(const DetectionSettingsState& state) override;
    Result<AssignmentFacts> assignmentFacts(qint64 agentId, qint64 roleId, qint64 validFrom,
                                            std::optional<qint64> validUntil, qint64 excludeAssignmentId) override;
    Result<std::optional<RoleAssignment>> assignment(qint64 id) override;
    Result<QCborMap> assignmentItem(qint64 id) override;
    Result<qint64> createAssignment(const RoleAssignment& row, RoleAssignmentChange change) override;
    Result<bool> saveAssignment(const RoleAssignment& row, const RoleAssignmentChange& change) override;
    Result<int> expireAssignments(qint64 now) override;
    Result<std::optional<ReviewCampaign>> reviewCampaign(qint64 id) override;
    Result<std::optional<ReviewItem>> reviewItem(qint64 id) override;
    Result<bool> reviewIdTaken(qint64 id) override;
    Result<bool> reviewScopeExists(ReviewScope scope, std::optional<qint64> scopeId) override;
    Status createReviewCampaign(const ReviewCampaign& campaign, const std::vector<ReviewItem>& items) override;
    Result<bool> saveReviewCampaign(const ReviewCampaign& campaign) override;
    Result<bool> saveReviewItem(const ReviewItem& item) override;
    Result<qint64> undecidedReviewItems(qint64 campaignId) override;
    Result<TrainingReminderFacts> trainingReminderFacts(const TrainingReminder& reminder) override;
    Database* consoleSchema() override;
    Status publishIncident(qint64 id) override;
    Status saveTrainingReminder(const TrainingReminder& reminder, const QString& consoleKey,
                                qint64 consoleSentAt) override;
    Result<std::optional<EvidenceUpload>> evidenceUpload(const QString& key) override;
    Result<bool> incidentExists(qint64 incidentId) override;
    Result<qint64> evidenceMaxBytes() override;
    Result<EvidenceUpload> declareEvidence(const EvidenceUpload& upload,
                                           const EvidenceRegister::Declared& declared) override;
    Result<EvidenceRegister::Item> evidenceItem(qint64 itemId) override;
    Result<std::vector<qint64>> evidenceChunks(qint64 itemId) override;
    Result<QByteArray> evidenceChunk(qint64 itemId, qint64 seq) override;
    Status saveEvidenceChunk(qint64 itemId, qint64 seq, QByteArrayView data) override;
    Result<EvidenceRegister::Check> checkEvidence(qint64 itemId) override;
    Status markEvidenceVerified(const EvidenceUpload& upload, const QString& actor, const QJsonObject& detail,
                                qint64 at) override;
    Status discardEvidence(const EvidenceUpload& upload) override;
    Result<QCborMap> streamItem(const QString& stream, const QString& type, qint64 id) override;
    Result<std::optional<ConsoleRecord>> console(const QString& key) override;
    Result<std::vector<ConsoleRecord>> consoles(qint64 supervisorId) override;
    Result<bool> registerConsole(const ConsoleRecord& record) override;
    Status touchConsole(const QString& key, const QString& storeId, qint64 at) override;
    Status markRollback(const QString& key, qint64 at, qint64 heldSeq, qint64 consoleSeq) override;
    Result<std::optional<ConsoleResolution>> lastResolution(const QString& key) override;
    Result<ConsoleResolution> resolveRollback(const QString& key, const QString& reason, qint64 at) override;
    Result<AuditHead> auditHead(const QString& consoleId) override;
    Result<std::optional<QByteArray>> auditMac(const QString& consoleId, qint64 seq) override;
    Status appendAudit(const QString& consoleId, qint64 supervisorId, const std::vector<AuditEntry>& entries) override;
    Status appendAccessEvents(const std::vector<AccessEvent>& events) override;
    Result<qint64> lastAccessEventId() override;
    Result<LiveCast> liveCast() override;

private:
    [[nodiscard]] Status touch(const char* stream, const char* type, qint64 entityId);
    [[nodiscard]] Result<Page> pullFeed(const SyncCatalogue::Stream& stream, qint64 after, int limit);
    [[nodiscard]] Result<Page> pullEvents(qint64 after, int limit);
    [[nodiscard]] Result<Page> pullSettings(qint64 after);
    [[nodiscard]] Result<std::optional<QCborMap>> readRecord(qint64 id);
    [[nodiscard]] Result<std::optional<QCborMap>> readFinding(qint64 id);
    [[nodiscard]] Result<qint64> nextRevision();

    Store& m_store;
    SyncItemReader m_items;
    SecureBuffer m_sealKey;
    SecureBuffer m_tokenKey;
    Statement m_feed;
    Statement m_events;
    Statement m_record;
    Statement m_finding;
    int m_transactionDepth = 0;
};

} // namespace custodian
