// Full card numbers never leave the central service (issue #13, defect 2), run as an attacker would against the real
// custodian-central and a console store synced by the real `custodian-cli sync`:
//  * with a real supervisor token, every page of the records stream, pulled with raw HTTPS requests in JSON and in
//    CBOR, holds none of the demo's card numbers and no Luhn-valid 13–19 digit run in any string;
//  * the console's store after the sync — every page of the file and its WAL decrypted with the real data key, a dump
//    through Debian's sqlcipher shell, and every sealed value opened with the store's own sealing key — holds no card
//    number, and no token a console key could test candidate numbers against;
//  * a typed card number is looked up by the service; an online reveal with a reason works and is in the service's
//    reveal log (`custodian-central reveals`) and the console audit, never with the number; a reveal outside the
//    supervisor's scope is refused (403) and recorded; with the service stopped, a reveal says it needs the service.
#include "InteropSupport.h"
#include "SyncFixture.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Keyring.h"
#include "domain/IdentifierMasking.h"
#include "store/RecordLookup.h"
#include "store/SyncSettings.h"
#include "support/ResultChecks.h"
#include "sync/CentralRecords.h"
#include "sync/SyncHttpClient.h"
#include "sync/SyncWire.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <QtEndian>

#include <openssl/evp.h>

#include <map>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 Events = 20'000;
constexpr int PageSize = 4096;
constexpr int Reserve = 48; // SQLCipher 3: IV (16) + HMAC-SHA1 (20), rounded up to the AES block

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A number shown in a failure message: the demo's numbers are invented, but a test prints no more than a console.
QString masked(QByteArrayView pan)
{
    return IdentifierMasking::maskCard(pan);
}

// Every maximal run of 13–19 ASCII digits in `bytes` that passes the Luhn check and starts like a card number (2–6:
// the card industries; times, event ids and cursors start with 1).
QStringList luhnRuns(QByteArrayView bytes)
{
    QStringList found;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (bytes[i] < '0' || bytes[i] > '9') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] >= '0' && bytes[end] <= '9')
            ++end;
        const QByteArrayView run = bytes.sliced(i, end - i);
        if (run.size() >= 13 && run.size() <= 19 && run[0] >= '2' && run[0] <= '6' && IdentifierMasking::luhnValid(run))
            found << QStringLiteral("%1 at %2").arg(masked(run)).arg(i);
        i = end;
    }
    return found;
}

// The same in a text value, separators a person types between digits removed first.
QStringList luhnRunsInText(const QString& text)
{
    QByteArray compact;
    for (QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            compact += c.unicode() < 0x80 ? char(c.unicode()) : '?';
    }
    return luhnRuns(compact);
}

// SQLCipher 3.4.1 pages under a raw key: AES-256-CBC with the key as given, the IV in the page's reserved tail; page 1
// keeps its 16-byte salt in clear. Returns the plaintext of every page (or WAL frame) of `file`.
QByteArray decryptPages(const QByteArray& file, QByteArrayView key, bool wal, int* pages)
{
    QByteArray plain;
    *pages = 0;
    const qsizetype first = wal ? 32 : 0;
    const qsizetype frameHeader = wal ? 24 : 0;
    for (qsizetype at = first; at + frameHeader + PageSize <= file.size(); at += frameHeader + PageSize) {
        const QByteArrayView page = QByteArrayView(file).sliced(at + frameHeader, PageSize);
        const quint32 number = wal ? qFromBigEndian<quint32>(file.constData() + at) : quint32(1 + (at / PageSize));
        const int offset = number == 1 ? 16 : 0;
        const QByteArrayView iv = page.sliced(PageSize - Reserve, 16);
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        QByteArray out(PageSize - Reserve - offset, '\0');
        int written = 0;
        int final = 0;
        const bool ok
            = EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char*>(key.data()),
                                 reinterpret_cast<const unsigned char*>(iv.data()))
                == 1
            && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
            && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &written,
                                 reinterpret_cast<const unsigned char*>(page.data() + offset), int(out.size()))
                == 1
            && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + written, &final) == 1;
        EVP_CIPHER_CTX_free(ctx);
        if (!ok)
            return {};
        plain += out;
        ++*pages;
    }
    return plain;
}
} // namespace

class CardNumberEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsStreamCarriesNoCardNumber();
    void consoleStoreHoldsNoCardNumber();
    void cardNumberLookedUpByTheService();
    void onlineRevealIsRecorded();
    void revealOutsideScopeIsRefused();
    void revealWithServiceStoppedNeedsCentral();
    void cleanupTestCase();

private:
    // A client as any holder of `username`'s token could run it, outside the console.
    std::unique_ptr<SyncHttpClient> rawClient(const QString& username, bool cbor);
    QList<QCborMap> serviceReveals();
    std::pair<qint64, qint64> inScopeCardEvent(); // event, record
    qint64 lastAuditSeq();

    SyncFixture m_fixture;
    SyncFixture::Console m_console;
    QString m_supervisor; // a site manager: in scope are the records his site's agents opened
    qint64 m_supervisorId = 0;
    QString m_staff; // central staff: no site, no agents
    std::map<qint64, QByteArray> m_pans; // card record id → its number, from the service's own store
    std::map<qint64, QByteArray> m_serviceTokens; // card record id → the token the stream carried
};

void CardNumberEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.initialise(Events);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        // The service's own view: its supervisors, and the card numbers it holds (sealed under its own key).
        auto central = m_fixture.centralStore();
        CUSTODIAN_VERIFY_OK(central);
        Database& db = central->database();
        auto site = db.queryTexts(QStringLiteral(
            "SELECT username FROM supervisor WHERE site_id IS NOT NULL AND id NOT IN (SELECT manager_id FROM agent "
            "WHERE manager_id IS NOT NULL) ORDER BY id LIMIT 1"));
        CUSTODIAN_VERIFY_OK(site);
        QCOMPARE(site->size(), 1);
        m_supervisor = site->front();
        auto id = db.queryInt(QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'").arg(m_supervisor));
        CUSTODIAN_VERIFY_OK(id);
        m_supervisorId = *id;
        auto staff = db.queryTexts(QStringLiteral("SELECT username FROM supervisor WHERE site_id IS NULL AND id NOT IN "
                                                  "(SELECT manager_id FROM agent WHERE manager_id IS NOT NULL) "
                                                  "ORDER BY id LIMIT 1"));
        CUSTODIAN_VERIFY_OK(staff);
        QCOMPARE(staff->size(), 1);
        m_staff = staff->front();
        auto sealKey = central->secret(QStringLiteral("seal_key"));
        CUSTODIAN_VERIFY_OK(sealKey);
        auto cards = db.prepare(QStringLiteral("SELECT id, sealed_value FROM customer_record WHERE kind = 'card'"));
        CUSTODIAN_VERIFY_OK(cards);
        CUSTODIAN_VERIFY_OK(cards->forEachRow([&](const Statement& row) {
            const QByteArray sealed = row.blob(1);
            auto pan = AesGcm::open(*sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                    QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
            if (pan)
                m_pans[row.int64(0)] = pan->view().toByteArray();
        }));
    }
    QVERIFY2(m_pans.size() > 300, "the demo organisation holds card records with their numbers");
    for (const auto& [id, pan] : m_pans)
        QVERIFY2(IdentifierMasking::looksLikePan(pan), qPrintable(masked(pan)));

    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const int index = int(m_fixture.central().supervisors().indexOf(m_supervisor));
    QVERIFY(index >= 0);
    auto console = m_fixture.makeConsole(QStringLiteral("console"), index);
    CUSTODIAN_VERIFY_OK(console);
    m_console = *console;
    const auto synced = m_fixture.sync(m_console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QVERIFY(synced.pulled(QStringLiteral("records")) > qint64(m_pans.size()));
}

void CardNumberEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

std::unique_ptr<SyncHttpClient> CardNumberEndToEndTest::rawClient(const QString& username, bool cbor)
{
    SyncSettings settings;
    settings.serverUrl = m_fixture.central().url();
    settings.caPem = readAll(m_fixture.central().tlsFile(QStringLiteral("ca.pem")));
    settings.token = SecureBuffer::copyOf(readAll(m_fixture.central().tokenFile(username)).trimmed());
    settings.timeoutSeconds = 30;
    auto client = std::make_unique<SyncHttpClient>();
    client->setPreferCbor(cbor);
    // An attacker's own client: any console id, and a console key of its own per supervisor (a key is bound to the
    // supervisor who first used it, so it registers as a new console of that supervisor).
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("attacker-laptop:" + username.toUtf8()), QCryptographicHash::Sha256)
            .toHex());
    if (auto configured = client->configure(settings, QStringLiteral("attacker-laptop"), key); !configured) {
        qWarning("%s", qPrintable(configured.error().message()));
        return nullptr;
    }
    return client;
}

