// Schema migrations: from nothing to the latest version, from version 1 with real data to version 2 (whose
// backfills are checked against hand-computed values), refusing a store from a newer Custodian, and rolling back
// a migration that fails half-way.
#include "crypto/SecureRandom.h"
#include "store/Database.h"
#include "store/SchemaMigrator.h"
#include "store/SchemaScripts.h"
#include "store/Store.h"
#include "support/FileSnapshot.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>
#include <optional>

using namespace custodian;
using custodian::test::describe;
using custodian::test::FileSnapshot;
using custodian::test::TestStore;

namespace {
// Hour numbers (occurred_at / 3 600 000) of the fixture; 2026-01-01 00:00 UTC is hour 490 896.
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 H = 490'896;

// A v1 fixture: two sites, two teams, two agents, two workstations, one customer record, six access events over
// three hours (one without a workstation), one incident, one role.
constexpr char FixtureV1[] = R"sql(
INSERT INTO site (id, code, name, timezone, country) VALUES
    (1, 'LIS', 'Lisbon Riverside', 'Europe/Lisbon', 'PT'),
    (2, 'POR', 'Porto Harbour', 'Europe/Lisbon', 'PT');
INSERT INTO team (id, site_id, name) VALUES (1, 1, 'Payments Desk'), (2, 2, 'Retention');
INSERT INTO agent (id, employee_no, display_name, team_id, hired_at) VALUES
    (1, 'E1001', 'Marisol Quintero', 1, 1700000000000),
    (2, 'E1002', 'Tobias Okonkwo', 2, 1700000000000);
INSERT INTO workstation (id, hostname, site_id) VALUES (1, 'ws-lis-017', 1), (2, 'ws-por-203', 2);
INSERT INTO customer_record (id, token, data_class, kind, masked) VALUES (1, x'0102', 2, 'card', '411111******1111');
INSERT INTO incident (id, reference, title, description, severity, category, phase, opened_at, detected_at) VALUES
    (1, 'INC-2026-0042', 'Unexplained nightly export', 'Spreadsheet left on share', 3, 'insider_misuse', 2,
     1767225600000, 1767225600000);
INSERT INTO role (id, code, name, description) VALUES (1, 'card_reveal', 'Payment card reveal', 'May unmask PAN');
)sql";

struct Event
{
    qint64 id;
    qint64 at;
    int agent;
    int dataClass;
    int outcome;
    std::optional<int> workstation;
};

const Event Events[] = {
    { 1, H* HourMs + 60'000, 1, 2, 1, 1 }, // hour H, agent 1, card, success, ws 1
    { 2, H* HourMs + 1'200'000, 1, 2, 1, 1 }, // hour H, agent 1, card, success, ws 1
    { 3, H* HourMs + HourMs - 1, 1, 2, 2, 2 }, // hour H (last ms), agent 1, card, denied, ws 2
    { 4, (H + 1) * HourMs, 1, 2, 1, 1 }, // hour H+1 (first ms), agent 1, card, success, ws 1
    { 5, (H + 1) * HourMs + 5, 2, 1, 1, 2 }, // hour H+1, agent 2, pii, success, ws 2
    { 6, (H + 3) * HourMs, 2, 1, 1, std::nullopt }, // hour H+3, agent 2, pii, success, no workstation
};

Status insertEvents(Database& database)
{
    for (const Event& event : Events) {
        auto statement = database.prepare(QStringLiteral(
            "INSERT INTO access_event (id, occurred_at, agent_id, record_id, data_class, action, outcome, channel, "
            "workstation_id, session_id) VALUES (?, ?, ?, 1, ?, 1, ?, 1, ?, 77)"));
        if (!statement)
            return statement.error();
        statement->bind(1, event.id)
            .bind(2, event.at)
            .bind(3, event.agent)
            .bind(4, event.dataClass)
            .bind(5, event.outcome);
        statement->bindOptional(6, event.workstation ? std::optional<qint64>(*event.workstation) : std::nullopt);
        if (auto status = statement->run(); !status)
            return status;
    }
    return {};
}

Result<QStringList> rows(Database& database, const QString& sql)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    QStringList out;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QStringList columns;
        for (int c = 0; c < statement->columnCount(); ++c)
            columns << statement->text(c);
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

Result<bool> tableExists(Database& database, const QString& name)
{
    auto statement = database.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, name);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->int64(0) > 0;
}
} // namespace

class SchemaMigrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latestVersionMatchesScripts();
    void emptyFileToLatest_data();
    void emptyFileToLatest();
    void migratingTwiceIsANoOp();
    void fromVersion1WithData();
    void withdrawnIncidentPhaseMigrates();
    void newerSchemaIsRefused();
    void newerSchemaIsRefusedByStore();
    void failingMigrationRollsBack();
    void cardNumbersLeaveTheConsole();
    void serviceStoreKeepsCardNumbers();

private:
    // A store one migration short of the latest (before 0007), with a sealed card number and a console token of it, a
    // record of the payment-card class, an account, and a records cursor.
    [[nodiscard]] Status prepareBeforeCardMigration(Database& database);
    [[nodiscard]] Result<Database> openKeyed();

    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    SecureBuffer m_key;
};

void SchemaMigrationTest::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("migration.custodian"));
    m_key = SecureRandom::key(32);
}

void SchemaMigrationTest::cleanup()
{
    m_dir.reset();
}

Result<Database> SchemaMigrationTest::openKeyed()
{
    auto database = Database::open(m_path, m_key, Database::Mode::ReadWriteCreate);
    if (!database)
        return database;
    if (auto status = database->configure(); !status)
        return status.error();
    return database;
}

void SchemaMigrationTest::latestVersionMatchesScripts()
{
    // 0001…000n: a script's number is the version it brings the store to (EmbedSchema.cmake checks it), so the
    // latest version is the number of scripts — counted, not written here, so that a migration added (or
    // renumbered at a merge) does not need this line changed.
    QVERIFY(!SchemaScripts::all().empty());
    QCOMPARE(SchemaMigrator::latestVersion(), int(SchemaScripts::all().size()));
}

void SchemaMigrationTest::emptyFileToLatest_data()
{
    QTest::addColumn<bool>("zeroByteFile");
    QTest::newRow("no file") << false;
    QTest::newRow("zero-byte file") << true;
}

void SchemaMigrationTest::emptyFileToLatest()
{
    QFETCH(bool, zeroByteFile);
    if (zeroByteFile) {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
    }
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    auto before = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(before);
    QCOMPARE(*before, 0);

    auto migrated = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_OK(migrated);
    QCOMPARE(*migrated, 0); // the version it had before
    auto after = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(after);
    QCOMPARE(*after, SchemaMigrator::latestVersion());
    for (const QString& table :
         { QStringLiteral("store_meta"), QStringLiteral("access_event"), QStringLiteral("console_audit"),
           QStringLiteral("access_hourly"), QStringLiteral("agent_workstation"), QStringLiteral("search_text") }) {
        auto exists = tableExists(*database, table);
        CUSTODIAN_VERIFY_OK(exists);
        QVERIFY2(*exists, qPrintable(table + QStringLiteral(" is missing")));
    }
    auto lookups = database->queryInt(QStringLiteral("SELECT count(*) FROM access_action"));
    CUSTODIAN_VERIFY_OK(lookups);
    QCOMPARE(*lookups, qint64(8));
    auto integrity = database->queryText(QStringLiteral("PRAGMA integrity_check"));
    CUSTODIAN_VERIFY_OK(integrity);
    QCOMPARE(*integrity, QStringLiteral("ok"));

    // The file is encrypted: no SQLite header in clear.
    database->close();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.read(16).startsWith("SQLite format 3"), "the migrated file is not encrypted");
}

