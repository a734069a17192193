#pragma once

#include "store/IncidentRepository.h"

#include <QWidget>

#include <vector>

namespace custodian {

class ChartPanel;

// An incident's timeline on a time axis (issue 17, point 4): how many entries fell in each hour, day or week — the
// bucket chosen so that the incident's whole span fits in about a hundred bars — stacked by kind (opened, note,
// phase change, task, …). A ChartPanel: named, described in a sentence, and readable as a table.
class IncidentTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentTimelineChart(QWidget* parent = nullptr);

    void showEntries(const std::vector<IncidentRepository::TimelineEntry>& entries);
    void clear();

    [[nodiscard]] ChartPanel* panel() const { return m_panel; }

private:
    ChartPanel* m_panel;
};

} // namespace custodian
