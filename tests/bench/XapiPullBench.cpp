#include "XapiPullBench.h"

#include "BenchCommandLine.h"
#include "BenchSupport.h"
#include "LearningRecordStore.h"

#include "central/XapiPull.h"
#include "central/XapiSettings.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "store/central/SqlCentralRepository.h"
#include "store/central/SqlXapiRepository.h"
#include "support/CentralProcess.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace custodian::bench {

namespace {
const QString Verbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
// The organisation's LMS as docs/xapi.md maps it: activity = prefix + module code, actor = employee number.
const QString ActivityPrefix = QStringLiteral("https://lms.example.com/modules/");
const QString MailDomain = QStringLiteral("corp.example.com");
const QString HomePage = QStringLiteral("https://hr.example.com");
// Statements per POST while seeding the LRS: one request each would take minutes for tens of thousands.
constexpr int WriteBatch = 500;
// The demo organisation behind the statements; its access events do not matter here, only agents and modules.
constexpr qint64 DemoEvents = 1000;
constexpr qint64 DayMs = 24LL * 3600 * 1000;

void printErr(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

QString source(const QString& relative)
{
    return QDir(QStringLiteral(CUSTODIAN_SOURCE_PATH)).filePath(relative);
}

struct Module
{
    QString code;
    QString title;
};

// What `custodian-central init` made: the statements name these agents and modules, and most complete an open
// assignment, as an LMS's completions of assigned courses do.
struct Demo
{
    std::vector<QString> employees;
    std::vector<Module> modules;
    std::vector<std::pair<std::size_t, std::size_t>> open; // (employee, module) of each open training record
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<Store> openCentral(const QString& data)
{
    return Store::unlock(QDir(data).filePath(QStringLiteral("central.custodian")),
                         readFile(QDir(data).filePath(QStringLiteral("central.passphrase"))).trimmed());
}

// Grows the demo organisation to `agents` agents and `modules` modules (the issue's largest demo: 20 000 and 40;
// `init` makes 40 and 4 at the events this bench asks for): agents in the demo's teams, hired two years ago, with
// employee numbers of their own form (B000041…), and modules with a 365-day validity. What the pull's cost depends on
// — looking actors up among the agents and activities among the modules — is then at the scale the figure is for.
Status growOrganisation(const QString& data, int agents, int modules, const QStringList& sql)
{
    auto store = openCentral(data);
    if (!store)
        return store.error();
    Database& database = store->database();
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    std::vector<qint64> teams;
    auto teamRows = database.prepare(QStringLiteral("SELECT id FROM team ORDER BY id"));
    if (!teamRows)
        return teamRows.error();
    if (auto status = teamRows->forEachRow([&](const Statement& row) { teams.push_back(row.int64(0)); }); !status)
        return status;
    auto haveAgents = database.queryInt(QStringLiteral("SELECT count(*) FROM agent"));
    auto haveModules = database.queryInt(QStringLiteral("SELECT count(*) FROM training_module"));
    if (!haveAgents)
        return haveAgents.error();
    if (!haveModules)
        return haveModules.error();
    if (teams.empty())
        return Error(Error::Code::NotFound, QStringLiteral("the demo store has no teams"));
    auto agent = database.prepare(
        QStringLiteral("INSERT INTO agent (employee_no, display_name, team_id, hired_at) VALUES (?, ?, ?, ?)"));
    if (!agent)
        return agent.error();
    const qint64 hired = QDateTime::currentMSecsSinceEpoch() - 730 * DayMs;
    for (qint64 i = *haveAgents; i < agents; ++i) {
        agent->reset();
        agent->bind(1, QStringLiteral("B%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        agent->bind(2, QStringLiteral("Bench agent %1").arg(i + 1));
        agent->bind(3, teams[std::size_t(i) % teams.size()]).bind(4, hired);
        if (auto status = agent->run(); !status)
            return status;
    }
    auto module = database.prepare(
        QStringLiteral("INSERT INTO training_module (code, title, framework, validity_days, pass_score) VALUES (?, ?, "
                       "'security', 365, 80)"));
    if (!module)
        return module.error();
    for (qint64 i = *haveModules; i < modules; ++i) {
        module->reset();
        module->bind(1, QStringLiteral("bench_module_%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        module->bind(2, QStringLiteral("Security module %1").arg(i + 1));
        if (auto status = module->run(); !status)
            return status;
    }
    for (const QString& statement : sql) {
        if (auto status = database.exec(statement); !status)
            return status.error().prefixed(statement);
    }
    return transaction->commit();
}

Result<Demo> readDemo(const QString& data)
{
    auto store = openCentral(data);
    if (!store)
        return store.error();
    Demo demo;
    QHash<qint64, std::size_t> agents;
    QHash<qint64, std::size_t> modules;
    auto agentRows = store->database().prepare(QStringLiteral("SELECT id, employee_no FROM agent ORDER BY id"));
    if (!agentRows)
        return agentRows.error();
    if (auto status = agentRows->forEachRow([&](const Statement& row) {
            agents.insert(row.int64(0), demo.employees.size());
            demo.employees.push_back(row.text(1));
        });
        !status)
        return status.error();
    auto moduleRows
        = store->database().prepare(QStringLiteral("SELECT id, code, title FROM training_module ORDER BY id"));
    if (!moduleRows)
        return moduleRows.error();
    if (auto status = moduleRows->forEachRow([&](const Statement& row) {
            modules.insert(row.int64(0), demo.modules.size());
            demo.modules.push_back({ row.text(1), row.text(2) });
        });
        !status)
        return status.error();
    auto openRows = store->database().prepare(
        QStringLiteral("SELECT agent_id, module_id FROM training_record WHERE completed_at IS NULL ORDER BY id"));
    if (!openRows)
        return openRows.error();
    if (auto status = openRows->forEachRow([&](const Statement& row) {
            if (agents.contains(row.int64(0)) && modules.contains(row.int64(1)))
                demo.open.emplace_back(agents.value(row.int64(0)), modules.value(row.int64(1)));
        });
        !status)
        return status.error();
    if (demo.employees.empty() || demo.modules.empty())
        return Error(Error::Code::NotFound, QStringLiteral("the demo store has no agents or no training modules"));
    return demo;
}

// `count` statements as an LMS sends them, oldest first over the past year: 70 % passed with a score of 80–100 %,
// 15 % failed with 30–79 %, 15 % completed without an assessment; the actor by mbox (60 %) or by HR account (40 %);
// most of the first completing the open assignments, each once, the rest any agent's module taken unassigned (a record
// of its own); 1 in 200 from someone the HR data does not
// know (reported unmatched, as in any real feed). Names, activity definitions and context as a real LMS fills them,
// so pages have a realistic size. Seeded: every run writes the same statements.
QJsonArray realisticStatements(const Demo& demo, int count, qint64 endMs)
{
    QRandomGenerator random(16);
    // Each open assignment is completed once, in a random order; the other statements are modules taken unassigned.
    auto open = demo.open;
    std::shuffle(open.begin(), open.end(), random);
    std::size_t nextOpen = 0;
    const qint64 startMs = endMs - 365 * DayMs;
    const qint64 step = (endMs - startMs) / count;
    QJsonArray statements;
    for (int i = 0; i < count; ++i) {
        std::size_t employee = 0;
        std::size_t module = 0;
        if (nextOpen < open.size() && random.bounded(100) < 80) {
            std::tie(employee, module) = open[nextOpen++];
        } else {
            employee = random.bounded(quint32(demo.employees.size()));
            module = random.bounded(quint32(demo.modules.size()));
        }
        const bool unknown = random.bounded(200) == 0;
        const QString number = unknown ? QStringLiteral("X%1").arg(900000 + i) : demo.employees[employee];
        QJsonObject actor { { QStringLiteral("objectType"), QStringLiteral("Agent") },
                            { QStringLiteral("name"), QStringLiteral("Employee %1").arg(number) } };
        if (random.bounded(100) < 60)
            actor.insert(QStringLiteral("mbox"), QStringLiteral("mailto:%1@%2").arg(number.toLower(), MailDomain));
        else
            actor.insert(QStringLiteral("account"),
                         QJsonObject { { QStringLiteral("homePage"), HomePage }, { QStringLiteral("name"), number } });
        const int kind = random.bounded(100);
        const QString verb = kind < 70 ? QStringLiteral("passed")
            : kind < 85                ? QStringLiteral("failed")
                                       : QStringLiteral("completed");
        QJsonObject result { { QStringLiteral("completion"), true },
                             { QStringLiteral("duration"), QStringLiteral("PT%1M").arg(10 + random.bounded(50)) } };
        if (verb != QLatin1String("completed")) {
            const int percent = verb == QLatin1String("passed") ? 80 + random.bounded(21) : 30 + random.bounded(50);
            result.insert(QStringLiteral("score"),
                          QJsonObject { { QStringLiteral("scaled"), percent / 100.0 },
                                        { QStringLiteral("raw"), percent },
                                        { QStringLiteral("min"), 0 },
                                        { QStringLiteral("max"), 100 } });
            result.insert(QStringLiteral("success"), verb == QLatin1String("passed"));
        }
        const Module& target = demo.modules[module];
        const QJsonObject object {
            { QStringLiteral("objectType"), QStringLiteral("Activity") },
            { QStringLiteral("id"), QString(ActivityPrefix + target.code) },
            { QStringLiteral("definition"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("http://adlnet.gov/expapi/activities/course") },
                            { QStringLiteral("name"), QJsonObject { { QStringLiteral("en-US"), target.title } } } } },
        };
        const qint64 at = startMs + i * step + random.bounded(int(std::max<qint64>(step, 1)));
        statements.append(QJsonObject {
            { QStringLiteral("actor"), actor },
            { QStringLiteral("verb"),
              QJsonObject { { QStringLiteral("id"), QString(Verbs + verb) },
                            { QStringLiteral("display"), QJsonObject { { QStringLiteral("en-US"), verb } } } } },
            { QStringLiteral("object"), object },
            { QStringLiteral("result"), result },
            { QStringLiteral("context"),
              QJsonObject { { QStringLiteral("platform"), QStringLiteral("Example LMS") },
                            { QStringLiteral("language"), QStringLiteral("en-US") } } },
            { QStringLiteral("timestamp"), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs) },
        });
    }
    return statements;
}

// A fresh copy of the demo's data directory (the store, its passphrase, tokens): each timed pull starts from an empty
// cursor and the same records.
bool copyTree(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

// The `more` link of a page. Learning Locker writes it as the object's first member, so the plain client finds it
// without parsing the page (the ceiling is the LRS's time to serve, not a JSON parser's); any other layout is parsed.
QString moreLink(const QByteArray& body)
{
    static const QByteArray lead = "{\"more\":\"";
    if (body.startsWith(lead)) {
        const qsizetype end = body.indexOf('"', lead.size());
        if (end > 0)
            return QString::fromUtf8(body.mid(lead.size(), end - lead.size()));
    }
    return QJsonDocument::fromJson(body).object().value(QLatin1String("more")).toString();
}

struct Walk
{
    double seconds = 0;
    int pages = 0;
    qint64 bytes = 0;
    qint64 statements = -1; // counted only when asked: parsing is not part of the ceiling
};

// The ceiling: the same GETs as XapiPull (statements?limit=L&ascending=true from an empty cursor, the same headers,
// each `more` resolved against the endpoint) over one QNetworkAccessManager, bodies read and thrown away.
Result<Walk> walkPages(const QUrl& endpoint, int limit, const QByteArray& authorization, bool count = false)
{
    QNetworkAccessManager network;
    QUrl url = endpoint.resolved(QUrl(QStringLiteral("statements")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("ascending"), QStringLiteral("true"));
    url.setQuery(query);
    Walk walk;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        QNetworkRequest request(url);
        request.setRawHeader("X-Experience-API-Version", "1.0.3");
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return Error(Error::Code::Protocol,
                         QStringLiteral("the LRS answered HTTP %1 (%2)").arg(status).arg(reply->errorString()));
        const QByteArray body = reply->readAll();
        walk.bytes += body.size();
        ++walk.pages;
        if (count)
            walk.statements = std::max<qint64>(walk.statements, 0)
                + QJsonDocument::fromJson(body).object().value(QLatin1String("statements")).toArray().size();
        const QString more = moreLink(body);
        if (more.isEmpty())
            break;
        if (walk.pages > 1'000'000)
            return Error(Error::Code::Protocol, QStringLiteral("the LRS's `more` links do not end"));
        url = endpoint.resolved(QUrl(more));
    }
    walk.seconds = double(timer.nsecsElapsed()) / 1e9;
    return walk;
}

struct CommandRun
{
    double seconds = 0;
    QJsonObject report; // what `--json` printed
};

// One custodian-central command, timed from just before start to exit: what an operator or the serve schedule waits.
Result<CommandRun> runCentral(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(test::CentralProcess::executable(), arguments);
    if (!process.waitForFinished(60 * 60 * 1000))
        return Error(Error::Code::Cancelled, QStringLiteral("custodian-central did not finish within an hour"));
    CommandRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(Error::Code::Io,
                     QStringLiteral("custodian-central %1 failed: %2")
                         .arg(arguments.value(0), QString::fromUtf8(process.readAllStandardError())));
    run.report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

struct InProcess
{
    double unlockSeconds = 0; // Store::unlock and the central schema check
    double fetchSeconds = 0; // XapiPull::run: every page fetched and parsed
    double applySeconds = 0; // SqlXapiRepository::apply: the one transaction
    double closeSeconds = 0; // closing the store: SQLite checkpoints the write-ahead log into the file
    int received = 0;
};

// The command's work without the process around it, to say where the time goes.
Result<InProcess> pullInProcess(const QString& data, const XapiSettings& settings, int maxPages)
{
    InProcess result;
    QElapsedTimer whole;
    whole.start();
    // The store lives in this block so that its close is timed too.
    const Status status = [&]() -> Status {
        QElapsedTimer timer;
        timer.start();
        auto store = openCentral(data);
        if (!store)
            return store.error();
        SqlCentralRepository central(*store);
        if (auto initialised = central.initialise(); !initialised)
            return initialised.error();
        result.unlockSeconds = double(timer.nsecsElapsed()) / 1e9;
        SqlXapiRepository repository(*store);
        timer.restart();
        XapiPull pull(settings, maxPages);
        auto batch = pull.run(QString());
        if (!batch)
            return batch.error();
        result.fetchSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        auto report = repository.apply(batch->statements, batch->consistentThrough, settings.matching(),
                                       QDateTime::currentMSecsSinceEpoch());
        if (!report)
            return report.error();
        result.applySeconds = double(timer.nsecsElapsed()) / 1e9;
        result.received = report->received;
        return {};
    }();
    if (!status)
        return status.error();
    result.closeSeconds
        = double(whole.nsecsElapsed()) / 1e9 - result.unlockSeconds - result.fetchSeconds - result.applySeconds;
    return result;
}

double rounded(double value, int decimals = 0)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
} // namespace

Result<QJsonObject> XapiPullBench::measure(const Options& options)
{
    QTemporaryDir temporary(options.directory.isEmpty()
                                ? QDir::tempPath() + QStringLiteral("/custodian-xapi-bench-XXXXXX")
                                : QDir(options.directory).filePath(QStringLiteral("xapi-XXXXXX")));
    if (!temporary.isValid())
        return Error(Error::Code::Io, QStringLiteral("cannot create a temporary directory"));

    // The LRS peer: installed as the tests install it, when this checkout has not yet.
    if (qEnvironmentVariableIsEmpty("CUSTODIAN_SOURCE_DIR"))
        qputenv("CUSTODIAN_SOURCE_DIR", QByteArray(CUSTODIAN_SOURCE_PATH));
    if (!QFileInfo::exists(QDir(test::LearningRecordStore::peerDirectory())
                               .filePath(QStringLiteral("node_modules/.package-lock.json")))) {
        printErr(QStringLiteral("custodian-bench xapi-pull: installing the LRS peer (tests/peers/lrs/install.sh) ..."));
        QProcess install;
        install.setProcessChannelMode(QProcess::ForwardedChannels);
        install.start(source(QStringLiteral("tests/peers/lrs/install.sh")), {});
        if (!install.waitForFinished(15 * 60 * 1000) || install.exitStatus() != QProcess::NormalExit
            || install.exitCode() != 0)
            return Error(Error::Code::Io, QStringLiteral("tests/peers/lrs/install.sh failed"));
    }
    printErr(QStringLiteral("custodian-bench xapi-pull: custodian-central init (demo organisation) ..."));
    test::CentralProcess central;
    if (const QString problem = central.initialise(temporary.filePath(QStringLiteral("central")), DemoEvents);
        !problem.isEmpty())
        return Error(Error::Code::Io, problem);
    const QString data = central.dataDirectory();
    if (auto grown = growOrganisation(data, options.agents, options.modules, options.sql); !grown)
        return grown.error().prefixed(QStringLiteral("growing the demo organisation"));
    auto demo = readDemo(data);
    if (!demo)
        return demo.error();

    printErr(QStringLiteral("custodian-bench xapi-pull: writing %1 statements into the LRS (%2 agents, %3 modules, "
                            "%4 open assignments) ...")
                 .arg(options.statements)
                 .arg(demo->employees.size())
                 .arg(demo->modules.size())
                 .arg(demo->open.size()));
    const QJsonArray statements
        = realisticStatements(*demo, options.statements, QDateTime::currentMSecsSinceEpoch() - DayMs);

    const QString credentials = temporary.filePath(QStringLiteral("lrs.credentials"));
    {
        QFile file(credentials);
        if (!file.open(QIODevice::WriteOnly) || file.write("custodian-bench:not-a-secret\n") < 0)
            return Error(Error::Code::Io, QStringLiteral("cannot write %1").arg(credentials));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    XapiSettings::Input input;
    input.credentialsFile = credentials;
    input.matching.activityPrefix = ActivityPrefix;
    input.matching.mailDomain = MailDomain;
    input.matching.accountHomePage = HomePage;
    input.limit = options.limit;
    // Learning Locker's memory store orders by `stored` then by an id that is a version-1 UUID, but its `more` cursor
    // compares those ids as text, and their leading field wraps every 7 minutes: a write that spans the wrap leaves
    // statements no `more` chain reaches. Every reader sees the same shortened chain, so the figures would still
    // compare like with like, but the run would not be of N statements: a fresh LRS is written again instead. The
    // walk that checks it, parsing every page, is untimed and also warms the LRS's JIT and caches, as an LRS in
    // service has them warm.
    std::unique_ptr<test::LearningRecordStore> lrs;
    std::optional<XapiSettings> settings;
    for (int attempt = 1;; ++attempt) {
        lrs = std::make_unique<test::LearningRecordStore>();
        if (const QString problem = lrs->start(); !problem.isEmpty())
            return Error(Error::Code::Io, problem);
        QString error;
        if (lrs->write(statements, &error, WriteBatch).isEmpty())
            return Error(Error::Code::Io, error);
        input.endpoint = lrs->endpoint();
        auto loaded = XapiSettings::load(input);
        if (!loaded)
            return loaded.error();
        settings = *loaded;
        auto check = walkPages(settings->endpoint(), options.limit, settings->authorization(), true);
        if (!check)
            return check.error();
        if (check->statements == options.statements)
            break;
        if (attempt == 3)
            return Error(Error::Code::Protocol,
                         QStringLiteral("the LRS serves %1 of the %2 statements written to it")
                             .arg(check->statements)
                             .arg(options.statements));
        printErr(QStringLiteral("custodian-bench xapi-pull: the LRS serves %1 of %2 statements (its cursor's UUID "
                                "wrapped during the write); writing them into a fresh LRS ...")
                     .arg(check->statements)
                     .arg(options.statements));
    }
    const int maxPages = options.statements / options.limit + 10;
    const QStringList pullArguments { QStringLiteral("xapi-pull"),
                                      QStringLiteral("--endpoint"),
                                      lrs->endpoint(),
                                      QStringLiteral("--credentials"),
                                      credentials,
                                      QStringLiteral("--activity-prefix"),
                                      ActivityPrefix,
                                      QStringLiteral("--mail-domain"),
                                      MailDomain,
                                      QStringLiteral("--account-home-page"),
                                      HomePage,
                                      QStringLiteral("--limit"),
                                      QString::number(options.limit),
                                      QStringLiteral("--max-pages"),
                                      QString::number(maxPages),
                                      QStringLiteral("--json") };

    std::vector<double> ceilingSeconds;
    std::vector<double> commandSeconds;
    std::vector<double> fixedSeconds;
    std::vector<double> unlockSeconds;
    std::vector<double> fetchSeconds;
    std::vector<double> applySeconds;
    std::vector<double> closeSeconds;
    int pages = 0;
    qint64 bytes = 0;
    QJsonObject lastReport;
    QJsonArray runs;
    for (int round = 0; round < options.rounds; ++round) {
        auto walk = walkPages(settings->endpoint(), options.limit, settings->authorization());
        if (!walk)
            return walk.error().prefixed(QStringLiteral("plain client"));

        const QString copy = temporary.filePath(QStringLiteral("pull-%1").arg(round));
        if (!copyTree(data, copy))
            return Error(Error::Code::Io, QStringLiteral("cannot copy %1").arg(data));
        auto command = runCentral(QStringList(pullArguments) << QStringLiteral("--data") << copy);
        if (!command)
            return command.error();
        const int received = command->report.value(QLatin1String("received")).toInt();
        if (received != options.statements || command->report.value(QLatin1String("pages")).toInt() != walk->pages)
            return Error(Error::Code::Protocol,
                         QStringLiteral("the pull received %1 statements in %2 pages; the LRS holds %3 in %4")
                             .arg(received)
                             .arg(command->report.value(QLatin1String("pages")).toInt())
                             .arg(options.statements)
                             .arg(walk->pages));

        const QString fixedCopy = temporary.filePath(QStringLiteral("fixed-%1").arg(round));
        if (!copyTree(data, fixedCopy))
            return Error(Error::Code::Io, QStringLiteral("cannot copy %1").arg(data));
        auto fixed = runCentral(
            { QStringLiteral("xapi-pull"), QStringLiteral("--data"), fixedCopy, QStringLiteral("--unmatched") });
        if (!fixed)
            return fixed.error();

        const QString inProcessCopy = temporary.filePath(QStringLiteral("in-process-%1").arg(round));
        if (!copyTree(data, inProcessCopy))
            return Error(Error::Code::Io, QStringLiteral("cannot copy %1").arg(data));
        auto inProcess = pullInProcess(inProcessCopy, *settings, maxPages);
        if (!inProcess)
            return inProcess.error().prefixed(QStringLiteral("in-process pull"));
        if (inProcess->received != options.statements)
            return Error(Error::Code::Protocol,
                         QStringLiteral("the in-process pull received %1 statements").arg(inProcess->received));

        ceilingSeconds.push_back(walk->seconds);
        commandSeconds.push_back(command->seconds);
        fixedSeconds.push_back(fixed->seconds);
        unlockSeconds.push_back(inProcess->unlockSeconds);
        fetchSeconds.push_back(inProcess->fetchSeconds);
        applySeconds.push_back(inProcess->applySeconds);
        closeSeconds.push_back(inProcess->closeSeconds);
        pages = walk->pages;
        bytes = walk->bytes;
        lastReport = command->report;
        runs.append(QJsonObject { { QStringLiteral("ceiling_ms"), rounded(walk->seconds * 1000, 1) },
                                  { QStringLiteral("command_ms"), rounded(command->seconds * 1000, 1) },
                                  { QStringLiteral("fixed_ms"), rounded(fixed->seconds * 1000, 1) },
                                  { QStringLiteral("fetch_parse_ms"), rounded(inProcess->fetchSeconds * 1000, 1) },
                                  { QStringLiteral("apply_ms"), rounded(inProcess->applySeconds * 1000, 1) },
                                  { QStringLiteral("close_ms"), rounded(inProcess->closeSeconds * 1000, 1) } });
        printErr(QStringLiteral("round %1: plain client %2 ms, xapi-pull %3 ms (start and unlock %4 ms), in process: "
                                "fetch and parse %5 ms, apply %6 ms, close %7 ms")
                     .arg(round + 1)
                     .arg(walk->seconds * 1000, 0, 'f', 0)
                     .arg(command->seconds * 1000, 0, 'f', 0)
                     .arg(fixed->seconds * 1000, 0, 'f', 0)
                     .arg(inProcess->fetchSeconds * 1000, 0, 'f', 0)
                     .arg(inProcess->applySeconds * 1000, 0, 'f', 0)
                     .arg(inProcess->closeSeconds * 1000, 0, 'f', 0));
        for (const QString& directory : { copy, fixedCopy, inProcessCopy })
            QDir(directory).removeRecursively();
    }

    const double n = options.statements;
    const double ceiling = median(ceilingSeconds);
    const double command = median(commandSeconds);
    const double fixed = median(fixedSeconds);
    const double fetch = median(fetchSeconds);
    const double apply = median(applySeconds);
    const double pullRate = n / command;
    const double ceilingRate = n / ceiling;
    return QJsonObject {
        { QStringLiteral("statements"), options.statements },
        { QStringLiteral("limit"), options.limit },
        { QStringLiteral("rounds"), options.rounds },
        { QStringLiteral("pages"), pages },
        { QStringLiteral("page_bytes_total"), bytes },
        { QStringLiteral("agents"), int(demo->employees.size()) },
        { QStringLiteral("modules"), int(demo->modules.size()) },
        { QStringLiteral("applied"), lastReport.value(QLatin1String("applied")) },
        { QStringLiteral("unmatched_actors"), lastReport.value(QLatin1String("unmatched_actors")) },
        { QStringLiteral("xapi_pull_statements_per_s"), qRound64(pullRate) },
        { QStringLiteral("xapi_pull_ms"), rounded(command * 1000, 1) },
        { QStringLiteral("xapi_ceiling_statements_per_s"), qRound64(ceilingRate) },
        { QStringLiteral("xapi_ceiling_ms"), rounded(ceiling * 1000, 1) },
        { QStringLiteral("xapi_share_of_ceiling"), rounded(pullRate / ceilingRate, 3) },
        { QStringLiteral("xapi_start_unlock_ms"), rounded(fixed * 1000, 1) },
        // Null when the two medians are too close to divide by (a small N on a busy machine).
        { QStringLiteral("xapi_pull_after_start_statements_per_s"),
          command - fixed > 0.01 ? QJsonValue(qRound64(n / (command - fixed))) : QJsonValue() },
        { QStringLiteral("in_process_unlock_ms"), rounded(median(unlockSeconds) * 1000, 1) },
        { QStringLiteral("in_process_fetch_parse_ms"), rounded(fetch * 1000, 1) },
        { QStringLiteral("in_process_apply_ms"), rounded(apply * 1000, 1) },
        { QStringLiteral("in_process_close_ms"), rounded(median(closeSeconds) * 1000, 1) },
        { QStringLiteral("in_process_statements_per_s"), qRound64(n / (fetch + apply)) },
        { QStringLiteral("runs"), runs },
    };
}

int XapiPullBench::run(const QStringList& arguments)
{
    BenchCommandLine parser(
        QStringLiteral("Pulls N statements from the real LRS (Learning Locker's xapi-statements, tests/peers/lrs) with "
                       "`custodian-central xapi-pull` into fresh copies of a demo central store, against a plain HTTP "
                       "client fetching the same pages in the same run (the ceiling)."),
        BenchCommandLine::Help::Plain);
    const QCommandLineOption statementsOption(QStringLiteral("statements"),
                                              QStringLiteral("Statements in the LRS (default 20000)."),
                                              QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("Statements per page the pull asks for (default 500)."),
                                         QStringLiteral("L"), QStringLiteral("500"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Timed rounds (default 3; medians)."), QStringLiteral("R"),
                                          QStringLiteral("3"));
    const QCommandLineOption agentsOption(
        QStringLiteral("agents"), QStringLiteral("Agents the central store holds (default 20000; the demo has 40)."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption modulesOption(QStringLiteral("modules"),
                                           QStringLiteral("Training modules (default 40; the demo has 4)."),
                                           QStringLiteral("M"), QStringLiteral("40"));
    const QCommandLineOption dirOption = BenchCommandLine::storesDirectoryOption();
    const QCommandLineOption sqlOption(QStringLiteral("sql"),
                                       QStringLiteral("Investigation: run this SQL on the central store before any "
                                                      "round (repeatable), e.g. \"DROP INDEX …\"."),
                                       QStringLiteral("SQL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (auto exit = parser.parse(arguments,
                                 { statementsOption, limitOption, roundsOption, agentsOption, modulesOption, dirOption,
                                   sqlOption, jsonOption }))
        return *exit;
    const auto statements = parser.number(statementsOption, 100, 1'000'000);
    const auto limit = statements ? parser.number(limitOption, 1, XapiSettings::MaxLimit) : std::nullopt;
    const auto rounds = limit ? parser.number(roundsOption, 1, 20) : std::nullopt;
    const auto agents = rounds ? parser.number(agentsOption, 1, 1'000'000) : std::nullopt;
    const auto modules = agents ? parser.number(modulesOption, 1, 10'000) : std::nullopt;
    if (!modules)
        return 2;
    Options options;
    options.statements = int(*statements);
    options.limit = int(*limit);
    options.rounds = int(*rounds);
    options.agents = int(*agents);
    options.modules = int(*modules);
    options.directory = parser.value(dirOption);
    options.sql = parser.values(sqlOption);
    auto summary = measure(options);
    if (!summary) {
        printErr(QStringLiteral("custodian-bench xapi-pull: ") + summary.error().message());
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        std::printf("%s\n", QJsonDocument(*summary).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf(
            "xapi-pull: %lld statements/s (whole command, median of %d; %.0f ms for %d statements in %d pages), "
            "ceiling %lld statements/s (plain HTTP client, %.0f ms): %.0f %% of the ceiling; start and unlock %.0f "
            "ms; in process: fetch and parse %.0f ms, apply %.0f ms\n",
            static_cast<long long>(summary->value(QLatin1String("xapi_pull_statements_per_s")).toInteger()),
            options.rounds, summary->value(QLatin1String("xapi_pull_ms")).toDouble(), options.statements,
            summary->value(QLatin1String("pages")).toInt(),
            static_cast<long long>(summary->value(QLatin1String("xapi_ceiling_statements_per_s")).toInteger()),
            summary->value(QLatin1String("xapi_ceiling_ms")).toDouble(),
            summary->value(QLatin1String("xapi_share_of_ceiling")).toDouble() * 100,
            summary->value(QLatin1String("xapi_start_unlock_ms")).toDouble(),
            summary->value(QLatin1String("in_process_fetch_parse_ms")).toDouble(),
            summary->value(QLatin1String("in_process_apply_ms")).toDouble());
    }
    return 0;
}

} // namespace custodian::bench
