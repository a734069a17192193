#include "ui/access/AccessTimelineChart.h"

#include "store/Database.h"
#include "store/Store.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Theme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>

namespace custodian {

namespace {
using Timeline = AccessTimelineRepository::Timeline;
using Dimension = AccessTimelineRepository::Dimension;

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = AccessTimelineRepository::HourMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 WeekMs = 7 * DayMs;
// A drag shorter than this is a click.
constexpr qreal MinimumDragPx = 4;
} // namespace

// The loader thread's side: its connection (opened on the GUI thread, handed over with the first job) and the
// flags that let the GUI thread interrupt a query that has been superseded.
struct AccessTimelineChart::Loader
{
    std::atomic_bool cancel { false };
    std::atomic<quint64> latest { 0 };
    std::shared_ptr<Database> database; // declared after `cancel`: closed before the flag goes away
};

AccessTimelineChart::AccessTimelineChart(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new QChartView(this))
    , m_chart(new QChart())
    , m_upper(new QLineSeries(this))
    , m_area(new QAreaSeries(m_upper))
    , m_axisX(new QDateTimeAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_selection(new QGraphicsRectItem(m_chart))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_reset(new QToolButton(this))
    , m_loaderContext(new QObject())
    , m_loader(std::make_shared<Loader>())
{
    setObjectName(QStringLiteral("accessTimelineChart"));
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_upper->setObjectName(QStringLiteral("timelineSeries"));
    m_area->setObjectName(QStringLiteral("timelineArea"));
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_reset->setObjectName(QStringLiteral("timelineResetButton"));

    // Animations would redraw thousands of points for every frame; a transparent background blends with the page.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 2));
    m_chart->addSeries(m_area);
    m_axisX->setFormat(QStringLiteral("d MMM"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setMinorTickCount(0);
    // Whole-number ticks from 0 (counts), and labels are never elided to "…" when the range grows.
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTruncateLabels(false);
    m_axisX->setTruncateLabels(false);
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_area->attachAxis(m_axisX);
    m_area->attachAxis(m_axisY);
    m_selection->setZValue(100);
    m_selection->hide();

    // The view made a chart of its own; setChart only releases it to the caller.
    QChart* const defaultChart = m_view->chart();
    m_view->setChart(m_chart);
    delete defaultChart;
    // A step chart is all horizontal and vertical lines: antialiasing would add nothing but paint time (a
    // 1 200-pixel chart of a 10 M-event site: 75 ms antialiased with a 1.2 px pen, 16 ms without and cosmetic).
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->setCursor(Qt::CrossCursor);
    m_view->viewport()->installEventFilter(this);
    m_panel = new ChartPanel(m_view, tr("Events over time"), this);

    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_summary->setFont(small);
    m_summary->setToolTip(tr("Drag across the chart to look at that time range; double-click to go back."));
    m_note->setFont(small);
    m_note->setWordWrap(true);
    m_note->hide();
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Back to the range before the last zoom (or double-click the chart)"));
    m_reset->setAutoRaise(true);
    connect(m_reset, &QToolButton::clicked, this, &AccessTimelineChart::resetZoomRequested);

    auto* header = new QHBoxLayout();
    header->setContentsMargins(6, 0, 6, 0);
    header->addWidget(m_summary);
    header->addWidget(m_note, 1);
    header->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_panel, 1);

    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(250);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_loading)
            m_summary->setText(tr("Counting…"));
    });
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(200);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_query && !m_loading && maxBuckets() != m_requestedMaxBuckets && m_timeline.toMs > m_timeline.fromMs
            && AccessTimelineRepository::bucketMsFor(m_timeline.fromMs, m_timeline.toMs, maxBuckets())
                != AccessTimelineRepository::bucketMsFor(m_timeline.fromMs, m_timeline.toMs, m_requestedMaxBuckets))
            requestLoad();
    });

    m_thread.setObjectName(QStringLiteral("timelineLoader"));
    m_loaderContext->moveToThread(&m_thread);
    m_thread.start();
    applyPalette();
    showSummary();
}

AccessTimelineChart::~AccessTimelineChart()
{
    m_loader->latest = ~quint64(0);
    m_loader->cancel = true;
    m_thread.quit();
    m_thread.wait();
    delete m_loaderContext; // its thread has ended: nothing runs on it any more
    m_loader->database.reset();
}

void AccessTimelineChart::setQuery(const AccessQuery& query)
{
    m_query = query;
    requestLoad();
}

