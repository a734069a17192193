#pragma once

#include "domain/Result.h"
#include "domain/ReviewCampaign.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;
class Statement;

// Reads and writes access-review campaigns and their items, inside the caller's transaction. Shared by the console
// (ReviewWorkflow) and the central service's SQLCipher backend, which keep the same tables.
class ReviewCampaignRepository
{
public:
    explicit ReviewCampaignRepository(Database& database);

    // For readers that join campaigns or items with other tables: the columns in the order the readers expect, each
    // prefixed with `alias`, and the readers from column `first` on.
    enum class Table { Campaign, Item };
    [[nodiscard]] static QString columns(Table table, const QString& alias);
    [[nodiscard]] static int columnCount(Table table);
    [[nodiscard]] static ReviewCampaign readCampaign(const Statement& row, int first = 0);
    [[nodiscard]] static ReviewItem readItem(const Statement& row, int first = 0);

    [[nodiscard]] Result<std::optional<ReviewCampaign>> campaign(qint64 id);
    [[nodiscard]] Result<std::optional<ReviewItem>> item(qint64 id);
    [[nodiscard]] Result<std::vector<ReviewItem>> items(qint64 campaignId);

    // Insert with the id the row carries (ReviewCampaign: ids are chosen by the creating console).
    [[nodiscard]] Status insert(const ReviewCampaign& campaign);
    [[nodiscard]] Status insert(const ReviewItem& item);
    // Write every field if the stored version is still the row's and step the version; false: changed meanwhile.
    [[nodiscard]] Result<bool> update(const ReviewCampaign& campaign);
    [[nodiscard]] Result<bool> update(const ReviewItem& item);

    // Whether a campaign or an item has this id.
    [[nodiscard]] Result<bool> idTaken(qint64 id);
    // A new id for a campaign or an item: random in [1, 2^53), not used yet by either table.
    [[nodiscard]] Result<qint64> newId();

    // The assignments a campaign of this scope covers: active, in force at `now`, and known to the central service
    // (positive ids), ordered by agent and role.
    [[nodiscard]] Result<std::vector<qint64>> assignmentsInScope(ReviewScope scope, std::optional<qint64> scopeId,
                                                                 qint64 now);
    // Whether the scope names something that exists (a team, site or role id).
    [[nodiscard]] Result<bool> scopeExists(ReviewScope scope, std::optional<qint64> scopeId);

private:
    Database& m_database;
};

} // namespace custodian
