#include "ui/training/TrainingTrendCharts.h"

#include "ui/widgets/ChartAxes.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace custodian {

namespace {

ChartPanel* makePanel(const QString& objectName, const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(340, 240);
    return new ChartPanel(view, title, parent);
}

QString monthText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QStringLiteral("yyyy-MM-dd"));
}

// Time along the bottom, the value up the left; the caller adds series and attaches them.
std::pair<QDateTimeAxis*, QValueAxis*> axes(QChart* chart, const TrainingTrend& trend)
{
    ChartAxes::clear(chart);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    time->setTickCount(std::min<int>(7, std::max<int>(2, int(trend.points.size()))));
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    if (trend.points.size() > 1)
        time->setRange(QDateTime::fromMSecsSinceEpoch(trend.points.front().at),
                       QDateTime::fromMSecsSinceEpoch(trend.points.back().at));
    return { time, values };
}

QLineSeries* addLine(QChart* chart, const QString& name, QDateTimeAxis* time, QValueAxis* values)
{
    auto* line = new QLineSeries;
    line->setName(name);
    chart->addSeries(line);
    line->attachAxis(time);
    line->attachAxis(values);
    return line;
}

} // namespace

TrainingTrendCharts::TrainingTrendCharts(QWidget* parent)
    : QWidget(parent)
    , m_modules(
          makePanel(QStringLiteral("trainingModulesTrendChart"), tr("Completion by module, month by month"), this))
    , m_groups(makePanel(QStringLiteral("trainingGroupsTrendChart"), tr("Completion by group, month by month"), this))
    , m_overdue(makePanel(QStringLiteral("trainingOverdueTrendChart"), tr("Overdue or expired, month by month"), this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_modules, 0, 0);
    layout->addWidget(m_groups, 0, 1);
    layout->addWidget(m_overdue, 1, 0, 1, 2);
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
}

void TrainingTrendCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_shown)
        showTrend(TrainingTrend(*m_shown), m_groupBy);
}

void TrainingTrendCharts::clear()
{
    m_shown.reset();
    for (ChartPanel* panel : { m_modules, m_groups, m_overdue }) {
        ChartAxes::clear(panel->view()->chart());
        panel->clear();
    }
}

void TrainingTrendCharts::showTrend(const TrainingTrend& trend, TrainingMatrix::GroupBy groupBy)
{
    m_shown = trend;
    m_groupBy = groupBy;
    showModules(trend);
    showGroups(trend, groupBy);
    showOverdue(trend);
}

void TrainingTrendCharts::showModules(const TrainingTrend& trend)
{
    QChart* chart = m_modules->view()->chart();
    auto [time, values] = axes(chart, trend);
    values->setRange(0, 100);
    QStringList headers { tr("Month ending") };
    std::vector<QVariantList> rows(trend.points.size());
    for (std::size_t p = 0; p < trend.points.size(); ++p)
        rows[p] << monthText(trend.points[p].at);
    QStringList latest;
    for (std::size_t m = 0; m < trend.modules.size(); ++m) {
        QLineSeries* line = addLine(chart, trend.modules[m].code, time, values);
        headers << tr("%1 (% complete)").arg(trend.modules[m].code);
        for (std::size_t p = 0; p < trend.points.size(); ++p) {
            const auto percent = trend.points[p].modules[m].percentComplete();
            if (percent)
                line->append(double(trend.points[p].at), *percent);
            rows[p] << (percent ? QVariant(*percent) : QVariant());
        }
        if (!trend.points.empty()) {
            if (const auto percent = trend.points.back().modules[m].percentComplete())
                latest << tr("%1 %2 %").arg(trend.modules[m].code).arg(*percent);
        }
    }
    const QString summary = trend.points.empty()
        ? tr("No training to show.")
        : tr("Percentage of required training complete per module, from %1 to %2. Latest: %3.")
              .arg(monthText(trend.points.front().at), monthText(trend.points.back().at),
                   latest.isEmpty() ? tr("nothing required") : latest.join(QStringLiteral(", ")));
    m_modules->setData(summary, headers, std::move(rows));
}

