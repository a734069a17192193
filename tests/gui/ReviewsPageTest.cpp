// The access-review page and the roles page's review aids offscreen on a seeded demo store, as a supervisor uses
// them: a new campaign refused without a name (the dialog keeps what was typed, nothing is written), then started
// over a team with the warning that its default revokes; every item's evidence arrives; a bulk revocation of two
// items needs a justification, then revokes both assignments for real; the report is written as CSV with its audit
// entry; a campaign due tomorrow raises a reminder; closing early with undecided items is refused; once due, closing
// applies the default and a closed campaign refuses
// decisions; "who could, who did" for one record lists the agent who opened it.
#include "ui/reviews/ReviewsPage.h"
#include "ui/session/StoreSession.h"

#include "demo/DemoGenerator.h"
#include "item/ReviewCampaignModel.h"
#include "item/ReviewItemModel.h"
#include "rules/DetectionSettings.h"
#include "store/Database.h"
#include "store/RecordReveal.h"
#include "store/SyncState.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/reviews/NewCampaignDialog.h"
#include "ui/reviews/ReviewDecisionDialog.h"
#include "ui/roles/RolesPage.h"
#include "ui/roles/WhoCouldWhoDidPanel.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReadOnlyTable.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace custodian;

namespace {
qint64 queryInt(Store& store, const QString& sql)
{
    auto value = store.database().queryInt(sql);
    return value ? *value : -1;
}

QPushButton* button(QWidget* page, const char* name)
{
    return page->findChild<QPushButton*>(QLatin1String(name));
}
} // namespace

class ReviewsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void newCampaignRefusedThenStarted();
    void everyItemGetsItsEvidence();
    void bulkRevokeNeedsAJustificationThenRevokes();
    void reportIsWrittenAndAudited();
    void reportSuggestsDocumentsAndOffersOpen();
    void decidingColumnsStayInViewOnASmallScreen();
    void reminderNearTheDueDate();
    void closeAppliesTheDefaultAndRefusesLaterDecisions();
    void whoCouldWhoDid();
    void independentReviewerIsChosenNotDefaulted();
    void cleanupTestCase();

private:
    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<ReviewsPage> m_page;
    QTemporaryDir m_dir;
    qint64 m_campaign = 0;
    QString m_badge;
};

