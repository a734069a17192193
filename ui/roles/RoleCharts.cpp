#include "ui/roles/RoleCharts.h"

#include "ui/widgets/ChartAxes.h"
#include "ui/widgets/ChartPanel.h"
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
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

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
    view->setMinimumSize(360, 260);
    return new ChartPanel(view, title, parent);
}

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

RoleCharts::RoleCharts(QWidget* parent)
    : QWidget(parent)
    , m_holders(makePanel(QStringLiteral("holdersPerRoleChart"), tr("Agents holding each role now"), this))
    , m_history(
          makePanel(QStringLiteral("sensitiveHoldersChart"), tr("Holders of sensitive roles, week by week"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_holders, 1);
    layout->addWidget(m_history, 1);
}

QChartView* RoleCharts::holdersView() const
{
    return m_holders->view();
}

QChartView* RoleCharts::historyView() const
{
    return m_history->view();
}

void RoleCharts::showHolders(const std::vector<RoleCatalogRepository::Role>& roles)
{
    QChart* chart = m_holders->view()->chart();
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

    std::vector<QVariantList> rows;
    const RoleCatalogRepository::Role* top = nullptr;
    for (const auto& role : roles) {
        rows.push_back({ role.name, role.holders, role.sensitive ? tr("yes") : tr("no") });
        if (!top || role.holders > top->holders)
            top = &role;
    }
    const QString summary = top ? tr("%n role(s); the most held is %1 with %2 agent(s).", nullptr, int(roles.size()))
                                      .arg(top->name)
                                      .arg(top->holders)
                                : tr("No roles.");
    m_holders->setData(summary, { tr("Role"), tr("Agents holding it"), tr("Sensitive") }, std::move(rows));
}

void RoleCharts::showSensitiveHistory(const std::vector<RoleHolderHistory::Series>& series)
{
    QChart* chart = m_history->view()->chart();
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

    // One row per week, one column per role (the series share their sample times).
    QStringList headers { tr("Week of") };
    QStringList latest;
    std::vector<QVariantList> rows;
    for (const RoleHolderHistory::Series& s : series) {
        headers << s.role;
        if (!s.points.empty())
            latest << tr("%1: %2").arg(s.role).arg(s.points.back().second);
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            if (rows.size() <= i)
                rows.push_back({ dayText(s.points[i].first) });
            rows[i] << s.points[i].second;
        }
    }
    const QString summary = rows.empty()
        ? tr("No sensitive roles.")
        : tr("%n sensitive role(s) from %1 to %2, at most %3 holder(s) of one role in a week. Latest week: %4.",
             nullptr, int(series.size()))
              .arg(dayText(first), dayText(last))
              .arg(most)
              .arg(latest.join(QStringLiteral(", ")));
    m_history->setData(summary, headers, std::move(rows));
}

} // namespace custodian
