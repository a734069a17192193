#pragma once

#include "store/RoleCatalogRepository.h"
#include "store/RoleHolderHistory.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace custodian {

class ChartPanel;

// The roles page's charts: how many agents hold each role now (sensitive roles in their own colour), and how many
// held each sensitive role week by week over the last year. Each is a ChartPanel: named, described in a sentence, and
// its numbers available as a table.
class RoleCharts : public QWidget
{
    Q_OBJECT
public:
    explicit RoleCharts(QWidget* parent = nullptr);

    void showHolders(const std::vector<RoleCatalogRepository::Role>& roles);
    void showSensitiveHistory(const std::vector<RoleHolderHistory::Series>& series);

    [[nodiscard]] QChartView* holdersView() const;
    [[nodiscard]] QChartView* historyView() const;
    [[nodiscard]] ChartPanel* holdersPanel() const { return m_holders; }
    [[nodiscard]] ChartPanel* historyPanel() const { return m_history; }

private:
    ChartPanel* m_holders;
    ChartPanel* m_history;
};

} // namespace custodian
