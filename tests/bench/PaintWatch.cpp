#include "PaintWatch.h"

#include "BenchSupport.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>

namespace custodian::bench {

void PaintWatch::arm(QWidget* widget)
{
    m_painted = false;
    if (m_widget == widget)
        return;
    if (m_widget)
        m_widget->removeEventFilter(this);
    widget->installEventFilter(this);
    m_widget = widget;
}

double PaintWatch::measure(const std::function<void()>& act, const std::function<bool()>& done, QAbstractItemView* view)
{
    arm(view->viewport());
    QElapsedTimer timer;
    timer.start();
    act();
    view->viewport()->update();
    while (!(done() && m_painted) && timer.elapsed() < 120'000)
        pump(1);
    return msSince(timer);
}

bool PaintWatch::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::Paint)
        m_painted = true;
    return QObject::eventFilter(watched, event);
}

} // namespace custodian::bench
