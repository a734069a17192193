// Access-log exports (models/export): every matching row and nothing else, whatever the filter (checked against
// an independent SQL query over the same store), CSV quoting and formula-injection guards, masked records only,
// PDF pages as the fixed layout says (read back with poppler's pdfinfo), progress, and the guarantees around the
// file and the console audit: a cancelled or failed export leaves no file and no audit entry; a finished one
// leaves exactly one entry naming its format, row count, file name and filter.
#include "crypto/AesGcm.h"
#include "demo/DemoGenerator.h"
#include "domain/AccessEventId.h"
#include "domain/Enums.h"
#include "domain/Vocabulary.h"
#include "export/AccessCsvWriter.h"
#include "export/AccessExportColumns.h"
#include "export/AccessExportJob.h"
#include "export/AccessPdfWriter.h"
#include "store/ConsoleAudit.h"
#include "store/Statement.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace custodian;

namespace {
const QDateTime End = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
constexpr qint64 DayMs = 86'400'000;

// RFC 4180 records: quoted fields may hold commas, doubled quotes, CR and LF.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString sqlList(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QString sqlList(const QList<int>& codes)
{
    QStringList out;
    for (int code : codes)
        out << QString::number(code);
    return out.join(QLatin1Char(','));
}

QString pdfTool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// Pages of a PDF file as poppler's pdfinfo reads them; -1 when it cannot.
int pdfPages(const QString& path)
{
    QProcess process;
    process.start(pdfTool("pdfinfo"), { path });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

QString pdfText(const QString& path, int page)
{
    QProcess process;
    process.start(pdfTool("pdftotext"),
                  { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                    QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

AccessEventRow sampleRow(qint64 n)
{
    AccessEventRow row;
    row.occurredAt = End.toMSecsSinceEpoch() - DayMs + n * 1000;
    row.id = AccessEventId::make(row.occurredAt, 0);
    row.agentId = 1 + n % 7;
    row.recordId = 1 + n;
    row.workstationId = 1;
    row.sessionId = 100 + n / 50;
    row.dataClass = int(DataClass::PaymentCard);
    row.action = int(AccessAction::View);
    row.outcome = int(AccessOutcome::Success);
    row.channel = int(Channel::Voice);
    row.agentName = QStringLiteral("Agent %1").arg(n % 7);
    row.employeeNo = QStringLiteral("E%1").arg(100000 + n % 7);
    row.teamName = QStringLiteral("Payments");
    row.siteCode = QStringLiteral("LIS");
    row.recordMasked = QStringLiteral("424242******%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    row.recordKind = QStringLiteral("card");
    row.workstation = QStringLiteral("LIS-WS-0001");
    row.sourceAddress = QStringLiteral("10.0.0.1");
    return row;
}
} // namespace

class AccessExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void isoTime_data();
    void isoTime();
    void csvField_data();
    void csvField();
    void csvRoundTripOfHostileText();

    void csvRowsMatchSql_data();
    void csvRowsMatchSql();
    void csvColumnsAndMaskedRecordsOnly();
    void sortOrders_data();
    void sortOrders();
    void progressIsMonotonic();

    void auditEntryAfterSuccess();
    void cancelLeavesNoFileAndNoAudit_data();
    void cancelLeavesNoFileAndNoAudit();
    void failedAuditLeavesNoFile();
    void oneConnectionForReadingAndAudit();
    void refusesMissingFolder();
    void newFileIsPrivate();

    void pdfPagesFollowLayout_data();
    void pdfPagesFollowLayout();
    void pdfExportOfFilter();

private:
    struct Outcome
    {
        Result<AccessExportJob::Summary> summary = Error(Error::Code::Cancelled, QString());
        QList<AccessExportJob::Progress> progress;
    };
    Outcome runExport(const AccessFilter& filter, AccessExportJob::Format format, const QString& path,
                      AccessSort sort = AccessSort::OldestFirst, const std::atomic_bool* cancel = nullptr,
                      const std::function<void(const AccessExportJob::Progress&)>& onProgress = {});
    qint64 queryInt(const QString& sql);
    QList<qint64> queryIds(const QString& sql);
    // The ids a filter must export, by plain SQL over access_event and agent — not through the repository.
    QList<qint64> expectedIds(const AccessFilter& filter);
    qint64 auditEntries() { return queryInt(QStringLiteral("SELECT count(*) FROM console_audit")); }
    QStringList filesIn(const QString& directory) const
    {
        return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<test::TestStore> m_store;
    QTemporaryDir m_out;
    int m_fileNumber = 0;
    qint64 m_someAgent = 0;
    qint64 m_otherAgent = 0;
    qint64 m_someTeam = 0;
    qint64 m_someSite = 0;
};

void AccessExportTest::initTestCase()
{
    QVERIFY2(!pdfTool("pdfinfo").isEmpty() && !pdfTool("pdftotext").isEmpty(),
             "pdfinfo and pdftotext (poppler-utils) are needed: packaging/install-deps.sh installs them");
    m_store = std::make_unique<test::TestStore>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
    DemoGenerator::Options options;
    options.events = 12'000;
    options.seed = 5;
    options.end = End;
    options.days = 14;
    auto summary = DemoGenerator::generate(m_store->store(), options);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message()));
    // Two busy agents, and a team and a site that have events.
    const QList<qint64> agents = queryIds(
        QStringLiteral("SELECT agent_id FROM access_event GROUP BY agent_id ORDER BY count(*) DESC LIMIT 2"));
    QCOMPARE(agents.size(), 2);
    m_someAgent = agents[0];
    m_otherAgent = agents[1];
    m_someTeam = queryInt(QStringLiteral("SELECT team_id FROM agent WHERE id = %1").arg(m_otherAgent));
    m_someSite = queryInt(QStringLiteral("SELECT site_id FROM team WHERE id = %1").arg(m_someTeam));
    QVERIFY(m_out.isValid());
}

qint64 AccessExportTest::queryInt(const QString& sql)
{
    auto value = m_store->store().database().queryInt(sql);
    if (!value)
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(value.error().message()));
    return *value;
}

QList<qint64> AccessExportTest::queryIds(const QString& sql)
{
    auto statement = m_store->store().database().prepare(sql);
    if (!statement)
        qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(statement.error().message()));
    QList<qint64> ids;
    while (true) {
        auto row = statement->step();
        if (!row)
            qFatal("step failed: %s", qPrintable(row.error().message()));
        if (!*row)
            break;
        ids << statement->int64(0);
    }
    return ids;
}

QList<qint64> AccessExportTest::expectedIds(const AccessFilter& filter)
{
    QStringList where;
    const auto [from, to] = filter.resolveRange(End.toMSecsSinceEpoch());
    where << QStringLiteral("e.occurred_at >= %1 AND e.occurred_at < %2").arg(from).arg(to);
    if (!filter.agentIds.isEmpty())
        where << QStringLiteral("e.agent_id IN (%1)").arg(sqlList(filter.agentIds));
    if (!filter.teamIds.isEmpty())
        where << QStringLiteral("a.team_id IN (%1)").arg(sqlList(filter.teamIds));
    if (!filter.siteIds.isEmpty())
        where
            << QStringLiteral("a.team_id IN (SELECT id FROM team WHERE site_id IN (%1))").arg(sqlList(filter.siteIds));
    if (!filter.dataClasses.isEmpty())
        where << QStringLiteral("e.data_class IN (%1)").arg(sqlList(filter.dataClasses));
    if (!filter.actions.isEmpty())
        where << QStringLiteral("e.action IN (%1)").arg(sqlList(filter.actions));
    if (!filter.outcomes.isEmpty())
        where << QStringLiteral("e.outcome IN (%1)").arg(sqlList(filter.outcomes));
    if (!filter.channels.isEmpty())
        where << QStringLiteral("e.channel IN (%1)").arg(sqlList(filter.channels));
    return queryIds(QStringLiteral("SELECT e.id FROM access_event e LEFT JOIN agent a ON a.id = e.agent_id WHERE ")
                    + where.join(QLatin1String(" AND ")) + QStringLiteral(" ORDER BY e.id"));
}

AccessExportTest::Outcome
AccessExportTest::runExport(const AccessFilter& filter, AccessExportJob::Format format, const QString& path,
                            AccessSort sort, const std::atomic_bool* cancel,
                            const std::function<void(const AccessExportJob::Progress&)>& onProgress)
{
    Outcome outcome;
    auto reader = m_store->store().openConnection(Database::Mode::ReadOnly);
    if (!reader) {
        outcome.summary = reader.error();
        return outcome;
    }
    AccessExportJob::Request request;
    request.filter = filter;
    request.sort = sort;
    request.format = format;
    request.path = path;
    request.actor = QStringLiteral("test:exporter");
    request.nowMs = End.toMSecsSinceEpoch();
    AccessExportJob job(*reader, m_store->store().database(), request);
    job.setCancelFlag(cancel);
    job.setProgressHandler([&outcome, &onProgress](const AccessExportJob::Progress& progress) {
        outcome.progress << progress;
        if (onProgress)
            onProgress(progress);
    });
    outcome.summary = job.run();
    return outcome;
}

void AccessExportTest::isoTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("before the epoch") << qint64(-1);
    QTest::newRow("leap day 2024")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("2000-03-01") << QDateTime(QDate(2000, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("demo end") << End.toMSecsSinceEpoch() + 12'345;
    QTest::newRow("year 2100")
        << QDateTime(QDate(2100, 12, 31), QTime(12, 0, 0, 1), QTimeZone::utc()).toMSecsSinceEpoch();
}

void AccessExportTest::isoTime()
{
    QFETCH(qint64, ms);
    QCOMPARE(AccessExportColumns::isoTime(ms), QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs));
}

void AccessExportTest::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("Ana Pereira") << QByteArray("Ana Pereira");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("Lopez, Maria") << QByteArray("\"Lopez, Maria\"");
    QTest::newRow("quote") << QStringLiteral("the \"night\" team") << QByteArray("\"the \"\"night\"\" team\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CR inside") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Jos\u00e9 \u00c5str\u00f6m")
                               << QByteArray("Jos\xc3\xa9 \xc3\x85str\xc3\xb6m");
    QTest::newRow("=formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                              << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("=formula with comma") << QStringLiteral("=SUM(A1,A2)") << QByteArray("\"'=SUM(A1,A2)\"");
    QTest::newRow("+") << QStringLiteral("+31 20 555") << QByteArray("'+31 20 555");
    QTest::newRow("-") << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(1)") << QByteArray("'@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("= later is fine") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("masked record") << QStringLiteral("****9381") << QByteArray("****9381");
}

