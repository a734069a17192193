// The masking rules of customer identifiers (PCI DSS v4.0 3.4.1: at most BIN + last 4; other identifiers: last 4),
// checked against independently written expectations, and the demo's masking going through the same code.
#include "domain/IdentifierMasking.h"
#include "demo/DemoIdentifiers.h"

#include <QTest>

using namespace custodian;

namespace {
// How many characters of `clear` appear unmasked, position by position, in `masked` (same length).
int revealedPositions(const QString& masked, const QByteArray& clear)
{
    int shown = 0;
    for (qsizetype i = 0; i < masked.size() && i < clear.size(); ++i)
        shown += masked[i] != QLatin1Char('*') && masked[i] == QLatin1Char(clear[i]) ? 1 : 0;
    return shown;
}

// The characters of `masked` that are not '*'.
QString visibleOf(const QString& masked)
{
    QString out;
    for (QChar c : masked) {
        if (c != QLatin1Char('*'))
            out += c;
    }
    return out;
}
} // namespace

class IdentifierMaskingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardsOfEveryLength_data()
    {
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QString>("expected");
        QTest::newRow("15 Amex") << QByteArray("378282246310005") << QStringLiteral("378282*****0005");
        QTest::newRow("16 Visa") << QByteArray("4532015112830366") << QStringLiteral("453201******0366");
        QTest::newRow("17") << QByteArray("45320151128303661") << QStringLiteral("453201*******3661");
        QTest::newRow("18") << QByteArray("453201511283036612") << QStringLiteral("453201********6612");
        QTest::newRow("19 Maestro") << QByteArray("6767700000000000018") << QStringLiteral("676770*********0018");
        // 8-digit BINs: still only the first six (never more than BIN + last 4).
        QTest::newRow("16 Visa 8-digit BIN") << QByteArray("4179920012345674") << QStringLiteral("417992******5674");
        QTest::newRow("16 MC 8-digit BIN") << QByteArray("2223001298765437") << QStringLiteral("222300******5437");
        QTest::newRow("19 UnionPay 8-digit BIN")
            << QByteArray("6221264512345678903") << QStringLiteral("622126*********8903");
    }

    void cardsOfEveryLength()
    {
        QFETCH(QByteArray, pan);
        QFETCH(QString, expected);
        const QString masked = IdentifierMasking::maskCard(pan);
        QCOMPARE(masked, expected);
        QCOMPARE(masked.size(), pan.size()); // the length of a PAN is not a secret, its digits are
        QVERIFY(IdentifierMasking::isCardNumber(pan));
        // At most BIN + last 4, whatever the BIN length: six leading and four trailing digits, nothing between.
        QCOMPARE(revealedPositions(masked, pan), 10);
        QCOMPARE(masked.left(6), QString::fromLatin1(pan.left(6)));
        QCOMPARE(masked.right(4), QString::fromLatin1(pan.right(4)));
        QCOMPARE(masked.mid(6, pan.size() - 10), QString(pan.size() - 10, QLatin1Char('*')));
        // The 7th and 8th digits of an 8-digit BIN are hidden too.
        QCOMPARE(masked[6], QLatin1Char('*'));
        QCOMPARE(masked[7], QLatin1Char('*'));
        // "card" kind goes the same way.
        QCOMPARE(IdentifierMasking::mask(u"card", pan), expected);
    }

    // Anything that is not a PAN of 15–19 digits never shows more than its last 4 characters.
    void oddCardInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("****");
        QTest::newRow("1 digit") << QByteArray("7") << QStringLiteral("****");
        QTest::newRow("4 digits") << QByteArray("1234") << QStringLiteral("****");
        QTest::newRow("7 digits") << QByteArray("1234567") << QStringLiteral("****");
        QTest::newRow("8 digits") << QByteArray("12345678") << QStringLiteral("****5678");
        QTest::newRow("12 digits") << QByteArray("453201511283") << QStringLiteral("****1283");
        QTest::newRow("13 digits") << QByteArray("4532015112830") << QStringLiteral("****2830");
        QTest::newRow("14 digits") << QByteArray("45320151128303") << QStringLiteral("****8303");
        QTest::newRow("20 digits") << QByteArray("45320151128303661234") << QStringLiteral("****1234");
        QTest::newRow("with spaces") << QByteArray("4532 0151 1283 0366") << QStringLiteral("****0366");
        QTest::newRow("with dashes") << QByteArray("4532-0151-1283-0366") << QStringLiteral("****0366");
        QTest::newRow("letters") << QByteArray("4532015112830A66") << QStringLiteral("****0A66");
        QTest::newRow("control and non-ASCII") << QByteArray("45320151128\x01\xc3\xa9") << QStringLiteral("****8***");
    }

    void oddCardInputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QString masked = IdentifierMasking::maskCard(input);
        QCOMPARE(masked, expected);
        QVERIFY(!IdentifierMasking::isCardNumber(input));
        QVERIFY(visibleOf(masked).size() <= 4);
        QVERIFY(masked.startsWith(QLatin1String("****")));
        // Never the leading digits of something card-like.
        if (input.size() >= 6)
            QVERIFY(!masked.contains(QString::fromLatin1(input.left(6))));
    }

    void otherIdentifiers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("identifier");
        QTest::addColumn<QString>("expected");
        QTest::newRow("account") << QStringLiteral("account") << QByteArray("CA0123454191")
                                 << QStringLiteral("****4191");
        QTest::newRow("PT national id") << QStringLiteral("national_id") << QByteArray("PT123456789")
                                        << QStringLiteral("****6789");
        QTest::newRow("IE national id") << QStringLiteral("national_id") << QByteArray("IE1234567TA")
                                        << QStringLiteral("****67TA");
        QTest::newRow("phone") << QStringLiteral("phone") << QByteArray("+351912345678") << QStringLiteral("****5678");
        QTest::newRow("recording") << QStringLiteral("call_recording") << QByteArray("REC0000012345")
                                   << QStringLiteral("****2345");
        // A PAN that is not filed as a card still shows only the last 4.
        QTest::newRow("PAN as other kind")
            << QStringLiteral("account") << QByteArray("4532015112830366") << QStringLiteral("****0366");
        QTest::newRow("short") << QStringLiteral("account") << QByteArray("AB12") << QStringLiteral("****");
        QTest::newRow("empty") << QStringLiteral("phone") << QByteArray() << QStringLiteral("****");
    }

    void otherIdentifiers()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, identifier);
        QFETCH(QString, expected);
        QCOMPARE(IdentifierMasking::mask(kind, identifier), expected);
        QCOMPARE(IdentifierMasking::maskTrailing(identifier), expected);
        QVERIFY(visibleOf(expected).size() <= 4);
    }

    // The demo writes customer_record.masked through the same rules: one implementation.
    void demoUsesTheSameRules()
    {
        const QByteArray pans[] = { "4179920012345674", "6221264512345678903", "378282246310005" };
        for (const QByteArray& pan : pans)
            QCOMPARE(DemoIdentifiers::maskCard(pan), IdentifierMasking::maskCard(pan));
        QCOMPARE(DemoIdentifiers::maskLast4("CA0123454191"), QStringLiteral("****4191"));
        QCOMPARE(DemoIdentifiers::maskLast4("AB12"), IdentifierMasking::maskTrailing("AB12"));
    }

    // What a card number looks like anywhere (13–19 digits, valid Luhn check digit), checked against the demo's own
    // independent Luhn implementation and hand-made numbers.
    void panShapes_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<bool>("pan");
        QTest::newRow("16 Visa") << QByteArray("4532015112830366") << true;
        QTest::newRow("15 Amex") << QByteArray("378282246310005") << true;
        QTest::newRow("19 Maestro") << QByteArray("6767700000000000019") << true;
        QTest::newRow("13 old Visa") << QByteArray("4222222222222") << true;
        QTest::newRow("check digit off by one") << QByteArray("4532015112830367") << false;
        QTest::newRow("12 digits") << QByteArray("453201511283") << false;
        QTest::newRow("20 digits") << QByteArray("45320151128303660000") << false;
        QTest::newRow("letter inside") << QByteArray("45320151128303A6") << false;
        QTest::newRow("spaces not canonical") << QByteArray("4532 0151 1283 0366") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void panShapes()
    {
        QFETCH(QByteArray, digits);
        QFETCH(bool, pan);
        QCOMPARE(IdentifierMasking::looksLikePan(digits), pan);
        if (digits.size() >= 13 && digits.size() <= 19)
            QCOMPARE(IdentifierMasking::luhnValid(digits), DemoIdentifiers::luhnValid(digits));
        // Card data, whatever it is labelled, when it looks like a PAN.
        QCOMPARE(IdentifierMasking::isCardData(u"account", 1, digits), pan);
    }

    void cardDataByKindOrClass()
    {
        QVERIFY(IdentifierMasking::isCardData(u"card", 1));
        QVERIFY(IdentifierMasking::isCardData(u"mandate", 2)); // the payment-card data class
        QVERIFY(!IdentifierMasking::isCardData(u"account", 1, "CA0000012345"));
        QVERIFY(!IdentifierMasking::isCardData(u"phone", 1, "+351911112222"));
        QVERIFY(!IdentifierMasking::isCardData(u"call_recording", 3));
    }

    // What a console accepts as the masked form of a card it receives: never more than BIN + last 4.
    void safeCardMasks_data()
    {
        QTest::addColumn<QString>("masked");
        QTest::addColumn<bool>("safe");
        QTest::newRow("16") << QStringLiteral("453201******0366") << true;
        QTest::newRow("15") << QStringLiteral("378282*****0005") << true;
        QTest::newRow("19") << QStringLiteral("676770*********0018") << true;
        QTest::newRow("last 4 only") << QStringLiteral("****0366") << true;
        QTest::newRow("all hidden") << QStringLiteral("****") << true;
        QTest::newRow("the number itself") << QStringLiteral("4532015112830366") << false;
        QTest::newRow("8-digit BIN") << QStringLiteral("45320151****0366") << false;
        QTest::newRow("a middle digit") << QStringLiteral("453201**5***0366") << false;
        QTest::newRow("last 5") << QStringLiteral("453201*****30366") << false;
        QTest::newRow("13 characters") << QStringLiteral("453201***0366") << false;
        QTest::newRow("letters") << QStringLiteral("ABCDEF******0366") << false;
        QTest::newRow("non-ASCII digits") << QStringLiteral("٤٥٣٢٠١******0366") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void safeCardMasks()
    {
        QFETCH(QString, masked);
        QFETCH(bool, safe);
        QCOMPARE(IdentifierMasking::isSafeCardMask(masked), safe);
    }

    // Whatever maskCard makes of a card is a safe mask.
    void maskCardIsAlwaysSafe()
    {
        for (const QByteArray& pan :
             { QByteArray("4532015112830366"), QByteArray("378282246310005"), QByteArray("6767700000000000018"),
               QByteArray("4222222222222"), QByteArray("1234"), QByteArray() })
            QVERIFY2(IdentifierMasking::isSafeCardMask(IdentifierMasking::maskCard(pan)), pan.constData());
    }
};

QTEST_GUILESS_MAIN(IdentifierMaskingTest)
#include "IdentifierMaskingTest.moc"