// The attacker's first step: a real token, the records stream page by page, and a search of every byte and every
// string for card numbers.
void CardNumberEndToEndTest::recordsStreamCarriesNoCardNumber()
{
    QList<QByteArray> needles;
    for (const auto& [id, pan] : m_pans)
        needles += encodings(QString::fromLatin1(pan));
    for (const bool cbor : { false, true }) {
        auto client = rawClient(m_supervisor, cbor);
        QVERIFY(client);
        QString cursor;
        int pages = 0;
        qint64 cardItems = 0;
        qint64 otherItems = 0;
        bool more = true;
        while (more) {
            QUrlQuery query;
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("700")); // several pages
            auto response = client->wait(client->get(QStringLiteral("streams/records"), query));
            CUSTODIAN_VERIFY_OK(response);
            QCOMPARE(response->status, 200);
            ++pages;
            // The raw bytes first: no encoding of any of the demo's card numbers.
            const QList<qsizetype> leaked = findNeedles(response->body, needles);
            QVERIFY2(leaked.isEmpty(),
                     qPrintable(QStringLiteral("page %1 (%2) holds a card number")
                                    .arg(pages)
                                    .arg(cbor ? QStringLiteral("CBOR") : QStringLiteral("JSON"))));
            auto page
                = SyncWire::decodePage(response->body, *response->format, QStringLiteral("records"), false, 10'000);
            CUSTODIAN_VERIFY_OK(page);
            for (const QCborValue& value : page->items) {
                const QCborMap item = value.toMap();
                const qint64 id = item.value(QLatin1String("id")).toInteger();
                // Every string of every item (the token is hex by contract, checked below instead).
                for (auto it = item.cbegin(); it != item.cend(); ++it) {
                    if (!it.value().isString() || it.key().toString() == QLatin1String("token"))
                        continue;
                    const QStringList runs = luhnRunsInText(it.value().toString());
                    QVERIFY2(runs.isEmpty(),
                             qPrintable(QStringLiteral("record %1, field %2: %3")
                                            .arg(id)
                                            .arg(it.key().toString(), runs.join(QLatin1Char(' ')))));
                }
                const auto pan = m_pans.find(id);
                if (pan == m_pans.end()) {
                    QVERIFY(item.value(QLatin1String("identifier")).isString());
                    ++otherItems;
                    continue;
                }
                ++cardItems;
                QVERIFY(!item.contains(QLatin1String("identifier")));
                QCOMPARE(item.value(QLatin1String("masked")).toString(), IdentifierMasking::maskCard(pan->second));
                const QString token = item.value(QLatin1String("token")).toString();
                QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(token).hasMatch(),
                         qPrintable(token.left(80)));
                m_serviceTokens[id] = QByteArray::fromHex(token.toLatin1());
            }
            more = page->more;
            cursor = page->cursor;
        }
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        qInfo("records stream in %s: %d pages, %lld card records as token and masked form, %lld others, searched for "
              "%lld card numbers",
              cbor ? "CBOR" : "JSON", pages, cardItems, otherItems, qlonglong(m_pans.size()));
        QCOMPARE(cardItems, qint64(m_pans.size())); // every card record is there, as token and masked form
        QVERIFY(otherItems > 0);
    }
}