void AccessExportTest::csvField()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(AccessCsvWriter::field(text), field);
}

void AccessExportTest::csvRoundTripOfHostileText()
{
    AccessEventRow row = sampleRow(1);
    row.agentName = QStringLiteral("=cmd|' /C calc'!A0");
    row.teamName = QStringLiteral("Night, \"Owls\"\r\nLine 2");
    row.workstation = QStringLiteral("@host");
    row.sourceAddress = QStringLiteral("-1");
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    AccessCsvWriter writer(&buffer);
    CUSTODIAN_VERIFY_OK(writer.begin());
    CUSTODIAN_VERIFY_OK(writer.write(row));
    CUSTODIAN_VERIFY_OK(writer.finish());
    const QList<QStringList> rows = parseCsv(buffer.data());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].size(), AccessExportColumns::Count);
    using C = AccessExportColumns::Column;
    QCOMPARE(rows[1][int(C::AgentName)], QLatin1Char('\'') + row.agentName);
    QCOMPARE(rows[1][int(C::Team)], row.teamName); // starts with N: quoted, not guarded
    QCOMPARE(rows[1][int(C::Workstation)], QStringLiteral("'@host"));
    QCOMPARE(rows[1][int(C::SourceAddress)], QStringLiteral("'-1"));
    // No cell a spreadsheet would run.
    for (const QString& cell : rows[1]) {
        QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
}

