// A console's identity towards the central service (docs/sync-api.md, section 2 "Console identity"; defect 4 of
// issue #13), real processes on loopback: the real custodian-central, `custodian-cli sync`, `custodian-central
// consoles`. A store synced, copied, used further and synced; the old copy restored with its store_id changed (the
// trick that used to make the service see a new console and accept the whole chain again) is still caught, the service
// records the rollback, and the console's notice stays through further syncs until an administrator resolves it — then
// it clears, audited, and the console's chain is accepted with the old one kept aside. A console is bound to the
// supervisor who registered it: another supervisor's token on it is refused. A supervisor's second console is an
// event on the service and a notice on their first console.
#include "SyncFixture.h"

#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace custodian;
using namespace custodian::test;

class ConsoleIdentityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoredCopyWithAnotherStoreIdStaysRolledBack();
    void consoleIsBoundToItsSupervisor();
    void secondConsoleIsAVisibleEvent();
    void cleanupTestCase();

private:
    [[nodiscard]] CliRunner::Outcome central(const QStringList& arguments);
    [[nodiscard]] QJsonArray consoles();
    [[nodiscard]] QString serviceLog();

    SyncFixture m_fixture;
    QString m_serviceLog;
};

CliRunner::Outcome ConsoleIdentityTest::central(const QStringList& arguments)
{
    QProcess process;
    return CliRunner::runProgram(
        process, CentralProcess::executable(),
        arguments + QStringList { QStringLiteral("--data"), m_fixture.central().dataDirectory() }, 120'000);
}

QJsonArray ConsoleIdentityTest::consoles()
{
    const auto listed = central({ QStringLiteral("consoles"), QStringLiteral("--json") });
    if (listed.exitCode != 0)
        qWarning("consoles failed: %s", qPrintable(listed.err));
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QString ConsoleIdentityTest::serviceLog()
{
    // What the service wrote to its standard error is collected when it stops: stop it, read, start it again.
    m_fixture.central().stop();
    m_serviceLog += m_fixture.central().log();
    const QString started = m_fixture.central().start();
    if (!started.isEmpty())
        qWarning("custodian-central did not start again: %s", qPrintable(started));
    return m_serviceLog;
}

void ConsoleIdentityTest::initTestCase()
{
    const QString problem = m_fixture.initialise(5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_fixture.central().supervisors().size() >= 3);
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void ConsoleIdentityTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

void ConsoleIdentityTest::restoredCopyWithAnotherStoreIdStaysRolledBack()
{
    auto made = m_fixture.makeConsole(QStringLiteral("restored"), 2);
    CUSTODIAN_VERIFY_OK(made);
    const SyncFixture::Console console = *made;
    const auto first = m_fixture.sync(console);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    // A copy of the store as it is now ...
    const QString copy = console.path + QStringLiteral(".copy");
    for (const QString& suffix : { QString(), QStringLiteral(".keyring") })
        QVERIFY(QFile::copy(console.path + suffix, copy + suffix));
    // ... then more audited work, which the next sync sends to the service.
    {
        auto store = console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(store->audit(QStringLiteral("console:restored"), QStringLiteral("record.reveal"),
                                         QStringLiteral("record:1"), QStringLiteral("{\"reason\":\"erase me\"}")));
    }
    const auto second = m_fixture.sync(console);
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    const QString key = console.key();
    QVERIFY(!key.isEmpty());
    QString storeId;
    {
        auto store = console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto id = store->database().queryText(QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
        CUSTODIAN_VERIFY_OK(id);
        storeId = *id;
    }
    // What the service holds of this console's chain (kept by key; a service of sync API 1 kept it by store id).
    const qint64 heldBefore = m_fixture.centralCount(
        QStringLiteral("SELECT max(seq) FROM central_audit_head WHERE console_id IN ('%1', '%2')").arg(key, storeId));
    QVERIFY(heldBefore > 0);

    // The old copy is put back, and its store_id changed so that it looks like a console the service never saw.
    for (const QString& suffix : { QString(), QStringLiteral(".keyring") }) {
        QFile::remove(console.path + suffix);
        QVERIFY(QFile::copy(copy + suffix, console.path + suffix));
    }
    QFile::remove(console.path + QStringLiteral("-wal"));
    QFile::remove(console.path + QStringLiteral("-shm"));
    {
        auto store = console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CUSTODIAN_VERIFY_OK(
            store->database().exec(QStringLiteral("UPDATE store_meta SET value = '%1' WHERE key = 'store_id'")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));
    }
    const QString notice = QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'sync_rollback'");
    const auto caught = m_fixture.sync(console);
    QCOMPARE(caught.outcome.exitCode, 1);
    QVERIFY2(caught.summary.value(QStringLiteral("rolled_back")).toBool(), qPrintable(caught.describe()));
    QCOMPARE(SyncFixture::count(console, notice), 1);
    QCOMPARE(SyncFixture::count(console,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.rollback_detected'")),
             1);
    // The service recorded it too: the console is listed rolled back, and its log says so.
    QCOMPARE(console.key(), key); // the same keyring, whatever the store id says
    bool listed = false;
    for (const QJsonValue& value : consoles()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("key")).toString() == key) {
            listed = true;
            QVERIFY2(entry.contains(QStringLiteral("rollback")), QJsonDocument(entry).toJson().constData());
            QCOMPARE(entry.value(QStringLiteral("rollback")).toObject().value(QStringLiteral("held_seq")).toInteger(),
                     heldBefore);
        }
    }
    QVERIFY(listed);
    QVERIFY2(serviceLog().contains(QLatin1String("was rolled back or replaced")), qPrintable(serviceLog()));

    // Further syncs do not clear it, whatever the store does meanwhile.
    for (int i = 0; i < 2; ++i) {
        const auto again = m_fixture.sync(console);
        QCOMPARE(again.outcome.exitCode, 1);
        QVERIFY2(again.summary.value(QStringLiteral("rolled_back")).toBool(), qPrintable(again.describe()));
        QCOMPARE(SyncFixture::count(console, notice), 1);
    }

    // An administrator resolves it on the service, with a reason.
    const auto unreasoned = central({ QStringLiteral("consoles"), QStringLiteral("--resolve"), key.left(16) });
    QCOMPARE(unreasoned.exitCode, 2);
    const auto resolved
        = central({ QStringLiteral("consoles"), QStringLiteral("--resolve"), key.left(16), QStringLiteral("--reason"),
                    QStringLiteral("Laptop restored from backup, INC-2291") });
    QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_console_resolution WHERE console_key "
                                                   "= '%1' AND reason LIKE '%%INC-2291%%'")
                                        .arg(key)),
             1);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_audit_superseded")), heldBefore);

    // The next sync clears the notice, audited on the console, and the service takes the console's chain.
    const auto cleared = m_fixture.sync(console);
    QVERIFY2(cleared.ok(), qPrintable(cleared.describe()));
    QVERIFY(!cleared.summary.value(QStringLiteral("rolled_back")).toBool());
    QVERIFY2(
        cleared.summary.value(QStringLiteral("rollback_resolution")).toString().contains(QLatin1String("INC-2291")),
        qPrintable(cleared.describe()));
    QCOMPARE(SyncFixture::count(console, notice), 0);
    QCOMPARE(SyncFixture::count(console,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.rollback_resolved' AND actor = 'central' AND detail "
                                               "LIKE '%%INC-2291%%'")),
             1);
    const auto settled = m_fixture.sync(console);
    QVERIFY2(settled.ok(), qPrintable(settled.describe()));
    QVERIFY(!settled.summary.value(QStringLiteral("rolled_back")).toBool());
    QVERIFY(
        m_fixture.centralCount(QStringLiteral("SELECT seq FROM central_audit_head WHERE console_id = '%1'").arg(key))
        > 0);
    QVERIFY(m_fixture.verify(console).isEmpty());
}