void SchemaMigrationTest::migratingTwiceIsANoOp()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database));
    auto again = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_OK(again);
    QCOMPARE(*again, SchemaMigrator::latestVersion());
    auto version = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(version);
    QCOMPARE(*version, SchemaMigrator::latestVersion());
}

// Schema 15: NIST SP 800-61 Rev. 3's phases. An incident and a timeline entry in Rev. 2's withdrawn post-incident
// phase (code 6) are recovering afterwards, the other codes keep their rows under their new names, and code 6 is gone.
void SchemaMigrationTest::withdrawnIncidentPhaseMigrates()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database, 13));
    CUSTODIAN_VERIFY_OK(database->execScript(QByteArrayLiteral(
        "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at) VALUES "
        "(1, 'INC-2026-0001', 'Lessons pending', 2, 'lost_device', 6, 1, 1), "
        "(2, 'INC-2026-0002', 'Being contained', 3, 'insider_misuse', 3, 1, 1), "
        "(3, 'INC-2026-0003', 'Done', 1, 'phishing', 7, 1, 1);"
        "INSERT INTO incident_timeline (incident_id, at, kind, phase, text) VALUES (1, 1, 'phase_change', 6, 'x'), "
        "(1, 2, 'note', NULL, 'y'), (2, 1, 'phase_change', 3, 'z');")));
    auto migrated = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_OK(migrated);
    auto phases = rows(*database, QStringLiteral("SELECT id, phase FROM incident ORDER BY id"));
    CUSTODIAN_VERIFY_OK(phases);
    QCOMPARE(*phases, (QStringList { QStringLiteral("1|5"), QStringLiteral("2|3"), QStringLiteral("3|7") }));
    auto entries = rows(*database,
                        QStringLiteral("SELECT incident_id, coalesce(phase, '-') FROM incident_timeline "
                                       "ORDER BY id"));
    CUSTODIAN_VERIFY_OK(entries);
    QCOMPARE(*entries, (QStringList { QStringLiteral("1|5"), QStringLiteral("1|-"), QStringLiteral("2|3") }));
    auto names = rows(*database, QStringLiteral("SELECT code, name FROM incident_phase ORDER BY code"));
    CUSTODIAN_VERIFY_OK(names);
    QCOMPARE(
        *names,
        (QStringList { QStringLiteral("1|declared"), QStringLiteral("2|analysing"), QStringLiteral("3|containing"),
                       QStringLiteral("4|eradicating"), QStringLiteral("5|recovering"), QStringLiteral("7|closed") }));
}

