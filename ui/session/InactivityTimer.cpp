#include "ui/session/InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace custodian {

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_active)
            Q_EMIT inactive();
    });
}

void InactivityTimer::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_active)
        m_timer.start();
}

void InactivityTimer::activate()
{
    if (!m_active) {
        QCoreApplication::instance()->installEventFilter(this);
        m_active = true;
    }
    m_timer.start();
}

void InactivityTimer::deactivate()
{
    if (m_active) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_active = false;
    }
    m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Shortcut:
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace custodian
