// An access review across two consoles and one custodian-central, real processes on loopback, driven through
// custodian-cli as an administrator would script it: a campaign over one team created on the first console and
// reviewed by the second console's supervisor (the demo organisation asks for a reviewer other than the creator), two
// assignments revoked with one bulk decision (real revocations, in the agents' history and the console audit), the
// report in CSV and PDF, everything on the service and the first console after sync, closing refused before the due
// date while items are undecided, closing with the default once due, and deciding on a closed campaign refused by the
// console and by the service.
#include "SyncFixture.h"

#include "domain/Enums.h"
#include "store/Database.h"
#include "support/ResultChecks.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

QString dueIn(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).date().toString(Qt::ISODate);
}
} // namespace

class ReviewEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createOverOneTeam();
    void bulkRevokeTwo();
    void decisionsReachTheServiceAndTheOtherConsole();
    void reportInCsvAndPdf();
    void closingEarlyIsRefused();
    void closeOnceDueAppliesTheDefault();
    void decidingOnAClosedCampaignIsRefusedEverywhere();
    void cleanupTestCase();

private:
    CliRunner::Outcome cli(const SyncFixture::Console& console, const QStringList& arguments);
    void syncOk(const SyncFixture::Console& console);
    QJsonObject show(const SyncFixture::Console& console, const QString& campaign);
    static QString campaignIn(const QString& output);

    SyncFixture m_fixture;
    SyncFixture::Console m_a;
    SyncFixture::Console m_b;
    qint64 m_team = 0;
    QString m_campaign; // review:<id>
    qint64 m_campaignId = 0;
    QList<qint64> m_revokedAssignments;
    QString m_revokedAgent;
    QString m_second; // review:<id>, due within a minute
};

CliRunner::Outcome ReviewEndToEndTest::cli(const SyncFixture::Console& console, const QStringList& arguments)
{
    return CliRunner::run(console.args(QStringLiteral("review")) + arguments);
}

void ReviewEndToEndTest::syncOk(const SyncFixture::Console& console)
{
    const auto synced = m_fixture.sync(console);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
}

QJsonObject ReviewEndToEndTest::show(const SyncFixture::Console& console, const QString& campaign)
{
    const auto outcome = cli(console, { QStringLiteral("show"), campaign, QStringLiteral("--json") });
    if (outcome.exitCode != 0)
        qWarning("review show failed: %s", qPrintable(outcome.err));
    return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
}

QString ReviewEndToEndTest::campaignIn(const QString& output)
{
    const auto match = QRegularExpression(QStringLiteral("review:\\d+")).match(output);
    return match.hasMatch() ? match.captured(0) : QString();
}

void ReviewEndToEndTest::initTestCase()
{
    const QString problem = m_fixture.startWithTwoConsoles(5000, m_a, m_b);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The team with the most assignments in force (at least three: two to revoke, one left to the default).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_team = SyncFixture::count(m_a,
                                QStringLiteral("SELECT g.team_id FROM role_assignment a JOIN agent g ON g.id = "
                                               "a.agent_id WHERE a.status = 2 AND a.valid_from <= %1 AND "
                                               "(a.valid_until IS NULL OR a.valid_until > %1) GROUP BY "
                                               "g.team_id HAVING count(*) >= 3 ORDER BY count(*) DESC LIMIT 1")
                                    .arg(now));
    QVERIFY2(m_team > 0, "the demo organisation has a team with assignments in force");
}