void AccessExportTest::csvRowsMatchSql_data()
{
    QTest::addColumn<AccessFilter>("filter");
    const qint64 end = End.toMSecsSinceEpoch();
    AccessFilter week;
    week.preset = AccessFilter::TimePreset::Last7Days;
    QTest::newRow("last 7 days") << week;

    AccessFilter agent;
    agent.preset = AccessFilter::TimePreset::All;
    agent.agentIds = { m_someAgent };
    QTest::newRow("one agent, all time") << agent;

    AccessFilter range;
    range.preset = AccessFilter::TimePreset::Custom;
    range.fromMs = end - 5 * DayMs + 3 * qint64(3'600'000);
    range.toMs = end - 2 * DayMs;
    QTest::newRow("custom range") << range;

    AccessFilter twoAgentsCards = range;
    twoAgentsCards.agentIds = { m_otherAgent, m_someAgent };
    twoAgentsCards.dataClasses = { int(DataClass::PaymentCard), int(DataClass::Pii) };
    QTest::newRow("two agents, payment card and pii, custom range") << twoAgentsCards;

    AccessFilter cards;
    cards.preset = AccessFilter::TimePreset::All;
    cards.dataClasses = { int(DataClass::PaymentCard) };
    QTest::newRow("payment card data, all time") << cards;

    AccessFilter team = week;
    team.teamIds = { m_someTeam };
    team.outcomes = { int(AccessOutcome::Success) };
    QTest::newRow("team, successes, 7 days") << team;

    AccessFilter site;
    site.preset = AccessFilter::TimePreset::All;
    site.siteIds = { m_someSite };
    site.actions = { int(AccessAction::Login), int(AccessAction::Logout) };
    site.channels = { int(Channel::Voice) };
    QTest::newRow("site, logins and logouts, voice") << site;

    AccessFilter denied;
    denied.preset = AccessFilter::TimePreset::All;
    denied.outcomes = { int(AccessOutcome::Denied), int(AccessOutcome::Failed) };
    QTest::newRow("denied or failed") << denied;

    AccessFilter future;
    future.preset = AccessFilter::TimePreset::Custom;
    future.fromMs = end + DayMs;
    future.toMs = end + 2 * DayMs;
    QTest::newRow("nothing matches") << future;
}

