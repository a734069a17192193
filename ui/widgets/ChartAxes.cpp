#include "ui/widgets/ChartAxes.h"

#include <QAbstractAxis>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace custodian::ChartAxes {

void countAxis(QValueAxis* axis, int most)
{
    most = std::max(most, 1);
    int interval = 1;
    for (int scale = 1; most / interval > 5; scale *= 10) {
        for (int step : { 1, 2, 5 }) {
            interval = step * scale;
            if (most / interval <= 5)
                break;
        }
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, ((most + interval - 1) / interval) * interval);
}

void clear(QChart* chart)
{
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace custodian::ChartAxes