void TrainingTrendCharts::showGroups(const TrainingTrend& trend, TrainingMatrix::GroupBy groupBy)
{
    QChart* chart = m_groups->view()->chart();
    QString title;
    switch (groupBy) {
    case TrainingMatrix::GroupBy::Team:
        title = tr("Completion by team, month by month");
        break;
    case TrainingMatrix::GroupBy::Site:
        title = tr("Completion by site, month by month");
        break;
    case TrainingMatrix::GroupBy::Role:
        title = tr("Completion by role, month by month");
        break;
    }
    QString module;
    for (const TrainingFacts::Module& m : trend.modules) {
        if (trend.moduleId && m.id == *trend.moduleId)
            module = m.code;
    }
    chart->setTitle(module.isEmpty() ? title : tr("%1 (%2)").arg(title, module));
    auto [time, values] = axes(chart, trend);
    values->setRange(0, 100);
    QStringList headers { tr("Month ending") };
    std::vector<QVariantList> rows(trend.points.size());
    for (std::size_t p = 0; p < trend.points.size(); ++p)
        rows[p] << monthText(trend.points[p].at);
    QString lowest;
    int lowestPercent = 101;
    for (std::size_t g = 0; g < trend.groups.size(); ++g) {
        const TrainingMatrix::Group& group = trend.groups[g];
        const QString name = group.siteCode.isEmpty() ? group.name : tr("%1 (%2)").arg(group.name, group.siteCode);
        QLineSeries* line = addLine(chart, name, time, values);
        headers << name;
        for (std::size_t p = 0; p < trend.points.size(); ++p) {
            const auto percent = trend.points[p].groups[g].percentComplete();
            if (percent)
                line->append(double(trend.points[p].at), *percent);
            rows[p] << (percent ? QVariant(*percent) : QVariant());
        }
        if (!trend.points.empty()) {
            const auto percent = trend.points.back().groups[g].percentComplete();
            if (percent && *percent < lowestPercent) {
                lowestPercent = *percent;
                lowest = name;
            }
        }
    }
    // Many groups make many lines: the legend would take the chart's room, and the table lists them anyway.
    chart->legend()->setVisible(trend.groups.size() <= 8);
    const QString summary = trend.points.empty() || lowest.isEmpty()
        ? tr("No training to show.")
        : tr("Percentage of required training complete per group (%1 groups), from %2 to %3. Lowest in the latest "
             "month: %4 at %5 %.")
              .arg(trend.groups.size())
              .arg(monthText(trend.points.front().at), monthText(trend.points.back().at), lowest)
              .arg(lowestPercent);
    m_groups->setData(summary, headers, std::move(rows));
}

void TrainingTrendCharts::showOverdue(const TrainingTrend& trend)
{
    QChart* chart = m_overdue->view()->chart();
    auto [time, values] = axes(chart, trend);
    QLineSeries* overdue = addLine(chart, tr("Overdue"), time, values);
    QLineSeries* expired = addLine(chart, tr("Expired"), time, values);
    overdue->setColor(Theme::accent(Theme::Tone::Error, palette()));
    expired->setColor(Theme::accent(Theme::Tone::Warning, palette()));
    int most = 1;
    std::vector<QVariantList> rows;
    for (const TrainingTrend::Point& point : trend.points) {
        overdue->append(double(point.at), point.everything.overdue);
        expired->append(double(point.at), point.everything.expired);
        most = std::max({ most, point.everything.overdue, point.everything.expired });
        rows.push_back({ monthText(point.at), point.everything.overdue, point.everything.expired });
    }
    ChartAxes::countAxis(values, most);
    const QString summary = trend.points.empty()
        ? tr("No training to show.")
        : tr("Required trainings overdue (never passed) and expired (pass ended), from %1 to %2. Latest: %3 overdue, "
             "%4 expired; most in a month: %5.")
              .arg(monthText(trend.points.front().at), monthText(trend.points.back().at))
              .arg(trend.points.back().everything.overdue)
              .arg(trend.points.back().everything.expired)
              .arg(most);
    m_overdue->setData(summary, { tr("Month ending"), tr("Overdue"), tr("Expired") }, std::move(rows));
}

} // namespace custodian
