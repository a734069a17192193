#pragma once

#include <QObject>
#include <QTimer>

namespace custodian {

// Fires inactive() after the user has not touched the application (keyboard, mouse, wheel, touch) for the
// interval — the idle lock of security.md, as keepassxc's InactivityTimer does it: an application-wide event
// filter restarts a single-shot timer on every input event.
class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    explicit InactivityTimer(QObject* parent = nullptr);

    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const { return m_timer.interval(); }
    void activate(); // starts watching (store unlocked)
    void deactivate(); // stops watching (store locked)
    [[nodiscard]] bool isActive() const { return m_active; }

Q_SIGNALS:
    void inactive();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace custodian