void ReviewEndToEndTest::createOverOneTeam()
{
    const QString footprint
        = QStringLiteral("SELECT (SELECT count(*) FROM review_campaign) * 1000000 + (SELECT "
                         "count(*) FROM sync_outbox) * 1000 + (SELECT count(*) FROM console_audit)");
    const qint64 before = SyncFixture::count(m_a, footprint);
    const QStringList base { QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Team review Q4"),
                             QStringLiteral("--team"), QString::number(m_team) };
    const QStringList reviewer { QStringLiteral("--reviewer"), m_fixture.central().supervisors().at(1) };
    auto past = cli(m_a, base + reviewer + QStringList { QStringLiteral("--due"), QStringLiteral("2020-01-01") });
    QCOMPARE(past.exitCode, 1);
    QVERIFY2(past.err.contains(QLatin1String("is not in the future")), qPrintable(past.err));
    auto noTeam = cli(m_a,
                      { QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                        QStringLiteral("--team"), QStringLiteral("No such team"), QStringLiteral("--due"), dueIn(14) });
    QCOMPARE(noTeam.exitCode, 1);
    QVERIFY2(noTeam.err.contains(QLatin1String("No single team")), qPrintable(noTeam.err));
    QCOMPARE(SyncFixture::count(m_a, footprint), before);

    // The organisation asks for a reviewer other than the creator: by default the creator reviews, which is refused.
    auto selfReviewed = cli(m_a, base + QStringList { QStringLiteral("--due"), dueIn(14) });
    QCOMPARE(selfReviewed.exitCode, 1);
    QVERIFY2(selfReviewed.err.contains(QLatin1String("other than the campaign's creator")),
             qPrintable(selfReviewed.err));
    QCOMPARE(SyncFixture::count(m_a, footprint), before);

    auto created = cli(m_a, base + reviewer + QStringList { QStringLiteral("--due"), dueIn(14) });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    m_campaign = campaignIn(created.out);
    QVERIFY2(!m_campaign.isEmpty(), qPrintable(created.out));
    m_campaignId = m_campaign.mid(7).toLongLong();
    const QJsonObject shown = show(m_a, m_campaign);
    const QJsonArray items = shown.value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() >= 3);
    QCOMPARE(shown.value(QStringLiteral("campaign")).toObject().value(QStringLiteral("decided")).toInt(), 0);
    for (const QJsonValue& item : items)
        QVERIFY2(!item.toObject().value(QStringLiteral("evidence")).toString().isEmpty(), "every item has evidence");
}

void ReviewEndToEndTest::bulkRevokeTwo()
{
    // The reviewer decides, on their own console.
    syncOk(m_a);
    syncOk(m_b);
    const QJsonArray items = show(m_b, m_campaign).value(QStringLiteral("items")).toArray();
    QStringList arguments { QStringLiteral("decide"),          m_campaign,
                            QStringLiteral("--decision"),      QStringLiteral("revoke"),
                            QStringLiteral("--justification"), QStringLiteral("Left the refunds rota in November") };
    for (int i = 0; i < 2; ++i) {
        const QJsonObject item = items.at(i).toObject();
        arguments << QStringLiteral("--item") << QString::number(qint64(item.value(QStringLiteral("item")).toDouble()));
        m_revokedAssignments << qint64(item.value(QStringLiteral("assignment")).toDouble());
    }
    m_revokedAgent = items.at(0).toObject().value(QStringLiteral("agent")).toString();
    auto decided = cli(m_b, arguments);
    QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
    QVERIFY2(decided.out.contains(QLatin1String("Decided 2 item(s): revoke")), qPrintable(decided.out));
    for (qint64 assignment : m_revokedAssignments)
        QCOMPARE(
            SyncFixture::count(m_b, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(assignment)),
            qint64(AssignmentStatus::Revoked));
    // The agent's history and the console audit show it.
    const auto agent
        = CliRunner::run(m_b.args(QStringLiteral("roles")) << QStringLiteral("agent") << QStringLiteral("--agent")
                                                           << m_revokedAgent << QStringLiteral("--json"));
    QVERIFY2(agent.exitCode == 0, qPrintable(agent.err));
    QVERIFY2(agent.out.contains(QLatin1String("Access review \\u201cTeam review Q4\\u201d: Left the refunds rota"))
                 || agent.out.contains(QStringLiteral("Access review “Team review Q4”: Left the refunds rota")),
             qPrintable(agent.out.left(2000)));
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'review.decide' AND detail LIKE '%Left the refunds rota%'")),
             2);
    QCOMPARE(SyncFixture::count(m_b,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'assignment.revoke'")),
             2);
}