void SchemaMigrationTest::fromVersion1WithData()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    auto toV1 = SchemaMigrator::migrate(*database, 1);
    CUSTODIAN_VERIFY_OK(toV1);
    auto v1 = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(v1);
    QCOMPARE(*v1, 1);
    auto hourlyAtV1 = tableExists(*database, QStringLiteral("access_hourly"));
    CUSTODIAN_VERIFY_OK(hourlyAtV1);
    QVERIFY2(!*hourlyAtV1, "version 1 already has version 2's tables");

    CUSTODIAN_VERIFY_OK(database->execScript(QByteArray(FixtureV1)));
    CUSTODIAN_VERIFY_OK(insertEvents(*database));
    // Reopen, as an older Custodian would have left it.
    database->close();
    database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);

    auto migrated = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_OK(migrated);
    QCOMPARE(*migrated, 1);
    auto version = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(version);
    QCOMPARE(*version, SchemaMigrator::latestVersion());

    // access_hourly: one row per (hour, agent, data class, outcome), counted by hand from Events.
    auto hourly = rows(*database,
                       QStringLiteral("SELECT hour, agent_id, data_class, outcome, events FROM access_hourly "
                                      "ORDER BY hour, agent_id, data_class, outcome"));
    CUSTODIAN_VERIFY_OK(hourly);
    const QString h0 = QString::number(H);
    const QString h1 = QString::number(H + 1);
    const QString h3 = QString::number(H + 3);
    const QStringList expectedHourly {
        h0 + QStringLiteral("|1|2|1|2"), // events 1, 2
        h0 + QStringLiteral("|1|2|2|1"), // event 3 (denied, last millisecond of the hour)
        h1 + QStringLiteral("|1|2|1|1"), // event 4 (first millisecond of the next hour)
        h1 + QStringLiteral("|2|1|1|1"), // event 5
        h3 + QStringLiteral("|2|1|1|1"), // event 6 (no workstation, still counted)
    };
    QCOMPARE(*hourly, expectedHourly);
    auto total = database->queryInt(QStringLiteral("SELECT sum(events) FROM access_hourly"));
    CUSTODIAN_VERIFY_OK(total);
    QCOMPARE(*total, qint64(std::size(Events)));

    // agent_workstation: first and last sighting per (agent, workstation); event 6 has no workstation.
    auto seen = rows(*database,
                     QStringLiteral("SELECT agent_id, workstation_id, first_seen_at, last_seen_at "
                                    "FROM agent_workstation ORDER BY agent_id, workstation_id"));
    CUSTODIAN_VERIFY_OK(seen);
    const QStringList expectedSeen {
        QStringLiteral("1|1|%1|%2").arg(Events[0].at).arg(Events[3].at),
        QStringLiteral("1|2|%1|%1").arg(Events[2].at),
        QStringLiteral("2|2|%1|%1").arg(Events[4].at),
    };
    QCOMPARE(*seen, expectedSeen);

    // search_text finds the agent by name (and by site), the incident by a title word, and the others.
    const QList<std::pair<QString, QString>> searches {
        { QStringLiteral("Quintero"), QStringLiteral("agent|1") },
        { QStringLiteral("okonkwo"), QStringLiteral("agent|2") },
        { QStringLiteral("Riverside"), QStringLiteral("agent|1") },
        { QStringLiteral("nightly"), QStringLiteral("incident|1") },
        { QStringLiteral("\"INC 2026 0042\""), QStringLiteral("incident|1") },
        { QStringLiteral("ws"), QString() }, // checked below: two workstations
        { QStringLiteral("reveal"), QStringLiteral("role|1") },
        { QStringLiteral("1111"), QStringLiteral("record|1") },
    };
    for (const auto& [query, expected] : searches) {
        auto statement = database->prepare(
            QStringLiteral("SELECT kind, ref_id FROM search_text WHERE search_text MATCH ? ORDER BY kind, ref_id"));
        CUSTODIAN_VERIFY_OK(statement);
        statement->bind(1, query);
        QStringList found;
        for (;;) {
            auto row = statement->step();
            CUSTODIAN_VERIFY_OK(row);
            if (!*row)
                break;
            found << statement->text(0) + QLatin1Char('|') + statement->text(1);
        }
        if (expected.isEmpty())
            QCOMPARE(found, QStringList({ QStringLiteral("workstation|1"), QStringLiteral("workstation|2") }));
        else
            QVERIFY2(found == QStringList { expected },
                     qPrintable(QStringLiteral("MATCH '%1' found [%2], expected %3")
                                    .arg(query, found.join(QStringLiteral(", ")), expected)));
    }
    auto indexed = database->queryInt(QStringLiteral("SELECT count(*) FROM search_text"));
    CUSTODIAN_VERIFY_OK(indexed);
    QCOMPARE(*indexed, qint64(2 + 2 + 1 + 1 + 1)); // agents, workstations, record, incident, role

    // The data itself is untouched.
    auto events = database->queryInt(QStringLiteral("SELECT count(*) FROM access_event"));
    CUSTODIAN_VERIFY_OK(events);
    QCOMPARE(*events, qint64(std::size(Events)));
    auto foreignKeys = rows(*database, QStringLiteral("PRAGMA foreign_key_check"));
    CUSTODIAN_VERIFY_OK(foreignKeys);
    QVERIFY2(foreignKeys->isEmpty(), qPrintable(foreignKeys->join(QLatin1Char(';'))));
}

