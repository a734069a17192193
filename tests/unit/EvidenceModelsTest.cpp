// The Evidence tab's models (docs/incidents-evidence.md, "On the page") on items and custody entries read from a real
// store: the item list's columns (size in words with the bytes in the tooltip, the SHA-256 shortened with the whole
// value in the tooltip and the accessible text, the verification's result per item with a tampered one toned as an
// error) and the custody trail's actions and details in words, both under QAbstractItemModelTester.
#include "item/EvidenceCustodyModel.h"
#include "item/EvidenceItemModel.h"
#include "item/ItemRoles.h"
#include "store/Database.h"
#include "store/EvidenceRegister.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QLocale>
#include <QTest>

using namespace custodian;

class EvidenceModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    Database& db() { return m_store->store().database(); }

    qint64 add(const QString& name, const QByteArray& content)
    {
        QBuffer source;
        source.setData(content);
        if (!source.open(QIODevice::ReadOnly))
            qFatal("buffer");
        auto added = EvidenceRegister::add(db(), { 7, name, QStringLiteral("text/plain"), QStringLiteral("an e-mail") },
                                           source, QStringLiteral("console:msilva"), {}, 1'765'000'100'000);
        if (!added)
            qFatal("%s", qPrintable(added.error().message()));
        return *added;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, "
                           "detected_at) VALUES (7, 'INC-2026-0007', 'Vishing call to the card desk', 3, "
                           "'social_engineering', 2, 1765000000000, 1765000000000)")));
    }

    void cleanup() { m_store.reset(); }

    void listsItemsWithTheirHashAndVerification()
    {
        const QByteArray first(3000, 'a');
        const QByteArray second(10, 'b');
        const qint64 firstId = add(QStringLiteral("mail.eml"), first);
        const qint64 secondId = add(QStringLiteral("note.txt"), second);
        auto items = EvidenceRegister::items(db(), 7);
        CUSTODIAN_VERIFY_OK(items);

        EvidenceItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(std::move(*items));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EvidenceItemModel::ColumnCount));
        const int row = model.rowOf(firstId);
        QVERIFY(row >= 0);
        const QString hex = QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
        QCOMPARE(model.index(row, EvidenceItemModel::FileColumn).data().toString(), QStringLiteral("mail.eml"));
        QCOMPARE(model.index(row, EvidenceItemModel::FileColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("mail.eml: an e-mail"));
        QCOMPARE(model.index(row, EvidenceItemModel::MediaTypeColumn).data().toString(), QStringLiteral("text/plain"));
        QCOMPARE(model.index(row, EvidenceItemModel::SizeColumn).data().toString(), QLocale().formattedDataSize(3000));
        QCOMPARE(model.index(row, EvidenceItemModel::SizeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("%1 bytes").arg(QLocale().toString(3000)));
        QCOMPARE(model.index(row, EvidenceItemModel::Sha256Column).data().toString(), hex.left(12) + QChar(0x2026));
        QCOMPARE(model.index(row, EvidenceItemModel::Sha256Column).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("SHA-256 ") + hex);
        QCOMPARE(model.index(row, EvidenceItemModel::Sha256Column).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("SHA-256 ") + hex);
        QCOMPARE(model.index(row, EvidenceItemModel::AddedByColumn).data().toString(),
                 QStringLiteral("console:msilva"));
        QVERIFY(!model.index(row, EvidenceItemModel::AddedAtColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, EvidenceItemModel::VerifiedColumn).data().toString(), QString());
        QCOMPARE(model.index(row, 0).data(IdRole).toLongLong(), firstId);

        EvidenceRegister::Check intact;
        intact.itemId = firstId;
        EvidenceRegister::Check tampered;
        tampered.itemId = secondId;
        tampered.problems << QStringLiteral("chunk 0 is missing");
        model.setChecks({ intact, tampered });
        QCOMPARE(model.index(row, EvidenceItemModel::VerifiedColumn).data().toString(), QStringLiteral("Intact"));
        QCOMPARE(model.index(row, 0).data(ToneRole).value<CellTone>(), CellTone::Normal);
        const int other = model.rowOf(secondId);
        QCOMPARE(model.index(other, EvidenceItemModel::VerifiedColumn).data().toString(),
                 QStringLiteral("Tampered: chunk 0 is missing"));
        QCOMPARE(model.index(other, 0).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.rowOf(999), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void saysTheCustodyTrailInWords()
    {
        const QByteArray content(600 * 1024, 'c');
        const qint64 itemId = add(QStringLiteral("recording.wav"), content);
        CUSTODIAN_VERIFY_OK(EvidenceRegister::verify(db(), itemId, QStringLiteral("console:jcosta")));
        CUSTODIAN_VERIFY_OK(
            db().exec(QStringLiteral("DELETE FROM evidence_chunk WHERE item_id = %1 AND seq = 1").arg(itemId)));
        auto check = EvidenceRegister::verify(db(), itemId, QStringLiteral("console:jcosta"));
        CUSTODIAN_VERIFY_OK(check);
        QVERIFY(!check->intact());
        auto entries = EvidenceRegister::custody(db(), itemId);
        CUSTODIAN_VERIFY_OK(entries);

        EvidenceCustodyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(std::move(*entries));
        QCOMPARE(model.rowCount(), 3);
        const QString hex = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(model.index(0, EvidenceCustodyModel::ActionColumn).data().toString(), QStringLiteral("Added"));
        QCOMPARE(model.index(0, EvidenceCustodyModel::ActorColumn).data().toString(), QStringLiteral("console:msilva"));
        QCOMPARE(model.index(0, EvidenceCustodyModel::DetailColumn).data().toString(),
                 QStringLiteral("%1 in 3 chunks, SHA-256 %2").arg(QLocale().formattedDataSize(content.size()), hex));
        QCOMPARE(model.index(1, EvidenceCustodyModel::ActionColumn).data().toString(),
                 QStringLiteral("Verified intact"));
        QCOMPARE(model.index(1, EvidenceCustodyModel::ActorColumn).data().toString(), QStringLiteral("console:jcosta"));
        QCOMPARE(model.index(2, EvidenceCustodyModel::ActionColumn).data().toString(),
                 QStringLiteral("Tampering detected"));
        const QString detail = model.index(2, EvidenceCustodyModel::DetailColumn).data().toString();
        QVERIFY2(detail.startsWith(QStringLiteral("While verifying: ")) && detail.contains(QStringLiteral("chunk 1")),
                 qPrintable(detail));
        QCOMPARE(model.index(2, 0).data(ToneRole).value<CellTone>(), CellTone::Error);
        QCOMPARE(model.index(0, 0).data(ToneRole).value<CellTone>(), CellTone::Normal);
    }
};

QTEST_MAIN(EvidenceModelsTest)
#include "EvidenceModelsTest.moc"
