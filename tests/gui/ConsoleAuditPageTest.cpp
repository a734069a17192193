// The console-audit page offscreen: the actions a supervisor takes (unlock, reveal with a reason, export, saved
// search, a finding dismissed) appear newest first with their summaries; the kind and actor filters narrow the
// table; the chain is reported intact after a replay on the worker; showing the page again and F5 read new
// entries; locking removes everything and unlocking brings it back; and after someone edits an entry's detail in
// the table, the status names that entry.
#include "ui/audit/ConsoleAuditPage.h"
#include "demo/DemoGenerator.h"
#include "export/AccessExportJob.h"
#include "item/ConsoleAuditModel.h"
#include "item/ItemRoles.h"
#include "rules/FindingWorkflow.h"
#include "store/ConsoleAudit.h"
#include "store/RecordReveal.h"
#include "store/SavedSearchRepository.h"
#include "store/Transaction.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"
#include "ui/session/StoreSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace custodian;

namespace {
constexpr char Actor[] = "console:gui-test";

template <typename T> T* find(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

using test::queryInt;

// The raw actions of the table's rows, top to bottom.
QStringList tableActions(const QTableView* table)
{
    QStringList actions;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        actions << table->model()->index(row, ConsoleAuditModel::ActionColumn).data(SortKeyRole).toString();
    return actions;
}

QStringList storeActions(Store& store, const QString& where = {})
{
    auto list = store.database().queryTexts(
        QStringLiteral("SELECT action FROM console_audit %1 ORDER BY seq DESC").arg(where));
    if (!list)
        qFatal("query failed: %s", qPrintable(list.error().message()));
    return *list;
}

void choose(QComboBox* combo, ConsoleAuditModel::Kind kind)
{
    const int index = combo->findData(int(kind));
    if (index < 0)
        qFatal("no kind %d", int(kind));
    combo->setCurrentIndex(index);
}
} // namespace

class ConsoleAuditPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAuditedActionsNewestFirst();
    void f5InTheMainWindow();
    void tamperedEntryIsNamed();
    void lockWhileVerifying();
};

void ConsoleAuditPageTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ConsoleAuditPageTest"));
    QSettings().clear();
}