void SchemaMigrationTest::newerSchemaIsRefused()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database));
    const int newer = SchemaMigrator::latestVersion() + 1;
    CUSTODIAN_VERIFY_OK(database->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));

    auto migrated = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_ERROR(migrated, Error::Code::SchemaTooNew);
    QVERIFY2(migrated.error().message().contains(QString::number(newer)), qPrintable(migrated.error().message()));
    QVERIFY2(migrated.error().message().contains(QLatin1String("newer")), qPrintable(migrated.error().message()));
    auto version = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(version);
    QCOMPARE(*version, newer);
}

// Through the real unlock path: a store written by a newer Custodian is refused and left alone.
void SchemaMigrationTest::newerSchemaIsRefusedByStore()
{
    TestStore test;
    QVERIFY2(test.isValid(), qPrintable(test.errorMessage()));
    CUSTODIAN_VERIFY_OK(test.store().database().exec(QStringLiteral("PRAGMA user_version = 99")));
    test.close();
    const FileSnapshot before = FileSnapshot::of(test.directory());
    auto store = test.reopen();
    CUSTODIAN_VERIFY_ERROR(store, Error::Code::SchemaTooNew);
    QVERIFY2(store.error().message().contains(QLatin1String("99")), qPrintable(store.error().message()));
    const FileSnapshot after = FileSnapshot::of(test.directory());
    QVERIFY2(before == after, qPrintable(QStringLiteral("files changed: ") + before.describeDifference(after)));
}

// Version 2's script fails half-way (a plain table already takes the name of its full-text table, after it has
// created access_hourly and agent_workstation): nothing of it may remain, and user_version stays at 1.
void SchemaMigrationTest::failingMigrationRollsBack()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database, 1));
    CUSTODIAN_VERIFY_OK(database->execScript(QByteArray(FixtureV1)));
    CUSTODIAN_VERIFY_OK(insertEvents(*database));
    CUSTODIAN_VERIFY_OK(database->exec(QStringLiteral("CREATE TABLE search_text (x)")));

    auto migrated = SchemaMigrator::migrate(*database);
    QVERIFY2(!migrated.ok(), "the migration succeeded despite the conflicting table");
    QVERIFY2(migrated.error().message().contains(QLatin1String("schema version 2")),
             qPrintable(QStringLiteral("the message does not name the migration: ") + describe(migrated.error())));
    QVERIFY2(migrated.error().message().contains(QLatin1String("search_text")), qPrintable(migrated.error().message()));

    auto version = SchemaMigrator::currentVersion(*database);
    CUSTODIAN_VERIFY_OK(version);
    QCOMPARE(*version, 1);
    for (const QString& table : { QStringLiteral("access_hourly"), QStringLiteral("agent_workstation") }) {
        auto exists = tableExists(*database, table);
        CUSTODIAN_VERIFY_OK(exists);
        QVERIFY2(!*exists, qPrintable(table + QStringLiteral(" survived the rolled-back migration")));
    }
    // No transaction was left open, and the data is intact: removing the obstacle lets the migration finish.
    CUSTODIAN_VERIFY_OK(database->exec(QStringLiteral("DROP TABLE search_text")));
    auto retried = SchemaMigrator::migrate(*database);
    CUSTODIAN_VERIFY_OK(retried);
    QCOMPARE(*retried, 1);
    auto total = database->queryInt(QStringLiteral("SELECT sum(events) FROM access_hourly"));
    CUSTODIAN_VERIFY_OK(total);
    QCOMPARE(*total, qint64(std::size(Events)));
}

