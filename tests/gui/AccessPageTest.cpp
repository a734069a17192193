// The access page offscreen, on a small seeded demo store opened through a StoreSession as the console opens it:
// wrong passphrase and unlock, the rows of the default range, filters through the widgets (agent, data class,
// the off-hours detection over all time, a search that names nobody), sorting by header, reveal with a reason,
// CSV export of the current filter, saved searches, and lock — content gone, a running export cancelled without a
// file — then unlock again. Every expectation is read from the store with SQL, never written into the test.
#include "ui/access/AccessPage.h"
#include "crypto/AesGcm.h"
#include "demo/DemoGenerator.h"
#include "domain/Enums.h"
#include "item/AccessEventModel.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/access/AccessExportController.h"
#include "ui/access/EventDetailPane.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace custodian;

namespace {
const QString Actor = QStringLiteral("console:page-tester");
const QDateTime DemoEnd = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());

template <typename T> T* find(QWidget& root, const char* name)
{
    return root.findChild<T*>(QLatin1String(name));
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item %s", qPrintable(combo->objectName()), qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

// The console as the application builds it: a session on the store file and the page on that session. Each
// unlock pins the page's clock to the demo's end (the model is created anew on every unlock), so that the
// relative time presets cover demo data, and puts a model tester on the new model.
struct Console
{
    StoreSession session;
    AccessPage page;

    explicit Console(const QString& path)
        : session(path)
        , page(&session, Actor)
    {
        // Connected after the page's own handler: the page has built its content when this runs.
        QObject::connect(&session, &StoreSession::unlocked, &page, [this] {
            AccessEventModel* model = page.model();
            if (!model)
                return;
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
            model->setClock([] { return DemoEnd.toMSecsSinceEpoch(); });
            page.setFilter(page.filter());
        });
        page.resize(1600, 1000);
        page.show();
    }

    Database& db() { return session.store()->database(); }
    AccessEventModel* model() { return page.model(); }
};
} // namespace

class AccessPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;

    static qint64 nowMs() { return DemoEnd.toMSecsSinceEpoch(); }

    static qint64 queryInt(Database& db, const QString& sql)
    {
        auto value = db.queryInt(sql);
        if (!value)
            qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(value.error().message()));
        return *value;
    }

    static QList<qint64> queryIds(Database& db, const QString& sql)
    {
        auto statement = db.prepare(sql);
        if (!statement)
            qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(statement.error().message()));
        QList<qint64> ids;
        for (;;) {
            auto row = statement->step();
            if (!row)
                qFatal("step failed: %s: %s", qPrintable(sql), qPrintable(row.error().message()));
            if (!*row)
                break;
            ids << statement->int64(0);
        }
        return ids;
    }

    // "occurred_at >= from AND occurred_at < to" for a filter's range at the pinned now.
    static QString rangeSql(const AccessFilter& filter)
    {
        const auto [from, to] = filter.resolveRange(nowMs());
        return QStringLiteral("occurred_at >= %1 AND occurred_at < %2").arg(from).arg(to);
    }

    static QList<qint64> windowIds(const AccessEventModel* model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->rowAt(row)->id;
        return ids;
    }

    // Waits until the page's model has read what was last asked of it.
    static bool settled(Console& console, int timeoutMs = 10'000)
    {
        return QTest::qWaitFor(
            [&console] { return console.model() && console.model()->query() && !console.model()->isLoading(); },
            timeoutMs);
    }

    // Runs `change` (a widget edit) and waits for the first rows of the filter it makes, and any slide after.
    static bool change(Console& console, const std::function<void()>& edit)
    {
        QSignalSpy shown(&console.page, &AccessPage::firstRowsShown);
        edit();
        if (shown.isEmpty() && !shown.wait(10'000))
            return false;
        return settled(console);
    }

    static bool unlock(Console& console)
    {
        console.session.unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
        if (!QTest::qWaitFor([&console] { return console.session.isUnlocked(); }, 15'000))
            return false;
        // The pinned filter's rows, not those of the real clock the page started with.
        return QTest::qWaitFor([&console] { return console.model() && console.model()->now() == nowMs(); }, 1000)
            && settled(console);
    }

    // Every event of the current filter, scrolling the table to its end as a user would (the model keeps a
    // window of at most MaxWindowRows rows and drops rows far above the view).
    static QSet<qint64> collectAll(Console& console)
    {
        QSet<qint64> ids;
        QTableView* table = console.page.table();
        for (int guard = 0; guard < 1000; ++guard) {
            for (qint64 id : windowIds(console.model()))
                ids.insert(id);
            if (console.model()->isAtEnd() && !console.model()->isLoading())
                break;
            table->scrollToBottom();
            if (!settled(console))
                break;
        }
        return ids;
    }

    static void clickHeader(QTableView* table, int column)
    {
        QHeaderView* header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QVERIFY2(!header->isSectionHidden(column) && x > 0 && x < header->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 at %2").arg(column).arg(x)));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    static qint64 lastSeq(Database& db)
    {
        return queryInt(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM console_audit"));
    }

    struct AuditRow
    {
        QString actor;
        QString action;
        QString target;
        QString detail;
    };

    static QList<AuditRow> auditAfter(Database& db, qint64 seq)
    {
        QList<AuditRow> rows;
        auto s = db.prepare(
            QStringLiteral("SELECT actor, action, target, detail FROM console_audit WHERE seq > ? ORDER BY seq"));
        if (!s)
            return rows;
        s->bind(1, seq);
        for (;;) {
            auto row = s->step();
            if (!row || !*row)
                break;
            rows.append({ s->text(0), s->text(1), s->text(2), s->text(3) });
        }
        return rows;
    }

    // The identifier behind a record, opened here independently of RecordReveal.
    static QString clearIdentifier(Store& store, qint64 recordId)
    {
        auto key = store.secret(QStringLiteral("seal_key"));
        auto s = store.database().prepare(QStringLiteral("SELECT sealed_value FROM customer_record WHERE id = ?"));
        if (!key || !s)
            return {};
        s->bind(1, recordId);
        auto row = s->step();
        if (!row || !*row)
            return {};
        const QByteArray sealed = s->blob(0);
        auto opened = AesGcm::open(*key, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                   QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
        return opened ? QString::fromLatin1(opened->view()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings of this test only, starting empty: no remembered column layout.
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("AccessPageTest"));
        QSettings().clear();
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 20'000;
        options.seed = 11;
        options.end = DemoEnd;
        options.days = 30;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        // The console opens the file itself, through its session.
        m_fixture->close();
    }

    // Nothing before the right passphrase; then the newest events of the default range (last 7 days), in order.
    void wrongPassphraseThenRowsOfTheDefaultRange()
    {
        Console console(m_fixture->path());
        QVERIFY(!console.model());
        QVERIFY(!find<QTableView>(console.page, "accessTable"));

        QSignalSpy failed(&console.session, &StoreSession::unlockFailed);
        console.session.unlock(SecureBuffer::copyOf(QByteArrayView("not the passphrase")));
        QVERIFY(failed.wait(15'000));
        QVERIFY(!console.session.isUnlocked());
        QVERIFY(!console.model());
        QVERIFY(!find<QTableView>(console.page, "accessTable"));
        QTRY_VERIFY_WITH_TIMEOUT(console.session.retryDelayRemainingMs() == 0, 5'000);

        QVERIFY(unlock(console));
        QVERIFY(find<QTableView>(console.page, "accessTable")->isVisible());
        auto* preset = find<QComboBox>(console.page, "timePreset");
        QCOMPARE(preset->currentData().toInt(), int(AccessFilter::TimePreset::Last7Days));
        const AccessFilter filter = console.page.filter();
        QCOMPARE(int(filter.preset), int(AccessFilter::TimePreset::Last7Days));
        const auto [from, to] = filter.resolveRange(nowMs());
        AccessEventModel* model = console.model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 t = model->rowAt(row)->occurredAt;
            QVERIFY2(t >= from && t < to, qPrintable(QStringLiteral("row %1 at %2").arg(row).arg(t)));
        }
        // Newest first: the window is the head of the range's events by id, descending.
        const QList<qint64> expected
            = queryIds(console.db(),
                       QStringLiteral("SELECT id FROM access_event WHERE %1 ORDER BY id DESC LIMIT %2")
                           .arg(rangeSql(filter))
                           .arg(model->rowCount()));
        QCOMPARE(windowIds(model), expected);
        auto* status = find<QLabel>(console.page, "accessStatus");
        QVERIFY2(status->text().contains(QStringLiteral("newest first")), qPrintable(status->text()));
    }

    void filtersThroughTheWidgets()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        Database& db = console.db();
        AccessPage& page = console.page;
        const QString range = rangeSql(page.filter());

        // One agent, typed as the completer offers it: only their events.
        qint64 agentId = 0;
        QString agentLabel;
        {
            auto s = db.prepare(
                QStringLiteral("SELECT a.id, a.display_name || ' (' || a.employee_no || ')' FROM access_event e JOIN "
                               "agent a ON a.id = e.agent_id WHERE %1 GROUP BY a.id ORDER BY count(*) DESC, a.id "
                               "LIMIT 1")
                    .arg(range));
            QVERIFY(s.ok() && *s->step());
            agentId = s->int64(0);
            agentLabel = s->text(1);
        }
        auto* agentEdit = find<QLineEdit>(page, "agentFilter");
        QVERIFY(change(console, [&] {
            agentEdit->setFocus();
            agentEdit->setText(agentLabel);
            QTest::keyClick(agentEdit, Qt::Key_Return);
        }));
        QCOMPARE(page.filter().agentIds, QList<qint64> { agentId });
        AccessEventModel* model = console.model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowAt(row)->agentId, agentId);
        QCOMPARE(windowIds(model),
                 queryIds(db,
                          QStringLiteral("SELECT id FROM access_event WHERE agent_id = %1 AND %2 ORDER BY id DESC "
                                         "LIMIT %3")
                              .arg(agentId)
                              .arg(range)
                              .arg(model->rowCount())));

        // Clear, then one data class: only payment-card events.
        QVERIFY(change(console, [&] { find<QToolButton>(page, "clearFilters")->click(); }));
        QVERIFY(agentEdit->text().isEmpty());
        QVERIFY(page.filter().agentIds.isEmpty());
        QVERIFY(
            change(console, [&] { choose(find<QComboBox>(page, "dataClassFilter"), int(DataClass::PaymentCard)); }));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowAt(row)->dataClass, int(DataClass::PaymentCard));
        QCOMPARE(windowIds(model),
                 queryIds(db,
                          QStringLiteral("SELECT id FROM access_event WHERE data_class = %1 AND %2 ORDER BY id DESC "
                                         "LIMIT %3")
                              .arg(int(DataClass::PaymentCard))
                              .arg(range)
                              .arg(model->rowCount())));

        // Off-hours access over all time: exactly the evidence events of the off-hours findings.
        QVERIFY(change(console, [&] { find<QToolButton>(page, "clearFilters")->click(); }));
        QVERIFY(
            change(console, [&] { choose(find<QComboBox>(page, "timePreset"), int(AccessFilter::TimePreset::All)); }));
        // The dates say what "all time" stands for: from the first event in the store.
        QCOMPARE(find<QDateTimeEdit>(page, "timeFrom")->dateTime().toMSecsSinceEpoch() / 60'000,
                 queryInt(db, QStringLiteral("SELECT min(occurred_at) FROM access_event")) / 60'000);
        QVERIFY(change(console, [&] { choose(find<QComboBox>(page, "detectionFilter"), int(FindingKind::OffHours)); }));
        QCOMPARE(int(page.filter().preset), int(AccessFilter::TimePreset::All));
        QCOMPARE(page.filter().findingKinds, QList<int> { int(FindingKind::OffHours) });
        const QList<qint64> evidence
            = queryIds(db,
                       QStringLiteral("SELECT DISTINCT fe.event_id FROM finding_evidence fe JOIN finding f ON f.id = "
                                      "fe.finding_id WHERE f.kind = %1")
                           .arg(int(FindingKind::OffHours)));
        QVERIFY2(!evidence.isEmpty(), "the demo planted no off-hours access");
        const QSet<qint64> shown = collectAll(console);
        QCOMPARE(shown.size(), evidence.size());
        QCOMPARE(shown, QSet<qint64>(evidence.begin(), evidence.end()));
        QVERIFY(!find<QFrame>(page, "findingBanner")->isVisible()); // a kind, not one finding
        // A kind with more evidence than the first window holds: scrolling reaches every one of them.
        QVERIFY(change(console, [&] {
            choose(find<QComboBox>(page, "detectionFilter"), int(FindingKind::PaymentDataWithoutTraining));
        }));
        const QList<qint64> cardEvidence
            = queryIds(db,
                       QStringLiteral("SELECT DISTINCT fe.event_id FROM finding_evidence fe JOIN finding f ON f.id = "
                                      "fe.finding_id WHERE f.kind = %1")
                           .arg(int(FindingKind::PaymentDataWithoutTraining)));
        QVERIFY2(cardEvidence.size() > AccessEventModel::FirstWindowRows,
                 qPrintable(QString::number(cardEvidence.size())));
        const QSet<qint64> cardShown = collectAll(console);
        QCOMPARE(cardShown.size(), cardEvidence.size());
        QCOMPARE(cardShown, QSet<qint64>(cardEvidence.begin(), cardEvidence.end()));

        // A search that names nobody: no rows, and the status line says so.
        QVERIFY(change(console, [&] { find<QToolButton>(page, "clearFilters")->click(); }));
        QVERIFY(model->rowCount() > 0);
        QVERIFY(change(console, [&] { find<QLineEdit>(page, "search")->setText(QStringLiteral("Zqxjvw Kwyzzq")); }));
        QCOMPARE(model->rowCount(), 0);
        auto* status = find<QLabel>(page, "accessStatus");
        QVERIFY2(status->text().contains(QStringLiteral("No events match")), qPrintable(status->text()));
    }

    // The Agent header sorts by agent; a header without an index to sort by leaves the order and says why.
    void sortingByHeader()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        QVERIFY(QTest::qWaitForWindowExposed(&console.page));
        QTableView* table = console.page.table();
        AccessEventModel* model = console.model();
        QCOMPARE(int(model->sortOrder()), int(AccessSort::NewestFirst));

        QVERIFY(change(console, [&] { clickHeader(table, AccessEventModel::AgentColumn); }));
        const AccessSort order = model->sortOrder();
        QVERIFY(order == AccessSort::AgentAscending || order == AccessSort::AgentDescending);
        const bool ascending = order == AccessSort::AgentAscending;
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(AccessEventModel::AgentColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        QVERIFY(model->rowCount() > 1);
        for (int row = 1; row < model->rowCount(); ++row) {
            const qint64 previous = model->rowAt(row - 1)->agentId;
            const qint64 current = model->rowAt(row)->agentId;
            QVERIFY2(ascending ? previous <= current : previous >= current,
                     qPrintable(QStringLiteral("row %1: agent %2 after %3").arg(row).arg(current).arg(previous)));
        }
        const QString range = rangeSql(console.page.filter());
        QCOMPARE(model->rowAt(0)->agentId,
                 queryInt(console.db(),
                          QStringLiteral("SELECT %1(agent_id) FROM access_event WHERE %2")
                              .arg(ascending ? QStringLiteral("min") : QStringLiteral("max"), range)));
        auto* status = find<QLabel>(console.page, "accessStatus");
        QVERIFY2(status->text().contains(QStringLiteral("by agent")), qPrintable(status->text()));

        // Outcome has no index to sort by: same order, same rows, indicator back on Agent, and a message.
        const QList<qint64> before = windowIds(model);
        QSignalSpy reset(model, &AccessEventModel::windowReset);
        clickHeader(table, AccessEventModel::OutcomeColumn);
        QVERIFY(!model->isLoading());
        QTest::qWait(100);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(int(model->sortOrder()), int(order));
        QCOMPARE(windowIds(model), before);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(AccessEventModel::AgentColumn));
        auto* message = find<MessageBanner>(console.page, "accessMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("outcome")), qPrintable(message->text()));
    }

    // Selecting a row with a record shows it masked in the detail pane; reveal with a reason shows the clear value,
    // writes one audit entry with that reason, and masks again after the timeout.
    void revealWithReason()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        QVERIFY(QTest::qWaitForWindowExposed(&console.page));
        Database& db = console.db();
        QTableView* table = console.page.table();
        AccessEventModel* model = console.model();
        int chosen = -1;
        for (int row = 0; row < model->rowCount() && chosen < 0; ++row) {
            const AccessEventRow* r = model->rowAt(row);
            if (r->recordId
                && queryInt(db,
                            QStringLiteral("SELECT count(*) FROM customer_record WHERE id = %1 AND sealed_value "
                                           "IS NOT NULL")
                                .arg(r->recordId)))
                chosen = row;
        }
        QVERIFY2(chosen >= 0, "no event with a sealed record in the window");
        const AccessEventRow event = *model->rowAt(chosen);
        const QString clear = clearIdentifier(*console.session.store(), event.recordId);
        QVERIFY(clear.size() >= 8);
        QVERIFY(!event.recordMasked.contains(clear));
        // The table shows the masked form only.
        QCOMPARE(model->index(chosen, AccessEventModel::RecordColumn).data().toString(), event.recordMasked);

        EventDetailPane* pane = console.page.detailPane();
        QVERIFY(pane);
        pane->setRevealTimeout(400);
        const QString reason = QStringLiteral("Complaint C-1187: customer asks who viewed the account");
        QString asked;
        pane->setReasonPrompt([&asked, reason](QWidget*, const QString& masked) -> std::optional<QString> {
            asked = masked;
            return reason;
        });
        QSignalSpy loaded(pane, &EventDetailPane::loaded);
        const QModelIndex index = model->index(chosen, AccessEventModel::TimeColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_VERIFY_WITH_TIMEOUT(pane->detail() && pane->detail()->event.id == event.id && !pane->isLoading(), 10'000);
        QCOMPARE(pane->currentEventId(), event.id);
        auto* record = find<QLabel>(*pane, "recordValue");
        QVERIFY2(record->text().contains(event.recordMasked), qPrintable(record->text()));
        QVERIFY(!record->text().contains(clear));

        const qint64 seq = lastSeq(db);
        QString shownWhenRevealed;
        connect(pane, &EventDetailPane::revealed, this, [&] { shownWhenRevealed = record->text(); });
        QSignalSpy revealed(pane, &EventDetailPane::revealed);
        QSignalSpy remasked(pane, &EventDetailPane::remasked);
        auto* revealButton = find<QPushButton>(*pane, "revealButton");
        QVERIFY(revealButton->isVisible() && revealButton->isEnabled());
        QTest::mouseClick(revealButton, Qt::LeftButton);
        QCOMPARE(asked, event.recordMasked);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        QCOMPARE(revealed.at(0).at(0).toLongLong(), event.recordId);
        QVERIFY2(shownWhenRevealed.contains(clear), "the clear value was not shown");

        const QList<AuditRow> entries = auditAfter(db, seq);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal"));
        QCOMPARE(entries.front().actor, Actor);
        QCOMPARE(entries.front().target, QStringLiteral("record:%1").arg(event.recordId));
        const QJsonObject detail = QJsonDocument::fromJson(entries.front().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!entries.front().detail.contains(clear));

        QTRY_COMPARE_WITH_TIMEOUT(remasked.count(), 1, 5'000);
        QVERIFY(!pane->isRevealed());
        QVERIFY(!record->text().contains(clear));
        QVERIFY(record->text().contains(event.recordMasked));
        QCOMPARE(auditAfter(db, seq).size(), 1);
    }

    // CSV export of the current filter: every event of it, no cap, and one audit entry.
    void exportCsvOfTheCurrentFilter()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        AccessPage& page = console.page;
        Database& db = console.db();
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("cards.csv"));
        QString askedFormat, suggested;
        page.setExportPathChooser([&](const QString& suggestedPath, const QString& format) {
            suggested = suggestedPath;
            askedFormat = format;
            return path;
        });
        // A custom range typed into the time fields (the export resolves a relative preset with the real clock,
        // not the page's pinned one), and one data class.
        const QDateTime from = DemoEnd.addDays(-9).toLocalTime();
        const QDateTime to = DemoEnd.addDays(-2).toLocalTime();
        QVERIFY(change(console, [&] {
            find<QDateTimeEdit>(page, "timeFrom")->setDateTime(from);
            find<QDateTimeEdit>(page, "timeTo")->setDateTime(to);
        }));
        QCOMPARE(find<QComboBox>(page, "timePreset")->currentData().toInt(), int(AccessFilter::TimePreset::Custom));
        QCOMPARE(page.filter().fromMs, from.toMSecsSinceEpoch());
        QCOMPARE(page.filter().toMs, to.toMSecsSinceEpoch());
        QVERIFY(
            change(console, [&] { choose(find<QComboBox>(page, "dataClassFilter"), int(DataClass::PaymentCard)); }));
        QVERIFY(console.model()->rowCount() > 0);
        for (int row = 0; row < console.model()->rowCount(); ++row) {
            const AccessEventRow* r = console.model()->rowAt(row);
            QVERIFY(r->occurredAt >= from.toMSecsSinceEpoch() && r->occurredAt < to.toMSecsSinceEpoch());
            QCOMPARE(r->dataClass, int(DataClass::PaymentCard));
        }
        const qint64 expected
            = queryInt(db,
                       QStringLiteral("SELECT count(*) FROM access_event WHERE data_class = %1 AND %2")
                           .arg(int(DataClass::PaymentCard))
                           .arg(rangeSql(page.filter())));
        // More than the window holds: the export is not the window.
        QVERIFY2(expected > AccessEventModel::FirstWindowRows, qPrintable(QString::number(expected)));
        const qint64 seq = lastSeq(db);

        auto* action = find<QAction>(page, "exportCsv");
        QVERIFY(action);
        action->trigger();
        QCOMPARE(askedFormat, QStringLiteral("csv"));
        QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
        QTRY_VERIFY_WITH_TIMEOUT(page.findChildren<AccessExportController*>().isEmpty(), 20'000);
        auto* message = find<MessageBanner>(page, "accessMessage");
        QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("cards.csv")),
                 qPrintable(message->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), expected + 1); // a header, then one line per event

        const QList<AuditRow> entries = auditAfter(db, seq);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().action, QStringLiteral("export"));
        QCOMPARE(entries.front().actor, Actor);
    }

    // Save the current filter under a name; it is listed, audited, and choosing it later restores the filter.
    void savedSearchRestoresTheFilter()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        AccessPage& page = console.page;
        Database& db = console.db();
        QVERIFY(change(console, [&] { choose(find<QComboBox>(page, "channelFilter"), int(Channel::Chat)); }));
        QVERIFY(change(console, [&] { choose(find<QComboBox>(page, "outcomeFilter"), int(AccessOutcome::Success)); }));
        const AccessFilter saved = page.filter();
        QCOMPARE(saved.channels, QList<int> { int(Channel::Chat) });
        QCOMPARE(saved.outcomes, QList<int> { int(AccessOutcome::Success) });

        const QString name = QStringLiteral("Chat successes, last week");
        const qint64 seq = lastSeq(db);
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            dialog->setTextValue(name);
            dialog->accept();
            answered = true;
        });
        poll.start();
        find<QToolButton>(page, "saveSearch")->click();
        poll.stop();
        QVERIFY(answered);
        auto* searches = find<QComboBox>(page, "savedSearches");
        const int index = searches->findText(name);
        QVERIFY(index > 0);
        QCOMPARE(searches->currentIndex(), index);
        const QList<AuditRow> entries = auditAfter(db, seq);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().action, QStringLiteral("search.save"));
        QCOMPARE(entries.front().actor, Actor);

        // Another filter, then the saved search chosen as a user does (keyboard on the list): restored.
        QVERIFY(change(console, [&] { find<QToolButton>(page, "clearFilters")->click(); }));
        QVERIFY(page.filter().channels.isEmpty());
        searches->setCurrentIndex(index - 1);
        searches->setFocus();
        QVERIFY(change(console, [&] { QTest::keyClick(searches, Qt::Key_Down); }));
        QCOMPARE(searches->currentIndex(), index);
        QVERIFY(page.filter() == saved);
        QCOMPARE(find<QComboBox>(page, "channelFilter")->currentData().toInt(), int(Channel::Chat));
        QCOMPARE(find<QComboBox>(page, "outcomeFilter")->currentData().toInt(), int(AccessOutcome::Success));
        AccessEventModel* model = console.model();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->rowAt(row)->channel, int(Channel::Chat));
            QCOMPARE(model->rowAt(row)->outcome, int(AccessOutcome::Success));
        }
    }

    // Lock empties the page; unlock brings the rows back; a lock during an export cancels it with no file.
    void lockEmptiesThePageAndCancelsAnExport()
    {
        Console console(m_fixture->path());
        QVERIFY(unlock(console));
        AccessPage& page = console.page;
        QVERIFY(console.model()->rowCount() > 0);
        const QList<qint64> firstRows = windowIds(console.model()).mid(0, 20);

        console.session.lock();
        QVERIFY(!console.model());
        QVERIFY(!page.table());
        QVERIFY(!page.detailPane());
        QVERIFY(!page.findChild<QTableView*>());
        QVERIFY(!page.findChild<EventDetailPane*>());
        QVERIFY(!find<QLabel>(page, "accessStatus"));

        QVERIFY(unlock(console));
        QVERIFY(find<QTableView>(page, "accessTable")->isVisible());
        QVERIFY(console.model()->rowCount() > 0);
        QCOMPARE(windowIds(console.model()).mid(0, 20), firstRows);

        // A PDF of all time takes a while; the lock comes first.
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("all.pdf"));
        page.setExportPathChooser([&](const QString&, const QString&) { return path; });
        QVERIFY(
            change(console, [&] { choose(find<QComboBox>(page, "timePreset"), int(AccessFilter::TimePreset::All)); }));
        const qint64 exportsBefore
            = queryInt(console.db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'export'"));
        find<QAction>(page, "exportPdf")->trigger();
        QCOMPARE(page.findChildren<AccessExportController*>().size(), 1);
        QVERIFY(page.findChildren<AccessExportController*>().front()->isRunning());
        console.session.lock();
        QVERIFY(page.findChildren<AccessExportController*>().isEmpty());
        QVERIFY(!page.findChild<QProgressDialog*>(QStringLiteral("exportProgress")));
        QTest::qWait(200); // nothing left running that could still write
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        QVERIFY(unlock(console));
        QCOMPARE(queryInt(console.db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'export'")),
                 exportsBefore);
        console.session.lock();
    }
};

QTEST_MAIN(AccessPageTest)
#include "AccessPageTest.moc"
