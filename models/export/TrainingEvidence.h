#pragma once

#include "domain/TrainingFacts.h"
#include "domain/TrainingStanding.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

#include <optional>
#include <vector>

namespace custodian {

// The rows of the training evidence export (docs/training.md, "Evidence for auditors"), decided on TrainingFacts read
// at the period's end: plain values, no SQL and no file, so a test can check every row against hand-made facts.
//
// The period is the completions' [from, end] (end inclusive: the last instant of the period, at which the facts were
// read). One row per agent × module (in catalogue order, optionally one module) where the module is required of the
// agent at the end (TrainingRules) or the agent completed an attempt of it within the period. A row's attempt is the
// latest pass completed within the period, else the latest failed attempt within it, else none (nothing completed in
// the period: the completion columns are empty and the state says whether an earlier pass still covers the agent).
// Assigned and due are the attempt's record's; without an attempt, the standing's latest assignment and due date.
// The state is the standing at the end.
class TrainingEvidence
{
    Q_DECLARE_TR_FUNCTIONS(TrainingEvidence)

public:
    struct Row
    {
        const TrainingFacts::Agent* agent = nullptr;
        const TrainingFacts::Module* module = nullptr;
        TrainingState state = TrainingState::NotRequired;
        std::optional<qint64> assignedAt;
        std::optional<qint64> dueAt;
        std::optional<qint64> completedAt;
        std::optional<int> score;
        std::optional<bool> passed;
        std::optional<qint64> expiresAt; // of a pass
        QString certificateRef; // of a pass, when the record carries one
    };

    struct Counts
    {
        int agents = 0; // in scope at the end
        int rows = 0;
        int required = 0; // rows whose module is required at the end
        int complete = 0; // required, and a pass valid at the end (compliant or due soon)
        int completedInPeriod = 0; // rows with an attempt in the period
        int passedInPeriod = 0; // of those, passes
        int overdue = 0; // at the end
        int expired = 0; // at the end
    };

    enum class Column {
        EmployeeNo,
        Agent,
        Team,
        Site,
        ModuleCode,
        ModuleTitle,
        Framework,
        Control,
        Assigned,
        Due,
        Completed,
        Score,
        Passed,
        Expires,
        State,
        Certificate,
    };
    static constexpr int ColumnCount = int(Column::Certificate) + 1;

    // `facts` must outlive the result (rows point into it).
    [[nodiscard]] static TrainingEvidence build(const TrainingFacts& facts, std::optional<qint64> moduleId,
                                                std::optional<qint64> fromMs, qint64 endMs);

    // The CSV key: stable, lower case ("employee_no", "completed_utc", "certificate_ref", …).
    [[nodiscard]] static QLatin1String key(Column column);
    // The PDF heading.
    [[nodiscard]] static QString title(Column column);
    // A cell as both files write it: times in UTC, ISO 8601 with Z; score a number; passed yes/no; the state's
    // stable name (TrainingState's toString).
    [[nodiscard]] static QString text(const Row& row, Column column);
    [[nodiscard]] static QString isoTime(qint64 ms); // "2026-03-01T14:00:00Z"

    std::vector<Row> rows;
    Counts counts;
};

} // namespace custodian
