#pragma once

class QChart;
class QPalette;

namespace custodian::ChartStyle {

// Gives a chart the palette's colours: its background and plot area the window's, its title, axis labels and titles
// and legend the window text's, its grid and axis lines a faint shade of that text, the outline of its bars the
// window's. Qt Charts draws from a theme of
// its own (light unless told otherwise), which left every chart a white plate on a dark console. ChartPanel calls
// this for every chart it shows — when built, each time its data is set (a page makes new axes on every reload, and
// the theme colours new axes) and when the palette changes — so pages colour only their series.
void apply(QChart* chart, const QPalette& palette);

} // namespace custodian::ChartStyle