void ReviewsPageTest::initTestCase()
{
    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 5'000;
    options.seed = 11;
    options.end = QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    auto reopened = m_store->reopen();
    CUSTODIAN_VERIFY_OK(reopened);
    m_session = std::make_unique<StoreSession>(m_store->path());
    QSignalSpy unlocked(m_session.get(), &StoreSession::unlocked);
    m_session->adopt(std::move(*reopened));
    QVERIFY(unlocked.count() == 1 || unlocked.wait(10'000));
    QVERIFY(SyncState(m_session->store()->database()).setSupervisorId(1).ok());
    m_page = std::make_unique<ReviewsPage>(m_session.get(), QStringLiteral("console:gui-test"));
    connect(m_page.get(), &ReviewsPage::badgeChanged, this, [this](const QString& badge) { m_badge = badge; });
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCOMPARE(m_page->campaignModel()->rowCount(), 0);
}

void ReviewsPageTest::cleanup()
{
    // Every queued answer was asked for; none is left to answer another test's question.
    QCOMPARE(Dialogs::pendingAnswers(), 0);
    Dialogs::clearAnswers();
}

void ReviewsPageTest::newCampaignRefusedThenStarted()
{
    Store& store = *m_session->store();
    const QString footprint
        = QStringLiteral("SELECT (SELECT count(*) FROM review_campaign) * 1000000 + (SELECT "
                         "count(*) FROM sync_outbox) * 1000 + (SELECT count(*) FROM console_audit)");
    const qint64 before = queryInt(store, footprint);
    // The team whose agents hold the most assignments in force.
    const qint64 team = queryInt(store,
                                 QStringLiteral("SELECT g.team_id FROM role_assignment a JOIN agent g ON g.id = "
                                                "a.agent_id WHERE a.status = 2 AND a.valid_until IS NULL GROUP "
                                                "BY g.team_id ORDER BY count(*) DESC LIMIT 1"));
    auto name = store.database().queryText(QStringLiteral("SELECT name FROM team WHERE id = %1").arg(team));
    CUSTODIAN_VERIFY_OK(name);
    bool answered = false;
    bool refusedWhileOpen = false;
    test::answerNextModal<NewCampaignDialog>(
        this,
        [&](NewCampaignDialog* dialog) {
            QVERIFY(dialog->setScope(ReviewScope::Team, *name + QStringLiteral(" — ")));
            QVERIFY2(dialog->scopePreview().contains(QLatin1String("in force to review")),
                     qPrintable(dialog->scopePreview()));
            dialog->setDefaultDecision(ReviewDecision::Revoke);
            QVERIFY(dialog->revokeWarningShown());
            dialog->accept();
            QVERIFY2(dialog->problem().contains(QLatin1String("needs a name")), qPrintable(dialog->problem()));
            QVERIFY2(dialog->isVisible(), "a refused campaign keeps the dialog open");
            QCOMPARE(queryInt(store, footprint), before);
            refusedWhileOpen = true;

            dialog->setName(QStringLiteral("Team review — GUI"));
            dialog->accept();
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            m_campaign = dialog->createdId();
        },
        &answered);
    QTest::mouseClick(button(m_page.get(), "newReviewButton"), Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(refusedWhileOpen);
    QVERIFY(m_campaign > 0);
    QCOMPARE(m_page->currentCampaign(), m_campaign);
    QCOMPARE(m_page->campaignModel()->rowCount(), 1);
    QCOMPARE(m_page->message(), QStringLiteral("Review started."));
}

void ReviewsPageTest::everyItemGetsItsEvidence()
{
    if (!m_page->evidenceLoaded()) {
        QSignalSpy ready(m_page.get(), &ReviewsPage::evidenceReady);
        QVERIFY(ready.wait(20'000));
    }
    ReviewItemModel* items = m_page->itemModel();
    const qint64 expected = queryInt(
        *m_session->store(), QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1").arg(m_campaign));
    QCOMPARE(items->rowCount(), int(expected));
    QVERIFY(expected >= 3);
    for (int r = 0; r < items->rowCount(); ++r)
        QVERIFY2(items->index(r, ReviewItemModel::UseColumn).data().toString() != QLatin1String("reading…"),
                 "evidence shown for every item");
    m_page->selectItems({ items->itemId(0) });
    QVERIFY2(m_page->evidenceText().contains(QLatin1String("Use of what the role opens")),
             qPrintable(m_page->evidenceText()));
    QVERIFY(m_page->progressChart()->isVisible());
}

void ReviewsPageTest::bulkRevokeNeedsAJustificationThenRevokes()
{
    Store& store = *m_session->store();
    ReviewItemModel* items = m_page->itemModel();
    const std::vector<qint64> chosen { items->itemId(0), items->itemId(1) };
    m_page->selectItems(chosen);
    QCOMPARE(m_page->selectedItems().size(), std::size_t(2));
    const QString revoked = QStringLiteral("SELECT count(*) FROM role_assignment a JOIN review_item i ON "
                                           "i.assignment_id = a.id WHERE i.id IN (%1, %2) AND a.status = 4")
                                .arg(chosen[0])
                                .arg(chosen[1]);
    QSignalSpy changes(m_page.get(), &ReviewsPage::changesMade);
    bool answered = false;
    bool refusedWhileOpen = false;
    test::answerNextModal<ReviewDecisionDialog>(
        this,
        [&](ReviewDecisionDialog* dialog) {
            // The dialog names every assignment it decides on: agent (with employee number) and role.
            for (int r : { 0, 1 }) {
                const QString agent = items->index(r, ReviewItemModel::AgentColumn).data().toString();
                const QString role = items->index(r, ReviewItemModel::RoleColumn)
                                         .data()
                                         .toString()
                                         .remove(QStringLiteral(" (sensitive)"));
                QVERIFY2(dialog->subject().contains(agent + QStringLiteral(" — ") + role),
                         qPrintable(dialog->subject()));
            }
            dialog->setJustification(QStringLiteral("  "));
            dialog->accept();
            QVERIFY2(dialog->problem().contains(QLatin1String("justification")), qPrintable(dialog->problem()));
            QVERIFY2(dialog->isVisible(), "a refused decision keeps the dialog open");
            QCOMPARE(queryInt(store, revoked), 0);
            refusedWhileOpen = true;

            dialog->setJustification(QStringLiteral("No longer on the rota"));
            dialog->accept();
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        },
        &answered);
    QPushButton* revoke = button(m_page.get(), "revokeButton");
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(refusedWhileOpen);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(queryInt(store, revoked), 2);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.decide'")), 2);
    QVERIFY2(m_page->message().contains(QLatin1String("2 item(s) decided")), qPrintable(m_page->message()));
    // The table shows the decisions.
    int shown = 0;
    for (int r = 0; r < items->rowCount(); ++r)
        shown += items->index(r, ReviewItemModel::DecisionColumn).data().toString() == QLatin1String("Revoke") ? 1 : 0;
    QCOMPARE(shown, 2);
}

void ReviewsPageTest::reportIsWrittenAndAudited()
{
    const QString path = m_dir.filePath(QStringLiteral("review.csv"));
    QSignalSpy finished(m_page.get(), &ReviewsPage::reportFinished);
    Dialogs::setNextFileName(path);
    QTest::mouseClick(button(m_page.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(Dialogs::answeredTitles(), QStringList { QStringLiteral("Export review report") });
    QVERIFY(finished.count() == 1 || finished.wait(20'000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(qint64(csv.count("\r\n")) - 1, qint64(m_page->itemModel()->rowCount()));
    QVERIFY(csv.contains("No longer on the rota"));
    QCOMPARE(queryInt(*m_session->store(),
                      QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.export' AND target = "
                                     "'review:%1'")
                          .arg(m_campaign)),
             1);
    // A file name that is neither CSV nor PDF is refused before anything is written.
    finished.clear();
    QTRY_VERIFY(button(m_page.get(), "exportReportButton")->isEnabled());
    Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("review.txt")));
    QTest::mouseClick(button(m_page.get(), "exportReportButton"), Qt::LeftButton);
    QVERIFY2(m_page->message().contains(QLatin1String("CSV or PDF")), qPrintable(m_page->message()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("review.txt"))));
}

void ReviewsPageTest::reportSuggestsDocumentsAndOffersOpen()
{
    // A home of the test's own: the suggestion is its documents folder, not the one of whoever runs the tests.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
        ExportFolder::resetForTests();
        ExportFolder::setOpenerForTests(nullptr);
    });
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
    ExportFolder::resetForTests();
    QList<QUrl> opened;
    ExportFolder::setOpenerForTests([&opened](const QUrl& url) { opened << url; });

    QTRY_VERIFY(button(m_page.get(), "exportReportButton")->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("kept-here.pdf"));
    QSignalSpy finished(m_page.get(), &ReviewsPage::reportFinished);
    Dialogs::setNextFileName(path);
    QTest::mouseClick(button(m_page.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(Dialogs::answeredTexts().size(), 1);
    const QString suggested = Dialogs::answeredTexts().constFirst();
    QCOMPARE(QFileInfo(suggested).absolutePath(), QDir(home.path()).filePath(QStringLiteral("Documents")));
    QVERIFY2(suggested.endsWith(QStringLiteral(".pdf")), qPrintable(suggested));
    QVERIFY(finished.count() == 1 || finished.wait(20'000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // The banner offers to open the file; opening goes to the desktop (here: the test's opener).
    auto* banner = m_page->findChild<MessageBanner*>(QStringLiteral("reviewsMessage"));
    QVERIFY(banner);
    auto* open = banner->findChild<QPushButton*>(QStringLiteral("openExportButton"));
    QVERIFY(open);
    QTRY_VERIFY(!open->isHidden());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(path) });

    // The next export suggests the folder this one went to.
    QTRY_VERIFY(button(m_page.get(), "exportReportButton")->isEnabled());
    Dialogs::clearAnswers();
    Dialogs::setNextCancel();
    QTest::mouseClick(button(m_page.get(), "exportReportButton"), Qt::LeftButton);
    QCOMPARE(QFileInfo(Dialogs::answeredTexts().value(0)).absolutePath(), m_dir.path());
}

void ReviewsPageTest::decidingColumnsStayInViewOnASmallScreen()
{
    // A 1 280 px screen less the navigation beside the page: the agent and the decision stay in view (long names and
    // justifications elide, whole in their tooltips) rather than sliding off to the right.
    m_page->resize(1080, 760);
    QTest::qWait(100);
    QTableView* items = nullptr;
    for (QTableView* table : m_page->findChildren<QTableView*>()) {
        if (table->accessibleName() == QLatin1String("Items of the review"))
            items = table;
    }
    QVERIFY(items);
    QVERIFY(items->model()->rowCount() > 0);
    ReadOnlyTable::fit(items);
    const QHeaderView* header = items->horizontalHeader();
    for (int column : { int(ReviewItemModel::AgentColumn), int(ReviewItemModel::DecisionColumn) }) {
        const int right = header->sectionPosition(column) + header->sectionSize(column);
        QVERIFY2(right <= items->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3 px")
                                .arg(column)
                                .arg(right)
                                .arg(items->viewport()->width())));
    }
    m_page->resize(1400, 900);
}

void ReviewsPageTest::reminderNearTheDueDate()
{
    QVERIFY(m_page->reminder().isEmpty()); // due in 14 days
    Store& store = *m_session->store();
    auto actor = RoleAssignmentWorkflow::consoleActor(store.database(), QStringLiteral("console:gui-test"));
    CUSTODIAN_VERIFY_OK(actor);
    ReviewRules::Draft draft;
    draft.name = QStringLiteral("Customer service agents — quick look");
    draft.scope = ReviewScope::Role;
    draft.scopeId = queryInt(store, QStringLiteral("SELECT id FROM role WHERE code = 'agent_basic'"));
    draft.reviewerId = actor->supervisorId;
    draft.dueAt = QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000;
    draft.now = -1;
    auto created = ReviewWorkflow::create(store.database(), draft, *actor);
    CUSTODIAN_VERIFY_OK(created);
    m_page->reload();
    QVERIFY2(m_page->reminder().contains(QStringLiteral("Customer service agents — quick look")),
             qPrintable(m_page->reminder()));
    QCOMPARE(m_badge, QStringLiteral("1 due soon"));
    QVERIFY(m_page->showCampaign(m_campaign));
}

void ReviewsPageTest::closeAppliesTheDefaultAndRefusesLaterDecisions()
{
    Store& store = *m_session->store();
    const qint64 undecided = queryInt(store,
                                      QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 "
                                                     "AND decision IS NULL")
                                          .arg(m_campaign));
    QVERIFY(undecided > 0);
    // Due in 14 days with items undecided: closing now is refused, nothing written.
    QPushButton* close = button(m_page.get(), "closeReviewButton");
    QVERIFY(close->isEnabled());
    QSignalSpy changes(m_page.get(), &ReviewsPage::changesMade);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(Dialogs::answeredTitles(), QStringList { QStringLiteral("Close review") });
    QCOMPARE(changes.count(), 0);
    QVERIFY2(!m_page->message().isEmpty(), "the refusal is shown");
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND decision IS NULL")
                          .arg(m_campaign)),
             undecided);
    // Once it is due (its due date moved into the past, as time would), it closes with the default.
    QVERIFY(store.database()
                .exec(QStringLiteral("UPDATE review_campaign SET due_at = %1 WHERE id = %2")
                          .arg(QDateTime::currentMSecsSinceEpoch() - 60'000)
                          .arg(m_campaign))
                .ok());
    m_page->reload();
    QVERIFY(m_page->showCampaign(m_campaign));
    // Cancelled: nothing happens.
    Dialogs::setNextCancel();
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(changes.count(), 0);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(changes.count(), 1);
    QVERIFY2(m_page->message().startsWith(QLatin1String("Review closed.")), qPrintable(m_page->message()));
    QVERIFY(!close->isEnabled());
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND by_default = "
                                     "1 AND decision = 'revoke'")
                          .arg(m_campaign)),
             undecided);
    QCOMPARE(queryInt(store,
                      QStringLiteral("SELECT count(*) FROM role_assignment a JOIN review_item i ON "
                                     "i.assignment_id = a.id WHERE i.campaign_id = %1 AND a.status = 2")
                          .arg(m_campaign)),
             0);
    m_page->selectItems({ m_page->itemModel()->itemId(2) });
    // A closed campaign offers no decision: every decision button is off, and clicking one does nothing. (The rule
    // that refuses a late decision is ReviewWorkflowTest's; no button of this page can reach it.)
    const QString decisions = QStringLiteral("SELECT count(*) FROM console_audit WHERE action = 'review.decide'");
    const qint64 decidedBefore = queryInt(store, decisions);
    for (const char* name : { "keepButton", "revokeButton", "shortenButton" }) {
        QVERIFY2(!button(m_page.get(), name)->isEnabled(), name);
        QTest::mouseClick(button(m_page.get(), name), Qt::LeftButton);
    }
    QCOMPARE(changes.count(), 1);
    QCOMPARE(queryInt(store, decisions), decidedBefore);
}

