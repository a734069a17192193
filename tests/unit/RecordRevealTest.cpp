// The audited reveal of a customer identifier: the clear value comes back only with exactly one committed
// `record.reveal` audit entry that names the reason and never the identifier; refusals and failures reveal and
// audit nothing as a success.
#include "store/RecordReveal.h"
#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/SecureRandom.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoIdentifiers.h"
#include "domain/IdentifierMasking.h"
#include "store/ConsoleAudit.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace custodian;

namespace {
struct AuditRow
{
    qint64 seq = 0;
    QString actor;
    QString action;
    QString target;
    QString detail;
};

std::vector<AuditRow> auditAfter(Database& database, qint64 seq)
{
    std::vector<AuditRow> rows;
    auto s = database.prepare(
        QStringLiteral("SELECT seq, actor, action, target, detail FROM console_audit WHERE seq > ? ORDER BY seq"));
    if (!s)
        return rows;
    s->bind(1, seq);
    while (true) {
        auto row = s->step();
        if (!row || !*row)
            break;
        rows.push_back({ s->int64(0), s->text(1), s->text(2), s->text(3), s->text(4) });
    }
    return rows;
}

qint64 lastSeq(Database& database)
{
    auto seq = database.queryInt(QStringLiteral("SELECT coalesce(max(seq), 0) FROM console_audit"));
    return seq ? *seq : -1;
}

QString clearText(const SecureBuffer& buffer)
{
    return QString::fromLatin1(buffer.view());
}
} // namespace

class RecordRevealTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStore> m_fixture;
    Database* m_db = nullptr;
    int m_serial = 0; // makes hand-made identifiers unique (customer_record.token is UNIQUE)

    // A record sealed the way the demo seals (nonce ‖ AES-256-GCM(seal_key, identifier)), inserted by hand.
    qint64 insertRecord(const QByteArray& identifier, const QString& kind, int dataClass, bool sealed = true)
    {
        auto key = m_fixture->store().secret(QStringLiteral("seal_key"));
        auto tokenKey = m_fixture->store().secret(QStringLiteral("token_key"));
        if (!key || !tokenKey)
            return -1;
        QByteArray value;
        if (sealed) {
            const QByteArray nonce = SecureRandom::bytes(AesGcm::NonceSize);
            auto ciphertext = AesGcm::seal(*key, nonce, identifier, {});
            if (!ciphertext)
                return -1;
            value = nonce + *ciphertext;
        }
        auto s = m_db->prepare(QStringLiteral(
            "INSERT INTO customer_record (token, data_class, kind, masked, sealed_value) VALUES (?, ?, ?, ?, ?)"));
        if (!s)
            return -1;
        s->bindBlob(1, Digest::hmacSha256(*tokenKey, identifier)).bind(2, dataClass).bind(3, kind);
        s->bind(4, IdentifierMasking::mask(kind, identifier));
        if (sealed)
            s->bindBlob(5, value);
        else
            s->bindNull(5);
        if (!s->run())
            return -1;
        return m_db->lastInsertRowId();
    }

    void setSealed(qint64 id, const QByteArray& value)
    {
        auto s = m_db->prepare(QStringLiteral("UPDATE customer_record SET sealed_value = ? WHERE id = ?"));
        QVERIFY(s.ok());
        s->bindBlob(1, value).bind(2, id);
        QVERIFY(s->run().ok());
    }

    QByteArray sealedOf(qint64 id)
    {
        auto s = m_db->prepare(QStringLiteral("SELECT sealed_value FROM customer_record WHERE id = ?"));
        if (!s)
            return {};
        s->bind(1, id);
        auto row = s->step();
        return row && *row ? s->blob(0) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::TestStore>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorMessage()));
        DemoGenerator::Options options;
        options.events = 1'000;
        options.seed = 3;
        options.end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.days = 30;
        CUSTODIAN_VERIFY_OK(DemoGenerator::generate(m_fixture->store(), options));
        m_db = &m_fixture->store().database();
    }

    // Seeded records of every kind: the clear value matches the stored mask (one masking implementation), the
    // audit entry names the record, the reason and the event, and never the identifier.
    void revealsSeededRecordsOfEveryKind()
    {
        auto s = m_db->prepare(QStringLiteral(
            "SELECT min(r.id), r.kind, r.masked FROM customer_record r GROUP BY r.kind ORDER BY r.kind"));
        QVERIFY(s.ok());
        std::vector<std::tuple<qint64, QString, QString>> records;
        while (*s->step())
            records.emplace_back(s->int64(0), s->text(1), s->text(2));
        s->reset();
        QVERIFY2(records.size() >= 7, "the demo has cards, accounts, national ids, phones and three message kinds");

        auto eventId = m_db->queryInt(QStringLiteral("SELECT max(id) FROM access_event"));
        CUSTODIAN_VERIFY_OK(eventId);
        for (const auto& [id, kind, masked] : records) {
            const qint64 before = lastSeq(*m_db);
            const QString reason = QStringLiteral("Chargeback dispute CB-%1 — customer called back").arg(id);
            auto revealed = RecordReveal::reveal(*m_db, { id, reason, QStringLiteral("console:alice"), *eventId });
            if (kind == QLatin1String("card")) {
                // A console holds no card number: revealing one asks the central service (CentralRecords).
                CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::NotFound);
                QVERIFY2(revealed.error().message().contains(QStringLiteral("central service")),
                         qPrintable(revealed.error().message()));
                QCOMPARE(lastSeq(*m_db), before);
                continue;
            }
            CUSTODIAN_VERIFY_OK(revealed);
            const QString clear = clearText(revealed->identifier);
            QVERIFY(!clear.isEmpty());
            QCOMPARE(revealed->kind, kind);
            QCOMPARE(revealed->masked, masked);
            QCOMPARE(IdentifierMasking::mask(kind, revealed->identifier.view()), masked);
            QVERIFY(!IdentifierMasking::looksLikePan(revealed->identifier.view()));

            const auto entries = auditAfter(*m_db, before);
            QCOMPARE(entries.size(), std::size_t(1));
            const AuditRow& entry = entries.front();
            QCOMPARE(entry.seq, revealed->auditSeq);
            QCOMPARE(entry.action, QStringLiteral("record.reveal"));
            QCOMPARE(entry.actor, QStringLiteral("console:alice"));
            QCOMPARE(entry.target, QStringLiteral("record:%1").arg(id));
            const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
            QCOMPARE(detail.value(QStringLiteral("reason")).toString(), reason);
            QCOMPARE(detail.value(QStringLiteral("event")).toInteger(), *eventId); // exact beyond 2^53
            QVERIFY(!entry.detail.contains(clear));
            QVERIFY(!entry.target.contains(clear));
        }
        auto verification = ConsoleAudit::verify(*m_db);
        CUSTODIAN_VERIFY_OK(verification);
        QVERIFY2(verification->intact, qPrintable(verification->reason));
    }

    void eventIsOptional()
    {
        const qint64 id = insertRecord("CA0000012345", QStringLiteral("account"), 1);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed
            = RecordReveal::reveal(*m_db, { id, QStringLiteral("  DSAR 2026-17  "), QStringLiteral("bob"), {} });
        CUSTODIAN_VERIFY_OK(revealed);
        QCOMPARE(clearText(revealed->identifier), QStringLiteral("CA0000012345"));
        const auto entries = auditAfter(*m_db, before);
        QCOMPARE(entries.size(), std::size_t(1));
        const QJsonObject detail = QJsonDocument::fromJson(entries.front().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("DSAR 2026-17")); // trimmed
        QVERIFY(!detail.contains(QStringLiteral("event")));
    }

    void emptyReasonRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("tabs and newlines") << QStringLiteral("\t\n \r\n");
        QTest::newRow("no-break spaces") << QStringLiteral("\u00a0\u2003");
    }

    void emptyReasonRefused()
    {
        QFETCH(QString, reason);
        const qint64 id = insertRecord(QByteArray("PT") + QByteArray::number(100'000'000 + ++m_serial),
                                       QStringLiteral("national_id"), 1);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*m_db, { id, reason, QStringLiteral("console:alice"), {} });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::InvalidArgument);
        QVERIFY(revealed.error().message().contains(QStringLiteral("reason")));
        CUSTODIAN_VERIFY_ERROR(RecordReveal::checkReason(reason), Error::Code::InvalidArgument);
        QCOMPARE(lastSeq(*m_db), before);
    }

    void overlongReasonRefused()
    {
        const qint64 id = insertRecord("CA0000054321", QStringLiteral("account"), 1);
        const qint64 before = lastSeq(*m_db);
        const QString reason(RecordReveal::MaxReasonLength + 1, QLatin1Char('x'));
        CUSTODIAN_VERIFY_ERROR(RecordReveal::reveal(*m_db, { id, reason, QStringLiteral("a"), {} }),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_OK(RecordReveal::checkReason(QString(RecordReveal::MaxReasonLength, QLatin1Char('x'))));
        QCOMPARE(lastSeq(*m_db), before);
    }

    void missingActorRefused()
    {
        const qint64 id = insertRecord("CA0000054322", QStringLiteral("account"), 1);
        const qint64 before = lastSeq(*m_db);
        CUSTODIAN_VERIFY_ERROR(RecordReveal::reveal(*m_db, { id, QStringLiteral("why"), QStringLiteral(" "), {} }),
                               Error::Code::InvalidArgument);
        QCOMPARE(lastSeq(*m_db), before);
    }

    void unknownRecord()
    {
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*m_db, { 987'654'321, QStringLiteral("why"), QStringLiteral("a"), {} });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::NotFound);
        QVERIFY(revealed.error().message().contains(QStringLiteral("987654321")));
        QCOMPARE(lastSeq(*m_db), before);
    }

    void recordWithoutSealedValue()
    {
        const qint64 id = insertRecord("+351911112222", QStringLiteral("phone"), 1, false);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*m_db, { id, QStringLiteral("callback"), QStringLiteral("a"), {} });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::NotFound);
        QVERIFY(revealed.error().message().contains(QStringLiteral("only the masked form")));
        QVERIFY(revealed.error().message().contains(QStringLiteral("****2222")));
        QCOMPARE(lastSeq(*m_db), before);
        // An empty blob is no better than NULL.
        setSealed(id, QByteArray());
        CUSTODIAN_VERIFY_ERROR(RecordReveal::reveal(*m_db, { id, QStringLiteral("callback"), QStringLiteral("a"), {} }),
                               Error::Code::NotFound);
        QCOMPARE(lastSeq(*m_db), before);
    }

    // Any change to nonce, ciphertext or tag — or a value cut short — reveals nothing; the attempt is audited as
    // a failure, never as a reveal.
    void tamperedSealedValue_data()
    {
        QTest::addColumn<int>("position"); // byte to flip; -1: cut to 20 bytes
        QTest::newRow("nonce") << 0;
        QTest::newRow("ciphertext") << AesGcm::NonceSize + 3;
        QTest::newRow("tag") << -2;
        QTest::newRow("cut short") << -1;
    }

    void tamperedSealedValue()
    {
        QFETCH(int, position);
        const QByteArray pan = "CA5320151" + QByteArray::number(1000 + ++m_serial);
        const qint64 id = insertRecord(pan, QStringLiteral("account"), 1);
        QVERIFY(id > 0);
        QByteArray sealed = sealedOf(id);
        QCOMPARE(sealed.size(), AesGcm::NonceSize + pan.size() + AesGcm::TagSize);
        if (position == -1)
            sealed.truncate(20);
        else
            sealed[position >= 0 ? position : sealed.size() + position] ^= 0x01;
        setSealed(id, sealed);

        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*m_db, { id, QStringLiteral("fraud case 7"), QStringLiteral("a"), 42 });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::StoreDamaged);
        QVERIFY(revealed.error().message().contains(QStringLiteral("altered or damaged")));
        QVERIFY(!revealed.error().message().contains(QString::fromLatin1(pan)));
        const auto entries = auditAfter(*m_db, before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal.failed"));
        QCOMPARE(entries.front().target, QStringLiteral("record:%1").arg(id));
        QVERIFY(!entries.front().detail.contains(QString::fromLatin1(pan)));
    }

    // No audit entry can be written on a read-only connection, so nothing is revealed there.
    void noRevealWithoutAudit()
    {
        const qint64 id = insertRecord("CA0000077777", QStringLiteral("account"), 1);
        QVERIFY(id > 0);
        auto readOnly = m_fixture->store().openConnection(Database::Mode::ReadOnly);
        CUSTODIAN_VERIFY_OK(readOnly);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*readOnly, { id, QStringLiteral("why"), QStringLiteral("a"), {} });
        QVERIFY(!revealed.ok());
        QVERIFY(!revealed.error().message().isEmpty());
        QCOMPARE(lastSeq(*m_db), before);
    }

    // A supervisor who types the identifier into the reason does not put it into the audit trail.
    void identifierInReasonIsRedacted()
    {
        const QByteArray account = "CA4000123412";
        const qint64 id = insertRecord(account, QStringLiteral("account"), 1);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(
            *m_db, { id, QStringLiteral("customer read ca 4000 1234-12 aloud"), QStringLiteral("a"), {} });
        CUSTODIAN_VERIFY_OK(revealed);
        const auto entries = auditAfter(*m_db, before);
        QCOMPARE(entries.size(), std::size_t(1));
        const QString reason = QJsonDocument::fromJson(entries.front().detail.toUtf8())
                                   .object()
                                   .value(QStringLiteral("reason"))
                                   .toString();
        QCOMPARE(reason, QStringLiteral("customer read [identifier] aloud"));
    }

    // Card data is never revealed from the store, even where a sealed number is left over (a store of an older
    // version before its migration, or a record labelled card by its data class only): nothing shown, nothing audited.
    void cardRecordNeverRevealedLocally_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("dataClass");
        QTest::newRow("card") << QStringLiteral("card") << 2;
        QTest::newRow("payment card class") << QStringLiteral("mandate") << 2;
        QTest::newRow("kind card, other class") << QStringLiteral("card") << 1;
    }

    void cardRecordNeverRevealedLocally()
    {
        QFETCH(QString, kind);
        QFETCH(int, dataClass);
        const QByteArray pan = "45320151128" + QByteArray::number(10'000 + ++m_serial);
        const qint64 id = insertRecord(pan, kind, dataClass, true);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::reveal(*m_db, { id, QStringLiteral("chargeback"), QStringLiteral("a"), 7 });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::NotFound);
        QVERIFY2(revealed.error().message().contains(QStringLiteral("kept by the central service only")),
                 qPrintable(revealed.error().message()));
        QVERIFY(!revealed.error().message().contains(QString::fromLatin1(pan)));
        QCOMPARE(lastSeq(*m_db), before);
    }

    // A card number the central service revealed: checked against the record, then audited in one transaction, and
    // only then handed back; the entry says it came from the service and never holds the number.
    void centralRevealAuditedBeforeShown()
    {
        const QByteArray pan = "4532015112830366";
        const qint64 id = insertRecord(pan, QStringLiteral("card"), 2, false);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        const RecordReveal::Request request { id, QStringLiteral("customer read 4532 0151 1283 0366 aloud"),
                                              QStringLiteral("console:alice"), 99 };
        auto revealed = RecordReveal::auditCentralReveal(*m_db, request, SecureBuffer::copyOf(pan), 17);
        CUSTODIAN_VERIFY_OK(revealed);
        QCOMPARE(revealed->identifier.view().toByteArray(), pan);
        QCOMPARE(revealed->masked, QStringLiteral("453201******0366"));
        const auto entries = auditAfter(*m_db, before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().seq, revealed->auditSeq);
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal"));
        QCOMPARE(entries.front().target, QStringLiteral("record:%1").arg(id));
        const QJsonObject detail = QJsonDocument::fromJson(entries.front().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("customer read [identifier] aloud"));
        QCOMPARE(detail.value(QStringLiteral("via")).toString(), QStringLiteral("central"));
        QCOMPARE(detail.value(QStringLiteral("central_reveal")).toInteger(), 17);
        QCOMPARE(detail.value(QStringLiteral("event")).toInteger(), 99);
        QVERIFY(!entries.front().detail.contains(QString::fromLatin1(pan)));
        // The number is not kept in the store.
        QVERIFY(sealedOf(id).isEmpty());
    }

    // A number that is not this record's (a confused or hostile service) is not shown, and not audited as a reveal.
    void centralRevealOfAnotherNumberRefused()
    {
        const qint64 id = insertRecord("4532015112830317", QStringLiteral("card"), 2, false);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::auditCentralReveal(*m_db, { id, QStringLiteral("why"), QStringLiteral("a"), {} },
                                                         SecureBuffer::copyOf("4532019999990369"), 18);
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::Protocol);
        QVERIFY(revealed.error().message().contains(QStringLiteral("does not belong to record")));
        QVERIFY(!revealed.error().message().contains(QStringLiteral("4532019999990369")));
        QCOMPARE(lastSeq(*m_db), before);
    }

    // The order is service first, then the console's own entry: when that entry cannot be written (here: a read-only
    // connection), the number the service sent is wiped and not shown.
    void centralRevealWithoutAuditShowsNothing()
    {
        const QByteArray pan = "4532015112830374";
        const qint64 id = insertRecord(pan, QStringLiteral("card"), 2, false);
        QVERIFY(id > 0);
        auto readOnly = m_fixture->store().openConnection(Database::Mode::ReadOnly);
        CUSTODIAN_VERIFY_OK(readOnly);
        const qint64 before = lastSeq(*m_db);
        auto revealed = RecordReveal::auditCentralReveal(
            *readOnly, { id, QStringLiteral("why"), QStringLiteral("a"), {} }, SecureBuffer::copyOf(pan), 19);
        QVERIFY(!revealed.ok());
        QVERIFY2(revealed.error().message().contains(QStringLiteral("nothing is shown")),
                 qPrintable(revealed.error().message()));
        QCOMPARE(lastSeq(*m_db), before);
    }

    void centralRefusalAudited()
    {
        const qint64 id = insertRecord("4532015112830382", QStringLiteral("card"), 2, false);
        QVERIFY(id > 0);
        const qint64 before = lastSeq(*m_db);
        CUSTODIAN_VERIFY_OK(RecordReveal::auditCentralRefusal(
            *m_db, { id, QStringLiteral("curious"), QStringLiteral("a"), 5 }, QStringLiteral("outside your scope")));
        const auto entries = auditAfter(*m_db, before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("record.reveal.refused"));
        const QJsonObject detail = QJsonDocument::fromJson(entries.front().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("curious"));
        QCOMPARE(detail.value(QStringLiteral("error")).toString(), QStringLiteral("outside your scope"));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QByteArray>("identifier");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absent") << QStringLiteral("ticket 42") << QByteArray("CA0000012345")
                                << QStringLiteral("ticket 42");
        QTest::newRow("plain") << QStringLiteral("re CA0000012345 ok") << QByteArray("CA0000012345")
                               << QStringLiteral("re [identifier] ok");
        QTest::newRow("lower case, spaced") << QStringLiteral("id ca 000 001 2345.") << QByteArray("CA0000012345")
                                            << QStringLiteral("id [identifier].");
        QTest::newRow("twice") << QStringLiteral("PT123456789/PT123456789") << QByteArray("PT123456789")
                               << QStringLiteral("[identifier]/[identifier]");
        QTest::newRow("last four only") << QStringLiteral("ends 6789") << QByteArray("PT123456789")
                                        << QStringLiteral("ends 6789");
    }

    void redaction()
    {
        QFETCH(QString, reason);
        QFETCH(QByteArray, identifier);
        QFETCH(QString, expected);
        QCOMPARE(RecordReveal::redacted(reason, identifier), expected);
    }
};

QTEST_GUILESS_MAIN(RecordRevealTest)
#include "RecordRevealTest.moc"
