#include "ui/incidents/IncidentTimelineChart.h"

#include "ui/widgets/ChartAxes.h"
#include "ui/widgets/ChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace custodian {

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 MaxBuckets = 100;
} // namespace

IncidentTimelineChart::IncidentTimelineChart(QWidget* parent)
    : QWidget(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Timeline entries over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("incidentsTimelineChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 200);
    m_panel = new ChartPanel(view, tr("Timeline entries over time"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

void IncidentTimelineChart::clear()
{
    ChartAxes::clear(m_panel->view()->chart());
    // Said, not left empty: a chart without a description tells a screen-reader user nothing about why it is blank.
    m_panel->setData(tr("No incident selected: no timeline to show."), {}, {});
}

void IncidentTimelineChart::showEntries(const std::vector<IncidentRepository::TimelineEntry>& entries)
{
    QChart* chart = m_panel->view()->chart();
    ChartAxes::clear(chart);
    if (entries.empty()) {
        m_panel->setData(tr("No timeline entries."), {}, {});
        return;
    }
    const auto [first, last]
        = std::minmax_element(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    // The smallest bucket that keeps the span within MaxBuckets bars: an incident of an afternoon by the hour, one of
    // weeks by the day, one that ran for months by the week.
    qint64 bucket = HourMs;
    for (qint64 size : { HourMs, DayMs, 7 * DayMs, 30 * DayMs }) {
        bucket = size;
        if ((last->at - first->at) / size < MaxBuckets)
            break;
    }
    const QString format = bucket == HourMs ? QStringLiteral("MM-dd HH:00") : QStringLiteral("yyyy-MM-dd");
    const qint64 start = first->at - first->at % bucket;
    const int buckets = int((last->at - start) / bucket) + 1;

    std::map<QString, std::vector<int>> byKind; // kind → count per bucket
    for (const IncidentRepository::TimelineEntry& entry : entries) {
        std::vector<int>& counts = byKind[entry.kind];
        counts.resize(std::size_t(buckets));
        ++counts[std::size_t((entry.at - start) / bucket)];
    }

    QStringList labels;
    for (int i = 0; i < buckets; ++i)
        labels << QLocale().toString(QDateTime::fromMSecsSinceEpoch(start + i * bucket), format);
    auto* series = new QStackedBarSeries;
    QStringList headers { bucket == HourMs ? tr("Hour starting") : tr("Period starting") };
    for (const auto& [kind, counts] : byKind) {
        auto* set = new QBarSet(kind);
        for (int count : counts)
            set->append(count);
        series->append(set);
        headers << kind;
    }
    headers << tr("All entries");
    chart->addSeries(series);
    // The bars stand on a category axis, which labels every bar: at a hundred bars each label was cut to "…". So that
    // axis is hidden, and a date axis over the same span — the first bucket's start to the last one's end, the width
    // the bars share — carries a few readable labels instead. A date axis is drawn only for a series attached to it:
    // an invisible two-point line gives it one.
    auto* time = new QBarCategoryAxis;
    time->append(labels);
    time->setVisible(false);
    auto* values = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(time);
    series->attachAxis(values);
    const qint64 end = start + qint64(buckets) * bucket;
    auto* dates = new QDateTimeAxis;
    // Few enough labels to fit the chart's narrowest (300 px): four of "12-07 13:15", five of "12-07".
    const bool hours = end - start <= 2 * DayMs;
    dates->setFormat(hours                            ? QStringLiteral("MM-dd HH:mm")
                         : end - start <= 400 * DayMs ? QStringLiteral("MM-dd")
                                                      : QStringLiteral("yyyy-MM"));
    dates->setTickCount(hours ? 4 : 5);
    dates->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
    chart->addAxis(dates, Qt::AlignBottom);
    auto* span = new QLineSeries;
    span->append(double(start), 0);
    span->append(double(end), 0);
    span->setPen(Qt::NoPen);
    chart->addSeries(span);
    span->attachAxis(dates);
    span->attachAxis(values);
    for (QLegendMarker* marker : chart->legend()->markers(span))
        marker->setVisible(false);

    // The table: only the periods with entries (an empty hour is a row nobody needs to walk past).
    std::vector<QVariantList> rows;
    int most = 1;
    for (int i = 0; i < buckets; ++i) {
        QVariantList row { labels[i] };
        int total = 0;
        for (const auto& [kind, counts] : byKind) {
            row << counts[std::size_t(i)];
            total += counts[std::size_t(i)];
        }
        most = std::max(most, total);
        if (total == 0)
            continue;
        row << total;
        rows.push_back(std::move(row));
    }
    ChartAxes::countAxis(values, most);
    const QString unit = bucket == HourMs ? tr("hour")
        : bucket == DayMs                 ? tr("day")
        : bucket == 7 * DayMs             ? tr("week")
                                          : tr("month");
    m_panel->setData(
        tr("%n timeline entries from %1 to %2, per %3 and kind; most in one %3: %4.", nullptr, int(entries.size()))
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(first->at), QStringLiteral("yyyy-MM-dd HH:mm")),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->at), QStringLiteral("yyyy-MM-dd HH:mm")), unit)
            .arg(most),
        headers, std::move(rows));
}

} // namespace custodian
