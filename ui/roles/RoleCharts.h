#pragma once

#include "store/RoleCatalogRepository.h"
#include "store/RoleHolderHistory.h"

#include <QWidget>

#include <vector>

class QChartView;

namespace custodian {

// The roles page's charts: how many agents hold each role now (sensitive roles in their own colour), and how many
// held each sensitive role week by week over the last year.
class RoleCharts : public QWidget
{
    Q_OBJECT
public:
    explicit RoleCharts(QWidget* parent = nullptr);

    void showHolders(const std::vector<RoleCatalogRepository::Role>& roles);
    void showSensitiveHistory(const std::vector<RoleHolderHistory::Series>& series);

    [[nodiscard]] QChartView* holdersView() const { return m_holders; }
    [[nodiscard]] QChartView* historyView() const { return m_history; }

private:
    QChartView* m_holders;
    QChartView* m_history;
};

} // namespace custodian
