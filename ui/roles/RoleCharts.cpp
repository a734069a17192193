#include "ui/roles/RoleCharts.h"

#include "ui/widgets/ChartAxes.h"
#include "ui/widgets/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace custodian {

namespace {
QChartView* makeView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

} // namespace

RoleCharts::RoleCharts(QWidget* parent)
    : QWidget(parent)
    , m_holders(makeView(tr("Agents holding each role now"), this))
    , m_history(makeView(tr("Holders of sensitive roles, week by week"), this))
{
    m_holders->setObjectName(QStringLiteral("holdersPerRoleChart"));
    m_history->setObjectName(QStringLiteral("sensitiveHoldersChart"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_holders, 1);
    layout->addWidget(m_history, 1);
}

void RoleCharts::showHolders(const std::vector<RoleCatalogRepository::Role>& roles)
{
    QChart* chart = m_holders->chart();
    ChartAxes::clear(chart);
    // Two stacked sets, one of them zero on every row: sensitive roles stand out in their own colour and the legend
    // says which is which.
    auto* series = new QHorizontalStackedBarSeries;
    auto* ordinary = new QBarSet(tr("Role"));
    auto* sensitive = new QBarSet(tr("Sensitive role"));
    ordinary->setColor(Theme::accent(Theme::Tone::Information, palette()));
    sensitive->setColor(Theme::accent(Theme::Tone::Error, palette()));
    QStringList names;
    qint64 most = 1;
    // Bars are drawn bottom-up: reversed, the list reads top-down in the catalog's order.
    for (auto it = roles.rbegin(); it != roles.rend(); ++it) {
        names << it->name;
        *ordinary << (it->sensitive ? 0 : it->holders);
        *sensitive << (it->sensitive ? it->holders : 0);
        most = std::max(most, it->holders);
    }
    series->append(ordinary);
    series->append(sensitive);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    ChartAxes::countAxis(values, int(most));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

void RoleCharts::showSensitiveHistory(const std::vector<RoleHolderHistory::Series>& series)
{
    QChart* chart = m_history->chart();
    ChartAxes::clear(chart);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    time->setTickCount(7);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    int most = 1;
    qint64 first = 0;
    qint64 last = 0;
    for (const RoleHolderHistory::Series& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.role);
        for (const auto& [t, holders] : s.points) {
            line->append(double(t), holders);
            most = std::max(most, holders);
        }
        if (!s.points.empty()) {
            first = s.points.front().first;
            last = s.points.back().first;
        }
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(values);
    }
    if (last > first)
        time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    ChartAxes::countAxis(values, most);
}

} // namespace custodian