void ConsoleAuditPageTest::showsAuditedActionsNewestFirst()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    {
        DemoGenerator::Options options;
        options.events = 2'000;
        options.days = 7;
        options.seed = 5;
        options.end = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(fixture.store(), options));
    }
    StoreSession session(fixture.path());
    session.adopt(std::move(fixture.store()));
    QVERIFY(session.isUnlocked());
    Store& store = *session.store();
    Database& database = store.database();

    // What a supervisor does in a session: reveal with a reason, export, save a search, dismiss a finding.
    const qint64 recordId
        = queryInt(store, QStringLiteral("SELECT id FROM customer_record WHERE sealed_value IS NOT NULL LIMIT 1"));
    RecordReveal::Request reveal;
    reveal.recordId = recordId;
    reveal.reason = QStringLiteral("Chargeback dispute CB-7");
    reveal.actor = QString::fromLatin1(Actor);
    CUSTODIAN_VERIFY_OK(RecordReveal::reveal(database, reveal));
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::All;
    {
        auto reader = store.openConnection(Database::Mode::ReadOnly);
        CUSTODIAN_VERIFY_OK(reader);
        AccessExportJob::Request request;
        request.filter = filter;
        request.path = fixture.directory() + QStringLiteral("/all.csv");
        request.actor = QString::fromLatin1(Actor);
        AccessExportJob job(*reader, database, request);
        CUSTODIAN_VERIFY_OK(job.run());
    }
    CUSTODIAN_VERIFY_OK(
        SavedSearchRepository(database).save(QStringLiteral("Everything"), filter, QString::fromLatin1(Actor)));
    const qint64 findingId = queryInt(store, QStringLiteral("SELECT id FROM finding WHERE status = 1 LIMIT 1"));
    QVERIFY(findingId > 0);
    CUSTODIAN_VERIFY_OK(FindingWorkflow::changeStatus(database, findingId, FindingStatus::Dismissed,
                                                      QStringLiteral("Approved overtime"), QString::fromLatin1(Actor)));

    ConsoleAuditPage page(&session);
    QSignalSpy checked(&page, &ConsoleAuditPage::chainChecked);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = find<QTableView>(page, "auditTable");
    auto* status = find<QLabel>(page, "auditChainStatus");
    auto* kind = find<QComboBox>(page, "auditKindFilter");
    auto* actor = find<QLineEdit>(page, "auditActorFilter");
    auto* refresh = find<QPushButton>(page, "auditRefresh");
    QVERIFY(table && status && kind && actor && refresh && find<QLabel>(page, "auditCount"));

    // Newest first, exactly what the store holds.
    QCOMPARE(tableActions(table), storeActions(store));
    QCOMPARE(tableActions(table).mid(0, 5),
             (QStringList { QStringLiteral("finding.status"), QStringLiteral("search.save"), QStringLiteral("export"),
                            QStringLiteral("record.reveal"), QStringLiteral("unlock") }));
    const auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
    // The actor in words (the login here: no sync identity, no such user in the password database); the login as
    // recorded in its tooltip.
    QCOMPARE(cell(0, ConsoleAuditModel::ActorColumn), QString::fromLatin1(Actor).section(QLatin1Char(':'), 1));
    QCOMPARE(table->model()->index(0, ConsoleAuditModel::ActorColumn).data(Qt::ToolTipRole).toString(),
             QString::fromLatin1(Actor));
    QVERIFY2(cell(0, ConsoleAuditModel::DetailColumn).startsWith(QStringLiteral("Open → Dismissed: Approved overtime")),
             qPrintable(cell(0, ConsoleAuditModel::DetailColumn)));
    QCOMPARE(cell(1, ConsoleAuditModel::DetailColumn), QStringLiteral("“Everything”"));
    // The export names where the file really is (its resolved path).
    const QString exported = QFileInfo(fixture.directory() + QStringLiteral("/all.csv")).canonicalFilePath();
    QVERIFY2(cell(2, ConsoleAuditModel::DetailColumn).contains(QStringLiteral("CSV · ") + exported),
             qPrintable(cell(2, ConsoleAuditModel::DetailColumn)));
    QCOMPARE(cell(3, ConsoleAuditModel::DetailColumn), QStringLiteral("Reason: Chargeback dispute CB-7"));
    // The record by its masked form and kind, not its row id.
    auto masked = store.database().queryText(
        QStringLiteral("SELECT masked || ' (' || kind || ')' FROM customer_record WHERE id = %1").arg(recordId));
    CUSTODIAN_VERIFY_OK(masked);
    QCOMPARE(cell(3, ConsoleAuditModel::TargetColumn), QStringLiteral("Record %1").arg(*masked));
    QCOMPARE(cell(4, ConsoleAuditModel::DetailColumn), QStringLiteral("Right after the store was created"));

    // The replay ran on the worker and says the chain is intact, with its head.
    const qint64 entries = queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying() && !checked.isEmpty(), 10000);
    QVERIFY2(status->text() == QStringLiteral("Chain intact: %1 entries, head #%1").arg(entries),
             qPrintable(status->text()));
    QCOMPARE(checked.last().at(0).toBool(), true);

    // Selecting an entry shows it in full.
    table->selectRow(3);
    const QString full = find<QPlainTextEdit>(page, "auditEntryDetail")->toPlainText();
    QVERIFY2(full.contains(QStringLiteral("record.reveal")) && full.contains(QStringLiteral("Chargeback dispute CB-7")),
             qPrintable(full));
    // CUSTODIAN_SCREENSHOT_DIR=dir: a picture of the page for the docs.
    if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // At the size of a small laptop's screen, as the README shows it.
        const QSize size = page.size();
        page.resize(1280, 800);
        QTest::qWait(100);
        QVERIFY(page.grab().save(dir + QStringLiteral("/console-audit.png")));
        page.resize(size);
    }

    // The kind filter.
    choose(kind, ConsoleAuditModel::Kind::Reveals);
    QCOMPARE(tableActions(table), storeActions(store, QStringLiteral("WHERE action LIKE 'record.%'")));
    QCOMPARE(table->model()->rowCount(), 1);
    choose(kind, ConsoleAuditModel::Kind::Exports);
    QCOMPARE(tableActions(table), (QStringList { QStringLiteral("export") }));
    choose(kind, ConsoleAuditModel::Kind::Findings);
    QCOMPARE(tableActions(table), (QStringList { QStringLiteral("finding.status") }));
    choose(kind, ConsoleAuditModel::Kind::SavedSearches);
    QCOMPARE(tableActions(table), (QStringList { QStringLiteral("search.save") }));
    choose(kind, ConsoleAuditModel::Kind::KeyChanges);
    QCOMPARE(table->model()->rowCount(), 0);
    choose(kind, ConsoleAuditModel::Kind::Session);
    QCOMPARE(tableActions(table), (QStringList { QStringLiteral("unlock") }));
    choose(kind, ConsoleAuditModel::Kind::All);
    QCOMPARE(table->model()->rowCount(), int(entries));

    // The actor filter (typed; applied after a short pause).
    QTest::keyClicks(actor, QStringLiteral("GUI-TEST"));
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QCOMPARE(tableActions(table), storeActions(store, QStringLiteral("WHERE actor = 'console:gui-test'")));
    actor->clear();
    QTRY_COMPARE(table->model()->rowCount(), int(entries));

    // Shown again: entries written meanwhile (by other pages) appear on top.
    page.hide();
    CUSTODIAN_VERIFY_OK(store.audit(QStringLiteral("console:other"), QStringLiteral("key.rotated"), QString(),
                                    QStringLiteral("{\"generation\":2}")));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(cell(0, ConsoleAuditModel::ActionColumn), QStringLiteral("Data key rotated"));
    QCOMPARE(cell(0, ConsoleAuditModel::DetailColumn), QStringLiteral("Key generation 2"));
    QTRY_COMPARE(status->text(), QStringLiteral("Chain intact: %1 entries, head #%1").arg(entries + 1));

    // F5 reads again too.
    CUSTODIAN_VERIFY_OK(
        SavedSearchRepository(database).save(QStringLiteral("Second"), filter, QString::fromLatin1(Actor)));
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_F5);
    QTRY_COMPARE(cell(0, ConsoleAuditModel::DetailColumn), QStringLiteral("“Second”"));
    QTRY_COMPARE(status->text(), QStringLiteral("Chain intact: %1 entries, head #%1").arg(entries + 2));

    // Locked: nothing of the audit is left on the page. Unlocked again: it is back, with the lock and unlock.
    session.lock();
    QVERIFY(!find<QTableView>(page, "auditTable"));
    QVERIFY(!page.isVerifying());
    session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
    QTRY_VERIFY_WITH_TIMEOUT(session.isUnlocked(), 15000);
    table = find<QTableView>(page, "auditTable");
    QVERIFY(table);
    QCOMPARE(tableActions(table).mid(0, 2), (QStringList { QStringLiteral("unlock"), QStringLiteral("lock") }));
    QCOMPARE(table->model()->index(1, ConsoleAuditModel::DetailColumn).data().toString(), QStringLiteral("On demand"));
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(page, "auditChainStatus")
                                 ->text()
                                 .startsWith(QStringLiteral("Chain intact: %1 entries").arg(entries + 4)),
                             10000);
}