void ReviewEndToEndTest::decisionsReachTheServiceAndTheOtherConsole()
{
    syncOk(m_b);
    {
        auto store = m_b.unlock();
        QVERIFY(store);
        auto left = store->database().queryText(QStringLiteral(
            "SELECT group_concat(kind || ' ' || state || ' ' || coalesce(last_error, ''), ' | ') FROM sync_outbox "
            "WHERE state <> 'sent'"));
        QVERIFY(left);
        QVERIFY2(left->isEmpty(), qPrintable(*left));
    }
    const qint64 items = SyncFixture::count(
        m_b, QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1").arg(m_campaignId));
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1").arg(m_campaignId)),
             items);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND "
                                                   "decision = 'revoke' AND justification LIKE 'Left the refunds%'")
                                        .arg(m_campaignId)),
             2);
    for (qint64 assignment : m_revokedAssignments)
        QCOMPARE(
            m_fixture.centralCount(QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(assignment)),
            qint64(AssignmentStatus::Revoked));
    syncOk(m_a);
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND "
                                               "decision = 'revoke'")
                                    .arg(m_campaignId)),
             2);
    for (qint64 assignment : m_revokedAssignments)
        QCOMPARE(
            SyncFixture::count(m_a, QStringLiteral("SELECT status FROM role_assignment WHERE id = %1").arg(assignment)),
            qint64(AssignmentStatus::Revoked));
    // On the first console, whose supervisor created the campaign but does not review it, deciding is refused.
    const QJsonArray items2 = show(m_a, m_campaign).value(QStringLiteral("items")).toArray();
    QVERIFY(!items2.isEmpty());
    auto notReviewer = CliRunner::run(m_a.args(QStringLiteral("review"))
                                      << QStringLiteral("decide") << m_campaign << QStringLiteral("--decision")
                                      << QStringLiteral("keep") << QStringLiteral("--undecided")
                                      << QStringLiteral("--justification") << QStringLiteral("fine"));
    QCOMPARE(notReviewer.exitCode, 1);
    QVERIFY2(notReviewer.err.contains(QLatin1String("not the reviewer")), qPrintable(notReviewer.err));
}

void ReviewEndToEndTest::reportInCsvAndPdf()
{
    const QString csvPath = m_fixture.path(QStringLiteral("review.csv"));
    const QString pdfPath = m_fixture.path(QStringLiteral("review.pdf"));
    auto wrongFormat = cli(m_a,
                           { QStringLiteral("export"), m_campaign, QStringLiteral("--output"),
                             m_fixture.path(QStringLiteral("review.txt")) });
    QCOMPARE(wrongFormat.exitCode, 1);
    QVERIFY(!QFile::exists(m_fixture.path(QStringLiteral("review.txt"))));
    for (const QString& path : { csvPath, pdfPath }) {
        auto exported = cli(m_a, { QStringLiteral("export"), m_campaign, QStringLiteral("--output"), path });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    const qint64 items = SyncFixture::count(
        m_a, QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1").arg(m_campaignId));
    QCOMPARE(qint64(lines.size() - 2), items); // header, items, the empty piece after the last CRLF
    QVERIFY(lines.first().startsWith("campaign,item_id,agent,"));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // Reports name agents and their access: readable by their owner only, whatever the umask.
    for (const QString& path : { csvPath, pdfPath })
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    // An existing report is replaced only with --force; a symbolic link is never written through.
    csv.close();
    const QByteArray before = [&] {
        QFile file(csvPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto again = cli(m_a, { QStringLiteral("export"), m_campaign, QStringLiteral("--output"), csvPath });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")) && again.err.contains(QLatin1String("--force")),
             qPrintable(again.err));
    QFile unchanged(csvPath);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), before);
    auto forced = cli(
        m_a, { QStringLiteral("export"), m_campaign, QStringLiteral("--output"), csvPath, QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    const QString link = m_fixture.path(QStringLiteral("link.csv"));
    const QString elsewhere = m_fixture.path(QStringLiteral("elsewhere.csv"));
    QVERIFY(QFile::link(elsewhere, link));
    auto throughLink = cli(
        m_a, { QStringLiteral("export"), m_campaign, QStringLiteral("--output"), link, QStringLiteral("--force") });
    QCOMPARE(throughLink.exitCode, 1);
    QVERIFY2(throughLink.err.contains(QLatin1String("symbolic link")), qPrintable(throughLink.err));
    QVERIFY(!QFile::exists(elsewhere));
    QCOMPARE(SyncFixture::count(m_a,
                                QStringLiteral("SELECT count(*) FROM console_audit WHERE action = "
                                               "'review.export' AND target = '%1'")
                                    .arg(m_campaign)),
             3);
}

void ReviewEndToEndTest::closingEarlyIsRefused()
{
    // Due in two weeks, with undecided items: neither the creator nor the reviewer closes it now (the default would
    // decide every item nobody looked at).
    const QString footprint = QStringLiteral(
        "SELECT (SELECT count(*) FROM review_item WHERE decision IS NOT NULL) * 1000000 + (SELECT count(*) FROM "
        "sync_outbox) * 1000 + (SELECT count(*) FROM review_campaign WHERE closed_at IS NOT NULL)");
    for (const SyncFixture::Console* console : { &m_a, &m_b }) {
        const qint64 before = SyncFixture::count(*console, footprint);
        auto early = cli(*console, { QStringLiteral("close"), m_campaign });
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("not decided yet")), qPrintable(early.err));
        QCOMPARE(SyncFixture::count(*console, footprint), before);
    }
}

void ReviewEndToEndTest::closeOnceDueAppliesTheDefault()
{
    // A second campaign over the same team, reviewed by the second console's supervisor and due within a minute.
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(45);
    auto created = cli(m_a,
                       { QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Second look"),
                         QStringLiteral("--team"), QString::number(m_team), QStringLiteral("--reviewer"),
                         m_fixture.central().supervisors().at(1), QStringLiteral("--due"), due.toString(Qt::ISODate) });
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    m_second = campaignIn(created.out);
    syncOk(m_a);
    syncOk(m_b);
    const QString secondId = m_second.mid(7);
    auto early = cli(m_a, { QStringLiteral("close"), m_second });
    QCOMPARE(early.exitCode, 1);
    // Once due, its creator closes it on the first console, and the default decides what is left.
    while (QDateTime::currentDateTimeUtc() <= due.addSecs(1))
        QTest::qWait(500);
    auto closed = cli(m_a, { QStringLiteral("close"), m_second });
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
    QVERIFY2(closed.out.contains(QLatin1String("revoked 0 assignment(s)")), qPrintable(closed.out));
    syncOk(m_a);
    QVERIFY(m_fixture.centralCount(
                QStringLiteral("SELECT closed_at IS NOT NULL FROM review_campaign WHERE id = %1").arg(secondId))
            == 1);
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND "
                                                   "decision IS NULL")
                                        .arg(secondId)),
             0);
    QVERIFY(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND "
                                                  "by_default = 1 AND decision = 'keep'")
                                       .arg(secondId))
            >= 1);
    // Deciding on the closed campaign on the console that closed it: refused, nothing written.
    auto late
        = cli(m_a,
              { QStringLiteral("decide"), m_second, QStringLiteral("--decision"), QStringLiteral("revoke"),
                QStringLiteral("--agent"), m_revokedAgent, QStringLiteral("--justification"), QStringLiteral("late") });
    QCOMPARE(late.exitCode, 1);
}

