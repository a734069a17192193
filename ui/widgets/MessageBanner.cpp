#include "ui/widgets/MessageBanner.h"

#include "ui/widgets/Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace custodian {

namespace {

Theme::Tone toneFor(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Information:
        return Theme::Tone::Information;
    case MessageBanner::Level::Warning:
        return Theme::Tone::Warning;
    case MessageBanner::Level::Error:
        return Theme::Tone::Error;
    case MessageBanner::Level::Success:
        return Theme::Tone::Success;
    }
    return Theme::Tone::Information;
}

QStyle::StandardPixmap iconFor(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Level::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Level::Success:
        return QStyle::SP_DialogApplyButton;
    case MessageBanner::Level::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

QString levelName(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Warning:
        return MessageBanner::tr("Warning");
    case MessageBanner::Level::Error:
        return MessageBanner::tr("Error");
    case MessageBanner::Level::Success:
        return MessageBanner::tr("Done");
    case MessageBanner::Level::Information:
        break;
    }
    return MessageBanner::tr("Information");
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, [this]() {
        hide();
        Q_EMIT closed();
    });
    connect(m_text, &QLabel::linkActivated, this, &MessageBanner::linkActivated);
    applyColours();
    hide();
}

void MessageBanner::showMessage(const QString& text, Level level)
{
    // Later, not now: the button's own click may be what shows the next message.
    for (const QPointer<QPushButton>& button : std::as_const(m_messageActions)) {
        if (button) {
            button->hide();
            button->deleteLater();
        }
    }
    m_messageActions.clear();
    if (text.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    const bool wasShown = !isHidden() && m_level == level && m_text->text() == text;
    m_level = level;
    m_text->setText(text);
    const QStyle::StandardPixmap icon = iconFor(level);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    setAccessibleName(levelName(level));
    setAccessibleDescription(text);
    applyColours();
    show();
    if (!wasShown)
        announce();
}

void MessageBanner::clearMessage()
{
    m_text->clear();
    setAccessibleDescription(QString());
    removeActionButtons();
    m_messageActions.clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

bool MessageBanner::isCloseButtonVisible() const
{
    return !m_close->isHidden();
}

void MessageBanner::setTextFormat(Qt::TextFormat format)
{
    m_text->setTextFormat(format);
    m_text->setOpenExternalLinks(false);
}

QPushButton* MessageBanner::addActionButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_actions->addWidget(button, 0, Qt::AlignTop);
    return button;
}

QPushButton* MessageBanner::addMessageActionButton(const QString& text)
{
    QPushButton* button = addActionButton(text);
    m_messageActions << button;
    return button;
}

void MessageBanner::removeActionButtons()
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // The tint is cached in this widget's palette: recompute it from the new palette (a switch to a dark theme).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void MessageBanner::applyColours()
{
    if (m_applying)
        return;
    m_applying = true;
    // Derived from the parent's palette (or the application's): this widget's own Window role is the tint.
    const QPalette source = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const Theme::Tone tone = toneFor(m_level);
    QPalette palette = source;
    palette.setColor(QPalette::Window, Theme::background(tone, source));
    palette.setColor(QPalette::WindowText, source.color(QPalette::WindowText));
    // QFrame's StyledPanel draws its outline in these roles in the Fusion and Windows styles.
    palette.setColor(QPalette::Dark, Theme::border(tone, source));
    palette.setColor(QPalette::Mid, Theme::border(tone, source));
    if (palette != this->palette())
        setPalette(palette);
    m_applying = false;
}

void MessageBanner::announce()
{
    if (m_level != Level::Error && m_level != Level::Warning)
        return;
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace custodian