// The attacker's second step: the console's store, with its passphrase (so with the data key and every secret inside).
void CardNumberEndToEndTest::consoleStoreHoldsNoCardNumber()
{
    auto keyring = Keyring::load(Keyring::pathFor(m_console.path));
    CUSTODIAN_VERIFY_OK(keyring);
    auto keys = keyring->unlockWithPassphrase(QByteArrayView(SyncFixture::Passphrase));
    CUSTODIAN_VERIFY_OK(keys);
    QCOMPARE(int(keys->current.size()), 32);
    QList<QByteArray> needles;
    for (const auto& [id, pan] : m_pans)
        needles += encodings(QString::fromLatin1(pan));

    // Every page of the file and of its WAL, decrypted: live rows, free pages and old page versions alike.
    QByteArray plain;
    int pages = 0;
    for (const QString& file : QStringList { m_console.path, m_console.path + QStringLiteral("-wal") }) {
        const QByteArray bytes = readAll(file);
        int count = 0;
        plain += decryptPages(bytes, keys->current.view(), file.endsWith(QLatin1String("-wal")), &count);
        pages += count;
    }
    QVERIFY(pages > 100);
    qInfo("decrypted %d pages of the console's store and WAL (%lld KB of plaintext)", pages,
          qlonglong(plain.size() / 1024));
    // Positive controls: page 1 decrypts to a database header (page size 4096 at offset 16, here 0 after the salt),
    // and the masked form of a card the console shows is there to be found.
    QCOMPARE(quint8(plain.at(0)), quint8(0x10));
    QCOMPARE(quint8(plain.at(1)), quint8(0x00));
    QVERIFY(plain.contains(IdentifierMasking::maskCard(m_pans.begin()->second).toLatin1()));
    QVERIFY2(findNeedles(plain, needles).isEmpty(), "a card number is readable in the decrypted store");
    const QStringList runs = luhnRuns(plain);
    QVERIFY2(runs.isEmpty(), qPrintable(runs.mid(0, 10).join(QStringLiteral(", "))));

    // Through Debian's sqlcipher shell with the raw key: the whole dump.
    const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n.dump\n")
                                  .arg(hex(keys->current.view()))
                                  .toUtf8();
    const CliRunner::Outcome dump = runSqlcipherShell(m_console.path, script, 120'000);
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.err.left(500)));
    QVERIFY(dump.out.contains(IdentifierMasking::maskCard(m_pans.begin()->second)));
    QVERIFY2(findNeedles(dump.out.toUtf8(), needles).isEmpty(), "a card number is in the sqlcipher dump");

    // What the store's own secrets open: no sealed value is a card number, no card record has one, and no card
    // record's token is this console's HMAC of its number (which, beside BIN + last 4, would give the number back).
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto sealKey = store->secret(QStringLiteral("seal_key"));
    CUSTODIAN_VERIFY_OK(sealKey);
    auto tokenKey = store->secret(QStringLiteral("token_key"));
    CUSTODIAN_VERIFY_OK(tokenKey);
    qint64 opened = 0;
    QStringList cardsOpened; // record ids whose sealed value is a card number
    auto sealed = store->database().prepare(
        QStringLiteral("SELECT id, kind, sealed_value FROM customer_record WHERE sealed_value IS NOT NULL"));
    CUSTODIAN_VERIFY_OK(sealed);
    CUSTODIAN_VERIFY_OK(sealed->forEachRow([&](const Statement& row) {
        const QByteArray value = row.blob(2);
        auto identifier = AesGcm::open(*sealKey, QByteArrayView(value).first(AesGcm::NonceSize),
                                       QByteArrayView(value).sliced(AesGcm::NonceSize), {});
        if (!identifier || row.text(1) == QLatin1String("card") || IdentifierMasking::looksLikePan(identifier->view()))
            cardsOpened << QString::number(row.int64(0));
        ++opened;
    }));
    // The brute-force test: does the console's own token key reproduce a card record's token from its number?
    auto byToken = store->database().prepare(QStringLiteral("SELECT id FROM customer_record WHERE token = ?"));
    CUSTODIAN_VERIFY_OK(byToken);
    QStringList testable;
    for (const auto& [id, pan] : m_pans) {
        byToken->reset();
        byToken->bindBlob(1, Digest::hmacSha256(*tokenKey, pan));
        auto row = byToken->step();
        CUSTODIAN_VERIFY_OK(row);
        if (*row)
            testable << QString::number(id);
    }
    byToken->reset();
    qInfo("opened %lld sealed values with the store's key: %lld are card numbers; %lld card records' tokens are the "
          "console's HMAC of their number",
          opened, qlonglong(cardsOpened.size()), qlonglong(testable.size()));
    QVERIFY2(cardsOpened.isEmpty(),
             qPrintable(QStringLiteral("%1 sealed values open to card numbers with the store's "
                                       "own key (records %2 …)")
                            .arg(cardsOpened.size())
                            .arg(cardsOpened.mid(0, 5).join(QStringLiteral(", ")))));
    QVERIFY2(testable.isEmpty(),
             qPrintable(QStringLiteral("%1 card numbers can be tested against their record's token "
                                       "with the console's own key (records %2 …)")
                            .arg(testable.size())
                            .arg(testable.mid(0, 5).join(QStringLiteral(", ")))));
    QVERIFY(opened > 0);
    QCOMPARE(SyncFixture::count(m_console,
                                QStringLiteral("SELECT count(*) FROM customer_record WHERE kind = 'card' "
                                               "AND sealed_value IS NOT NULL")),
             0);
    // Each card record's token is the service's, as the stream carried it.
    for (const auto& [id, pan] : m_pans) {
        QVERIFY(m_serviceTokens.count(id) == 1);
        byToken->reset();
        byToken->bindBlob(1, m_serviceTokens.at(id));
        auto row = byToken->step();
        CUSTODIAN_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(byToken->int64(0), id);
    }
}

