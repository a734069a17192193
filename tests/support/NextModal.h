#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace custodian::test {

// Answers the next modal dialog of type T that a click opens: the click blocks in the dialog's exec(), so a timer
// waits for the dialog to become the active modal widget and hands it to `answer`. Whatever `answer` does (even a
// failed QVERIFY that returns early), a dialog still open afterwards is rejected, so that a test fails instead of
// hanging. `answered` (optional) is set once the dialog was seen. For message boxes, file and text questions use
// Dialogs::setNextAnswer() and friends instead.
template <typename T> void answerNextModal(QObject* context, std::function<void(T*)> answer, bool* answered = nullptr)
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer = std::move(answer), answered]() {
        T* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        if (answered)
            *answered = true;
        // Runs after `answer` has returned, and not at all once the dialog is gone.
        QTimer::singleShot(0, dialog, [dialog]() {
            if (dialog->isVisible())
                dialog->reject();
        });
        answer(dialog);
    });
    poll->start();
}

} // namespace custodian::test