void ConsoleIdentityTest::consoleIsBoundToItsSupervisor()
{
    auto made = m_fixture.makeConsole(QStringLiteral("bound"), 0);
    CUSTODIAN_VERIFY_OK(made);
    const auto first = m_fixture.sync(*made);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    const qint64 heldBefore = m_fixture.centralCount(
        QStringLiteral("SELECT seq FROM central_audit_head WHERE console_id = '%1'").arg(made->key()));
    // Another supervisor's (valid) token on this console: refused, and the service's chain of it is untouched.
    const QString other = m_fixture.central().tokenFile(m_fixture.central().supervisors().value(1));
    const auto refused = m_fixture.sync(*made, { QStringLiteral("--token-file"), other });
    QCOMPARE(refused.outcome.exitCode, 1);
    QCOMPARE(refused.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Unauthorized"));
    QVERIFY2(refused.outcome.err.contains(QLatin1String("registered to another supervisor")),
             qPrintable(refused.describe()));
    QCOMPARE(refused.summary.value(QStringLiteral("pushed")).toInteger(), 0);
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT seq FROM central_audit_head WHERE console_id = '%1'").arg(made->key())),
             heldBefore);
    QVERIFY2(serviceLog().contains(QLatin1String("which is registered to")), qPrintable(serviceLog()));
}

