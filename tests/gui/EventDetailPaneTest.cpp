// The detail pane of the access page, driven offscreen on a seeded demo store: the selected event's agent, the roles
// held at that moment and the session around it; reveal with a reason (one audit entry, masked again after the
// timeout), refusal without a reason, cancel, the real reason dialog, copy to a concealed clipboard, and clear on lock.
#include "ui/access/EventDetailPane.h"
#include "crypto/AesGcm.h"
#include "demo/DemoGenerator.h"
#include "domain/IdentifierMasking.h"
#include "item/ItemRoles.h"
#include "store/Database.h"
#include "store/SyncSettingsRepository.h"
#include "support/CentralProcess.h"
#include "support/NextModal.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/widgets/ConcealedClipboard.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>
#include <set>

using namespace custodian;

namespace {
struct AuditRow
{
    QString actor;
    QString action;
    QString target;
    QString detail;
};
} // namespace

class EventDetailPaneTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;
    Database* m_db = nullptr;
    qint64 m_cardEvent = 0; // a card event: its number is the central service's only
    qint64 m_sealedEvent = 0; // an event whose record this store holds sealed (revealed offline)

    qint64 queryInt(const QString& sql)
    {
        auto value = m_db->queryInt(sql);
        return value ? *value : -1;
    }

    QStringList queryTexts(const QString& sql)
    {
        auto values = m_db->queryTexts(sql);
        return values ? *values : QStringList { QStringLiteral("<error>") };
    }

    std::vector<AuditRow> auditAfter(qint64 seq)
    {
        std::vector<AuditRow> rows;
        auto s = m_db->prepare(
            QStringLiteral("SELECT actor, action, target, detail FROM console_audit WHERE seq > ? ORDER BY seq"));
        if (!s)
            return rows;
        s->bind(1, seq);
        while (true) {
            auto row = s->step();
            if (!row || !*row)
                break;
            rows.push_back({ s->text(0), s->text(1), s->text(2), s->text(3) });
        }
        return rows;
    }

    qint64 lastSeq() { return queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM console_audit")); }

    // The identifier behind an event's record, opened here independently of RecordReveal.
    QString clearIdentifierOf(qint64 eventId)
    {
        auto key = m_fixture->store().secret(QStringLiteral("seal_key"));
        auto s = m_db->prepare(QStringLiteral("SELECT r.sealed_value FROM access_event e JOIN customer_record r ON "
                                              "r.id = e.record_id WHERE e.id = ?"));
        if (!key || !s)
            return {};
        s->bind(1, eventId);
        auto row = s->step();
        if (!row || !*row)
            return {};
        const QByteArray sealed = s->blob(0);
        auto opened = AesGcm::open(*key, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                   QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
        return opened ? QString::fromLatin1(opened->view()) : QString();
    }

    QString maskedOf(qint64 eventId)
    {
        return queryTexts(QStringLiteral("SELECT r.masked FROM access_event e JOIN customer_record r ON r.id = "
                                         "e.record_id WHERE e.id = %1")
                              .arg(eventId))
            .value(0);
    }

    std::unique_ptr<EventDetailPane> makePane()
    {
        auto pane = std::make_unique<EventDetailPane>(&m_fixture->store(), QStringLiteral("console:tester"));
        pane->resize(700, 900);
        pane->show();
        return pane;
    }

    static bool load(EventDetailPane& pane, qint64 eventId)
    {
        QSignalSpy loaded(&pane, &EventDetailPane::loaded);
        pane.showAccessEvent(eventId);
        return loaded.wait(10'000) || (pane.detail() && pane.detail()->event.id == eventId);
    }

    template <typename T> static T* find(QWidget& root, const char* name)
    {
        return root.findChild<T*>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CustodianTests"));
        QCoreApplication::setApplicationName(QStringLiteral("EventDetailPaneTest"));
        QSettings().clear();
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 2'000;
        options.seed = 5;
        options.end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.days = 30;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        m_db = &m_fixture->store().database();
        // A card view in a session of several events, by an agent who holds more than one role.
        m_cardEvent = queryInt(QStringLiteral(
            "SELECT e.id FROM access_event e JOIN customer_record r ON r.id = e.record_id WHERE e.data_class = 2 AND "
            "r.kind = 'card' AND (SELECT count(*) FROM access_event s WHERE s.agent_id = e.agent_id AND "
            "s.session_id = e.session_id) >= 4 ORDER BY e.id LIMIT 1 OFFSET 3"));
        QVERIFY(m_cardEvent > 0);
        m_sealedEvent = queryInt(QStringLiteral(
            "SELECT e.id FROM access_event e JOIN customer_record r ON r.id = e.record_id WHERE e.data_class = 1 AND "
            "r.sealed_value IS NOT NULL AND (SELECT count(*) FROM access_event s WHERE s.agent_id = e.agent_id AND "
            "s.session_id = e.session_id) >= 4 ORDER BY e.id LIMIT 1 OFFSET 3"));
        QVERIFY(m_sealedEvent > 0);
    }

    void defaultsFromSettings()
    {
        auto pane = makePane();
        QCOMPARE(pane->revealTimeout(), 30'000);
        QSettings().setValue(QStringLiteral("privacy/revealSeconds"), 12);
        auto other = makePane();
        QCOMPARE(other->revealTimeout(), 12'000);
        QSettings().setValue(QStringLiteral("privacy/revealSeconds"), 1); // too short: bounded
        auto bounded = makePane();
        QCOMPARE(bounded->revealTimeout(), 5'000);
        QSettings().remove(QStringLiteral("privacy/revealSeconds"));
        QCOMPARE(find<QLabel>(*pane, "detailTitle")->text(), QStringLiteral("No event selected"));
        QVERIFY(!find<QPushButton>(*pane, "revealButton")->isVisible());
    }

    // Agent, roles held at that moment and the session, against the tables read directly.
    void showsAgentRolesAndSession()
    {
        auto pane = makePane();
        QVERIFY(load(*pane, m_cardEvent));
        const qint64 agent
            = queryInt(QStringLiteral("SELECT agent_id FROM access_event WHERE id = %1").arg(m_cardEvent));
        const qint64 t
            = queryInt(QStringLiteral("SELECT occurred_at FROM access_event WHERE id = %1").arg(m_cardEvent));
        const qint64 session
            = queryInt(QStringLiteral("SELECT session_id FROM access_event WHERE id = %1").arg(m_cardEvent));
        const QStringList agentRow = queryTexts(
            QStringLiteral(
                "SELECT display_name FROM agent WHERE id = %1 UNION ALL SELECT employee_no FROM agent WHERE "
                "id = %1 UNION ALL SELECT t.name FROM agent a JOIN team t ON t.id = a.team_id WHERE a.id = %1")
                .arg(agent));
        QCOMPARE(agentRow.size(), 3);
        auto* agentLabel = find<QLabel>(*pane, "detailAgent");
        QVERIFY(agentLabel->text().contains(agentRow[0]));
        QVERIFY(agentLabel->text().contains(agentRow[1]));
        QVERIFY(find<QLabel>(*pane, "detailTeam")->text().contains(agentRow[2]));
        QVERIFY(!find<QLabel>(*pane, "detailWorkstation")->text().isEmpty());
        QVERIFY(find<QLabel>(*pane, "detailTitle")->text().contains(QStringLiteral("payment card")));

        // The demo's assignment history is simple enough for the column rule; names of the roles held at t.
        QStringList expectedRoles = queryTexts(
            QStringLiteral("SELECT ro.name FROM role_assignment ra JOIN role ro ON ro.id = ra.role_id WHERE "
                           "ra.agent_id = %1 AND ra.valid_from <= %2 AND (ra.valid_until IS NULL OR ra.valid_until > "
                           "%2) AND (ra.ended_at IS NULL OR ra.ended_at > %2) AND ra.status IN (2, 4, 5) AND "
                           "ra.approved_at <= %2")
                .arg(agent)
                .arg(t));
        QVERIFY(!expectedRoles.isEmpty());
        const QAbstractItemModel* roles = find<QTreeView>(*pane, "rolesTree")->model();
        QStringList shownRoles;
        for (int i = 0; i < roles->rowCount(); ++i)
            shownRoles << roles->index(i, 0).data().toString().remove(QStringLiteral(" (sensitive)"));
        expectedRoles.sort();
        shownRoles.sort();
        QCOMPARE(shownRoles, expectedRoles);

        // Card data was opened with a valid PCI DSS module (the demo's promise outside planted anomalies).
        auto* training = find<QTreeView>(*pane, "trainingTree");
        QVERIFY(training->model()->rowCount() > 0);

        auto* sessionTree = find<QTreeView>(*pane, "sessionTree");
        const qint64 sessionEvents
            = queryInt(QStringLiteral("SELECT count(*) FROM access_event WHERE agent_id = %1 AND session_id = %2")
                           .arg(agent)
                           .arg(session));
        QCOMPARE(qint64(sessionTree->model()->rowCount()), sessionEvents);
        const QModelIndex current = sessionTree->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(IdRole).toLongLong(), m_cardEvent);
        QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!sessionTree->model()->index(current.row() == 0 ? 1 : 0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!find<QLabel>(*pane, "sessionMore")->isVisible());

        // The record, masked; reveal offered, copy not yet.
        auto* record = find<QLabel>(*pane, "recordValue");
        QVERIFY(record->text().contains(maskedOf(m_cardEvent)));
        QVERIFY(clearIdentifierOf(m_cardEvent).isEmpty()); // this store holds no card number
        QVERIFY(find<QPushButton>(*pane, "revealButton")->isEnabled()); // online
        QVERIFY(pane->revealsOnline());
        QVERIFY(!find<QPushButton>(*pane, "copyButton")->isEnabled());

        // Activating another event of the session asks the page to select it.
        QSignalSpy activated(pane.get(), &EventDetailPane::sessionEventActivated);
        const QModelIndex first = sessionTree->model()->index(0, 0);
        sessionTree->setFocus();
        sessionTree->setCurrentIndex(first);
        QTest::keyClick(sessionTree, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), first.data(IdRole).toLongLong());
    }

    // In a narrow pane the revealed identifier and its kind are shown whole: beside the reveal buttons, in one
    // row, the value wrapped to two lines at this width and was given one line's height (22 px of 34).
    void revealedValueIsNeverCutOff()
    {
        auto pane = makePane();
        pane->resize(330, 900);
        pane->setRevealTimeout(60'000);
        pane->setReasonPrompt([](QWidget*, const QString&) -> std::optional<QString> {
            return QStringLiteral("Chargeback CB-2291: customer disputes the card on file");
        });
        QVERIFY(load(*pane, m_sealedEvent));
        auto* record = find<QLabel>(*pane, "recordValue");
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        QTRY_VERIFY2(record->height() >= record->heightForWidth(record->width()),
                     qPrintable(QStringLiteral("%1 px given, %2 needed at %3 px")
                                    .arg(record->height())
                                    .arg(record->heightForWidth(record->width()))
                                    .arg(record->width())));
    }

    // Reveal with a reason: the clear value, exactly one audit entry with that reason, masked again after the
    // (short) timeout.
    void revealWithReason()
    {
        auto pane = makePane();
        pane->setRevealTimeout(400);
        QString asked;
        pane->setReasonPrompt([&asked](QWidget*, const QString& masked) -> std::optional<QString> {
            asked = masked;
            return QStringLiteral("Chargeback CB-2291: customer disputes the card on file");
        });
        QVERIFY(load(*pane, m_sealedEvent));
        const QString clear = clearIdentifierOf(m_sealedEvent);
        const QString masked = maskedOf(m_sealedEvent);
        QVERIFY(clear.size() >= 8);
        const qint64 before = lastSeq();

        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QSignalSpy remasked(pane.get(), &EventDetailPane::remasked);
        auto* record = find<QLabel>(*pane, "recordValue");
        // What the pane shows the moment the identifier arrives (the short timeout may mask it again before a slow
        // machine gets back to this test).
        QString shownText, shownInfo;
        bool copyEnabled = false;
        connect(pane.get(), &EventDetailPane::revealed, this, [&]() {
            shownText = record->text();
            shownInfo = find<QLabel>(*pane, "revealInfo")->text();
            copyEnabled = find<QPushButton>(*pane, "copyButton")->isEnabled();
        });
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QCOMPARE(asked, masked);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        QVERIFY(shownText.contains(clear));
        QVERIFY(copyEnabled);
        QVERIFY(shownInfo.contains(QStringLiteral("masked again")));

        const auto entries = auditAfter(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal"));
        QCOMPARE(entries.front().actor, QStringLiteral("console:tester"));
        const qint64 recordId
            = queryInt(QStringLiteral("SELECT record_id FROM access_event WHERE id = %1").arg(m_sealedEvent));
        QCOMPARE(entries.front().target, QStringLiteral("record:%1").arg(recordId));
        const QJsonObject detail = QJsonDocument::fromJson(entries.front().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Chargeback CB-2291: customer disputes the card on file"));
        QCOMPARE(detail.value(QStringLiteral("event")).toInteger(), m_sealedEvent);
        QVERIFY(!entries.front().detail.contains(clear));

        // Masked again after the timeout.
        QTRY_COMPARE_WITH_TIMEOUT(remasked.count(), 1, 5'000);
        QVERIFY(!record->text().contains(clear));
        QVERIFY(record->text().contains(masked));
        QVERIFY(!pane->isRevealed());
        QVERIFY(!find<QPushButton>(*pane, "copyButton")->isEnabled());
        QCOMPARE(auditAfter(before).size(), std::size_t(1)); // re-masking writes nothing
    }

    void revealWithEmptyReasonRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   \t ");
    }

    void revealWithEmptyReasonRefused()
    {
        QFETCH(QString, reason);
        auto pane = makePane();
        pane->setReasonPrompt([reason](QWidget*, const QString&) -> std::optional<QString> { return reason; });
        QVERIFY(load(*pane, m_sealedEvent));
        const qint64 before = lastSeq();
        QSignalSpy failed(pane.get(), &EventDetailPane::revealFailed);
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5'000);
        auto* status = find<MessageBanner>(*pane, "detailStatus");
        QVERIFY2(status->text().contains(QStringLiteral("reason")), qPrintable(status->text()));
        QCOMPARE(status->level(), MessageBanner::Level::Error);
        QVERIFY(!status->isHidden());
        QTest::qWait(50);
        QCOMPARE(revealed.count(), 0);
        QVERIFY(!pane->isRevealed());
        QVERIFY(!find<QLabel>(*pane, "recordValue")->text().contains(clearIdentifierOf(m_sealedEvent)));
        QCOMPARE(lastSeq(), before);
    }

    void cancelledPromptDoesNothing()
    {
        auto pane = makePane();
        pane->setReasonPrompt([](QWidget*, const QString&) -> std::optional<QString> { return std::nullopt; });
        QVERIFY(load(*pane, m_sealedEvent));
        const qint64 before = lastSeq();
        QSignalSpy failed(pane.get(), &EventDetailPane::revealFailed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!pane->isRevealing() && !pane->isRevealed());
        QVERIFY(find<QLabel>(*pane, "revealInfo")->text().isEmpty());
        QCOMPARE(lastSeq(), before);
    }

    // The real reason dialog, answered the way a supervisor would: it names the record it reveals (masked), and an
    // empty reason is refused inside it, which stays open with the problem shown, before anything is written.
    void revealThroughTheReasonDialog()
    {
        auto pane = makePane();
        QVERIFY(load(*pane, m_sealedEvent));
        const qint64 before = lastSeq();
        const QString masked = pane->detail()->recordMasked;
        QVERIFY(!masked.isEmpty());
        bool answered = false;
        bool refusedInline = false;
        test::answerNextModal<ReasonDialog>(
            this,
            [&](ReasonDialog* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("revealReasonDialog"));
                QVERIFY2(dialog->subject().contains(masked), qPrintable(dialog->subject()));
                dialog->setReason(QStringLiteral("   "));
                dialog->accept();
                QVERIFY2(dialog->isVisible(), "an empty reason keeps the dialog open");
                QVERIFY2(dialog->problem().contains(QLatin1String("reason is required")),
                         qPrintable(dialog->problem()));
                auto* problem = dialog->findChild<QLabel*>(QStringLiteral("reasonProblem"));
                QVERIFY(problem && problem->isVisible());
                QCOMPARE(lastSeq(), before);
                if (const QString dir = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !dir.isEmpty())
                    dialog->grab().save(dir + QStringLiteral("/reason-inline-error.png"));
                // Typing again takes the old problem away.
                dialog->setReason(QStringLiteral("DSAR 2026-031 identity check"));
                QVERIFY(dialog->problem().isEmpty());
                refusedInline = true;
                dialog->accept();
            },
            &answered);
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY(refusedInline);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        const auto entries = auditAfter(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(QJsonDocument::fromJson(entries.front().detail.toUtf8())
                     .object()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("DSAR 2026-031 identity check"));

        // Cancelling the dialog reveals nothing more.
        pane->showAccessEvent(0);
        QVERIFY(load(*pane, m_sealedEvent));
        const qint64 afterFirst = lastSeq();
        answered = false;
        test::answerNextModal<ReasonDialog>(
            this, [](ReasonDialog* dialog) { dialog->reject(); }, &answered);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QVERIFY(answered);
        QTest::qWait(50);
        QCOMPARE(lastSeq(), afterFirst);
    }

    // Copy puts the clear value on the clipboard marked concealed; clear() (lock) masks and empties the clipboard.
    void copyAndClearOnLock()
    {
        auto pane = makePane();
        pane->setReasonPrompt(
            [](QWidget*, const QString&) -> std::optional<QString> { return QStringLiteral("fraud"); });
        QVERIFY(load(*pane, m_sealedEvent));
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        const QString clear = clearIdentifierOf(m_sealedEvent);
        QTest::mouseClick(find<QPushButton>(*pane, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), clear);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(pane->clipboard()->isCountingDown());
        QVERIFY(find<QLabel>(*pane, "revealInfo")->text().contains(QStringLiteral("clipboard")));

        QSignalSpy remasked(pane.get(), &EventDetailPane::remasked);
        pane->clear();
        QCOMPARE(remasked.count(), 1);
        QVERIFY(!pane->isRevealed());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(find<QLabel>(*pane, "recordValue")->text().isEmpty());
        QCOMPARE(find<QLabel>(*pane, "detailTitle")->text(), QStringLiteral("No event selected"));
        QCOMPARE(find<QTreeView>(*pane, "sessionTree")->model()->rowCount(), 0);
        QCOMPARE(pane->currentEventId(), qint64(0));

        // It loads again afterwards (a new read connection).
        QVERIFY(load(*pane, m_sealedEvent));
        QVERIFY(find<QLabel>(*pane, "recordValue")->text().contains(maskedOf(m_sealedEvent)));
    }

    // Showing another event masks the revealed one at once.
    void anotherEventMasks()
    {
        auto pane = makePane();
        pane->setReasonPrompt([](QWidget*, const QString&) -> std::optional<QString> { return QStringLiteral("x1"); });
        QVERIFY(load(*pane, m_sealedEvent));
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 10'000);
        const qint64 other
            = queryInt(QStringLiteral("SELECT min(id) FROM access_event WHERE record_id IS NOT NULL AND id > %1")
                           .arg(m_sealedEvent));
        pane->showAccessEvent(other);
        QVERIFY(!pane->isRevealed());
        QVERIFY(!find<QLabel>(*pane, "recordValue")->text().contains(clearIdentifierOf(m_sealedEvent)));
        QTRY_VERIFY_WITH_TIMEOUT(pane->detail() && pane->detail()->event.id == other, 10'000);
    }

    // Rapid selection: only the last event requested is shown.
    void latestSelectionWins()
    {
        auto pane = makePane();
        const auto ids = queryTexts(QStringLiteral("SELECT id FROM access_event ORDER BY id LIMIT 5 OFFSET 100"));
        QCOMPARE(ids.size(), 5);
        for (const QString& id : ids)
            pane->showAccessEvent(id.toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && pane->detail(), 10'000);
        QCOMPARE(pane->detail()->event.id, ids.last().toLongLong());
        QCOMPARE(pane->currentEventId(), ids.last().toLongLong());
    }

    void unknownEvent()
    {
        auto pane = makePane();
        QSignalSpy failed(pane.get(), &EventDetailPane::loadFailed);
        pane->showAccessEvent(424242);
        QVERIFY(failed.wait(10'000));
        QVERIFY(find<MessageBanner>(*pane, "detailStatus")->text().contains(QStringLiteral("424242")));
        QVERIFY(!pane->detail());
    }

    // A card number is not in this store: the reveal asks the central service, on a worker. With none configured it
    // says so, and shows and records nothing.
    void cardRevealNeedsTheCentralService()
    {
        auto pane = makePane();
        pane->setReasonPrompt(
            [](QWidget*, const QString&) -> std::optional<QString> { return QStringLiteral("chargeback"); });
        QVERIFY(load(*pane, m_cardEvent));
        QVERIFY(pane->revealsOnline());
        const qint64 before = lastSeq();
        QSignalSpy failed(pane.get(), &EventDetailPane::revealFailed);
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("needs the central service")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no central service")), qPrintable(message));
        QCOMPARE(find<MessageBanner>(*pane, "detailStatus")->text(), message);
        QCOMPARE(find<MessageBanner>(*pane, "detailStatus")->level(), MessageBanner::Level::Error);
        QVERIFY(find<QLabel>(*pane, "revealInfo")->text().isEmpty());
        QCOMPARE(revealed.count(), 0);
        QVERIFY(!pane->isRevealed());
        QVERIFY(find<QLabel>(*pane, "recordValue")->text().contains(maskedOf(m_cardEvent)));
        QCOMPARE(lastSeq(), before);
    }

    // A login has no record: nothing to reveal.
    void eventWithoutRecord()
    {
        auto pane = makePane();
        const qint64 login = queryInt(QStringLiteral("SELECT min(id) FROM access_event WHERE action = 6"));
        QVERIFY(load(*pane, login));
        QVERIFY(!find<QPushButton>(*pane, "revealButton")->isVisible());
        QVERIFY(!find<QPushButton>(*pane, "copyButton")->isVisible());
    }

    // With the real custodian-central holding the same demo organisation (same seed, same end): a card number is
    // revealed online — the click returns at once and the GUI thread never waits on the network — within the
    // supervisor's scope, refused outside it, and with the service stopped the pane says it needs the service.
    void cardRevealOnline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::CentralProcess central;
        const QString initialised = central.initialise(
            dir.filePath(QStringLiteral("central")), 2'000, QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC),
            { QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("30") });
        QVERIFY2(initialised.isEmpty(), qPrintable(initialised));
        const QString started = central.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // The console syncs as the supervisor of the card event's agent: in scope.
        const QString supervisor = queryTexts(QStringLiteral("SELECT s.username FROM access_event e JOIN agent a ON "
                                                             "a.id = e.agent_id JOIN supervisor s ON s.id = "
                                                             "a.manager_id WHERE e.id = %1")
                                                  .arg(m_cardEvent))
                                       .value(0);
        QVERIFY(!supervisor.isEmpty());
        auto readAll = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        SyncSettings settings;
        settings.serverUrl = central.url();
        settings.caPem = readAll(central.tlsFile(QStringLiteral("ca.pem")));
        settings.token = SecureBuffer::copyOf(readAll(central.tokenFile(supervisor)).trimmed());
        settings.timeoutSeconds = 10;
        CUSTODIAN_VERIFY_OK(SyncSettingsRepository(*m_db).save(settings, QStringLiteral("test")));

        auto pane = makePane();
        pane->setRevealTimeout(60'000);
        pane->setReasonPrompt(
            [](QWidget*, const QString&) -> std::optional<QString> { return QStringLiteral("Chargeback CB-88"); });
        QVERIFY(load(*pane, m_cardEvent));
        const QString masked = maskedOf(m_cardEvent);
        qint64 before = lastSeq();
        QSignalSpy revealed(pane.get(), &EventDetailPane::revealed);
        QElapsedTimer click;
        click.start();
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QVERIFY2(click.elapsed() < 1'000, qPrintable(QString::number(click.elapsed())));
        QVERIFY(pane->isRevealing());
        QCOMPARE(find<QLabel>(*pane, "revealInfo")->text(), QStringLiteral("Asking the central service…"));
        QTRY_COMPARE_WITH_TIMEOUT(revealed.count(), 1, 30'000);
        QVERIFY(pane->isRevealed());
        const QString shown = find<QLabel>(*pane, "recordValue")->text().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(IdentifierMasking::looksLikePan(shown.toLatin1()),
                 qPrintable(IdentifierMasking::maskCard(shown.toLatin1())));
        QCOMPARE(IdentifierMasking::maskCard(shown.toLatin1()), masked);
        QVERIFY(find<QLabel>(*pane, "revealInfo")->text().contains(QStringLiteral("central service")));
        auto entries = auditAfter(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal"));
        QVERIFY(entries.front().detail.contains(QStringLiteral("\"via\":\"central\"")));
        QVERIFY(!entries.front().detail.contains(shown));
        // Still not in the store.
        QVERIFY(clearIdentifierOf(m_cardEvent).isEmpty());
        pane->clear();
        QVERIFY(!pane->isRevealed());

        // A card event of an agent at another site, not managed by this supervisor: refused, and recorded.
        const qint64 outside = queryInt(
            QStringLiteral(
                "SELECT min(e.id) FROM access_event e JOIN customer_record r ON r.id = e.record_id JOIN "
                "agent a ON a.id = e.agent_id JOIN team t ON t.id = a.team_id JOIN supervisor s ON s.username "
                "= '%1' WHERE r.kind = 'card' AND a.manager_id <> s.id AND t.site_id <> s.site_id AND NOT "
                "EXISTS (SELECT 1 FROM access_event o JOIN agent b ON b.id = o.agent_id JOIN team u ON u.id "
                "= b.team_id WHERE o.record_id = e.record_id AND (b.manager_id = s.id OR u.site_id = "
                "s.site_id))")
                .arg(supervisor));
        QVERIFY(outside > 0);
        QVERIFY(load(*pane, outside));
        before = lastSeq();
        QSignalSpy failed(pane.get(), &EventDetailPane::revealFailed);
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("outside your scope")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!pane->isRevealed());
        entries = auditAfter(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal.refused"));

        // The service stopped: it says that a card number needs the central service, and why it failed.
        central.stop();
        QVERIFY(load(*pane, m_cardEvent));
        before = lastSeq();
        failed.clear();
        QTest::mouseClick(find<QPushButton>(*pane, "revealButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
        const QString offline = failed.at(0).at(0).toString();
        QVERIFY2(offline.contains(QStringLiteral("needs the central service"))
                     && offline.contains(QStringLiteral("cannot be reached")),
                 qPrintable(offline));
        QVERIFY(!pane->isRevealed());
        QCOMPARE(lastSeq(), before);
    }
};

QTEST_MAIN(EventDetailPaneTest)
#include "EventDetailPaneTest.moc"
