// Copying a revealed identifier: the clipboard data is marked concealed for clipboard managers, and it is cleared
// after the countdown, on lock and on destruction — but only while it still holds what was copied.
#include "ui/widgets/ConcealedClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace custodian;

class ConcealedClipboardTest : public QObject
{
    Q_OBJECT

private:
    static QString clipboardText() { return QGuiApplication::clipboard()->text(QClipboard::Clipboard); }

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void defaults()
    {
        ConcealedClipboard clipboard;
        QCOMPARE(clipboard.clearInterval(), 30'000);
        QVERIFY(!clipboard.isCountingDown());
        QVERIFY(!clipboard.holdsCopiedText());
    }

    void copyMarksConcealedAndClearsAfterTheCountdown()
    {
        ConcealedClipboard clipboard;
        clipboard.setClearInterval(150);
        QSignalSpy copied(&clipboard, &ConcealedClipboard::copied);
        QSignalSpy cleared(&clipboard, &ConcealedClipboard::cleared);
        QElapsedTimer sinceCopy;
        sinceCopy.start();
        clipboard.copy(QStringLiteral("4532015112830366"));
        QCOMPARE(copied.count(), 1);
        QCOMPARE(clipboardText(), QStringLiteral("4532015112830366"));
        const QMimeData* data = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(data);
        QVERIFY(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(clipboard.holdsCopiedText());
        QVERIFY(clipboard.isCountingDown());

        QTest::qWait(50);
        const QString early = clipboardText();
        if (sinceCopy.elapsed() < 140) // not before its time (unless this machine stalled for the whole interval)
            QCOMPARE(early, QStringLiteral("4532015112830366"));
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!clipboard.isCountingDown());
    }

    // Something the supervisor copied since is theirs: the countdown leaves it alone.
    void leavesOtherContentAlone()
    {
        ConcealedClipboard clipboard;
        clipboard.setClearInterval(100);
        QSignalSpy cleared(&clipboard, &ConcealedClipboard::cleared);
        clipboard.copy(QStringLiteral("CA0000012345"));
        QGuiApplication::clipboard()->setText(QStringLiteral("meeting notes"));
        QTest::qWait(300);
        QCOMPARE(clipboardText(), QStringLiteral("meeting notes"));
        QCOMPARE(cleared.count(), 0);
        clipboard.clear(); // lock: still not ours
        QCOMPARE(clipboardText(), QStringLiteral("meeting notes"));
        QCOMPARE(cleared.count(), 0);
    }

    void clearOnLockIsImmediate()
    {
        ConcealedClipboard clipboard; // default 30 s countdown
        QSignalSpy cleared(&clipboard, &ConcealedClipboard::cleared);
        clipboard.copy(QStringLiteral("PT123456789"));
        QCOMPARE(clipboardText(), QStringLiteral("PT123456789"));
        clipboard.clear();
        QVERIFY(clipboardText().isEmpty());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!clipboard.isCountingDown());
        clipboard.clear(); // twice is harmless
        QCOMPARE(cleared.count(), 1);
    }

    // A second copy restarts the countdown for the new text; the first is no longer ours to clear.
    void secondCopyReplacesTheFirst()
    {
        ConcealedClipboard clipboard;
        clipboard.setClearInterval(800);
        clipboard.copy(QStringLiteral("first-identifier"));
        QTest::qWait(500);
        QElapsedTimer sinceSecond;
        sinceSecond.start();
        clipboard.copy(QStringLiteral("second-identifier"));
        QTest::qWait(500); // past the first copy's countdown, within the second's
        const QString text = clipboardText();
        if (sinceSecond.elapsed() < 750)
            QCOMPARE(text, QStringLiteral("second-identifier"));
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 3000);
    }

    void destructionClears()
    {
        {
            ConcealedClipboard clipboard;
            clipboard.copy(QStringLiteral("+351912345678"));
            QCOMPARE(clipboardText(), QStringLiteral("+351912345678"));
        }
        QVERIFY(clipboardText().isEmpty());
    }

    void emptyTextIsNotCopied()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("keep"));
        ConcealedClipboard clipboard;
        clipboard.copy(QString());
        QCOMPARE(clipboardText(), QStringLiteral("keep"));
        QVERIFY(!clipboard.isCountingDown());
    }
};

QTEST_MAIN(ConcealedClipboardTest)
#include "ConcealedClipboardTest.moc"