void ReviewsPageTest::whoCouldWhoDid()
{
    Store& store = *m_session->store();
    // A record with an access in the last 30 days and the agent who made it; its identifier in clear comes from the
    // product's own reveal (audited), as a supervisor would read it.
    const qint64 from = QDateTime(QDate::currentDate().addDays(-30), QTime(0, 0)).toMSecsSinceEpoch();
    // (Not a card: card numbers are the central service's, see the end of this test.)
    const qint64 record
        = queryInt(store,
                   QStringLiteral("SELECT e.record_id FROM access_event e JOIN customer_record r ON r.id "
                                  "= e.record_id WHERE r.sealed_value IS NOT NULL AND e.occurred_at >= "
                                  "%1 ORDER BY e.id DESC LIMIT 1")
                       .arg(from));
    QVERIFY(record > 0);
    auto revealed = RecordReveal::reveal(
        store.database(), { record, QStringLiteral("GUI test"), QStringLiteral("console:gui-test"), std::nullopt });
    CUSTODIAN_VERIFY_OK(revealed);
    const QString identifier = QString::fromLatin1(reinterpret_cast<const char*>(revealed->identifier.data()),
                                                   qsizetype(revealed->identifier.size()));
    RolesPage roles(m_session.get(), QStringLiteral("console:gui-test"));
    WhoCouldWhoDidPanel* panel = roles.whoCouldWhoDid();
    QVERIFY(panel);
    QVERIFY(!panel->show(QString(), QDate::currentDate(), QDate::currentDate()));
    QVERIFY(!panel->show(identifier, QDate::currentDate(), QDate::currentDate().addDays(-1)));
    QVERIFY(panel->summary().contains(QLatin1String("ends before it starts")));
    QSignalSpy answered(panel, &WhoCouldWhoDidPanel::answered);
    QVERIFY(panel->show(identifier, QDate::currentDate().addDays(-30), QDate::currentDate()));
    QVERIFY(answered.wait(20'000));
    const qint64 accessors = queryInt(store,
                                      QStringLiteral("SELECT count(DISTINCT agent_id) FROM access_event WHERE "
                                                     "record_id = %1 AND occurred_at >= %2")
                                          .arg(record)
                                          .arg(from));
    QCOMPARE(qint64(panel->didTable()->model()->rowCount()), accessors);
    QVERIFY(panel->couldTable()->model()->rowCount() > 0);
    QVERIFY2(panel->summary().contains(revealed->masked), qPrintable(panel->summary()));
    QVERIFY2(!panel->summary().contains(identifier), "the identifier in clear is not shown");

    // A card number: only the central service can tell its record, and this console has none configured. The panel
    // asks on a worker and says why there is no answer.
    answered.clear();
    QVERIFY(
        panel->show(QStringLiteral("4999 9901 2345 6789"), QDate::currentDate().addDays(-30), QDate::currentDate()));
    QVERIFY(answered.wait(20'000));
    QVERIFY2(panel->summary().contains(QLatin1String("needs the central service")), qPrintable(panel->summary()));
    QVERIFY(!panel->summary().contains(QLatin1String("4999")));
}

void ReviewsPageTest::independentReviewerIsChosenNotDefaulted()
{
    Store& store = *m_session->store();
    DetectionSettings organisation;
    organisation.reviewIndependentReviewer = 1;
    QVERIFY(organisation.save(store.database(), QStringLiteral("central")).ok());
    auto restore
        = qScopeGuard([&] { QVERIFY(DetectionSettings().save(store.database(), QStringLiteral("central")).ok()); });
    const qint64 campaigns = queryInt(store, QStringLiteral("SELECT count(*) FROM review_campaign"));
    bool answered = false;
    qint64 chosenReviewer = 0;
    qint64 created = 0;
    test::answerNextModal<NewCampaignDialog>(
        this,
        [&](NewCampaignDialog* dialog) {
            QComboBox* reviewer = dialog->reviewerPicker();
            // Nobody is chosen for the supervisor; their own name is there, marked and not choosable.
            QCOMPARE(reviewer->currentIndex(), -1);
            const int self = reviewer->findData(qint64(1));
            QVERIFY(self >= 0);
            QVERIFY2(reviewer->itemText(self).contains(QLatin1String("another reviewer")),
                     qPrintable(reviewer->itemText(self)));
            const auto* items = qobject_cast<QStandardItemModel*>(reviewer->model());
            QVERIFY(items && !(items->item(self)->flags() & Qt::ItemIsEnabled));
            QVERIFY(dialog->setScope(ReviewScope::SensitiveRoles));
            dialog->setName(QStringLiteral("Independent review — GUI"));
            dialog->accept();
            QCOMPARE(dialog->problem(), QStringLiteral("Choose who reviews the campaign."));
            QVERIFY(dialog->isVisible());

            // Choosing someone clears the refusal at once: it no longer describes the form.
            reviewer->setCurrentIndex(self == 0 ? 1 : 0);
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            chosenReviewer = reviewer->currentData().toLongLong();
            dialog->accept();
            QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
            created = dialog->createdId();
        },
        &answered);
    QTest::mouseClick(button(m_page.get(), "newReviewButton"), Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(created > 0);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT count(*) FROM review_campaign")), campaigns + 1);
    QCOMPARE(queryInt(store, QStringLiteral("SELECT reviewer_id FROM review_campaign WHERE id = %1").arg(created)),
             chosenReviewer);

    // Someone else reviews it: this supervisor cannot decide its items and is told why before any click; as its
    // creator they may still close it.
    QCOMPARE(m_page->currentCampaign(), created);
    ReviewItemModel* items = m_page->itemModel();
    QVERIFY(items->rowCount() > 0);
    m_page->selectItems({ items->itemId(0) });
    QCOMPARE(m_page->selectedItems().size(), std::size_t(1));
    for (const char* name : { "keepButton", "revokeButton", "shortenButton" })
        QVERIFY2(!button(m_page.get(), name)->isEnabled(), name);
    const auto* hint = m_page->findChild<QLabel*>(QStringLiteral("decideHint"));
    QVERIFY(hint);
    auto reviewerName = store.database().queryText(
        QStringLiteral("SELECT display_name FROM supervisor WHERE id = %1").arg(chosenReviewer));
    CUSTODIAN_VERIFY_OK(reviewerName);
    QVERIFY2(hint->text().contains(QLatin1String("Only the reviewer")) && hint->text().contains(*reviewerName),
             qPrintable(hint->text()));
    QVERIFY(button(m_page.get(), "closeReviewButton")->isEnabled());
}

void ReviewsPageTest::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_store.reset();
}

QTEST_MAIN(ReviewsPageTest)
#include "ReviewsPageTest.moc"
