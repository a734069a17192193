// The findings page offscreen on a seeded demo store: filter controls narrow the table, nothing is selected until
// the supervisor clicks a finding, the detail pane shows the selected finding's controls and evidence, dismiss asks
// for a reason (and refuses none), escalation asks for a note and a supervisor in a dialog that keeps itself open
// with the problem, every decision shows who and when, reopening (dismissed or escalated) takes a reason, each
// decision lands in the console audit and the sync outbox, "Show events" asks for the finding's evidence, and
// locking the session drops the page's content (unlocking brings it back).
#include "ui/findings/FindingsPage.h"
#include "demo/DemoGenerator.h"
#include "item/FindingModel.h"
#include "store/Statement.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/StoreQueries.h"
#include "support/TestStore.h"
#include "ui/findings/EscalateFindingDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace custodian;

namespace {
template <typename T> T* find(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

using test::queryInt;

// Clicks a row of the table, as the supervisor picks a finding.
void clickRow(QTableView* table, int row)
{
    const QModelIndex index = table->model()->index(row, 1);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

QString lastAuditDetail(Store& s, const QString& field)
{
    QString value;
    test::forEachRow(s, QStringLiteral("SELECT detail FROM console_audit ORDER BY seq DESC LIMIT 1"),
                     [&](const Statement& row) {
                         value = QJsonDocument::fromJson(row.text(0).toUtf8()).object().value(field).toString();
                     });
    return value;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item %s", qPrintable(combo->objectName()), qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}
} // namespace

class FindingsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        DemoGenerator::Options options;
        options.events = 20'000;
        options.seed = 7;
        options.end = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        auto summary = DemoGenerator::generate(m_store->store(), options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
        // The page follows a session, as in the console: it exists while the session's store is unlocked.
        m_session = std::make_unique<StoreSession>(m_store->path());
        m_session->adopt(std::move(m_store->store()));
        QVERIFY(m_session->isUnlocked());
    }

    void filtersNarrowTheTable()
    {
        Store& s = *m_session->store();
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = find<QTableView>(page, "findingsTable");
        const qint64 all = queryInt(s, QStringLiteral("SELECT count(*) FROM finding"));
        // Needs attention (open and acknowledged) by default: at first, everything.
        QCOMPARE(table->model()->rowCount(), int(all));
        QVERIFY(find<QLabel>(page, "findingsCount")->text().contains(QString::number(all)));
        // Nothing is selected until the supervisor picks a finding: no decision can hit a row nobody chose.
        QCOMPARE(page.currentFindingId(), 0);
        QVERIFY(find<QLabel>(page, "findingsDetail")->text().contains(QStringLiteral("No finding selected")));
        for (const char* action : { "findingsAcknowledge", "findingsDismiss", "findingsEscalate", "findingsReopen" })
            QVERIFY2(!find<QPushButton>(page, action)->isEnabled(), action);
        // Picked, it is described, with its controls and evidence count.
        clickRow(table, 0);
        QVERIFY(page.currentFindingId() > 0);
        const QString detail = find<QLabel>(page, "findingsDetail")->text();
        QVERIFY2(detail.contains(QStringLiteral("PCI DSS")) || detail.contains(QStringLiteral("ISO 27001")),
                 qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("access events")), qPrintable(detail));

        choose(find<QComboBox>(page, "findingsKindFilter"), int(FindingKind::BulkAccess));
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE kind = 2"))));
        choose(find<QComboBox>(page, "findingsKindFilter"), 0);
        choose(find<QComboBox>(page, "findingsSeverityFilter"), int(Severity::Critical));
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE severity = 4"))));
        choose(find<QComboBox>(page, "findingsSeverityFilter"), 0);
        const qint64 agent = queryInt(s, QStringLiteral("SELECT agent_id FROM finding ORDER BY id LIMIT 1"));
        choose(find<QComboBox>(page, "findingsAgentFilter"), agent);
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s, QStringLiteral("SELECT count(*) FROM finding WHERE agent_id = %1").arg(agent))));
        choose(find<QComboBox>(page, "findingsAgentFilter"), qint64(0));
        const qint64 team = queryInt(s,
                                     QStringLiteral("SELECT a.team_id FROM finding f JOIN agent a ON a.id = "
                                                    "f.agent_id ORDER BY f.id LIMIT 1"));
        choose(find<QComboBox>(page, "findingsTeamFilter"), team);
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s,
                              QStringLiteral("SELECT count(*) FROM finding f JOIN agent a ON a.id = f.agent_id "
                                             "WHERE a.team_id = %1")
                                  .arg(team))));
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(page.model()->finding(row)->teamId, team);
        choose(find<QComboBox>(page, "findingsTeamFilter"), qint64(0));
        const qint64 site = queryInt(s,
                                     QStringLiteral("SELECT t.site_id FROM finding f JOIN agent a ON a.id = "
                                                    "f.agent_id JOIN team t ON t.id = a.team_id ORDER BY f.id DESC "
                                                    "LIMIT 1"));
        choose(find<QComboBox>(page, "findingsSiteFilter"), site);
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s,
                              QStringLiteral("SELECT count(*) FROM finding f JOIN agent a ON a.id = f.agent_id "
                                             "JOIN team t ON t.id = a.team_id WHERE t.site_id = %1")
                                  .arg(site))));
        QVERIFY(table->model()->rowCount() > 0);
        choose(find<QComboBox>(page, "findingsSiteFilter"), qint64(0));
        // The demo log ended on 2026-03-01: nothing in the last 24 hours of today's clock unless today is then.
        choose(find<QComboBox>(page, "findingsTimeFilter"), 24);
        QCOMPARE(table->model()->rowCount(),
                 int(queryInt(s,
                              QStringLiteral("SELECT count(*) FROM finding WHERE window_end >= %1")
                                  .arg(QDateTime::currentMSecsSinceEpoch() - 24 * 3'600'000LL))));
        choose(find<QComboBox>(page, "findingsTimeFilter"), 0);
        QCOMPARE(table->model()->rowCount(), int(all));
        // CUSTODIAN_SCREENSHOT_DIR=dir: a picture of the page for the docs.
        if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            table->selectRow(0);
            QVERIFY(page.grab().save(dir + QStringLiteral("/findings.png")));
        }
    }

    void dismissNeedsReasonAndIsAudited()
    {
        Store& s = *m_session->store();
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        choose(find<QComboBox>(page, "findingsStatusFilter"), 1 << int(FindingStatus::Open));
        auto* table = find<QTableView>(page, "findingsTable");
        const int openBefore = table->model()->rowCount();
        QVERIFY(openBefore > 1);
        table->selectRow(1);
        const qint64 id = page.currentFindingId();
        QVERIFY(id > 0);
        const qint64 auditBefore = queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit"));

        // An empty reason is refused: the page says so, nothing changes.
        answerReasonDialog(QStringLiteral("   "));
        QTest::mouseClick(find<QPushButton>(page, "findingsDismiss"), Qt::LeftButton);
        QTRY_VERIFY(m_answered);
        QVERIFY2(find<MessageBanner>(page, "findingsMessage")->text().contains(QStringLiteral("reason")),
                 qPrintable(find<MessageBanner>(page, "findingsMessage")->text()));
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(id)), 1);

        // Cancelled: nothing either.
        answerReasonDialog(QString(), false);
        QTest::mouseClick(find<QPushButton>(page, "findingsDismiss"), Qt::LeftButton);
        QTRY_VERIFY(m_answered);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore);

        // With a reason: dismissed, gone from the open findings, in the console audit with the reason.
        page.selectFinding(id);
        answerReasonDialog(QStringLiteral("Agent was on approved overtime (ticket WFM-118)"));
        QTest::mouseClick(find<QPushButton>(page, "findingsDismiss"), Qt::LeftButton);
        QTRY_VERIFY(m_answered);
        QTRY_COMPARE(table->model()->rowCount(), openBefore - 1);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(id)), 3);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore + 1);
        auto statement = s.database().prepare(
            QStringLiteral("SELECT actor, action, target, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
        CUSTODIAN_VERIFY_OK(statement);
        auto row = statement->step();
        CUSTODIAN_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(statement->text(0), QStringLiteral("console:gui-test"));
        QCOMPARE(statement->text(1), QStringLiteral("finding.status"));
        QCOMPARE(statement->text(2), QStringLiteral("finding:%1").arg(id));
        const QJsonObject detail = QJsonDocument::fromJson(statement->text(3).toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("old_status")).toString(), QStringLiteral("open"));
        QCOMPARE(detail.value(QStringLiteral("new_status")).toString(), QStringLiteral("dismissed"));
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Agent was on approved overtime (ticket WFM-118)"));

        // Acknowledge and escalate another one with the buttons; escalated findings offer no further step.
        table->selectRow(0);
        const qint64 other = page.currentFindingId();
        QTest::mouseClick(find<QPushButton>(page, "findingsAcknowledge"), Qt::LeftButton);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(other)), 2);
        choose(find<QComboBox>(page, "findingsStatusFilter"), 0);
        page.selectFinding(other);
        const qint64 recipient = queryInt(s, QStringLiteral("SELECT min(id) FROM supervisor"));
        test::answerNextModal<EscalateFindingDialog>(this, [recipient](EscalateFindingDialog* dialog) {
            dialog->setNote(QStringLiteral("Second time this month"));
            dialog->setRecipient(recipient);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("escalateButton")), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(page, "findingsEscalate"), Qt::LeftButton);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(other)), 4);
        page.selectFinding(other);
        QCOMPARE(page.currentFindingId(), other);
        QVERIFY(!find<QPushButton>(page, "findingsDismiss")->isEnabled());
        QVERIFY(!find<QPushButton>(page, "findingsAcknowledge")->isEnabled());
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore + 3);
    }

    // Point 3 of issue 15: escalation asks whom it goes to and why, in a dialog that names the finding and keeps
    // itself open with the problem; done, it is audited, queued for the central service and shown with who and when.
    void escalationNeedsNoteAndRecipient()
    {
        Store& s = *m_session->store();
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        choose(find<QComboBox>(page, "findingsStatusFilter"), 1 << int(FindingStatus::Open));
        auto* table = find<QTableView>(page, "findingsTable");
        clickRow(table, 2);
        const qint64 id = page.currentFindingId();
        QVERIFY(id > 0);
        auto* escalate = find<QPushButton>(page, "findingsEscalate");
        QVERIFY(escalate->isEnabled());
        const qint64 recipient = queryInt(s, QStringLiteral("SELECT max(id) FROM supervisor"));
        QVERIFY(recipient > 0);
        const QString count = QStringLiteral("SELECT count(*) FROM console_audit");
        const QString outbox = QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'finding.status'");
        const qint64 auditBefore = queryInt(s, count);
        const qint64 outboxBefore = queryInt(s, outbox);

        // Cancelled: nothing written.
        bool answered = false;
        test::answerNextModal<EscalateFindingDialog>(
            this, [](EscalateFindingDialog* dialog) { dialog->reject(); }, &answered);
        QTest::mouseClick(escalate, Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(queryInt(s, count), auditBefore);

        // No note, then no recipient: refused in the dialog, which stays open with what was typed.
        answered = false;
        QStringList problems;
        bool stayedOpen = true;
        test::answerNextModal<EscalateFindingDialog>(
            this,
            [&](EscalateFindingDialog* dialog) {
                auto* subject = dialog->findChild<QLabel*>(QStringLiteral("escalationSubject"));
                problems << (subject ? subject->text() : QString());
                auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("escalateButton"));
                auto* recipients = dialog->findChild<QComboBox*>(QStringLiteral("escalationRecipient"));
                auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("escalationNote"));
                QCOMPARE(recipients->currentData().toLongLong(), qint64(0)); // no one preselected
                QTest::mouseClick(ok, Qt::LeftButton);
                stayedOpen = stayedOpen && dialog->isVisible();
                problems << dialog->problem();
                QTest::keyClicks(note, QStringLiteral("Opened 240 card records in an hour; please call the agent"));
                QTest::mouseClick(ok, Qt::LeftButton);
                stayedOpen = stayedOpen && dialog->isVisible();
                problems << dialog->problem();
                QCOMPARE(note->toPlainText(),
                         QStringLiteral("Opened 240 card records in an hour; please call the agent"));
                recipients->setCurrentIndex(recipients->findData(recipient));
                QTest::mouseClick(ok, Qt::LeftButton);
            },
            &answered);
        QTest::mouseClick(escalate, Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(stayedOpen);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].contains(QStringLiteral("Finding %1").arg(id)), qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(QStringLiteral("note")), qPrintable(problems[1]));
        QVERIFY2(problems[2].contains(QStringLiteral("supervisor")), qPrintable(problems[2]));

        // Escalated to the chosen supervisor with the note: one audit entry, one outbox entry.
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(id)), 4);
        QCOMPARE(queryInt(s, QStringLiteral("SELECT escalated_to FROM finding WHERE id = %1").arg(id)), recipient);
        QCOMPARE(queryInt(s, count), auditBefore + 1);
        QCOMPARE(queryInt(s, outbox), outboxBefore + 1);
        QCOMPARE(lastAuditDetail(s, QStringLiteral("new_status")), QStringLiteral("escalated"));
        QCOMPARE(lastAuditDetail(s, QStringLiteral("reason")),
                 QStringLiteral("Opened 240 card records in an hour; please call the agent"));
        QString recipientName;
        QString recipientUser;
        test::forEachRow(s,
                         QStringLiteral("SELECT display_name, username FROM supervisor WHERE id = %1").arg(recipient),
                         [&](const Statement& row) {
                             recipientName = row.text(0);
                             recipientUser = row.text(1);
                         });
        QCOMPARE(lastAuditDetail(s, QStringLiteral("escalated_to")), recipientUser);

        // The page shows who decided, when, whom it went to and the note; Reopen stays available.
        choose(find<QComboBox>(page, "findingsStatusFilter"), 0);
        page.selectFinding(id);
        const QString detail = find<QLabel>(page, "findingsDetail")->text();
        QVERIFY2(detail.contains(QStringLiteral("by console:gui-test")), qPrintable(detail));
        QVERIFY2(detail.contains(recipientName.toHtmlEscaped()), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("please call the agent")), qPrintable(detail));
        QVERIFY(find<QPushButton>(page, "findingsReopen")->isEnabled());
        QVERIFY(!escalate->isEnabled());
    }

    // Point 3 of issue 15: escalated and dismissed findings reopen with a reason, audited; every decided finding
    // says who decided and when.
    void reopenWithReasonIsAudited()
    {
        Store& s = *m_session->store();
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        choose(find<QComboBox>(page, "findingsStatusFilter"), 0);
        auto* table = find<QTableView>(page, "findingsTable");
        auto* detail = find<QLabel>(page, "findingsDetail");
        // Every decided finding (the earlier tests decided some) says who and when.
        int decided = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (page.model()->finding(row)->status == FindingStatus::Open)
                continue;
            ++decided;
            clickRow(table, row);
            QVERIFY2(detail->text().contains(QStringLiteral("Decided"))
                         && detail->text().contains(QStringLiteral(" by ")),
                     qPrintable(detail->text()));
        }
        QVERIFY(decided >= 3);

        const qint64 escalated = queryInt(s, QStringLiteral("SELECT min(id) FROM finding WHERE status = 4"));
        const qint64 dismissed = queryInt(s, QStringLiteral("SELECT min(id) FROM finding WHERE status = 3"));
        QVERIFY(escalated > 0 && dismissed > 0);
        const qint64 auditBefore = queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit"));
        auto* reopen = find<QPushButton>(page, "findingsReopen");

        // Without a reason: refused, and the page says why.
        clickRow(table, page.model()->rowOf(escalated));
        QVERIFY(reopen->isEnabled());
        answerReasonDialog(QStringLiteral(" "));
        QTest::mouseClick(reopen, Qt::LeftButton);
        QTRY_VERIFY(m_answered);
        QVERIFY2(find<MessageBanner>(page, "findingsMessage")->text().contains(QStringLiteral("reason")),
                 qPrintable(find<MessageBanner>(page, "findingsMessage")->text()));
        QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(escalated)), 4);

        for (const auto& [id, from] : { std::pair { escalated, QStringLiteral("escalated") },
                                        std::pair { dismissed, QStringLiteral("dismissed") } }) {
            clickRow(table, page.model()->rowOf(id));
            QCOMPARE(page.currentFindingId(), id);
            answerReasonDialog(QStringLiteral("The agent's manager disputes the first call"));
            QTest::mouseClick(reopen, Qt::LeftButton);
            QTRY_VERIFY(m_answered);
            QCOMPARE(queryInt(s, QStringLiteral("SELECT status FROM finding WHERE id = %1").arg(id)), 1);
            QCOMPARE(
                queryInt(s,
                         QStringLiteral("SELECT count(*) FROM finding WHERE id = %1 AND escalated_to IS NULL").arg(id)),
                1);
            QCOMPARE(lastAuditDetail(s, QStringLiteral("old_status")), from);
            QCOMPARE(lastAuditDetail(s, QStringLiteral("new_status")), QStringLiteral("open"));
            QCOMPARE(lastAuditDetail(s, QStringLiteral("reason")),
                     QStringLiteral("The agent's manager disputes the first call"));
            page.selectFinding(id);
            QVERIFY2(detail->text().contains(QStringLiteral("by console:gui-test")), qPrintable(detail->text()));
        }
        QCOMPARE(queryInt(s, QStringLiteral("SELECT count(*) FROM console_audit")), auditBefore + 2);
    }

    void showEventsAsksForTheEvidence()
    {
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy spy(&page, &FindingsPage::showEvidenceRequested);
        clickRow(find<QTableView>(page, "findingsTable"), 0);
        const qint64 id = page.currentFindingId();
        QVERIFY(id > 0);
        QTest::mouseClick(find<QPushButton>(page, "findingsShowEvidence"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toLongLong(), id);
    }

    void lockedStoreEmptiesThePage()
    {
        FindingsPage page(m_session.get(), QStringLiteral("console:gui-test"));
        page.show();
        QVERIFY(page.model()->rowCount() > 0);
        m_session->lock();
        // Locked: the table, the detail and the decision buttons are gone with the store, not just emptied.
        QVERIFY(!page.model());
        QVERIFY(!page.findChild<QTableView*>(QStringLiteral("findingsTable")));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("findingsDetail")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("findingsAcknowledge")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("findingsShowEvidence")));
        QCOMPARE(page.currentFindingId(), 0);
        page.refresh(); // a sync finishing after the lock: nothing to read
        QSignalSpy unlocked(m_session.get(), &StoreSession::unlocked);
        m_session->unlock(SecureBuffer::copyOf(QByteArrayView(test::TestStore::Passphrase)));
        QVERIFY(unlocked.wait(30'000));
        QVERIFY(page.model()->rowCount() > 0);
        QCOMPARE(page.currentFindingId(), 0); // the new content preselects nothing either
    }

private:
    // Answers the next reason dialog (by its object name) with `text`, or cancels it.
    void answerReasonDialog(const QString& text, bool accept = true)
    {
        m_answered = false;
        auto* poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [this, poll, text, accept]() {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QStringLiteral("findingsReasonDialog"))
                return;
            poll->stop();
            if (accept) {
                dialog->setTextValue(text);
                dialog->accept();
            } else {
                dialog->reject();
            }
            m_answered = true;
            poll->deleteLater();
        });
        poll->start();
    }

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    bool m_answered = false;
};

QTEST_MAIN(FindingsPageTest)
#include "FindingsPageTest.moc"
