#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace custodian {

namespace {

const char* const ToneProperty = "custodianTone";
const char* const AccentProperty = "custodianAccentTone";
const char* const WatchedProperty = "custodianThemeWatched";

struct TonePair
{
    QColor onLight;
    QColor onDark;
};

// Hues chosen once for both kinds of palette: on a light window the dark shade reaches at least 4.5:1 contrast
// (WCAG AA for body text), on a dark window the light shade does. The two error reds the pages used to write
// by hand are now this one.
TonePair pairFor(Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Information:
        return { QColor(0x0b, 0x57, 0xd0), QColor(0xa8, 0xc7, 0xfa) };
    case Theme::Tone::Warning:
        return { QColor(0x8a, 0x53, 0x00), QColor(0xff, 0xb9, 0x5c) };
    case Theme::Tone::Error:
        return { QColor(0xb3, 0x26, 0x1e), QColor(0xf2, 0xb8, 0xb5) };
    case Theme::Tone::Success:
        return { QColor(0x1e, 0x6b, 0x2f), QColor(0x8f, 0xd8, 0x9c) };
    case Theme::Tone::Normal:
    case Theme::Tone::Secondary:
    case Theme::Tone::Link:
        break;
    }
    return {};
}

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

// The palette a toned widget's colours derive from: its parent's (or the application's), never its own, whose text
// roles this class has overridden.
QPalette sourcePalette(const QWidget* widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
{
}

Theme* Theme::keeper()
{
    static Theme* const theme = new Theme(qApp);
    return theme;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::foreground(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Normal)
        return palette.color(QPalette::WindowText);
    if (tone == Tone::Link)
        return palette.color(QPalette::Link);
    if (tone == Tone::Secondary)
        // Faded window text rather than the disabled colour, which is too faint to read on some styles.
        return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
    const TonePair pair = pairFor(tone);
    return isDark(palette) ? pair.onDark : pair.onLight;
}

QColor Theme::background(Tone tone, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    if (tone == Tone::Normal || tone == Tone::Secondary || tone == Tone::Link)
        return window;
    const TonePair pair = pairFor(tone);
    // The strong shade tinted into the window: light palettes get a pale wash, dark ones a deep one, and the
    // foreground of the same tone reads on both.
    return isDark(palette) ? mix(window, pair.onLight, 0.30) : mix(window, pair.onDark, 0.35);
}

QColor Theme::accent(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Normal)
        return palette.color(QPalette::Highlight);
    if (tone == Tone::Secondary)
        return palette.color(QPalette::Mid);
    if (tone == Tone::Link)
        return palette.color(QPalette::Link);
    return pairFor(tone).onLight;
}

QColor Theme::border(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Normal || tone == Tone::Secondary || tone == Tone::Link)
        return palette.color(QPalette::Mid);
    return mix(background(tone, palette), foreground(tone, palette), 0.45);
}

QString Theme::htmlColour(Tone tone, const QPalette& palette)
{
    return foreground(tone, palette).name(QColor::HexRgb);
}

void Theme::setTone(QWidget* widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(ToneProperty, int(tone));
    watch(widget);
    apply(widget);
}

void Theme::setAccentTone(QWidget* widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(AccentProperty, int(tone));
    watch(widget);
    apply(widget);
}

Theme::Tone Theme::accentTone(const QWidget* widget)
{
    const QVariant value = widget ? widget->property(AccentProperty) : QVariant();
    return value.isValid() ? Tone(value.toInt()) : Tone::Normal;
}

void Theme::watch(QWidget* widget)
{
    if (widget->property(WatchedProperty).toBool())
        return;
    widget->setProperty(WatchedProperty, true);
    widget->installEventFilter(keeper());
}

Theme::Tone Theme::tone(const QWidget* widget)
{
    const QVariant value = widget ? widget->property(ToneProperty) : QVariant();
    return value.isValid() ? Tone(value.toInt()) : Tone::Normal;
}

void Theme::setEmphasised(QWidget* widget, bool emphasised)
{
    if (!widget)
        return;
    QFont font = widget->font();
    font.setBold(emphasised);
    widget->setFont(font);
}

void Theme::apply(QWidget* widget)
{
    QPalette palette = widget->palette();
    const QPalette source = sourcePalette(widget);
    if (widget->property(ToneProperty).isValid()) {
        const QColor colour = foreground(tone(widget), source);
        for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
            for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
                palette.setColor(group, role, colour);
        }
        // Disabled text keeps the style's own dimmed colour, so that a disabled control still looks disabled.
        for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            palette.setColor(QPalette::Disabled, role, source.color(QPalette::Disabled, role));
    }
    if (widget->property(AccentProperty).isValid()) {
        const QColor colour = accent(accentTone(widget), source);
        for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive })
            palette.setColor(group, QPalette::Highlight, colour);
    }
    // Setting an unchanged palette would still post a PaletteChange to this filter: compare first.
    if (palette != widget->palette() || palette.resolveMask() != widget->palette().resolveMask())
        widget->setPalette(palette);
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
        if (auto* widget = qobject_cast<QWidget*>(watched))
            apply(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace custodian