void ReviewEndToEndTest::decidingOnAClosedCampaignIsRefusedEverywhere()
{
    // The second console, not synced since the campaign closed, still shows it open: its reviewer decides.
    QVERIFY(!m_second.isEmpty());
    const QString secondId = m_second.mid(7);
    auto decided = CliRunner::run(m_b.args(QStringLiteral("review"))
                                  << QStringLiteral("decide") << m_second << QStringLiteral("--decision")
                                  << QStringLiteral("keep") << QStringLiteral("--undecided")
                                  << QStringLiteral("--justification") << QStringLiteral("Still needed"));
    QVERIFY2(decided.exitCode == 0, qPrintable(decided.err)); // B does not know yet that it closed
    const auto synced = m_fixture.sync(m_b);
    QVERIFY2(synced.ok(), qPrintable(synced.describe()));
    QVERIFY(SyncFixture::count(m_b,
                               QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'review.decision' "
                                              "AND state = 'rejected' AND last_error LIKE '%closed on%'"))
            >= 1);
    // The service kept the default's decisions, not B's.
    QCOMPARE(m_fixture.centralCount(QStringLiteral("SELECT count(*) FROM review_item WHERE campaign_id = %1 AND "
                                                   "by_default = 0")
                                        .arg(secondId)),
             0);
    // After the next pull B shows the campaign closed, and refuses deciding on it itself.
    syncOk(m_b);
    auto again = CliRunner::run(
        m_b.args(QStringLiteral("review"))
        << QStringLiteral("decide") << m_second << QStringLiteral("--decision") << QStringLiteral("revoke")
        << QStringLiteral("--item")
        << QString::number(SyncFixture::count(
               m_b, QStringLiteral("SELECT min(id) FROM review_item WHERE campaign_id = %1").arg(secondId)))
        << QStringLiteral("--justification") << QStringLiteral("x"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("closed on")) || again.err.contains(QLatin1String("decided already")),
             qPrintable(again.err));
}

void ReviewEndToEndTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

QTEST_GUILESS_MAIN(ReviewEndToEndTest)
#include "ReviewEndToEndTest.moc"
