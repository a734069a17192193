#pragma once

#include "rules/TrainingTrend.h"

#include <QWidget>

#include <optional>

namespace custodian {

class ChartPanel;

// The Training page's charts over time, month by month: % complete per module, % complete per group (team, site or
// role; over every module, or the module the filter chose), and how many required trainings were overdue or expired.
// Each is a ChartPanel: named, described in a sentence, its numbers available as a table.
class TrainingTrendCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingTrendCharts(QWidget* parent = nullptr);

    void showTrend(const TrainingTrend& trend, TrainingMatrix::GroupBy groupBy);
    void clear();

    [[nodiscard]] ChartPanel* modulesPanel() const { return m_modules; }
    [[nodiscard]] ChartPanel* groupsPanel() const { return m_groups; }
    [[nodiscard]] ChartPanel* overduePanel() const { return m_overdue; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showModules(const TrainingTrend& trend);
    void showGroups(const TrainingTrend& trend, TrainingMatrix::GroupBy groupBy);
    void showOverdue(const TrainingTrend& trend);

    ChartPanel* m_modules;
    ChartPanel* m_groups;
    ChartPanel* m_overdue;
    // What is shown, drawn again when the palette changes (the lines' colours come from it).
    std::optional<TrainingTrend> m_shown;
    TrainingMatrix::GroupBy m_groupBy = TrainingMatrix::GroupBy::Team;
};

} // namespace custodian
