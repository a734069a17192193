#include "ReviewsBench.h"

#include "BenchCommandLine.h"
#include "BenchSupport.h"
#include "EventLoopProbe.h"
#include "rules/ReviewWorkflow.h"
#include "store/Database.h"
#include "store/RecordAccessReader.h"
#include "store/ReviewEvidenceReader.h"
#include "store/Store.h"
#include "store/SyncState.h"
#include "ui/reviews/ReviewsPage.h"
#include "ui/roles/RolesPage.h"
#include "ui/session/StoreSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

namespace custodian::bench {

namespace {
constexpr qint64 DayMs = 86'400'000;

void fail(const QString& message)
{
    std::fprintf(stderr, "custodian-bench reviews: %s\n", message.toLocal8Bit().constData());
}

struct Pair
{
    qint64 agent;
    qint64 role;
};
} // namespace

int ReviewsBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(QStringLiteral(
        "Times the access-review evidence, 'who could, who did' and the review and roles pages on an N-event store."));
    const QCommandLineOption events = BenchCommandLine::seedEventsOption();
    const QCommandLineOption storeOption
        = BenchCommandLine::demoStoreOption(QStringLiteral(", with the benchmark's campaign"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Assignments and records to time (default 200)."),
                                     QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit = parser.parse(arguments, { events, storeOption, samples, json }))
        return *exit;

    const QByteArray passphrase = bench::passphrase();
    QTemporaryDir temporary;
    const std::optional<QString> seeded = parser.demoStore(storeOption, events, temporary);
    if (!seeded)
        return fail(QStringLiteral("seeding the store failed")), 1;
    const QString path = *seeded;

    StoreSession session(path);
    session.unlock(SecureBuffer::copyOf(passphrase));
    if (!session.isUnlocked() && !waitFor(&session, &StoreSession::unlocked))
        return fail(QStringLiteral("the store did not unlock")), 1;
    Store& store = *session.store();
    Database& db = store.database();
    const qint64 totalEvents = *db.queryInt(QStringLiteral("SELECT count(*) FROM access_event"));
    // "Now" is the end of the log: evidence windows of a demo store are full.
    const qint64 now = *db.queryInt(QStringLiteral("SELECT max(occurred_at) FROM access_event")) + 1;
    const int count = std::max(1, parser.value(samples).toInt());

    // Evidence of one item: assignments in force at the end of the log, read as the page's worker reads them (one
    // read-only connection, fresh: the first reads find a cold cache).
    std::vector<Pair> pairs;
    {
        auto statement = db.prepare(QStringLiteral(
            "SELECT agent_id, role_id FROM role_assignment WHERE status = 2 AND valid_from <= ?1 AND (valid_until IS "
            "NULL OR valid_until > ?1) ORDER BY id"));
        statement->bind(1, now);
        (void)statement->forEachRow([&](const Statement& row) { pairs.push_back({ row.int64(0), row.int64(1) }); });
    }
    if (pairs.empty())
        return fail(QStringLiteral("the store has no assignments in force")), 1;
    std::mt19937_64 random(20261203);
    std::shuffle(pairs.begin(), pairs.end(), random);
    std::vector<double> evidenceTimes;
    std::vector<double> baselineTimes;
    {
        auto connection = store.openConnection(Database::Mode::ReadOnly);
        if (!connection)
            return fail(connection.error().message()), 1;
        ReviewEvidenceReader reader(*connection);
        for (int i = 0; i < count; ++i) {
            const Pair& pair = pairs[std::size_t(i) % pairs.size()];
            QElapsedTimer timer;
            timer.start();
            auto evidence = reader.read(pair.agent, pair.role, now, 90);
            if (!evidence)
                return fail(evidence.error().message()), 1;
            evidenceTimes.push_back(msSince(timer));
        }
        // The baseline, same connection and run: the same use counts from the raw log instead of the daily rollup
        // (the agent's events in the window through access_event_agent_time), for the first samples.
        auto raw = connection->prepare(QStringLiteral(
            "SELECT data_class, count(*) FROM access_event WHERE agent_id = ? AND occurred_at >= ? AND occurred_at < ? "
            "GROUP BY data_class"));
        if (!raw)
            return fail(raw.error().message()), 1;
        for (int i = 0; i < std::min(count, 50); ++i) {
            const Pair& pair = pairs[std::size_t(i) % pairs.size()];
            QElapsedTimer timer;
            timer.start();
            raw->reset();
            raw->bind(1, pair.agent).bind(2, now - 90 * DayMs).bind(3, now);
            if (auto status = raw->forEachRow([](const Statement&) {}); !status)
                return fail(status.error().message()), 1;
            baselineTimes.push_back(msSince(timer));
        }
    }

    // Who could, who did: records with events, each over the last 90 days of the log.
    std::vector<double> whoTimes;
    {
        auto connection = store.openConnection(Database::Mode::ReadOnly);
        if (!connection)
            return fail(connection.error().message()), 1;
        const qint64 maxRecord = *db.queryInt(QStringLiteral("SELECT max(id) FROM customer_record"));
        std::uniform_int_distribution<qint64> pick(1, std::max<qint64>(1, maxRecord));
        RecordAccessReader reader(*connection);
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto answer = reader.whoCouldWhoDid(pick(random), now - 90 * DayMs, now);
            if (!answer && answer.error().code() != Error::Code::NotFound)
                return fail(answer.error().message()), 1;
            whoTimes.push_back(msSince(timer));
        }
    }

