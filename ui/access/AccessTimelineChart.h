#pragma once

#include "store/AccessQuery.h"
#include "store/AccessTimelineRepository.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsRectItem;
class QLabel;
class QLineSeries;
class QToolButton;
class QValueAxis;

namespace custodian {

class ChartPanel;
class Store;

// The access page's events over time for the current filter: a stepped area of event counts per bucket, counted by
// AccessTimelineRepository on a loader thread with its own read-only connection (a newer query interrupts and
// replaces an older one), with at most one bucket — two points — per horizontal pixel, set in one replace().
// Dragging across the chart selects a time range (rangeSelected); double-click or "Reset zoom" asks for the range
// before (resetZoomRequested). A line above says how many events are shown and, when the rollups could not apply
// every filter, which ones the chart does not reflect.
class AccessTimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit AccessTimelineChart(Store* store, QWidget* parent = nullptr);
    ~AccessTimelineChart() override;

    // Counts `query` in the background; the chart shows the previous counts until the new ones are in.
    void setQuery(const AccessQuery& query);
    // On lock: stops loading, closes the connection (waits for it) and empties the chart.
    void clear();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const AccessTimelineRepository::Timeline& timeline() const { return m_timeline; }
    [[nodiscard]] QChartView* view() const { return m_view; }
    [[nodiscard]] QLineSeries* series() const { return m_upper; }

Q_SIGNALS:
    // Half-open range [fromMs, toMs) inside the range shown, fromMs < toMs.
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void resetZoomRequested();
    // The series is set: milliseconds since setQuery().
    void loaded(qint64 elapsedMs);
    void loadFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Loader;

    void requestLoad();
    void showTimeline(quint64 generation, const Result<AccessTimelineRepository::Timeline>& result);
    void showSummary();
    void updateAxes();
    void applyPalette();
    [[nodiscard]] int maxBuckets() const;
    [[nodiscard]] QPointF toChart(const QPoint& viewportPos) const;
    [[nodiscard]] qint64 timeAt(qreal chartX) const;
    void updateSelection(qreal fromX, qreal toX);
    void showBucketTip(const QPoint& viewportPos, qreal chartX);

    Store* m_store;
    QChartView* m_view;
    ChartPanel* m_panel = nullptr; // m_view with "Show as table"
    QChart* m_chart;
    QLineSeries* m_upper;
    QAreaSeries* m_area;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    QGraphicsRectItem* m_selection;
    QLabel* m_summary;
    QLabel* m_note;
    QToolButton* m_reset;

    // The loader thread runs one job at a time, in order; jobs of a superseded generation skip themselves.
    QThread m_thread;
    QObject* m_loaderContext;
    std::shared_ptr<Loader> m_loader;
    bool m_hasConnection = false;
    quint64 m_generation = 0;
    bool m_loading = false;
    QElapsedTimer m_requestClock;
    QTimer m_busyTimer; // "Counting…" only when it takes a while
    QTimer m_resizeTimer; // a new width may call for another bucket size
    int m_requestedMaxBuckets = 0;

    std::optional<AccessQuery> m_query;
    AccessTimelineRepository::Timeline m_timeline;
    QString m_error;
    bool m_dragging = false;
    qreal m_dragStartX = 0;
};

} // namespace custodian
