#include "demo/DemoTrainingStatements.h"

#include "demo/DemoClock.h"
#include "demo/DemoRandom.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace custodian {

namespace {
const QString Verbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString LmsHome = QStringLiteral("https://lms.demo-contact-centre.example");
const QString MailDomain = QStringLiteral("agents.demo-contact-centre.example");
constexpr qint64 Minute = 60'000;

struct Completion
{
    qint64 recordId = 0;
    qint64 agentId = 0;
    QString employeeNo;
    QString moduleCode;
    QString moduleTitle;
    qint64 completedAt = 0;
    std::optional<qint64> score;
    bool passed = false;
};

struct Sent
{
    qint64 stored = 0;
    QJsonObject statement;
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject verb(const QString& name)
{
    return { { QStringLiteral("id"), QString(Verbs + name) },
             { QStringLiteral("display"), QJsonObject { { QStringLiteral("en-US"), name } } } };
}

QJsonObject course(const QString& code, const QString& title)
{
    return { { QStringLiteral("objectType"), QStringLiteral("Activity") },
             { QStringLiteral("id"), QString(DemoTrainingStatements::matching().activityPrefix + code) },
             { QStringLiteral("definition"),
               QJsonObject { { QStringLiteral("type"), QStringLiteral("http://adlnet.gov/expapi/activities/course") },
                             { QStringLiteral("name"), QJsonObject { { QStringLiteral("en-US"), title } } } } } };
}

QJsonObject accountActor(const QString& name)
{
    return { { QStringLiteral("objectType"), QStringLiteral("Agent") },
             { QStringLiteral("account"),
               QJsonObject { { QStringLiteral("homePage"), LmsHome }, { QStringLiteral("name"), name } } } };
}

QJsonObject mboxActor(const QString& address)
{
    return { { QStringLiteral("objectType"), QStringLiteral("Agent") },
             { QStringLiteral("mbox"), QString(QStringLiteral("mailto:") + address) } };
}

// Every statement the demo LMS sends: the LRS adds `stored` and the LMS's authority.
QJsonObject statement(const QUuid& id, const QJsonObject& actor, const QJsonObject& verbObject,
                      const QJsonObject& object, qint64 timestamp, qint64 stored)
{
    return { { QStringLiteral("id"), id.toString(QUuid::WithoutBraces) },
             { QStringLiteral("actor"), actor },
             { QStringLiteral("verb"), verbObject },
             { QStringLiteral("object"), object },
             { QStringLiteral("timestamp"), isoTime(timestamp) },
             { QStringLiteral("stored"), isoTime(stored) },
             { QStringLiteral("authority"), accountActor(QStringLiteral("lms-service")) },
             { QStringLiteral("version"), QStringLiteral("1.0.3") } };
}
} // namespace

XapiMatching DemoTrainingStatements::matching()
{
    return { MailDomain, LmsHome, LmsHome + QStringLiteral("/courses/") };
}

QByteArray DemoTrainingStatements::configText()
{
    const XapiMatching m = matching();
    return QStringLiteral("# The demo LMS's addresses (docs/xapi.md): how its statements find agents and modules.\n"
                          "activity-prefix = %1\nmail-domain = %2\naccount-home-page = %3\n")
        .arg(m.activityPrefix, m.mailDomain, m.accountHomePage)
        .toUtf8();
}

Result<QByteArray> DemoTrainingStatements::take(Database& database, quint64 seed)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return transaction.error();
    auto query = database.prepare(
        QStringLiteral("SELECT r.id, r.agent_id, a.employee_no, m.code, m.title, r.completed_at, r.score, r.passed "
                       "FROM training_record r JOIN agent a ON a.id = r.agent_id "
                       "JOIN training_module m ON m.id = r.module_id "
                       "WHERE r.completed_at IS NOT NULL ORDER BY r.completed_at, r.id"));
    if (!query)
        return query.error();
    std::vector<Completion> completions;
    auto read = query->forEachRow([&](const Statement& row) {
        completions.push_back({ row.int64(0), row.int64(1), row.text(2), row.text(3), row.text(4), row.int64(5),
                                row.optionalInt64(6), row.int64(7) != 0 });
    });
    if (!read)
        return read.error();