void ConsoleAuditPageTest::f5InTheMainWindow()
{
    // The window's own Refresh is F5 as well: on this page F5 must refresh the page, not be lost as ambiguous.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    StoreSession session(fixture.path());
    MainWindow window(&session);
    auto* page = new ConsoleAuditPage(&session);
    const int index = window.addPage(page, QStringLiteral("Console audit"));
    session.adopt(std::move(fixture.store()));
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentPage(index);
    QTRY_VERIFY(page->isVisible());
    auto* table = find<QTableView>(*page, "auditTable");
    QVERIFY(table);
    QTRY_COMPARE(table->model()->index(0, ConsoleAuditModel::ActionColumn).data(SortKeyRole).toString(),
                 QStringLiteral("unlock"));

    CUSTODIAN_VERIFY_OK(session.store()->audit(QStringLiteral("console:other"), QStringLiteral("key.rotated"),
                                               QString(), QStringLiteral("{\"generation\":2}")));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F5);
    QCOMPARE(table->model()->index(0, ConsoleAuditModel::ActionColumn).data(SortKeyRole).toString(),
             QStringLiteral("key.rotated"));
    window.close();
    session.lock(StoreSession::LockReason::Shutdown);
}

void ConsoleAuditPageTest::tamperedEntryIsNamed()
{
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    StoreSession session(fixture.path());
    session.adopt(std::move(fixture.store()));
    Store& store = *session.store();
    for (int i = 0; i < 6; ++i)
        CUSTODIAN_VERIFY_OK(SavedSearchRepository(store.database())
                                .save(QStringLiteral("Search %1").arg(i), AccessFilter(), QString::fromLatin1(Actor)));

    ConsoleAuditPage page(&session);
    QSignalSpy checked(&page, &ConsoleAuditPage::chainChecked);
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* status = find<QLabel>(page, "auditChainStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Chain intact")), 10000);

    // Someone renames what they searched for, straight in the table.
    const qint64 seq = queryInt(store, QStringLiteral("SELECT seq FROM console_audit WHERE detail LIKE '%Search 2%'"));
    CUSTODIAN_VERIFY_OK(store.database().exec(
        QStringLiteral("UPDATE console_audit SET detail = '{\"name\":\"Harmless\"}' WHERE seq = %1").arg(seq)));
    checked.clear();
    QTest::mouseClick(find<QPushButton>(page, "auditRefresh"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 10000);
    QCOMPARE(checked.last().at(0).toBool(), false);
    QCOMPARE(checked.last().at(1).toLongLong(), seq);
    QVERIFY2(status->text().contains(QStringLiteral("BROKEN at entry #%1").arg(seq)), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("entry %1 was changed").arg(seq)), qPrintable(status->text()));
    QCOMPARE(Theme::tone(status), Theme::Tone::Error);
    // The edited entry shows what it says now, in red, and the ones before it do not.
    auto* table = find<QTableView>(page, "auditTable");
    auto* model = page.model();
    const int row = model->rowOfSeq(seq);
    QVERIFY(row >= 0);
    QCOMPARE(table->model()->index(row, ConsoleAuditModel::DetailColumn).data().toString(),
             QStringLiteral("“Harmless”"));
    QCOMPARE(table->model()->index(row, 0).data(ToneRole).value<CellTone>(), CellTone::Error);
    QCOMPARE(table->model()->index(row + 1, 0).data(ToneRole).value<CellTone>(), CellTone::Normal);
}