void CardNumberEndToEndTest::cardNumberLookedUpByTheService()
{
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    const auto& [id, pan] = *m_pans.begin();
    QString typed;
    for (qsizetype i = 0; i < pan.size(); ++i)
        typed += (i > 0 && i % 4 == 0 ? QStringLiteral(" ") : QString()) + QLatin1Char(pan[i]);
    // The console alone cannot tell which record a card number belongs to.
    CUSTODIAN_VERIFY_ERROR(RecordLookup::find(*store, typed), Error::Code::NotFound);
    QVERIFY(RecordLookup::needsCentral(typed));
    QVERIFY(!RecordLookup::needsCentral(QStringLiteral("CA0000012345")));
    const qint64 before = m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_lookup"));
    CentralRecords central;
    auto found = central.lookUp(store->database(), typed);
    CUSTODIAN_VERIFY_OK(found);
    QCOMPARE(found->recordId, id);
    QCOMPARE(found->masked, IdentifierMasking::maskCard(pan));
    // A valid card number nobody has.
    auto unknown = central.lookUp(store->database(), QStringLiteral("4999 9901 2345 6789"));
    CUSTODIAN_VERIFY_ERROR(unknown, Error::Code::NotFound);
    QVERIFY2(unknown.error().message().contains(QStringLiteral("No customer record has this card number")),
             qPrintable(unknown.error().message()));
    // Both are in the service's look-up log, without the numbers.
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_lookup")), before + 2);
    QCOMPARE(
        m_fixture.centralCount(
            QStringLiteral("SELECT count(*) FROM central_lookup WHERE record_id = %1 AND console_id <> ''").arg(id)),
        1);
}

qint64 CardNumberEndToEndTest::lastAuditSeq()
{
    return SyncFixture::count(m_console, QStringLiteral("SELECT coalesce(max(seq), 0) FROM console_audit"));
}

std::pair<qint64, qint64> CardNumberEndToEndTest::inScopeCardEvent()
{
    auto store = m_console.unlock();
    if (!store)
        return {};
    auto row = store->database().prepare(
        QStringLiteral(
            "SELECT e.id, e.record_id FROM access_event e JOIN customer_record r ON r.id = e.record_id JOIN agent a ON "
            "a.id = e.agent_id JOIN team t ON t.id = a.team_id WHERE r.kind = 'card' AND t.site_id = (SELECT site_id "
            "FROM "
            "supervisor WHERE id = %1) ORDER BY e.id LIMIT 1")
            .arg(m_supervisorId));
    if (!row)
        return {};
    auto found = row->step();
    if (!found || !*found)
        return {};
    return { row->int64(0), row->int64(1) };
}