    // Ids from the seed and the record: the same demo gives the same file, and the certificate references a console
    // shows (the passing statement's id) stay the same from run to run.
    const QUuid space = QUuid::createUuidV5(QUuid(), QStringLiteral("custodian-demo-lms:%1").arg(seed));
    auto idOf = [&](const QString& what, qint64 n) { return QUuid::createUuidV5(space, what + QString::number(n)); };
    DemoRandom random(seed, "xapi-statements");
    std::vector<Sent> sent;
    sent.reserve(completions.size() * 11 / 10 + 16);
    for (const Completion& c : completions) {
        // Two of three agents are known to the LMS by HR number (an account), the others by mail address.
        const QJsonObject actor = c.agentId % 3 == 0 ? mboxActor(c.employeeNo.toLower() + QLatin1Char('@') + MailDomain)
                                                     : accountActor(c.employeeNo);
        // Stored a few minutes after it happened; now and then days later, from a laptop that was offline. Never as
        // late as the agent's next attempt at the module (at least hours later), so the order of attempts is kept.
        const qint64 stored = c.completedAt
            + (random.chance(0.02) ? random.range(1, 3) * DemoClock::DayMs / 24 * 8 : random.range(1, 20) * Minute);
        if (random.chance(0.1)) // the LMS reports the launch too; the service ignores other verbs
            sent.push_back({ c.completedAt - 20 * Minute,
                             statement(idOf(QStringLiteral("attempted:"), c.recordId), actor,
                                       verb(QStringLiteral("attempted")), course(c.moduleCode, c.moduleTitle),
                                       c.completedAt - 25 * Minute, c.completedAt - 20 * Minute) });
        QJsonObject result { { QStringLiteral("success"), c.passed }, { QStringLiteral("completion"), true } };
        if (c.score)
            result.insert(QStringLiteral("score"),
                          QJsonObject { { QStringLiteral("scaled"), double(*c.score) / 100.0 },
                                        { QStringLiteral("raw"), *c.score },
                                        { QStringLiteral("min"), 0 },
                                        { QStringLiteral("max"), 100 } });
        // The GDPR course's LMS reports `completed` with a success flag; the others `passed` or `failed`.
        const QString verbName = c.moduleCode == QLatin1String("gdpr_essentials")
            ? QStringLiteral("completed")
            : (c.passed ? QStringLiteral("passed") : QStringLiteral("failed"));
        QJsonObject done = statement(idOf(QStringLiteral("result:"), c.recordId), actor, verb(verbName),
                                     course(c.moduleCode, c.moduleTitle), c.completedAt, stored);
        done.insert(QStringLiteral("result"), result);
        sent.push_back({ stored, done });
        if (random.chance(0.005)) {
            // A correction: the LMS first sent this attempt with a wrong score and voided that statement. An LRS no
            // longer serves a voided statement, so the file holds only the voiding one.
            const QJsonObject ref {
                { QStringLiteral("objectType"), QStringLiteral("StatementRef") },
                { QStringLiteral("id"),
                  idOf(QStringLiteral("wrong-score:"), c.recordId).toString(QUuid::WithoutBraces) }
            };
            sent.push_back(
                { stored + Minute,
                  statement(idOf(QStringLiteral("voiding:"), c.recordId), accountActor(QStringLiteral("lms-admin")),
                            verb(QStringLiteral("voided")), ref, stored + Minute, stored + Minute) });
        }
    }
    // People and courses outside the organisation's training: the import lists them rather than dropping them.
    if (!completions.empty()) {
        const qint64 first = completions.front().completedAt;
        const qint64 last = completions.back().completedAt;
        const Completion& sample = completions[completions.size() / 2];
        const QJsonObject outsiders[] = {
            mboxActor(QStringLiteral("qa.tester@lms-vendor.example")),
            mboxActor(QStringLiteral("content.review@lms-vendor.example")),
            accountActor(QStringLiteral("C-0042")), // a contractor HR never registered
        };
        int n = 0;
        for (const QJsonObject& actor : outsiders) {
            const qint64 at = first + (last - first) * (n + 1) / 4;
            QJsonObject done = statement(idOf(QStringLiteral("outsider:"), n), actor, verb(QStringLiteral("passed")),
                                         course(sample.moduleCode, sample.moduleTitle), at, at + 5 * Minute);
            done.insert(QStringLiteral("result"), QJsonObject { { QStringLiteral("success"), true } });
            sent.push_back({ at + 5 * Minute, done });
            ++n;
        }
        // A course the LMS also hosts that is not security training.
        QJsonObject fire = statement(idOf(QStringLiteral("fire-safety:"), sample.recordId),
                                     accountActor(sample.employeeNo), verb(QStringLiteral("completed")),
                                     course(QStringLiteral("fire_safety_2026"), QStringLiteral("Fire safety")),
                                     last - DemoClock::DayMs, last - DemoClock::DayMs + 3 * Minute);
        sent.push_back({ last - DemoClock::DayMs + 3 * Minute, fire });
    }
    std::stable_sort(sent.begin(), sent.end(), [](const Sent& a, const Sent& b) { return a.stored < b.stored; });
    QJsonArray list;
    for (const Sent& s : sent)
        list.append(s.statement);

    if (auto status = database.exec(QStringLiteral(
            "UPDATE training_record SET completed_at = NULL, score = NULL, passed = NULL, expires_at = NULL, "
            "certificate_ref = NULL WHERE completed_at IS NOT NULL"));
        !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace custodian
