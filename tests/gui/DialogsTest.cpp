// Questions a test can answer: queued answers are taken in order, each by the kind of question it fits; a wrong kind
// is reported and treated as cancelled instead of opening a dialog that would block the test.
#include "ui/widgets/Dialogs.h"

#include <QTest>

using namespace custodian;

class DialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Dialogs::clearAnswers(); }

    void answersAreTakenInOrder()
    {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextFileName(QStringLiteral("/tmp/report.pdf"));
        Dialogs::setNextText(QStringLiteral("Covers December"));
        Dialogs::setNextCancel();
        QCOMPARE(Dialogs::pendingAnswers(), 4);
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Close review"), QStringLiteral("Close?")),
                 QMessageBox::Yes);
        QCOMPARE(Dialogs::saveFileName(nullptr, QStringLiteral("Export"), QString(), QString()),
                 QStringLiteral("/tmp/report.pdf"));
        QCOMPARE(Dialogs::multiLineText(nullptr, QStringLiteral("Revoke"), QStringLiteral("Why?")),
                 std::optional<QString>(QStringLiteral("Covers December")));
        QCOMPARE(Dialogs::text(nullptr, QStringLiteral("Save search"), QStringLiteral("Name:")), std::nullopt);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QCOMPARE(Dialogs::answeredTitles(),
                 QStringList({ QStringLiteral("Close review"), QStringLiteral("Export"), QStringLiteral("Revoke"),
                               QStringLiteral("Save search") }));
        // What each question said, so that a test can check a confirmation names what it confirms.
        QCOMPARE(Dialogs::answeredTexts(),
                 QStringList({ QStringLiteral("Close?"), QString(), QStringLiteral("Why?"), QStringLiteral("Name:") }));
    }

    void anAcceptedEmptyTextIsNotACancel()
    {
        Dialogs::setNextText(QString());
        const auto answer = Dialogs::text(nullptr, QStringLiteral("Name"), QStringLiteral("Name:"));
        QVERIFY(answer.has_value());
        QVERIFY(answer->isEmpty());
    }

    void cancelAnswersEachKind()
    {
        Dialogs::setNextCancel();
        Dialogs::setNextCancel();
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Q"), QStringLiteral("?"),
                                   QMessageBox::Yes | QMessageBox::Cancel),
                 QMessageBox::Cancel);
        QVERIFY(Dialogs::openFileName(nullptr, QStringLiteral("Open"), QString(), QString()).isEmpty());
    }

    void aWrongKindIsReportedAndCancels()
    {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::ignoreMessage(QtWarningMsg,
                             "Dialogs: \"Export\" asks for a file name to save, but the next queued answer is of "
                             "another kind; treated as cancelled");
        QVERIFY(Dialogs::saveFileName(nullptr, QStringLiteral("Export"), QString(), QString()).isEmpty());

        Dialogs::setNextFileName(QStringLiteral("/tmp/x.csv"));
        QTest::ignoreMessage(QtWarningMsg,
                             "Dialogs: \"Close\" asks for one of its buttons, but the next queued answer is of "
                             "another kind; treated as cancelled");
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Close"), QStringLiteral("?")), QMessageBox::Cancel);

        // A button the question does not offer is a mistake in the test, not a silent yes.
        Dialogs::setNextAnswer(QMessageBox::Discard);
        QTest::ignoreMessage(QtWarningMsg,
                             "Dialogs: \"Close\" asks for one of its buttons, but the next queued answer is of "
                             "another kind; treated as cancelled");
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Close"), QStringLiteral("?")), QMessageBox::Cancel);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
    }
};

QTEST_MAIN(DialogsTest)
#include "DialogsTest.moc"
