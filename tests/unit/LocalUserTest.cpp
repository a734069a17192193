// The login and the full name the password database gives for it: what the console audit is shown with before the
// console knows its supervisor from the central service.
#include "domain/LocalUser.h"

#include <QTest>

using namespace custodian;

class LocalUserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullNameComesFromThePasswordDatabase()
    {
        QVERIFY(!localUserName().isEmpty());
        // Debian's root: "root:x:0:0:root:/root:/bin/bash", its GECOS name "root".
        QCOMPARE(localUserFullName(QStringLiteral("root")), QStringLiteral("root"));
    }

    void unknownLoginHasNoName()
    {
        QCOMPARE(localUserFullName(QStringLiteral("no-such-login-custodian")), QString());
        QCOMPARE(localUserFullName(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(LocalUserTest)
#include "LocalUserTest.moc"
