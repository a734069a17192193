#include "ui/widgets/ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPen>

namespace custodian::ChartStyle {

void apply(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    // Faint enough not to compete with the data, strong enough to read on light and dark windows alike.
    QColor grid = text;
    grid.setAlpha(40);
    QColor minorGrid = text;
    minorGrid.setAlpha(20);

    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(grid);
    }
    // The theme outlines bars in white, a frame around every bar on a dark window; in the window's colour the
    // outline only parts stacked bars.
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setBorderColor(palette.color(QPalette::Window));
        }
    }
}

} // namespace custodian::ChartStyle