void ConsoleAuditPageTest::lockWhileVerifying()
{
    // A lock that lands while the replay runs stops it and drops its result; nothing crashes, nothing hangs.
    test::TestStore fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.errorMessage()));
    StoreSession session(fixture.path());
    session.adopt(std::move(fixture.store()));
    for (int i = 0; i < 3000; i += 500) {
        // Thousands of entries so that the replay takes a moment.
        auto transaction = Transaction::begin(session.store()->database());
        CUSTODIAN_VERIFY_OK(transaction);
        for (int j = 0; j < 500; ++j)
            CUSTODIAN_VERIFY_OK(ConsoleAudit::append(session.store()->database(),
                                                     { QStringLiteral("t"), QStringLiteral("x"), {}, {} }));
        CUSTODIAN_VERIFY_OK(transaction->commit());
    }
    ConsoleAuditPage page(&session);
    QSignalSpy checked(&page, &ConsoleAuditPage::chainChecked);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh(); // a second replay queued behind the first, if that one still runs
    session.lock();
    QVERIFY(!page.isVerifying());
    const qsizetype reported = checked.size();
    QTest::qWait(50);
    QCOMPARE(checked.size(), reported);
    QVERIFY(!page.findChild<QTableView*>());
}

QTEST_MAIN(ConsoleAuditPageTest)
#include "ConsoleAuditPageTest.moc"