void AccessExportTest::csvRowsMatchSql()
{
    QFETCH(AccessFilter, filter);
    const QList<qint64> expected = expectedIds(filter);
    const qint64 auditBefore = auditEntries();
    const QString path = m_out.filePath(QStringLiteral("rows-%1.csv").arg(++m_fileNumber));
    auto outcome = runExport(filter, AccessExportJob::Format::Csv, path);
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QCOMPARE(outcome.summary->rows, qint64(expected.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    QCOMPARE(rows.size(), expected.size() + 1); // header
    QList<qint64> exported;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), AccessExportColumns::Count);
        exported << rows[i][int(AccessExportColumns::Column::EventId)].toLongLong();
    }
    QCOMPARE(exported, expected); // the same rows, oldest first
    QCOMPARE(auditEntries(), auditBefore + 1);
}

void AccessExportTest::csvColumnsAndMaskedRecordsOnly()
{
    AccessFilter all;
    all.preset = AccessFilter::TimePreset::All;
    const QString path = m_out.filePath(QStringLiteral("columns.csv"));
    auto outcome = runExport(all, AccessExportJob::Format::Csv, path);
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QCOMPARE(outcome.summary->rows, queryInt(QStringLiteral("SELECT count(*) FROM access_event")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf")); // no byte-order mark
    QVERIFY(
        bytes.startsWith("time_utc,event_id,agent_employee_no,agent_name,team,site,action,outcome,data_class,channel,"
                         "record,record_kind,workstation,source_address,session\r\n"));
    const QList<QStringList> rows = parseCsv(bytes);

    // Every clear identifier the store holds (sealed), to make sure none of them is in the file. Card records hold
    // none: their numbers are the central service's only.
    auto sealKey = m_store->store().secret(QStringLiteral("seal_key"));
    CUSTODIAN_VERIFY_OK(sealKey);
    QSet<QString> identifiers;
    QHash<qint64, QString> masked;
    auto records
        = m_store->store().database().prepare(QStringLiteral("SELECT id, masked, sealed_value FROM customer_record"));
    CUSTODIAN_VERIFY_OK(records);
    while (*records->step()) {
        masked.insert(records->int64(0), records->text(1));
        if (records->isNull(2))
            continue;
        const QByteArray sealed = records->blob(2);
        auto opened = AesGcm::open(*sealKey, QByteArrayView(sealed).first(AesGcm::NonceSize),
                                   QByteArrayView(sealed).sliced(AesGcm::NonceSize), {});
        CUSTODIAN_VERIFY_OK(opened);
        identifiers.insert(QString::fromLatin1(opened->view()));
    }
    QVERIFY(identifiers.size() > 100);

    // The row of each event, as the store has it.
    struct Expected
    {
        qint64 occurredAt;
        qint64 recordId;
        int dataClass;
        QString employeeNo;
    };
    QHash<qint64, Expected> events;
    auto statement = m_store->store().database().prepare(
        QStringLiteral("SELECT e.id, e.occurred_at, e.record_id, e.data_class, a.employee_no FROM access_event e "
                       "JOIN agent a ON a.id = e.agent_id"));
    CUSTODIAN_VERIFY_OK(statement);
    while (*statement->step())
        events.insert(statement->int64(0),
                      { statement->int64(1), statement->isNull(2) ? 0 : statement->int64(2), int(statement->int64(3)),
                        statement->text(4) });

    using C = AccessExportColumns::Column;
    int withRecord = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows[i];
        const auto it = events.constFind(row[int(C::EventId)].toLongLong());
        QVERIFY(it != events.constEnd());
        QCOMPARE(row[int(C::Time)], AccessExportColumns::isoTime(it->occurredAt));
        QVERIFY(row[int(C::Time)].endsWith(QLatin1Char('Z')));
        QCOMPARE(row[int(C::EmployeeNo)], it->employeeNo);
        QCOMPARE(row[int(C::DataClass)], Vocabulary::dataClass(DataClass(it->dataClass)));
        if (it->recordId) {
            ++withRecord;
            QCOMPARE(row[int(C::Record)], masked.value(it->recordId));
            QVERIFY(row[int(C::Record)].contains(QLatin1Char('*')));
        } else {
            QVERIFY(row[int(C::Record)].isEmpty());
        }
        for (const QString& cell : row)
            QVERIFY2(!identifiers.contains(cell), "a clear customer identifier is in the export");
    }
    QVERIFY(withRecord > 1000);
}

void AccessExportTest::sortOrders_data()
{
    QTest::addColumn<int>("sort");
    QTest::newRow("newest first") << int(AccessSort::NewestFirst);
    QTest::newRow("oldest first") << int(AccessSort::OldestFirst);
    QTest::newRow("agent ascending") << int(AccessSort::AgentAscending);
    QTest::newRow("agent descending") << int(AccessSort::AgentDescending);
}

void AccessExportTest::sortOrders()
{
    QFETCH(int, sort);
    AccessFilter week;
    week.preset = AccessFilter::TimePreset::Last7Days;
    const QString path = m_out.filePath(QStringLiteral("sorted-%1.csv").arg(++m_fileNumber));
    auto outcome = runExport(week, AccessExportJob::Format::Csv, path, AccessSort(sort));
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(file.readAll());
    QList<qint64> ids;
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids << rows[i][int(AccessExportColumns::Column::EventId)].toLongLong();
    QList<qint64> expected = expectedIds(week);
    QCOMPARE(ids.size(), expected.size());
    switch (AccessSort(sort)) {
    case AccessSort::OldestFirst:
        break;
    case AccessSort::NewestFirst:
        std::reverse(expected.begin(), expected.end());
        break;
    case AccessSort::AgentAscending:
    case AccessSort::AgentDescending: {
        const auto [from, to] = week.resolveRange(End.toMSecsSinceEpoch());
        const QString d = AccessSort(sort) == AccessSort::AgentDescending ? QStringLiteral(" DESC") : QString();
        expected = queryIds(QStringLiteral("SELECT id FROM access_event WHERE occurred_at >= %1 AND occurred_at < %2 "
                                           "ORDER BY agent_id%3, occurred_at%3, id%3")
                                .arg(from)
                                .arg(to)
                                .arg(d));
        break;
    }
    }
    QCOMPARE(ids, expected);
}

void AccessExportTest::progressIsMonotonic()
{
    for (AccessSort sort : { AccessSort::OldestFirst, AccessSort::NewestFirst, AccessSort::AgentAscending }) {
        AccessFilter all;
        all.preset = AccessFilter::TimePreset::All;
        const QString path = m_out.filePath(QStringLiteral("progress-%1.pdf").arg(++m_fileNumber));
        auto outcome = runExport(all, AccessExportJob::Format::Pdf, path, sort);
        CUSTODIAN_VERIFY_OK(outcome.summary);
        QVERIFY(outcome.progress.size() >= 3); // start, at least one on the way (a PDF of 12 000 rows takes seconds)
        QCOMPARE(outcome.progress.front().rows, qint64(0));
        QCOMPARE(outcome.progress.back().rows, outcome.summary->rows);
        QCOMPARE(outcome.progress.back().fraction, 1.0);
        for (qsizetype i = 1; i < outcome.progress.size(); ++i) {
            const auto& before = outcome.progress[i - 1];
            const auto& now = outcome.progress[i];
            QVERIFY(now.rows >= before.rows);
            QVERIFY2(now.fraction >= 0 && now.fraction <= 1, qPrintable(QString::number(now.fraction)));
            if (sort != AccessSort::AgentAscending) // agent order: an estimate that may step back a little
                QVERIFY2(now.fraction >= before.fraction - 1e-9, qPrintable(QString::number(now.fraction)));
        }
        // The estimate is about right halfway: rows / total and the fraction differ by less than a third.
        const auto& middle = outcome.progress[outcome.progress.size() / 2];
        const double share = double(middle.rows) / double(outcome.summary->rows);
        QVERIFY2(std::abs(middle.fraction - share) < 0.34,
                 qPrintable(QStringLiteral("%1 vs %2").arg(middle.fraction).arg(share)));
    }
}

void AccessExportTest::auditEntryAfterSuccess()
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::Custom;
    filter.fromMs = End.toMSecsSinceEpoch() - 3 * DayMs;
    filter.toMs = End.toMSecsSinceEpoch();
    filter.agentIds = { m_someAgent };
    filter.dataClasses = { int(DataClass::Pii) };
    const QString path = m_out.filePath(QStringLiteral("audited.csv"));
    const qint64 before = auditEntries();
    auto outcome = runExport(filter, AccessExportJob::Format::Csv, path);
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QCOMPARE(auditEntries(), before + 1);
    QCOMPARE(outcome.summary->auditSeq, queryInt(QStringLiteral("SELECT max(seq) FROM console_audit")));

    auto statement = m_store->store().database().prepare(
        QStringLiteral("SELECT actor, action, target, detail FROM console_audit ORDER BY seq DESC LIMIT 1"));
    CUSTODIAN_VERIFY_OK(statement);
    QVERIFY(*statement->step());
    QCOMPARE(statement->text(0), QStringLiteral("test:exporter"));
    QCOMPARE(statement->text(1), QStringLiteral("export"));
    QCOMPARE(statement->text(2), QStringLiteral("access"));
    const QJsonObject detail = QJsonDocument::fromJson(statement->text(3).toUtf8()).object();
    QCOMPARE(detail.keys(),
             (QStringList { QStringLiteral("file"), QStringLiteral("filter"), QStringLiteral("format"),
                            QStringLiteral("rows") }));
    QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), outcome.summary->rows);
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), qint64(expectedIds(filter).size()));
    // Where the file really is: the folder resolved through any symbolic link, plus the name.
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(detail.value(QStringLiteral("filter")).toObject(), filter.toJson());
    auto roundTrip = AccessFilter::fromJson(detail.value(QStringLiteral("filter")).toObject());
    CUSTODIAN_VERIFY_OK(roundTrip);
    QCOMPARE(*roundTrip, filter);

    auto verification = ConsoleAudit::verify(m_store->store().database());
    CUSTODIAN_VERIFY_OK(verification);
    QVERIFY(verification->intact);
}

