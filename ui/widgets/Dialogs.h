#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace custodian {

// The one way the console asks a modal question: message boxes, file names and a line or lines of text. A GUI test
// queues the answers it wants with setNextAnswer()/setNextFileName()/setNextText()/setNextCancel() before it clicks
// the button that asks; each question then takes the oldest queued answer instead of opening a dialog. With nothing
// queued (always, outside tests) the real Qt dialog is shown.
class Dialogs
{
public:
    Dialogs() = delete;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::Cancel,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::Cancel);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                   QMessageBox::StandardButton defaultButton = QMessageBox::Ok);

    // An empty string when the supervisor cancelled.
    [[nodiscard]] static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                              const QString& filter, QFileDialog::Options options = {});
    [[nodiscard]] static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                              const QString& filter, QFileDialog::Options options = {});
    // std::nullopt when the supervisor cancelled; an accepted empty text is an empty string.
    [[nodiscard]] static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                                     const QString& initial = {});
    [[nodiscard]] static std::optional<QString> multiLineText(QWidget* parent, const QString& title,
                                                              const QString& label, const QString& initial = {});

    // For tests. A queued answer of the wrong kind (a button for a file dialog) is consumed, reported with
    // qWarning, and the question is treated as cancelled, so that a test fails rather than blocks on a dialog.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextFileName(const QString& path);
    static void setNextText(const QString& text);
    static void setNextCancel();
    [[nodiscard]] static int pendingAnswers();
    static void clearAnswers();
    // The titles of the questions answered from the queue, oldest first; cleared by clearAnswers().
    [[nodiscard]] static QStringList answeredTitles();
    // What each of those questions said (a message box's text, a text question's label, a file dialog's suggested
    // path), so that a test can check a confirmation names what it confirms and where a file would go.
    [[nodiscard]] static QStringList answeredTexts();
};

} // namespace custodian
