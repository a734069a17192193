#pragma once

#include "domain/TrainingStanding.h"
#include "rules/TrainingMatrix.h"

#include <QCoreApplication>
#include <QString>

namespace custodian {

// One agent's standing in one module, with what a list shows beside it (who, which team, which module).
struct TrainingStandingRow
{
    Q_DECLARE_TR_FUNCTIONS(TrainingStandingRow)

public:
    qint64 agentId = 0;
    QString employeeNo;
    QString displayName;
    QString teamName;
    QString siteCode;
    qint64 moduleId = 0;
    QString moduleCode;
    QString moduleTitle;
    TrainingStanding standing;
    QString requiredBy; // the roles and campaigns that require it, in words (the agent view fills it)

    // The row of `agent` for the module at `moduleIndex` of the matrix's catalogue.
    [[nodiscard]] static TrainingStandingRow of(const TrainingMatrix& matrix, const TrainingMatrix::AgentRow& agent,
                                                std::size_t moduleIndex);
    // What requires the standing's module of the agent: role codes, campaign names, "assigned individually".
    [[nodiscard]] static QString requiredByText(const TrainingFacts& facts, const TrainingStanding& standing);
};

} // namespace custodian
