#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace custodian::bench {

// Notes the first paint of a widget after arm(), so that a page benchmark times what a supervisor sees — the rows on
// screen — and not only the model filled behind them.
class PaintWatch : public QObject
{
public:
    void arm(QWidget* widget);
    [[nodiscard]] bool painted() const { return m_painted; }

    // Runs `act`, then waits (running the event loop) until `done()` and the view's viewport painted since; the
    // milliseconds between, or the two minutes it gives up after. `done()` is asked only after the event loop ran, as
    // a page's read starts on a worker at once and its "loading" holds until the result lands.
    double measure(const std::function<void()>& act, const std::function<bool()>& done, QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget = nullptr;
    bool m_painted = false;
};

} // namespace custodian::bench
