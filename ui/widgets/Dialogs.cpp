#include "ui/widgets/Dialogs.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>

#include <deque>

namespace custodian {

namespace {

struct Answer
{
    enum class Kind { Button, Text, Cancel };
    Kind kind = Kind::Cancel;
    QMessageBox::StandardButton button = QMessageBox::NoButton;
    QString text;
};

// Only the GUI thread asks questions, and only tests queue answers: no lock needed.
std::deque<Answer>& queue()
{
    static std::deque<Answer> answers;
    return answers;
}

QStringList& answered()
{
    static QStringList titles;
    return titles;
}

QStringList& answeredText()
{
    static QStringList texts;
    return texts;
}

std::optional<Answer> takeAnswer(const QString& title, const QString& text)
{
    if (queue().empty())
        return std::nullopt;
    Answer answer = queue().front();
    queue().pop_front();
    answered().append(title);
    answeredText().append(text);
    return answer;
}

void reportMismatch(const QString& title, const char* asked)
{
    qWarning("Dialogs: \"%s\" asks for %s, but the next queued answer is of another kind; treated as cancelled",
             qUtf8Printable(title), asked);
}

QMessageBox::StandardButton messageBox(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                       const QString& text, QMessageBox::StandardButtons buttons,
                                       QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeAnswer(title, text)) {
        if (answer->kind == Answer::Kind::Cancel)
            return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
        if (answer->kind != Answer::Kind::Button || !buttons.testFlag(answer->button)) {
            reportMismatch(title, "one of its buttons");
            return QMessageBox::Cancel;
        }
        return answer->button;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

std::optional<QString> textAnswer(const QString& title, const QString& label, const char* asked)
{
    // Called only when an answer is queued.
    const Answer answer = *takeAnswer(title, label);
    if (answer.kind == Answer::Kind::Text)
        return answer.text;
    if (answer.kind != Answer::Kind::Cancel)
        reportMismatch(title, asked);
    return std::nullopt;
}

} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return messageBox(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Dialogs::warning(QWidget* parent, const QString& title, const QString& text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    return messageBox(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton Dialogs::information(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return messageBox(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                              QFileDialog::Options options)
{
    if (!queue().empty())
        return textAnswer(caption, directory, "a file name to save").value_or(QString());
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, nullptr, options);
}

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
                              QFileDialog::Options options)
{
    if (!queue().empty())
        return textAnswer(caption, directory, "a file name to open").value_or(QString());
    return QFileDialog::getOpenFileName(parent, caption, directory, filter, nullptr, options);
}

std::optional<QString> Dialogs::text(QWidget* parent, const QString& title, const QString& label,
                                     const QString& initial)
{
    if (!queue().empty())
        return textAnswer(title, label, "a text");
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

std::optional<QString> Dialogs::multiLineText(QWidget* parent, const QString& title, const QString& label,
                                              const QString& initial)
{
    if (!queue().empty())
        return textAnswer(title, label, "a text");
    // QInputDialog::getMultiLineText() leaves its text box without a name: its label is no buddy of a
    // QPlainTextEdit, so a screen reader announces only "edit". The dialog is made here to name it after the label.
    QPointer<QInputDialog> dialog = new QInputDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setOptions(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(initial);
    (void)dialog->sizeHint(); // lays the dialog out, which makes its text box
    if (auto* box = dialog->findChild<QPlainTextEdit*>())
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    const bool accepted = dialog->exec() == QDialog::Accepted;
    // The parent may have gone during exec(), and the dialog with it.
    if (!dialog)
        return std::nullopt;
    const QString value = dialog->textValue();
    delete dialog;
    return accepted ? std::optional<QString>(value) : std::nullopt;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton button)
{
    queue().push_back({ Answer::Kind::Button, button, {} });
}

void Dialogs::setNextFileName(const QString& path)
{
    queue().push_back({ Answer::Kind::Text, QMessageBox::NoButton, path });
}

void Dialogs::setNextText(const QString& text)
{
    queue().push_back({ Answer::Kind::Text, QMessageBox::NoButton, text });
}

void Dialogs::setNextCancel()
{
    queue().push_back({ Answer::Kind::Cancel, QMessageBox::NoButton, {} });
}

int Dialogs::pendingAnswers()
{
    return int(queue().size());
}

void Dialogs::clearAnswers()
{
    queue().clear();
    answered().clear();
    answeredText().clear();
}

QStringList Dialogs::answeredTitles()
{
    return answered();
}

QStringList Dialogs::answeredTexts()
{
    return answeredText();
}

} // namespace custodian