QList<QCborMap> CardNumberEndToEndTest::serviceReveals()
{
    QProcess process;
    const CliRunner::Outcome listed
        = CliRunner::runProgram(process, CentralProcess::executable(),
                                { QStringLiteral("reveals"), QStringLiteral("--data"),
                                  m_fixture.central().dataDirectory(), QStringLiteral("--json") },
                                60'000);
    if (listed.exitCode != 0)
        qWarning("custodian-central reveals: %s", qPrintable(listed.err));
    for (const auto& [id, pan] : m_pans) {
        if (listed.out.contains(QString::fromLatin1(pan)))
            qWarning("custodian-central reveals prints the number of record %lld", id);
    }
    QList<QCborMap> entries;
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        entries << QCborMap::fromJsonObject(value.toObject());
    return entries;
}

void CardNumberEndToEndTest::onlineRevealIsRecorded()
{
    const auto [eventId, recordId] = inScopeCardEvent();
    QVERIFY(eventId > 0 && m_pans.count(recordId) == 1);
    const QByteArray& pan = m_pans.at(recordId);
    const qint64 before = lastAuditSeq();
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    CentralRecords central;
    // The supervisor pastes the number into the reason: neither log keeps it.
    const QString reason = QStringLiteral("Chargeback CB-4411, customer read %1 aloud").arg(QString::fromLatin1(pan));
    auto revealed = central.reveal(store->database(), { recordId, reason, QStringLiteral("console:tester"), eventId });
    CUSTODIAN_VERIFY_OK(revealed);
    QCOMPARE(revealed->identifier.view().toByteArray(), pan);
    QCOMPARE(revealed->masked, IdentifierMasking::maskCard(pan));
    QVERIFY(revealed->auditSeq > before);

    // The console audit: one record.reveal, via the service, with the reason and never the number.
    auto entry = store->database().prepare(
        QStringLiteral("SELECT action, target, detail FROM console_audit WHERE seq > ? ORDER BY seq"));
    CUSTODIAN_VERIFY_OK(entry);
    entry->bind(1, before);
    auto row = entry->step();
    CUSTODIAN_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(entry->text(0), QStringLiteral("record.reveal"));
    QCOMPARE(entry->text(1), QStringLiteral("record:%1").arg(recordId));
    const QJsonObject detail = QJsonDocument::fromJson(entry->text(2).toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("via")).toString(), QStringLiteral("central"));
    QCOMPARE(detail.value(QStringLiteral("event")).toInteger(), eventId);
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Chargeback CB-4411, customer read [identifier] aloud"));
    QVERIFY(!entry->text(2).contains(QString::fromLatin1(pan)));
    const qint64 centralReveal = detail.value(QStringLiteral("central_reveal")).toInteger();
    QVERIFY(centralReveal > 0);
    QVERIFY(!*entry->step()); // exactly one entry
    // The card number is still nowhere in the store.
    QCOMPARE(SyncFixture::count(m_console,
                                QStringLiteral("SELECT count(*) FROM customer_record WHERE id = %1 AND "
                                               "sealed_value IS NULL")
                                    .arg(recordId)),
             1);

    // The service's reveal log, as an administrator reads it.
    const QList<QCborMap> log = serviceReveals();
    QVERIFY(!log.isEmpty());
    const QCborMap last = log.last();
    QCOMPARE(last.value(QLatin1String("id")).toInteger(), centralReveal);
    QCOMPARE(last.value(QLatin1String("supervisor")).toString(), m_supervisor);
    QCOMPARE(last.value(QLatin1String("record")).toInteger(), recordId);
    QCOMPARE(last.value(QLatin1String("event")).toInteger(), eventId);
    QCOMPARE(last.value(QLatin1String("outcome")).toString(), QStringLiteral("revealed"));
    QCOMPARE(last.value(QLatin1String("reason")).toString(),
             QStringLiteral("Chargeback CB-4411, customer read [identifier] aloud"));
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_reveal WHERE reason LIKE '%%1%'")
                                        .arg(QString::fromLatin1(pan))),
             0);

    // Raw: without a reason the service reveals nothing.
    auto client = rawClient(m_supervisor, false);
    QVERIFY(client);
    QCborMap noReason;
    noReason.insert(QLatin1String("event"), eventId);
    auto refused
        = client->wait(client->post(QStringLiteral("records/%1/reveal").arg(recordId),
                                    SyncWire::encode(noReason, SyncWire::Format::Json), SyncWire::Format::Json));
    CUSTODIAN_VERIFY_OK(refused);
    QCOMPARE(refused->status, 422);
    QVERIFY(!refused->body.contains(pan));
}

