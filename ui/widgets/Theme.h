#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QPalette;
class QWidget;

namespace custodian {

// The one place that decides colours. Every tone is derived from the palette in force (light or dark, the
// platform's or Fusion's), so that text stays readable whatever the supervisor's desktop uses; pages ask for a tone
// by meaning ("error", "secondary") and never write a colour or a style sheet of their own. A widget given a tone
// here keeps it when the palette changes at run time.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Tone { Normal, Secondary, Link, Information, Warning, Error, Success };
    Q_ENUM(Tone)

    // True when the palette's window is dark, so tones must be light to read on it.
    [[nodiscard]] static bool isDark(const QPalette& palette);
    // Text in this tone, readable on the palette's window and base colours.
    [[nodiscard]] static QColor foreground(Tone tone, const QPalette& palette);
    // A quiet tint of the tone over the window, for banners and badges; the window colour for Normal.
    [[nodiscard]] static QColor background(Tone tone, const QPalette& palette);
    // The tone as a fill (a chart's bar, a progress bar's chunk): the strong shade, which reads as a filled area on
    // light and dark windows alike; the palette's highlight for Normal, its mid tone for Secondary.
    [[nodiscard]] static QColor accent(Tone tone, const QPalette& palette);
    // The outline of a tinted area: stronger than the background, weaker than the text.
    [[nodiscard]] static QColor border(Tone tone, const QPalette& palette);
    // The tone as "#rrggbb" for rich text a page builds (a table cell's HTML, a list of problems); such text must be
    // rebuilt on QEvent::PaletteChange.
    [[nodiscard]] static QString htmlColour(Tone tone, const QPalette& palette);

    // Gives the widget's text this tone (Normal gives the palette's own back) and keeps it across palette changes.
    static void setTone(QWidget* widget, Tone tone);
    [[nodiscard]] static Tone tone(const QWidget* widget);
    // Gives the widget's highlight (a progress bar's chunk, a selection) this tone, kept across palette changes.
    static void setAccentTone(QWidget* widget, Tone tone);
    [[nodiscard]] static Tone accentTone(const QWidget* widget);
    // Bold text for what must be noticed (a broken chain, a suspended agent), without changing its size.
    static void setEmphasised(QWidget* widget, bool emphasised = true);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Theme(QObject* parent = nullptr);
    static Theme* keeper();
    static void watch(QWidget* widget);
    static void apply(QWidget* widget);
};

} // namespace custodian
