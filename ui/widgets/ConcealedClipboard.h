#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace custodian {

// Copies a revealed customer identifier to the clipboard the way password managers do (security.md "Session"):
// the data is marked concealed (`x-kde-passwordManagerHint: secret`, so clipboard managers such as Klipper do
// not keep it in their history), and it is cleared after a countdown (30 s by default), when the console locks
// and when it quits — but only while the clipboard still holds what was copied here: whatever the supervisor
// copied since is left alone. Only a digest of the copied text is kept to recognise it.
class ConcealedClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultClearMs = 30'000;

    explicit ConcealedClipboard(QObject* parent = nullptr);
    ~ConcealedClipboard() override;

    // For tests and settings; at least 1 ms.
    void setClearInterval(int milliseconds);
    [[nodiscard]] int clearInterval() const { return m_timer.interval(); }

    void copy(const QString& text);
    // Clears the clipboard if it still holds what was copied here, and stops the countdown. Lock and quit call it.
    void clear();
    [[nodiscard]] bool holdsCopiedText() const;
    [[nodiscard]] bool isCountingDown() const { return m_timer.isActive(); }
    [[nodiscard]] int remainingMs() const { return m_timer.remainingTime(); }

    static const char* concealedHintFormat() { return "x-kde-passwordManagerHint"; }

Q_SIGNALS:
    void copied();
    // The copied text was removed from the clipboard (countdown, lock or quit).
    void cleared();

private:
    void forgetIfReplaced();

    QTimer m_timer;
    QByteArray m_digest; // SHA-256 of what was copied; empty when nothing of ours is on the clipboard
};

} // namespace custodian