void AccessExportTest::cancelLeavesNoFileAndNoAudit_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("midway"); // after rows were written, else before the first
    QTest::newRow("csv, at once") << int(AccessExportJob::Format::Csv) << false;
    QTest::newRow("pdf, at once") << int(AccessExportJob::Format::Pdf) << false;
    QTest::newRow("pdf, midway") << int(AccessExportJob::Format::Pdf) << true;
}

void AccessExportTest::cancelLeavesNoFileAndNoAudit()
{
    QFETCH(int, format);
    QFETCH(bool, midway);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("cancelled.out"));
    const qint64 before = auditEntries();
    AccessFilter all;
    all.preset = AccessFilter::TimePreset::All;
    std::atomic_bool cancel = false;
    qint64 rowsAtCancel = -1;
    auto outcome = runExport(all, AccessExportJob::Format(format), path, AccessSort::OldestFirst, &cancel,
                             [&](const AccessExportJob::Progress& progress) {
                                 if (!cancel && (!midway || progress.rows > 0)) {
                                     rowsAtCancel = progress.rows;
                                     cancel = true;
                                 }
                             });
    CUSTODIAN_VERIFY_ERROR(outcome.summary, Error::Code::Cancelled);
    QCOMPARE(rowsAtCancel > 0, midway);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(directory.path()), QStringList()); // no partial or temporary file either
    QCOMPARE(auditEntries(), before);
}

