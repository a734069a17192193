#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QString>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace custodian {

// The inline message every page shows above its content: information, warning, error or success, in colours the
// Theme derives from the palette. Word-wrapped, optionally closable, optionally with action buttons ("Retry",
// "Open the Sync page"). An empty text hides it. Screen readers get the text as the banner's accessible description,
// and an error or warning is announced when it appears.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error, Success };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows the text at this level (hides the banner when the text is empty). Action buttons stay until cleared.
    void showMessage(const QString& text, Level level);
    // Hides the banner, forgets its text and removes its action buttons.
    void clearMessage();

    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }

    void setCloseButtonVisible(bool visible);
    [[nodiscard]] bool isCloseButtonVisible() const;
    // Rich text for a message with a link; plain text (the default) for anything that carries data from the store.
    void setTextFormat(Qt::TextFormat format);

    // Adds a button after the text; the caller connects its clicked() and gives it an objectName for tests.
    QPushButton* addActionButton(const QString& text);
    // The same for a button that belongs to the message now shown ("Open" beside "Exported … to x.pdf"): the next
    // message, or clearing, removes it, so it never sits beside a message it does not belong to.
    QPushButton* addMessageActionButton(const QString& text);
    void removeActionButtons();

Q_SIGNALS:
    // The supervisor closed the banner with its close button.
    void closed();
    void linkActivated(const QString& link);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void announce();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QToolButton* m_close = nullptr;
    QList<QPointer<QPushButton>> m_messageActions;
    Level m_level = Level::Information;
    bool m_applying = false;
};

} // namespace custodian
