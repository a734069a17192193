// The Evidence tab of an incident offscreen on a real store (docs/incidents-evidence.md, "On the page"): an incident
// opened through IncidentWorkflow; a file of a few hundred KiB added through the panel (the file dialog answered with
// Dialogs::setNext*), on a worker, and listed with a SHA-256 equal to QCryptographicHash's of the file; exported and
// compared byte for byte; a byte of a chunk flipped through SQL, after which Verify all names the item as tampered
// and Export refuses with no file written; the custody trail reads added, exported, tamper_detected. Cancel stops an
// add with nothing written. A file over the size limit is refused in the banner as the register words it, with
// nothing added. The Central service column follows two uploads through every state. With CUSTODIAN_SCREENSHOTS set to
// a folder, the panel is saved there under the dark palette (docs/screenshots/incidents-evidence-dark.png, and
// incidents-evidence-upload-dark.png with the uploads' states).
#include "ui/incidents/EvidencePanel.h"
#include "item/EvidenceCustodyModel.h"
#include "item/EvidenceItemModel.h"
#include "item/ItemRoles.h"
#include "rules/IncidentWorkflow.h"
#include "store/EvidenceSettings.h"
#include "store/EvidenceUploadQueue.h"
#include "store/Statement.h"
#include "support/Palettes.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace custodian;

namespace {
template <typename T> T* find(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

QString bannerText(QWidget& panel)
{
    QStringList texts;
    for (QLabel* label : find<MessageBanner>(panel, "evidenceMessage")->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char(' '));
}

QStringList custodyActions(const EvidenceCustodyModel& model)
{
    QStringList actions;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (const EvidenceRegister::CustodyEntry* entry = model.entry(row))
            actions << EvidenceRegister::actionName(entry->action);
    }
    return actions;
}
} // namespace

class EvidencePanelTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    std::unique_ptr<StoreSession> m_session;
    QTemporaryDir m_files;
    qint64 m_incident = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        Database& db = m_store->store().database();
        CUSTODIAN_VERIFY_OK(db.exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1);")));
        IncidentWorkflow::OpenDraft draft;
        draft.title = QStringLiteral("Card number read out on a recorded call");
        draft.category = QStringLiteral("card_data_exposure");
        draft.severity = Severity::High;
        draft.ownerId = 1;
        draft.detectedAt = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
        auto opened = IncidentWorkflow::open(db, draft, { 1, QStringLiteral("console:msilva") });
        CUSTODIAN_VERIFY_OK(opened);
        m_incident = opened->id;
        m_session = std::make_unique<StoreSession>(m_store->path());
        m_session->adopt(std::move(m_store->store()));
        QVERIFY(m_session->isUnlocked());
    }

    void cleanup() { Dialogs::clearAnswers(); }

    // The Central service column, as the sync worker moves each upload on (EvidenceUploadQueue's writes, which the
    // worker makes): queued, n of m chunks, waiting and why, refused with the service's reason, verified.
    void showsWhereEachUploadStands()
    {
        Database& db = m_session->store()->database();
        IncidentWorkflow::OpenDraft draft;
        draft.title = QStringLiteral("Vishing call to the back office");
        draft.category = QStringLiteral("social_engineering");
        draft.ownerId = 1;
        draft.detectedAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
        auto opened = IncidentWorkflow::open(db, draft, { 1, QStringLiteral("console:msilva") });
        CUSTODIAN_VERIFY_OK(opened);
        std::vector<qint64> items;
        for (int i = 0; i < 2; ++i) {
            QByteArray bytes(EvidenceRegister::ChunkSize + 10 + i, char('a' + i));
            QBuffer source(&bytes);
            QVERIFY(source.open(QIODevice::ReadOnly));
            auto added = EvidenceRegister::add(db, { opened->id, QStringLiteral("part-%1.wav").arg(i), {}, {} }, source,
                                               QStringLiteral("console:msilva"));
            CUSTODIAN_VERIFY_OK(added);
            items.push_back(*added);
        }
        EvidencePanel panel(m_session.get(), QStringLiteral("console:msilva"));
        panel.resize(1200, 640);
        panel.show();
        panel.setIncident(opened->id);
        auto cell = [&](qint64 itemId, int role = Qt::DisplayRole) {
            const int row = panel.model()->rowOf(itemId);
            return panel.model()->index(row, EvidenceItemModel::UploadColumn).data(role);
        };
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->headerData(EvidenceItemModel::UploadColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Central service"));
        QTRY_COMPARE(cell(items[0]).toString(), QStringLiteral("Queued for upload"));

        auto upload = [&](qint64 itemId) { return **EvidenceUploadQueue::upload(db, itemId); };
        CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::setHeld(db, items[0], 1));
        const QString notYet = QStringLiteral("The central service does not hold incident %1 yet").arg(opened->id);
        CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markWaiting(db, upload(items[1]), 1'800'000'000'000, notYet));
        panel.refreshUploads();
        QTRY_COMPARE(cell(items[0]).toString(), QStringLiteral("Uploading: 1 of 2 chunks"));
        QTRY_VERIFY(cell(items[1]).toString().startsWith(QStringLiteral("Waiting (0 of 2 chunks, tries again at ")));
        QVERIFY(cell(items[1]).toString().endsWith(notYet));
        QCOMPARE(cell(items[1], ToneRole).value<CellTone>(), CellTone::Warning);
        QCOMPARE(cell(items[1], Qt::AccessibleTextRole).toString(), cell(items[1]).toString());

        const QString refusal = QStringLiteral("The evidence received does not match its declaration");
        CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markRefused(db, upload(items[1]), refusal));
        const QString sha256 = QString::fromLatin1((*EvidenceRegister::item(db, items[0])).sha256.toHex());
        CUSTODIAN_VERIFY_OK(EvidenceUploadQueue::markVerified(
            db, upload(items[0]), 412, sha256, EvidenceRegister::ChunkSize + 10, QDateTime::currentMSecsSinceEpoch()));
        panel.model()->setUploads({}); // what the panel shows must come from the store again
        panel.refreshUploads();
        QTRY_COMPARE(cell(items[0]).toString(), QStringLiteral("Uploaded, verified by the central service"));
        QTRY_COMPARE(cell(items[1]).toString(), QStringLiteral("Refused: ") + refusal);
        QCOMPARE(cell(items[1], ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(cell(items[0], ToneRole).value<CellTone>(), CellTone::Normal);

        // The verified item's trail gains `uploaded`, in words.
        panel.findChild<QTableView*>(QStringLiteral("evidenceItems"))
            ->setCurrentIndex(panel.model()->index(panel.model()->rowOf(items[0]), 0));
        QTRY_COMPARE(custodyActions(*panel.custodyModel()),
                     (QStringList { QStringLiteral("added"), QStringLiteral("uploaded") }));
        QCOMPARE(panel.custodyModel()->index(1, EvidenceCustodyModel::ActionColumn).data().toString(),
                 QStringLiteral("Uploaded, verified by the central service"));
        QTRY_VERIFY(!panel.isBusy());

        if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !folder.isEmpty()) {
            QApplication::setPalette(test::darkFusionPalette());
            QApplication::processEvents();
            QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("incidents-evidence-upload-dark.png"))));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    }

    void cleanupTestCase()
    {
        QVERIFY(LatestResultRunner::waitForAllWorkers(10'000));
        m_session.reset();
    }

    void addsExportsAndDetectsTampering()
    {
        EvidencePanel panel(m_session.get(), QStringLiteral("console:msilva"));
        panel.resize(900, 640);
        panel.show();
        panel.setIncident(m_incident);
        QTRY_VERIFY(!panel.isBusy());
        QCOMPARE(panel.model()->rowCount(), 0);
        // What a screen reader hears: every control that takes the focus has a name.
        for (QWidget* widget : panel.findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible())
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(find<QPushButton>(panel, "evidenceAdd")->isEnabled());
        QVERIFY(!find<QPushButton>(panel, "evidenceExport")->isEnabled());

        // A few hundred KiB: two chunks of 256 KiB, the second partly filled.
        QByteArray content(400 * 1024, Qt::Uninitialized);
        QRandomGenerator(17).fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
        const QString source = m_files.filePath(QStringLiteral("call-excerpt.wav"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), qint64(content.size()));
        }
        const QByteArray expected = QCryptographicHash::hash(content, QCryptographicHash::Sha256);

        Dialogs::setNextFileName(source);
        Dialogs::setNextText(QStringLiteral("The agent reads the card number back to the caller"));
        QTest::mouseClick(find<QPushButton>(panel, "evidenceAdd"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        QVERIFY2(bannerText(panel).contains(QStringLiteral("was added")), qPrintable(bannerText(panel)));
        const EvidenceRegister::Item* item = panel.model()->item(0);
        QVERIFY(item);
        QCOMPARE(item->fileName, QStringLiteral("call-excerpt.wav"));
        QCOMPARE(item->size, qint64(content.size()));
        QCOMPARE(item->sha256, expected);
        QCOMPARE(item->addedBy, QStringLiteral("console:msilva"));
        const QModelIndex shaCell = panel.model()->index(0, EvidenceItemModel::Sha256Column);
        QCOMPARE(shaCell.data().toString(), QString::fromLatin1(expected.toHex().left(12)) + QChar(0x2026));
        QVERIFY(shaCell.data(Qt::ToolTipRole).toString().contains(QString::fromLatin1(expected.toHex())));
        QVERIFY(shaCell.data(Qt::AccessibleTextRole).toString().contains(QString::fromLatin1(expected.toHex())));
        QCOMPARE(panel.model()->index(0, EvidenceItemModel::SizeColumn).data().toString(),
                 QLocale().formattedDataSize(content.size()));
        const qint64 itemId = item->id;

        // The new item is selected and its custody trail shown.
        QTRY_COMPARE(custodyActions(*panel.custodyModel()), QStringList { QStringLiteral("added") });

        // Export: the same bytes.
        const QString exported = m_files.filePath(QStringLiteral("exported.wav"));
        Dialogs::setNextFileName(exported);
        QVERIFY(find<QPushButton>(panel, "evidenceExport")->isEnabled());
        QTest::mouseClick(find<QPushButton>(panel, "evidenceExport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        {
            QFile file(exported);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }
        QTRY_COMPARE(custodyActions(*panel.custodyModel()),
                     (QStringList { QStringLiteral("added"), QStringLiteral("exported") }));

        // A byte flipped in the second chunk, behind the register's back.
        {
            auto writer = m_session->store()->openConnection(Database::Mode::ReadWrite);
            CUSTODIAN_VERIFY_OK(writer);
            CUSTODIAN_VERIFY_OK(writer->exec(
                QStringLiteral("UPDATE evidence_chunk SET data = CAST(substr(data, 1, 99) AS BLOB) "
                               "|| CAST(X'%1' AS BLOB) || CAST(substr(data, 101) AS BLOB) "
                               "WHERE item_id = %2 AND seq = 1")
                    .arg(QString::fromLatin1(QByteArray(1, char(content.at(256 * 1024 + 99) ^ 0x01)).toHex()))
                    .arg(itemId)));
            writer->close();
        }

        QTest::mouseClick(find<QPushButton>(panel, "evidenceVerify"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        const QString verification = panel.model()->index(0, EvidenceItemModel::VerifiedColumn).data().toString();
        QVERIFY2(verification.startsWith(QStringLiteral("Tampered"))
                     && verification.contains(QStringLiteral("SHA-256")),
                 qPrintable(verification));
        QVERIFY2(bannerText(panel).contains(QStringLiteral("call-excerpt.wav"))
                     && bannerText(panel).contains(QStringLiteral("tampered")),
                 qPrintable(bannerText(panel)));

        const QString refused = m_files.filePath(QStringLiteral("refused.wav"));
        Dialogs::setNextFileName(refused);
        QTest::mouseClick(find<QPushButton>(panel, "evidenceExport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        QVERIFY(!QFile::exists(refused));
        QVERIFY2(bannerText(panel).contains(QStringLiteral("refused")), qPrintable(bannerText(panel)));

        QTRY_COMPARE(custodyActions(*panel.custodyModel()),
                     (QStringList { QStringLiteral("added"), QStringLiteral("exported"),
                                    QStringLiteral("tamper_detected"), QStringLiteral("tamper_detected") }));
        QVERIFY(panel.custodyModel()
                    ->index(2, EvidenceCustodyModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("SHA-256")));

        if (const QString folder = qEnvironmentVariable("CUSTODIAN_SCREENSHOTS"); !folder.isEmpty()) {
            QApplication::setPalette(test::darkFusionPalette());
            QApplication::processEvents();
            QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("incidents-evidence-dark.png"))));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    }

    void cancelsAnAddWithNothingWritten()
    {
        EvidencePanel panel(m_session.get(), QStringLiteral("console:msilva"));
        panel.show();
        panel.setIncident(m_incident);
        QTRY_VERIFY(!panel.isBusy());
        const int before = panel.model()->rowCount();

        // 16 MiB, 64 chunks: the add is still running when Cancel is clicked right after Add….
        const QString source = m_files.filePath(QStringLiteral("long-call.wav"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray(16 * 1024 * 1024, 'r')) > 0);
        }
        Dialogs::setNextFileName(source);
        Dialogs::setNextText(QString());
        QTest::mouseClick(find<QPushButton>(panel, "evidenceAdd"), Qt::LeftButton);
        auto* cancel = find<QPushButton>(panel, "evidenceCancel");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!find<QPushButton>(panel, "evidenceAdd")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        QVERIFY(!cancel->isVisible());
        QVERIFY(find<QPushButton>(panel, "evidenceAdd")->isEnabled());
        QVERIFY2(!bannerText(panel).isEmpty(), "the supervisor is told the add stopped");
        QCOMPARE(panel.model()->rowCount(), before);
        auto items = m_session->store()->database().queryInt(
            QStringLiteral("SELECT count(*) FROM evidence_item WHERE file_name = 'long-call.wav'"));
        CUSTODIAN_VERIFY_OK(items);
        QCOMPARE(*items, 0);
    }

    void refusesAFileOverTheSizeLimit()
    {
        CUSTODIAN_VERIFY_OK(EvidenceSettings::setMaxBytes(
            m_session->store()->database(), EvidenceSettings::LowestMaxBytes, QStringLiteral("console:msilva")));
        EvidencePanel panel(m_session.get(), QStringLiteral("console:msilva"));
        panel.show();
        panel.setIncident(m_incident);
        QTRY_VERIFY(!panel.isBusy());
        const int before = panel.model()->rowCount();

        const QString source = m_files.filePath(QStringLiteral("mailbox.eml"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray(int(EvidenceSettings::LowestMaxBytes) + 1, 'x')) > 0);
        }
        Dialogs::setNextFileName(source);
        Dialogs::setNextText(QString());
        QTest::mouseClick(find<QPushButton>(panel, "evidenceAdd"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10'000);
        QVERIFY2(bannerText(panel).contains(QStringLiteral("over the evidence size limit")),
                 qPrintable(bannerText(panel)));
        QCOMPARE(panel.model()->rowCount(), before);
    }
};

QTEST_MAIN(EvidencePanelTest)
#include "EvidencePanelTest.moc"