void AccessTimelineChart::requestLoad()
{
    if (!m_query || !m_store || !m_store->isOpen())
        return;
    m_requestClock.start();
    // The connection is opened here (the store's key must not be touched from another thread) and handed to the
    // loader with the job; it stays open there until clear().
    std::shared_ptr<Database> connection;
    if (!m_hasConnection) {
        auto opened = m_store->openConnection(Database::Mode::ReadOnly);
        if (!opened) {
            m_error = opened.error().message();
            showSummary();
            Q_EMIT loadFailed(m_error);
            return;
        }
        connection = std::make_shared<Database>(std::move(opened).value());
        m_hasConnection = true;
    }
    const quint64 generation = ++m_generation;
    // Newest first, then interrupt whatever runs: a job that checks `latest` after this sees it is stale, one that
    // checked before has its query stopped by the flag (a job clears the flag before it checks `latest`).
    m_loader->latest = generation;
    m_loader->cancel = true;
    m_loading = true;
    m_busyTimer.start();
    m_requestedMaxBuckets = maxBuckets();

    const AccessQuery query = *m_query;
    const int buckets = m_requestedMaxBuckets;
    std::shared_ptr<Loader> loader = m_loader;
    QMetaObject::invokeMethod(
        m_loaderContext,
        [this, loader, connection, query, buckets, generation] {
            if (connection) {
                loader->database = connection;
                loader->database->setCancelFlag(&loader->cancel);
            }
            loader->cancel = false;
            if (loader->latest != generation || !loader->database)
                return;
            AccessTimelineRepository repository(*loader->database);
            Result<Timeline> result = [&]() -> Result<Timeline> {
                auto range = repository.shownRange(query);
                if (!range)
                    return range.error();
                const qint64 bucketMs = AccessTimelineRepository::bucketMsFor(range->first, range->second, buckets);
                // Buckets of a day start at local midnight (the offset at the range's start).
                const int offset = QDateTime::fromMSecsSinceEpoch(range->first).offsetFromUtc();
                return repository.load(query, bucketMs, offset);
            }();
            if (loader->latest != generation)
                return; // superseded (and perhaps interrupted): nobody wants this any more
            // `this` outlives every job: the destructor stops the thread before anything is freed.
            QMetaObject::invokeMethod(
                this, [this, generation, result] { showTimeline(generation, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AccessTimelineChart::showTimeline(quint64 generation, const Result<Timeline>& result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_busyTimer.stop();
    if (!result) {
        m_error = result.error().message();
        m_timeline = {};
        m_upper->clear();
        showSummary();
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_error.clear();
    m_timeline = result.value();
    // Two points per bucket draw it as a step; one replace() instead of thousands of single appends.
    QList<QPointF> points;
    points.reserve(qsizetype(m_timeline.buckets.size()) * 2);
    for (const auto& bucket : m_timeline.buckets) {
        points.append(QPointF(qreal(bucket.startMs), qreal(bucket.events)));
        points.append(QPointF(qreal(bucket.endMs), qreal(bucket.events)));
    }
    updateAxes();
    m_upper->replace(points);
    showSummary();
    Q_EMIT loaded(m_requestClock.elapsed());
}

void AccessTimelineChart::clear()
{
    ++m_generation;
    m_loader->latest = m_generation;
    m_loader->cancel = true;
    if (m_hasConnection && m_thread.isRunning()) {
        // The connection holds the key: close it before returning. The interrupted query stops within microseconds.
        std::shared_ptr<Loader> loader = m_loader;
        QMetaObject::invokeMethod(
            m_loaderContext, [loader] { loader->database.reset(); }, Qt::BlockingQueuedConnection);
    }
    m_hasConnection = false;
    m_loading = false;
    m_busyTimer.stop();
    m_resizeTimer.stop();
    m_query.reset();
    m_timeline = {};
    m_error.clear();
    m_dragging = false;
    m_selection->hide();
    m_upper->clear();
    showSummary();
}

void AccessTimelineChart::showSummary()
{
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The chart could not be counted: %1").arg(m_error));
    } else if (!m_query || m_timeline.toMs <= m_timeline.fromMs) {
        m_summary->setText(m_query ? tr("No events in this range") : QString());
    } else {
        const qint64 bucket = m_timeline.bucketMs;
        QString step;
        if (bucket < HourMs)
            step = tr("%1 min").arg(bucket / MinuteMs);
        else if (bucket < DayMs)
            step = tr("%1 h").arg(bucket / HourMs);
        else if (bucket % WeekMs == 0)
            step = bucket == WeekMs ? tr("week") : tr("%1 weeks").arg(bucket / WeekMs);
        else
            step = bucket == DayMs ? tr("day") : tr("%1 days").arg(bucket / DayMs);
        m_summary->setText(tr("%1 events · one step per %2").arg(locale.toString(m_timeline.totalEvents), step));
    }
    QStringList missing;
    for (Dimension dimension : m_timeline.notNarrowedBy) {
        switch (dimension) {
        case Dimension::Action:
            missing << tr("action");
            break;
        case Dimension::Channel:
            missing << tr("channel");
            break;
        case Dimension::Workstation:
            missing << tr("workstation");
            break;
        case Dimension::Record:
            missing << tr("record");
            break;
        case Dimension::Finding:
            missing << tr("finding");
            break;
        case Dimension::Search:
            missing << tr("search");
            break;
        }
    }
    m_note->setText(missing.isEmpty() ? QString()
                                      : tr("Chart not narrowed by: %1").arg(missing.join(QLatin1String(", "))));
    m_note->setToolTip(missing.isEmpty() ? QString()
                                         : tr("Counting these filters over this range would take too long; the chart "
                                              "counts every event that matches the other filters. Narrow the time "
                                              "range or the agents for exact counts. The table below is always "
                                              "exact."));
    m_note->setVisible(!missing.isEmpty());

    // What a screen reader says of the chart (the line above and the busiest step), and its numbers as a table.
    std::vector<QVariantList> rows;
    const AccessTimelineRepository::Bucket* busiest = nullptr;
    if (m_error.isEmpty() && m_query) {
        rows.reserve(m_timeline.buckets.size());
        for (const AccessTimelineRepository::Bucket& bucket : m_timeline.buckets) {
            rows.push_back({ locale.toString(QDateTime::fromMSecsSinceEpoch(bucket.startMs), QLocale::ShortFormat),
                             bucket.events });
            if (!busiest || bucket.events > busiest->events)
                busiest = &bucket;
        }
    }
    QStringList description { m_summary->text() };
    if (busiest && busiest->events > 0) {
        const auto when = [&locale](qint64 ms) {
            return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
        };
        description << tr("From %1 to %2; the busiest step starts %3 with %4 events.")
                           .arg(when(m_timeline.fromMs), when(m_timeline.toMs), when(busiest->startMs),
                                locale.toString(busiest->events));
    }
    description << m_note->text() << tr("Drag across the chart to look at that time range; double-click to go back.");
    description.removeAll(QString());
    for (QString& sentence : description) {
        if (sentence.endsWith(QLatin1Char('.')))
            sentence.chop(1);
    }
    m_panel->setData(description.join(QStringLiteral(". ")) + QLatin1Char('.'), { tr("Step from"), tr("Events") },
                     std::move(rows));
}

void AccessTimelineChart::updateAxes()
{
    const qint64 from = m_timeline.fromMs;
    const qint64 to = std::max(m_timeline.toMs, from + 1);
    const qint64 span = to - from;
    QString format;
    if (span <= DayMs)
        format = QStringLiteral("HH:mm");
    else if (span <= 7 * DayMs)
        format = QStringLiteral("ddd HH:mm");
    else if (span <= 180 * DayMs)
        format = QStringLiteral("d MMM");
    else if (span <= 3 * 365 * DayMs)
        format = QStringLiteral("MMM yyyy");
    else
        format = QStringLiteral("yyyy");
    m_axisX->setFormat(format);
    // Evenly spaced ticks (all QDateTimeAxis can do): as many as the labels leave room for, preferring a count
    // whose interval is a whole number of minutes, hours or days.
    const qreal plotWidth = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : qreal(m_view->width());
    const int mostTicks = std::clamp(int(plotWidth / (format.size() * 8 + 40)) + 1, 2, 13);
    int ticks = mostTicks;
    for (int count = mostTicks; count >= std::max(3, mostTicks / 2); --count) {
        const qint64 interval = span / (count - 1);
        const qint64 unit = interval >= DayMs ? DayMs : interval >= HourMs ? HourMs : MinuteMs;
        if (span % (count - 1) == 0 && interval % unit == 0) {
            ticks = count;
            break;
        }
    }
    m_axisX->setTickCount(ticks);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));

    // 1, 2 or 5 × 10^k events per tick, at least 1, about one tick per 35 pixels.
    qint64 highest = 0;
    for (const auto& bucket : m_timeline.buckets)
        highest = std::max(highest, bucket.events);
    const qreal plotHeight = m_chart->plotArea().height() > 0 ? m_chart->plotArea().height() : 100;
    const int wanted = std::clamp(int(plotHeight / 35), 2, 6);
    const double raw = std::max(1.0, double(highest) / wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    m_axisY->setTickInterval(step);
    m_axisY->setRange(0, std::max(1.0, std::ceil(double(highest) / step)) * step);
}

void AccessTimelineChart::applyPalette()
{
    const QPalette p = palette();
    QColor fill = p.color(QPalette::Highlight);
    fill.setAlpha(110);
    m_area->setBrush(fill);
    QPen border(p.color(QPalette::Highlight), 1);
    border.setCosmetic(true);
    m_area->setPen(border);
    // Background, axes and grid follow the palette through ChartPanel (ChartStyle); the series and the selection band
    // are this chart's own.
    QColor band = p.color(QPalette::Highlight);
    band.setAlpha(50);
    m_selection->setBrush(band);
    m_selection->setPen(QPen(p.color(QPalette::Highlight), 1, Qt::DashLine));
    Theme::setTone(m_note, Theme::Tone::Secondary);
}

void AccessTimelineChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void AccessTimelineChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_query)
        m_resizeTimer.start();
}

int AccessTimelineChart::maxBuckets() const
{
    // One bucket (two points) per pixel of the plot; before the first layout, the view's width bounds it.
    const qreal plotWidth = m_chart->plotArea().width();
    const int width = plotWidth > 1 && plotWidth <= m_view->width() ? int(plotWidth) : m_view->width() - 60;
    return std::max(2, width);
}

QPointF AccessTimelineChart::toChart(const QPoint& viewportPos) const
{
    return m_chart->mapFromScene(m_view->mapToScene(viewportPos));
}

qint64 AccessTimelineChart::timeAt(qreal chartX) const
{
    const QRectF plot = m_chart->plotArea();
    const qreal share = std::clamp((chartX - plot.left()) / std::max<qreal>(1, plot.width()), 0.0, 1.0);
    return m_timeline.fromMs + qint64(share * qreal(m_timeline.toMs - m_timeline.fromMs));
}

void AccessTimelineChart::updateSelection(qreal fromX, qreal toX)
{
    const QRectF plot = m_chart->plotArea();
    const qreal left = std::clamp(std::min(fromX, toX), plot.left(), plot.right());
    const qreal right = std::clamp(std::max(fromX, toX), plot.left(), plot.right());
    m_selection->setRect(QRectF(left, plot.top(), right - left, plot.height()));
    m_selection->show();
}

void AccessTimelineChart::showBucketTip(const QPoint& viewportPos, qreal chartX)
{
    if (m_timeline.buckets.empty()
        || !m_chart->plotArea().contains(QPointF(chartX, m_chart->plotArea().center().y()))) {
        QToolTip::hideText();
        return;
    }
    const qint64 at = timeAt(chartX);
    const auto it = std::upper_bound(m_timeline.buckets.begin(), m_timeline.buckets.end(), at,
                                     [](qint64 t, const AccessTimelineRepository::Bucket& b) { return t < b.startMs; });
    if (it == m_timeline.buckets.begin())
        return;
    const auto& bucket = *(it - 1);
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(bucket.startMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(bucket.endMs);
    const QString endText = start.date() == end.date() || end.time() == QTime(0, 0)
        ? locale.toString(end.time(), QLocale::ShortFormat)
        : locale.toString(end, QLocale::ShortFormat);
    QToolTip::showText(m_view->viewport()->mapToGlobal(viewportPos),
                       tr("%1 – %2: %3 events")
                           .arg(locale.toString(start, QLocale::ShortFormat), endText, locale.toString(bucket.events)),
                       m_view->viewport());
}

bool AccessTimelineChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF at = toChart(mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || m_timeline.toMs <= m_timeline.fromMs
            || !m_chart->plotArea().adjusted(-2, -2, 2, 2).contains(at))
            return false;
        m_dragging = true;
        m_dragStartX = at.x();
        updateSelection(at.x(), at.x());
        QToolTip::hideText();
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF at = toChart(mouse->position().toPoint());
        if (m_dragging) {
            updateSelection(m_dragStartX, at.x());
            return true;
        }
        showBucketTip(mouse->position().toPoint(), at.x());
        return false;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_dragging || mouse->button() != Qt::LeftButton)
            return false;
        m_dragging = false;
        m_selection->hide();
        const qreal endX = toChart(mouse->position().toPoint()).x();
        if (std::abs(endX - m_dragStartX) < MinimumDragPx)
            return true;
        // Whole minutes (seconds for a range of minutes), kept inside the range shown.
        const qint64 unit = m_timeline.bucketMs >= HourMs ? MinuteMs : 1000;
        qint64 from = timeAt(std::min(m_dragStartX, endX)) / unit * unit;
        qint64 to = (timeAt(std::max(m_dragStartX, endX)) + unit - 1) / unit * unit;
        from = std::max(from, m_timeline.fromMs);
        to = std::min(to, m_timeline.toMs);
        if (from < to)
            Q_EMIT rangeSelected(from, to);
        return true;
    }
    case QEvent::MouseButtonDblClick:
        if (static_cast<QMouseEvent*>(event)->button() != Qt::LeftButton)
            return false;
        m_dragging = false;
        m_selection->hide();
        Q_EMIT resetZoomRequested();
        return true;
    case QEvent::Leave:
        if (!m_dragging)
            QToolTip::hideText();
        return false;
    default:
        return false;
    }
}

} // namespace custodian
