#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace custodian::setup {

// The look shared by the setup wizard's pages (one place, so the pages read alike).

// A bold red label for a page's validation message, hidden until there is one.
[[nodiscard]] QLabel* errorLabel(const QString& objectName, QWidget* parent);
// Shows `message` in an error label, or hides it when empty.
void showError(QLabel* label, const QString& message);
// Secondary text in the theme's secondary tone, which reads in light and dark palettes alike (a disabled label is
// too faint to read).
void mute(QLabel* label);
[[nodiscard]] QLabel* explanation(const QString& text, QWidget* parent);
// Page titles a little larger than the header's bold default, which reads cramped next to the logo.
[[nodiscard]] QString heading(const QString& title);
// "~" and "~/…" as the home directory, the rest trimmed.
[[nodiscard]] QString expandHome(const QString& path);

} // namespace custodian::setup
