#pragma once

#include <QStringList>
#include <QVariantList>
#include <QWidget>

#include <vector>

class QChartView;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace custodian {

class ChartDataModel;

// A chart as everyone can use it: the picture, and a "Show as table" toggle that shows the same numbers as a table
// (keyboard and screen reader can walk rows; a QChartView exposes nothing but its name). The chart's accessible name
// is given at construction; its description says in a sentence what it shows and is set with the data, so every
// chart of the console gets both by going through here. So it gets the palette's colours too (ChartStyle), kept
// across palette changes.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // Takes `view` into the panel; `name` is what the chart is called (usually its title).
    ChartPanel(QChartView* view, const QString& name, QWidget* parent);

    // What the chart shows now: `summary` (its accessible description, and the table's) and the rows behind it.
    void setData(const QString& summary, const QStringList& headers, std::vector<QVariantList> rows);
    void clear();

    [[nodiscard]] QChartView* view() const { return m_view; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QToolButton* tableToggle() const { return m_toggle; }
    [[nodiscard]] ChartDataModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* m_view;
    ChartDataModel* m_model;
    QTableView* m_table;
    QToolButton* m_toggle;
    QStackedWidget* m_stack;
};

} // namespace custodian