Status SchemaMigrationTest::prepareBeforeCardMigration(Database& database)
{
    // Version 6: the one before the card-number migration (0007), whatever comes after it.
    if (auto migrated = SchemaMigrator::migrate(database, 6); !migrated)
        return migrated.error();
    return database.execScript(
        QByteArrayLiteral("INSERT INTO customer_record (id, token, data_class, kind, masked, sealed_value) VALUES "
                          "(1, x'c0ffee01', 2, 'card', '453201******0366', x'5ea1ed01'), "
                          "(2, x'c0ffee02', 1, 'account', '****2345', x'5ea1ed02'), "
                          "(3, x'c0ffee03', 2, 'mandate', '****0012', x'5ea1ed03'), "
                          "(4, x'c0ffee04', 1, 'card', '378282*****0005', x'5ea1ed04');"
                          "INSERT INTO sync_cursor (stream, cursor, updated_at) VALUES ('records', 'records:99', 1), "
                          "('agents', 'agents:7', 1);"));
}

// Migration 0007: a console that held sealed card numbers (sync API 1) loses them, and the tokens its own key made of
// them; the records cursor starts again so that the next pull brings the service's tokens. Other records stay.
void SchemaMigrationTest::cardNumbersLeaveTheConsole()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(prepareBeforeCardMigration(*database));
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database));
    auto records = rows(*database,
                        QStringLiteral("SELECT id, hex(token), length(token), sealed_value IS NULL, masked "
                                       "FROM customer_record ORDER BY id"));
    CUSTODIAN_VERIFY_OK(records);
    QCOMPARE(records->size(), 4);
    for (int i : { 0, 2, 3 }) { // the cards and the payment-card class
        const QStringList columns = records->at(i).split(QLatin1Char('|'));
        QVERIFY2(!columns[1].startsWith(QStringLiteral("C0FFEE")), qPrintable(records->at(i))); // not the old token
        QCOMPARE(columns[2], QStringLiteral("32"));
        QCOMPARE(columns[3], QStringLiteral("1")); // no sealed number
    }
    QCOMPARE(records->at(0).section(QLatin1Char('|'), 4), QStringLiteral("453201******0366")); // still shown masked
    QCOMPARE(records->at(1), QStringLiteral("2|C0FFEE02|4|0|****2345")); // the account is untouched
    auto cursors = rows(*database, QStringLiteral("SELECT stream FROM sync_cursor ORDER BY stream"));
    CUSTODIAN_VERIFY_OK(cursors);
    QCOMPARE(*cursors, QStringList { QStringLiteral("agents") });
    // The rewritten pages went into the main file at once: nothing of the old ones waits in the WAL.
    QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
}

// The central service's store runs the same migrations and is where card numbers belong: 0007 leaves it alone.
void SchemaMigrationTest::serviceStoreKeepsCardNumbers()
{
    auto database = openKeyed();
    CUSTODIAN_VERIFY_OK(database);
    CUSTODIAN_VERIFY_OK(prepareBeforeCardMigration(*database));
    CUSTODIAN_VERIFY_OK(database->exec(
        QStringLiteral("CREATE TABLE central_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")));
    CUSTODIAN_VERIFY_OK(SchemaMigrator::migrate(*database));
    auto records
        = rows(*database, QStringLiteral("SELECT hex(token) || hex(sealed_value) FROM customer_record ORDER BY id"));
    CUSTODIAN_VERIFY_OK(records);
    QCOMPARE(*records,
             (QStringList { QStringLiteral("C0FFEE015EA1ED01"), QStringLiteral("C0FFEE025EA1ED02"),
                            QStringLiteral("C0FFEE035EA1ED03"), QStringLiteral("C0FFEE045EA1ED04") }));
    auto cursors = database->queryInt(QStringLiteral("SELECT count(*) FROM sync_cursor"));
    CUSTODIAN_VERIFY_OK(cursors);
    QCOMPARE(*cursors, qint64(2));
}

QTEST_GUILESS_MAIN(SchemaMigrationTest)
#include "SchemaMigrationTest.moc"