void CardNumberEndToEndTest::revealOutsideScopeIsRefused()
{
    // A card record no agent of this supervisor's site (or managed by him) ever opened.
    auto store = m_console.unlock();
    CUSTODIAN_VERIFY_OK(store);
    auto row = store->database().prepare(
        QStringLiteral(
            "SELECT r.id, (SELECT min(e.id) FROM access_event e WHERE e.record_id = r.id) FROM customer_record r WHERE "
            "r.kind = 'card' AND EXISTS (SELECT 1 FROM access_event e WHERE e.record_id = r.id) AND NOT EXISTS (SELECT "
            "1 "
            "FROM access_event e JOIN agent a ON a.id = e.agent_id JOIN team t ON t.id = a.team_id WHERE e.record_id = "
            "r.id AND (a.manager_id = %1 OR t.site_id = (SELECT site_id FROM supervisor WHERE id = %1))) ORDER BY r.id "
            "LIMIT 1")
            .arg(m_supervisorId));
    CUSTODIAN_VERIFY_OK(row);
    auto found = row->step();
    CUSTODIAN_VERIFY_OK(found);
    QVERIFY(*found);
    const qint64 recordId = row->int64(0);
    const qint64 eventId = row->int64(1);
    row->reset();
    const QByteArray& pan = m_pans.at(recordId);
    const qint64 refusalsBefore
        = m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_reveal WHERE outcome = 'refused'"));
    const qint64 before = lastAuditSeq();

    CentralRecords central;
    auto revealed = central.reveal(store->database(),
                                   { recordId, QStringLiteral("curious"), QStringLiteral("console:tester"), eventId });
    CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::Rejected);
    QVERIFY2(revealed.error().message().contains(QStringLiteral("outside your scope")),
             qPrintable(revealed.error().message()));
    QVERIFY(!revealed.error().message().contains(QString::fromLatin1(pan)));
    // Kept as a refusal in the console audit, and in the service's log.
    auto actions = store->database().queryTexts(
        QStringLiteral("SELECT action FROM console_audit WHERE seq > %1 ORDER BY seq").arg(before));
    CUSTODIAN_VERIFY_OK(actions);
    QCOMPARE(*actions, QStringList { QStringLiteral("record.reveal.refused") });
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM central_reveal WHERE outcome = 'refused'")),
             refusalsBefore + 1);
    const QList<QCborMap> log = serviceReveals();
    QVERIFY(!log.isEmpty());
    const QCborMap last = log.last();
    QCOMPARE(last.value(QLatin1String("record")).toInteger(), recordId);
    QCOMPARE(last.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));

    // Naming an event of his own site does not help: the event must be an access to that record.
    const auto [ownEvent, ownRecord] = inScopeCardEvent();
    QVERIFY(ownRecord != recordId);
    auto mismatched = central.reveal(
        store->database(), { recordId, QStringLiteral("curious"), QStringLiteral("console:tester"), ownEvent });
    CUSTODIAN_VERIFY_ERROR(mismatched, Error::Code::Rejected);
    QVERIFY2(mismatched.error().message().contains(QStringLiteral("is not an access to customer record")),
             qPrintable(mismatched.error().message()));

    // Central staff (no site, no agents) get no card number at all, even of a record in another's scope.
    auto client = rawClient(m_staff, false);
    QVERIFY(client);
    QCborMap asked;
    asked.insert(QLatin1String("reason"), QStringLiteral("audit sample"));
    auto staff = client->wait(client->post(QStringLiteral("records/%1/reveal").arg(ownRecord),
                                           SyncWire::encode(asked, SyncWire::Format::Json), SyncWire::Format::Json));
    CUSTODIAN_VERIFY_OK(staff);
    QCOMPARE(staff->status, 403);
    QVERIFY(staff->body.contains("out_of_scope"));
    QVERIFY(!staff->body.contains(m_pans.at(ownRecord)));
}

void CardNumberEndToEndTest::revealWithServiceStoppedNeedsCentral()
{
    const auto [eventId, recordId] = inScopeCardEvent();
    QVERIFY(eventId > 0);
    m_fixture.central().stop();
    const qint64 before = lastAuditSeq();
    {
        auto store = m_console.unlock();
        CUSTODIAN_VERIFY_OK(store);
        CentralRecords central;
        auto revealed = central.reveal(
            store->database(), { recordId, QStringLiteral("callback"), QStringLiteral("console:tester"), eventId });
        CUSTODIAN_VERIFY_ERROR(revealed, Error::Code::Offline);
        QVERIFY2(revealed.error().message().contains(QStringLiteral("needs the central service")),
                 qPrintable(revealed.error().message()));
        QVERIFY2(revealed.error().message().contains(QStringLiteral("cannot be reached")),
                 qPrintable(revealed.error().message()));
        auto looked = central.lookUp(store->database(), QString::fromLatin1(m_pans.at(recordId)));
        CUSTODIAN_VERIFY_ERROR(looked, Error::Code::Offline);
        QVERIFY2(looked.error().message().contains(QStringLiteral("needs the central service")),
                 qPrintable(looked.error().message()));
    }
    QCOMPARE(lastAuditSeq(), before); // nothing revealed, nothing to record
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

QTEST_GUILESS_MAIN(CardNumberEndToEndTest)
#include "CardNumberEndToEndTest.moc"