void AccessExportTest::failedAuditLeavesNoFile()
{
    // An audit connection that cannot write: the export must not appear.
    auto readOnly = m_store->store().openConnection(Database::Mode::ReadOnly);
    CUSTODIAN_VERIFY_OK(readOnly);
    auto reader = m_store->store().openConnection(Database::Mode::ReadOnly);
    CUSTODIAN_VERIFY_OK(reader);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("unaudited.csv"));
    AccessExportJob::Request request;
    request.filter.preset = AccessFilter::TimePreset::Last7Days;
    request.path = path;
    request.actor = QStringLiteral("test:exporter");
    request.nowMs = End.toMSecsSinceEpoch();
    const qint64 before = auditEntries();
    AccessExportJob job(*reader, *readOnly, request);
    auto summary = job.run();
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message().contains(QLatin1String("console audit")), qPrintable(summary.error().message()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(directory.path()), QStringList());
    QCOMPARE(auditEntries(), before);
}

void AccessExportTest::oneConnectionForReadingAndAudit()
{
    Database& database = m_store->store().database();
    const QString path = m_out.filePath(QStringLiteral("one-connection.csv"));
    AccessExportJob::Request request;
    request.filter.preset = AccessFilter::TimePreset::Last7Days;
    request.path = path;
    request.actor = QStringLiteral("test:exporter");
    request.nowMs = End.toMSecsSinceEpoch();
    const qint64 before = auditEntries();
    AccessExportJob job(database, database, request);
    auto summary = job.run();
    CUSTODIAN_VERIFY_OK(summary);
    QCOMPARE(summary->rows, qint64(expectedIds(request.filter).size()));
    QCOMPARE(auditEntries(), before + 1);
    QVERIFY(QFile::exists(path));
    // The connection is usable afterwards: no transaction left open, no cancel flag left behind.
    CUSTODIAN_VERIFY_OK(database.exec(QStringLiteral("BEGIN IMMEDIATE; COMMIT;")));
}