    // The pages, offscreen, with the GUI thread watched: the roles page (catalog, charts), then the review page
    // showing a campaign over the biggest team, its whole evidence, and a walk through its items.
    auto supervisor = db.queryInt(QStringLiteral("SELECT min(id) FROM supervisor"));
    if (!supervisor)
        return fail(supervisor.error().message()), 1;
    if (auto known = SyncState(db).supervisorId(); known && !*known)
        (void)SyncState(db).setSupervisorId(*supervisor);
    auto actor = RoleAssignmentWorkflow::consoleActor(db, QStringLiteral("bench"));
    if (!actor)
        return fail(actor.error().message()), 1;
    ReviewRules::Draft draft;
    draft.name = QStringLiteral("Benchmark review");
    draft.scope = ReviewScope::Team;
    draft.scopeId = *db.queryInt(QStringLiteral(
        "SELECT g.team_id FROM role_assignment a JOIN agent g ON g.id = a.agent_id WHERE a.status = 2 AND a.id > 0 "
        "GROUP BY g.team_id ORDER BY count(*) DESC LIMIT 1"));
    draft.reviewerId = actor->supervisorId;
    draft.dueAt = QDateTime::currentMSecsSinceEpoch() + 14 * DayMs;
    draft.now = -1;
    auto created = ReviewWorkflow::create(db, draft, *actor);
    if (!created)
        return fail(created.error().message()), 1;

    // Opening the pages (built once per unlock) is timed on its own, as the access benchmark's first rows are; the
    // probe watches what follows: a campaign shown with its evidence, a walk through its items, the roles page's
    // reload (catalog, charts) after a decision.
    QElapsedTimer rolesTimer;
    rolesTimer.start();
    auto roles = std::make_unique<RolesPage>(&session, QStringLiteral("bench"));
    roles->resize(1400, 900);
    roles->show();
    const double rolesMs = msSince(rolesTimer);
    QElapsedTimer reviewsTimer;
    reviewsTimer.start();
    auto reviews = std::make_unique<ReviewsPage>(&session, QStringLiteral("bench"));
    reviews->resize(1400, 900);
    reviews->show();
    const double reviewsMs = msSince(reviewsTimer);
    pump(100);
    EventLoopProbe probe;
    probe.start();
    probe.reset();
    QElapsedTimer campaignTimer;
    campaignTimer.start();
    probe.setPhase(QStringLiteral("campaign and its evidence"));
    reviews->showCampaign(created->campaignId);
    if (!reviews->evidenceLoaded() && !waitFor(reviews.get(), &ReviewsPage::evidenceReady, 120'000))
        return fail(QStringLiteral("the campaign's evidence did not arrive")), 1;
    const double campaignEvidenceMs = msSince(campaignTimer);
    probe.setPhase(QStringLiteral("walking the items"));
    QTableView* items = reviews->itemsTable();
    for (int r = 0; r < items->model()->rowCount(); ++r) {
        items->selectRow(r);
        pump(5);
    }
    probe.setPhase(QStringLiteral("roles page reload"));
    roles->reload();
    pump(50);
    const double maxStall = probe.maxStallMs();
    probe.stop();

    const QJsonObject result { { QStringLiteral("events"), totalEvents },
                               { QStringLiteral("samples"), count },
                               { QStringLiteral("evidence_median_ms"), median(evidenceTimes) },
                               { QStringLiteral("evidence_p95_ms"), percentile(evidenceTimes, 0.95) },
                               { QStringLiteral("evidence_max_ms"), percentile(evidenceTimes, 1.0) },
                               { QStringLiteral("raw_log_baseline_median_ms"), median(baselineTimes) },
                               { QStringLiteral("who_could_did_ms"), median(whoTimes) },
                               { QStringLiteral("who_could_did_p95_ms"), percentile(whoTimes, 0.95) },
                               { QStringLiteral("campaign_items"), created->items },
                               { QStringLiteral("campaign_evidence_ms"), campaignEvidenceMs },
                               { QStringLiteral("roles_page_open_ms"), rolesMs },
                               { QStringLiteral("reviews_page_open_ms"), reviewsMs },
                               { QStringLiteral("max_stall_ms"), maxStall } };
    if (parser.isSet(json)) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = result.begin(); it != result.end(); ++it)
            std::printf("%-22s %s\n", qPrintable(it.key()), qPrintable(QString::number(it.value().toDouble(), 'f', 2)));
    }
    reviews.reset();
    roles.reset();
    return 0;
}

} // namespace custodian::bench
