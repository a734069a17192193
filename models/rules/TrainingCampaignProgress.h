#pragma once

#include "domain/TrainingFacts.h"
#include "rules/TrainingMatrix.h"

#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// How far each training campaign has got at the matrix's instant, for the Training page's campaigns list. A
// campaign's audience is the agents in scope with a training_record carrying its id (the schema has no other
// audience column, docs/training.md); one of them is complete while they hold a pass of the campaign's module valid
// at t, overdue while their standing in it is overdue or expired. Pure, from the same facts and matrix the page shows.
struct TrainingCampaignProgress
{
    qint64 campaignId = 0;
    QString name;
    qint64 moduleId = 0;
    QString moduleCode;
    qint64 startsAt = 0;
    qint64 dueAt = 0;
    int audience = 0;
    int complete = 0;
    int overdue = 0; // overdue or expired

    [[nodiscard]] std::optional<int> percentComplete() const;

    // One per campaign of the facts, the latest start first. `matrix` is built from `facts` (its agents in the same
    // order); `include`, when not empty, says per agent of the facts whether they count (TrainingMatrix::count).
    [[nodiscard]] static std::vector<TrainingCampaignProgress>
    build(const TrainingFacts& facts, const TrainingMatrix& matrix, const std::vector<char>& include = {});
};

} // namespace custodian