void AccessExportTest::refusesMissingFolder()
{
    const QString path = m_out.filePath(QStringLiteral("no-such-folder/export.csv"));
    const qint64 before = auditEntries();
    AccessFilter week;
    auto outcome = runExport(week, AccessExportJob::Format::Csv, path);
    CUSTODIAN_VERIFY_ERROR(outcome.summary, Error::Code::NotFound);
    QVERIFY(outcome.summary.error().message().contains(QLatin1String("no-such-folder")));
    QCOMPARE(auditEntries(), before);
}

void AccessExportTest::newFileIsPrivate()
{
    const QString path = m_out.filePath(QStringLiteral("private.csv"));
    AccessFilter week;
    auto outcome = runExport(week, AccessExportJob::Format::Csv, path);
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QCOMPARE(
        QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

void AccessExportTest::pdfPagesFollowLayout_data()
{
    QTest::addColumn<int>("extraRows"); // rows relative to a layout boundary
    QTest::addColumn<int>("boundary"); // 0: none, 1: the first page full, 2: the first and one more page full
    QTest::newRow("no rows") << 0 << 0;
    QTest::newRow("one row") << 1 << 0;
    QTest::newRow("first page full") << 0 << 1;
    QTest::newRow("first page full + 1") << 1 << 1;
    QTest::newRow("two pages full") << 0 << 2;
    QTest::newRow("two pages full + 1") << 1 << 2;
    QTest::newRow("five pages and a bit") << 17 << 5;
}

void AccessExportTest::pdfPagesFollowLayout()
{
    QFETCH(int, extraRows);
    QFETCH(int, boundary);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    AccessPdfWriter writer(&buffer);
    CUSTODIAN_VERIFY_OK(writer.begin({ QStringLiteral("Access events"), QStringLiteral("All access events"),
                                       QStringLiteral("All time"), QStringLiteral("now by test") }));
    const int first = writer.rowsOnFirstPage();
    const int per = writer.rowsPerPage();
    QVERIFY2(first >= 20 && per > first, qPrintable(QStringLiteral("%1 / %2").arg(first).arg(per)));
    const qint64 rows = (boundary == 0 ? 0 : first + qint64(boundary - 1) * per) + extraRows;
    for (qint64 n = 0; n < rows; ++n)
        CUSTODIAN_VERIFY_OK(writer.write(sampleRow(n)));
    CUSTODIAN_VERIFY_OK(writer.finish());
    const int expected = rows <= first ? 1 : int(1 + (rows - first + per - 1) / per);
    QCOMPARE(writer.pageCount(), expected);
    QCOMPARE(AccessPdfWriter::pagesFor(rows, first, per), expected);

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("layout.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    QVERIFY(buffer.data().startsWith("%PDF-"));
    QCOMPARE(pdfPages(path), expected);
    const QString lastPage = pdfText(path, expected);
    QVERIFY2(lastPage.contains(QStringLiteral("Page %1").arg(expected)), qPrintable(lastPage));
    QVERIFY(lastPage.contains(QLatin1String("Time (UTC)"))); // the headings repeat on every page
    if (rows == 0)
        QVERIFY(lastPage.contains(QLatin1String("No access events match this filter.")));
    else
        QVERIFY(lastPage.contains(sampleRow(rows - 1).recordMasked));
}

void AccessExportTest::pdfExportOfFilter()
{
    AccessFilter filter;
    filter.preset = AccessFilter::TimePreset::Last7Days;
    filter.agentIds = { m_someAgent, m_otherAgent };
    const qint64 rows = expectedIds(filter).size();
    QVERIFY(rows > 100);
    const QString path = m_out.filePath(QStringLiteral("agents.pdf"));
    const qint64 before = auditEntries();
    auto outcome = runExport(filter, AccessExportJob::Format::Pdf, path);
    CUSTODIAN_VERIFY_OK(outcome.summary);
    QCOMPARE(outcome.summary->rows, rows);
    QCOMPARE(auditEntries(), before + 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Expected pages from the layout (rows per page), read back by poppler.
    QBuffer probe;
    QVERIFY(probe.open(QIODevice::WriteOnly));
    AccessPdfWriter layout(&probe);
    CUSTODIAN_VERIFY_OK(layout.begin({}));
    const int first = layout.rowsOnFirstPage();
    const int per = layout.rowsPerPage();
    CUSTODIAN_VERIFY_OK(layout.finish());
    const int expected = rows <= first ? 1 : int(1 + (rows - first + per - 1) / per);
    QCOMPARE(outcome.summary->pages, expected);
    QCOMPARE(pdfPages(path), expected);

    // The title block names the agents and the range; the rows show masked records.
    const QString firstPage = pdfText(path, 1);
    const QString employee
        = m_store->store()
              .database()
              .queryText(QStringLiteral("SELECT employee_no FROM agent WHERE id = %1").arg(m_someAgent))
              .value();
    QVERIFY2(firstPage.contains(QLatin1String("Access events")), qPrintable(firstPage));
    QVERIFY2(firstPage.contains(QLatin1String("Filter: Agents: ")), qPrintable(firstPage));
    QVERIFY2(firstPage.contains(employee), qPrintable(firstPage));
    QVERIFY(firstPage.contains(QLatin1String("Last 7 days")));
    QVERIFY(firstPage.contains(QLatin1String("by test:exporter")));
    QVERIFY(firstPage.contains(QLatin1String("Page 1")));
    if (expected > 1)
        QVERIFY(pdfText(path, 2).contains(QLatin1String("Page 2")));
}

QTEST_MAIN(AccessExportTest)
#include "AccessExportTest.moc"
