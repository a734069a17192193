#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/ReviewCampaign.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

class Database;

// What the access-review page, `custodian-cli review` and the campaign report list: campaigns with their progress,
// and a campaign's items with the agent, role and assignment they are about.
class ReviewListReader
{
public:
    struct CampaignRow
    {
        ReviewCampaign campaign;
        QString scopeName; // "Payments — Porto", "Quality reviewer", "sensitive roles"
        QString reviewerName;
        QString createdByName;
        int items = 0;
        int decided = 0;
        int kept = 0;
        int revoked = 0;
        int shortened = 0;
        int byDefault = 0;
    };

    struct ItemRow
    {
        ReviewItem item;
        qint64 agentId = 0;
        QString agentName;
        QString employeeNo;
        QString team;
        qint64 roleId = 0;
        QString roleCode;
        QString roleName;
        bool sensitive = false;
        AssignmentStatus status = AssignmentStatus::Active;
        qint64 validFrom = 0;
        std::optional<qint64> validUntil;
        QString decidedByName;
    };

    explicit ReviewListReader(Database& database);

    // Open campaigns first (soonest due first), then closed ones (latest closed first).
    [[nodiscard]] Result<std::vector<CampaignRow>> campaigns();
    [[nodiscard]] Result<std::optional<CampaignRow>> campaign(qint64 id);
    // By agent name, then role name.
    [[nodiscard]] Result<std::vector<ItemRow>> items(qint64 campaignId);

    // The campaign that covers `reference`: "review:<id>" or a whole or unambiguous leading part of its name.
    [[nodiscard]] Result<std::optional<qint64>> findCampaign(const QString& reference);

private:
    [[nodiscard]] Result<std::vector<CampaignRow>> query(const QString& where, std::optional<qint64> id);

    Database& m_database;
};

} // namespace custodian
