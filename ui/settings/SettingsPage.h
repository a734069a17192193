#pragma once

#include "domain/Result.h"
#include "ui/widgets/ConcealedClipboard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace custodian {

// The console's settings (QSettings, per user): the idle lock and how long a revealed identifier stays
// revealed; the clipboard's clearing time is shown but fixed (security.md); the language (ConsoleLanguage), which
// applies at the next start. Other changes apply at once; impossible values are refused with a message and change
// nothing. Other parts add their own groups with addSection().
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // Setting keys and limits, for every reader of these settings.
    static constexpr const char* AutoLockKey = "security/autoLockMinutes";
    static constexpr int DefaultAutoLockMinutes = 5;
    static constexpr int MinAutoLockMinutes = 1;
    static constexpr int MaxAutoLockMinutes = 240;
    static constexpr const char* RevealKey = "privacy/revealSeconds";
    static constexpr int DefaultRevealSeconds = 30;
    static constexpr int MinRevealSeconds = 5;
    static constexpr int MaxRevealSeconds = 600;
    static constexpr int ClipboardClearSeconds = ConcealedClipboard::DefaultClearMs / 1000; // security.md: fixed

    // The effective values: the setting, else the default; a stored value out of range is brought into range.
    [[nodiscard]] static int autoLockMinutes();
    [[nodiscard]] static int revealSeconds();

    explicit SettingsPage(QWidget* parent = nullptr);

    // Adds a group of settings (e.g. detection thresholds) below the built-in ones; the page takes ownership.
    void addSection(QWidget* section);

    // Store a setting and announce it, or refuse an impossible value with a user-presentable message.
    [[nodiscard]] Status setAutoLockMinutes(int minutes);
    [[nodiscard]] Status setRevealSeconds(int seconds);

Q_SIGNALS:
    void autoLockMinutesChanged(int minutes);
    void revealSecondsChanged(int seconds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();

    QSpinBox* m_autoLock;
    QLabel* m_autoLockError;
    QSpinBox* m_reveal;
    QLabel* m_revealError;
    QComboBox* m_language;
    QVBoxLayout* m_sections;
};

} // namespace custodian
