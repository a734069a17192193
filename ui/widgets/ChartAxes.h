#pragma once

class QChart;
class QValueAxis;

namespace custodian::ChartAxes {

// A value axis that counts whole things (agents, items): from 0 to a little above `most`, with a tick every 1, 2, 5,
// 10, 20, … so that about five ticks show and every label is a whole number.
void countAxis(QValueAxis* axis, int most);

// Removes and deletes every series and axis of `chart`, before it is filled anew. (QChart::removeAxis only releases an
// axis to the caller: a chart redrawn on every reload would leak its old axes.)
void clear(QChart* chart);

} // namespace custodian::ChartAxes