void ConsoleIdentityTest::secondConsoleIsAVisibleEvent()
{
    auto firstConsole = m_fixture.makeConsole(QStringLiteral("first"), 1);
    CUSTODIAN_VERIFY_OK(firstConsole);
    const auto first = m_fixture.sync(*firstConsole);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QVERIFY(!first.summary.contains(QStringLiteral("new_consoles")));

    // The same supervisor sets up a second console (or someone with their token does).
    auto secondConsole = m_fixture.makeConsole(QStringLiteral("second"), 1);
    CUSTODIAN_VERIFY_OK(secondConsole);
    const auto second = m_fixture.sync(*secondConsole);
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    const QString supervisor = m_fixture.central().supervisors().value(1);
    QVERIFY2(serviceLog().contains(QStringLiteral("%1 registered another console").arg(supervisor)),
             qPrintable(serviceLog()));
    int listed = 0;
    for (const QJsonValue& value : consoles())
        listed += value.toObject().value(QStringLiteral("supervisor")).toString() == supervisor;
    QCOMPARE(listed, 2);

    // The first console hears of it at its next sync: in the run's summary and on its sync status until dismissed.
    const auto told = m_fixture.sync(*firstConsole);
    QVERIFY2(told.ok(), qPrintable(told.describe()));
    const QJsonArray fresh = told.summary.value(QStringLiteral("new_consoles")).toArray();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).toObject().value(QStringLiteral("key")).toString(), secondConsole->key());
    QVERIFY2(told.outcome.err.contains(QLatin1String("Another console was registered")), qPrintable(told.describe()));
    QCOMPARE(SyncFixture::count(*firstConsole,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.console_registered'")),
             1);
    const auto later = m_fixture.sync(*firstConsole);
    QVERIFY2(later.ok(), qPrintable(later.describe()));
    QVERIFY(!later.summary.contains(QStringLiteral("new_consoles")));
    {
        auto store = firstConsole->unlock();
        CUSTODIAN_VERIFY_OK(store);
        SyncState state(store->database());
        auto notice = state.consoleNotice();
        CUSTODIAN_VERIFY_OK(notice);
        QCOMPARE(notice->size(), std::size_t(1));
        CUSTODIAN_VERIFY_OK(state.dismissConsoleNotice(QStringLiteral("console:first")));
        notice = state.consoleNotice();
        CUSTODIAN_VERIFY_OK(notice);
        QVERIFY(notice->empty());
    }
    QCOMPARE(SyncFixture::count(*firstConsole,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.console_notice.dismissed'")),
             1);
    // The second console was new itself: the first one is simply known to it, no notice.
    QCOMPARE(SyncFixture::count(*secondConsole,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'sync.console_registered'")),
             0);
}

QTEST_GUILESS_MAIN(ConsoleIdentityTest)
#include "ConsoleIdentityTest.moc"
