// Who may change what on the central service, and tokens that expire and can be revoked (defect 10 of issue #13),
// real processes on loopback: the real custodian-central and its commands, `custodian-cli sync`, and changes sent by
// hand with real tokens. Only a security officer changes the organisation's detection thresholds (403 forbidden for
// anyone else, and a console's queued change refused so is marked refused with the message); an administrator
// changes roles; the session tells the console its role and when its token expires (a warning within 14 days);
// an expired or revoked token gets 401 saying which; the service applies the review rules itself (a reviewer other
// than the creator where the organisation says so, no early close with undecided items).
#include "CentralClient.h"
#include "SyncFixture.h"

#include "rules/DetectionSettings.h"
#include "store/Database.h"
#include "store/SyncState.h"
#include "support/ResultChecks.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace custodian;
using namespace custodian::test;

namespace {
constexpr qint64 DayMs = 86'400'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 randomId()
{
    return 1 + qint64(QRandomGenerator::global()->bounded(quint64(1) << 52));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}
} // namespace

class AuthorityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyASecurityOfficerChangesThresholds();
    void tokensExpireAndCanBeRevoked();
    void serviceAppliesTheReviewRules();
    void cleanupTestCase();

private:
    [[nodiscard]] CliRunner::Outcome central(const QStringList& arguments);
    [[nodiscard]] CentralClient client(int supervisor);
    [[nodiscard]] QString supervisor(int index) { return m_fixture.central().supervisors().value(index); }
    [[nodiscard]] qint64 supervisorId(int index)
    {
        return m_fixture.centralCount(
            QStringLiteral("SELECT id FROM supervisor WHERE username = '%1'").arg(supervisor(index)));
    }
    [[nodiscard]] CentralClient::Answer thresholds(int supervisor, qint64 value);

    SyncFixture m_fixture;
};

CliRunner::Outcome AuthorityTest::central(const QStringList& arguments)
{
    QProcess process;
    return CliRunner::runProgram(
        process, CentralProcess::executable(),
        arguments + QStringList { QStringLiteral("--data"), m_fixture.central().dataDirectory() }, 120'000);
}

CentralClient AuthorityTest::client(int index)
{
    return CentralClient(m_fixture.central(), m_fixture.central().tokenFile(supervisor(index)),
                         QStringLiteral("authority-test-%1").arg(index));
}

CentralClient::Answer AuthorityTest::thresholds(int index, qint64 value)
{
    const qint64 version = m_fixture.centralCount(
        QStringLiteral("SELECT CAST(value AS INTEGER) FROM central_meta WHERE key = 'detection_settings_version'"));
    QCborMap values;
    values.insert(QLatin1String("bulk_access_threshold_per_hour"), value);
    QCborMap payload;
    payload.insert(QLatin1String("values"), values);
    return client(index).change(QStringLiteral("detection.settings"), QStringLiteral("detection_settings"), version,
                                payload);
}

void AuthorityTest::initTestCase()
{
    const QString problem = m_fixture.initialise(5000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_fixture.central().supervisors().size() >= 4);
    const QString started = m_fixture.central().start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void AuthorityTest::cleanupTestCase()
{
    m_fixture.central().stop();
}

void AuthorityTest::onlyASecurityOfficerChangesThresholds()
{
    // init made the demo organisation's security officer (its first supervisor) the one security officer.
    const auto listed = central({ QStringLiteral("supervisors") });
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(supervisor(0) + QStringLiteral("\tsecurity_officer")), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(supervisor(1) + QStringLiteral("\tsupervisor")), qPrintable(listed.out));

    // Another supervisor's token: 403 forbidden, nothing changes.
    const qint64 before = m_fixture.centralCount(QStringLiteral(
        "SELECT CAST(value AS INTEGER) FROM detection_setting WHERE key = 'bulk_access_threshold_per_hour'"));
    const auto refused = thresholds(1, 555);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code(), QStringLiteral("forbidden"));
    QCOMPARE(m_fixture.centralCount(QStringLiteral(
                 "SELECT CAST(value AS INTEGER) FROM detection_setting WHERE key = 'bulk_access_threshold_per_hour'")),
             before);

    // A console of that supervisor learns its role; a change queued anyway (as a modified console would) is marked
    // refused with the service's message, and the run goes on.
    auto made = m_fixture.makeConsole(QStringLiteral("plain"), 1);
    CUSTODIAN_VERIFY_OK(made);
    const auto first = m_fixture.sync(*made);
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QCOMPARE(first.summary.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    {
        auto store = made->unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto role = SyncState(store->database()).supervisorRole();
        CUSTODIAN_VERIFY_OK(role);
        QVERIFY(role->has_value() && **role == SupervisorRole::Supervisor);
        auto settings = DetectionSettings::load(store->database());
        CUSTODIAN_VERIFY_OK(settings);
        QCOMPARE(settings->reviewIndependentReviewer, 1); // the organisation's rule arrived with the thresholds
        settings->bulkAccessThresholdPerHour = 444;
        auto saved = settings->save(store->database(), QStringLiteral("console:plain"));
        CUSTODIAN_VERIFY_OK(saved);
    }
    const auto pushed = m_fixture.sync(*made);
    QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    QCOMPARE(pushed.summary.value(QStringLiteral("rejected")).toInteger(), 1);
    const QString error = [&] {
        auto store = made->unlock();
        if (!store)
            return QString();
        auto text = store->database().queryText(QStringLiteral(
            "SELECT last_error FROM sync_outbox WHERE kind = 'detection.settings' AND state = 'rejected'"));
        return text ? *text : QString();
    }();
    QVERIFY2(error.contains(QLatin1String("security officer")), qPrintable(error));
    QCOMPARE(m_fixture.centralCount(QStringLiteral(
                 "SELECT CAST(value AS INTEGER) FROM detection_setting WHERE key = 'bulk_access_threshold_per_hour'")),
             before);

    // The security officer's change applies.
    const auto officer = thresholds(0, 321);
    QVERIFY2(officer.status == 200, qPrintable(officer.describe()));

    // An administrator makes the other supervisor a security officer: their change applies too, and their console
    // learns the role at its next session.
    const auto promoted = central({ QStringLiteral("supervisors"), QStringLiteral("--supervisor"), supervisor(1),
                                    QStringLiteral("--role"), QStringLiteral("security_officer") });
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
    const auto bad = central({ QStringLiteral("supervisors"), QStringLiteral("--supervisor"), supervisor(1),
                               QStringLiteral("--role"), QStringLiteral("root") });
    QCOMPARE(bad.exitCode, 2);
    const auto now = thresholds(1, 555);
    QVERIFY2(now.status == 200, qPrintable(now.describe()));
    const auto learnt = m_fixture.sync(*made);
    QVERIFY2(learnt.ok(), qPrintable(learnt.describe()));
    QCOMPARE(learnt.summary.value(QStringLiteral("role")).toString(), QStringLiteral("security_officer"));
}

void AuthorityTest::tokensExpireAndCanBeRevoked()
{
    const QString who = supervisor(3);
    auto made = m_fixture.makeConsole(QStringLiteral("tokens"), 3);
    CUSTODIAN_VERIFY_OK(made);

    // The token init issued lasts 90 days: the session says when, no warning.
    const auto usual = m_fixture.sync(*made);
    QVERIFY2(usual.ok(), qPrintable(usual.describe()));
    const qint64 expires = usual.summary.value(QStringLiteral("token_expires_at")).toInteger();
    QVERIFY2(expires > nowMs() + 89 * DayMs && expires < nowMs() + 91 * DayMs, qPrintable(usual.describe()));
    QVERIFY2(!usual.outcome.err.contains(QLatin1String("token expires")), qPrintable(usual.describe()));

    // A token issued for 10 days: the console is told, and warns.
    const QString shortFile = m_fixture.path(QStringLiteral("short.token"));
    const auto issued = central({ QStringLiteral("token"), QStringLiteral("--supervisor"), who, QStringLiteral("--out"),
                                  shortFile, QStringLiteral("--days"), QStringLiteral("10") });
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    const auto warned = m_fixture.sync(*made, { QStringLiteral("--token-file"), shortFile });
    QVERIFY2(warned.ok(), qPrintable(warned.describe()));
    const qint64 soon = warned.summary.value(QStringLiteral("token_expires_at")).toInteger();
    QVERIFY(soon > nowMs() + 9 * DayMs && soon < nowMs() + 11 * DayMs);
    QVERIFY2(warned.outcome.err.contains(QLatin1String("The sync token expires on")), qPrintable(warned.describe()));
    {
        auto store = made->unlock();
        CUSTODIAN_VERIFY_OK(store);
        auto kept = SyncState(store->database()).tokenExpiresAt();
        CUSTODIAN_VERIFY_OK(kept);
        QCOMPARE(kept->value_or(0), soon);
    }

    // Revoked by its file: 401 saying so.
    const auto revoked
        = central({ QStringLiteral("token"), QStringLiteral("--revoke"), QStringLiteral("--token-file"), shortFile });
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    const auto afterRevoke = m_fixture.sync(*made, { QStringLiteral("--token-file"), shortFile });
    QCOMPARE(afterRevoke.outcome.exitCode, 1);
    QCOMPARE(afterRevoke.summary.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("Unauthorized"));
    QVERIFY2(afterRevoke.outcome.err.contains(QLatin1String("was revoked on")), qPrintable(afterRevoke.describe()));

    // Expired: a token whose time has passed (its expiry moved to yesterday, as time would) gets 401 saying so.
    const QString oldFile = m_fixture.path(QStringLiteral("old.token"));
    QVERIFY(central({ QStringLiteral("token"), QStringLiteral("--supervisor"), who, QStringLiteral("--out"), oldFile })
                .exitCode
            == 0);
    {
        auto store = m_fixture.centralStore();
        CUSTODIAN_VERIFY_OK(store);
        auto update
            = store->database().prepare(QStringLiteral("UPDATE central_token SET expires_at = ? WHERE token_hash = ?"));
        CUSTODIAN_VERIFY_OK(update);
        update->bind(1, nowMs() - DayMs)
            .bindBlob(2, QCryptographicHash::hash(readAll(oldFile), QCryptographicHash::Sha256));
        CUSTODIAN_VERIFY_OK(update->run());
        QCOMPARE(store->database().changes(), 1);
    }
    const auto expired = m_fixture.sync(*made, { QStringLiteral("--token-file"), oldFile });
    QCOMPARE(expired.outcome.exitCode, 1);
    QVERIFY2(expired.outcome.err.contains(QLatin1String("expired on")), qPrintable(expired.describe()));

    // Every token of the supervisor revoked at once: the one init issued stops working too.
    const auto all
        = central({ QStringLiteral("token"), QStringLiteral("--revoke"), QStringLiteral("--supervisor"), who });
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QVERIFY2(all.out.contains(QLatin1String("Revoked 1 token(s)")), qPrintable(all.out)); // the others ended already
    const auto locked = m_fixture.sync(*made);
    QCOMPARE(locked.outcome.exitCode, 1);
    QVERIFY2(locked.outcome.err.contains(QLatin1String("was revoked on")), qPrintable(locked.describe()));
    // Nothing in a token's place is printed.
    QVERIFY(!locked.outcome.err.contains(QString::fromLatin1(readAll(m_fixture.central().tokenFile(who)))));

    // Bad input: refused with the reason, nothing changed.
    QCOMPARE(central({ QStringLiteral("token"), QStringLiteral("--revoke") }).exitCode, 2);
    QCOMPARE(central({ QStringLiteral("token"), QStringLiteral("--supervisor"), who, QStringLiteral("--out"),
                       m_fixture.path(QStringLiteral("never.token")), QStringLiteral("--days"), QStringLiteral("0") })
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(m_fixture.path(QStringLiteral("never.token"))));
}

void AuthorityTest::serviceAppliesTheReviewRules()
{
    const qint64 assignment
        = m_fixture.centralCount(QStringLiteral("SELECT a.id FROM role_assignment a WHERE a.status = 2 AND "
                                                "(a.valid_until IS NULL OR a.valid_until > %1) ORDER BY a.id LIMIT 1")
                                     .arg(nowMs()));
    const qint64 team = m_fixture.centralCount(
        QStringLiteral("SELECT g.team_id FROM role_assignment a JOIN agent g ON g.id = a.agent_id WHERE a.id = %1")
            .arg(assignment));
    QVERIFY(assignment > 0 && team > 0);
    auto campaign = [&](qint64 id, qint64 itemId, qint64 reviewer) {
        QCborMap item;
        item.insert(QLatin1String("id"), itemId);
        item.insert(QLatin1String("assignment_id"), assignment);
        QCborMap payload;
        payload.insert(QLatin1String("action"), QLatin1String("create"));
        payload.insert(QLatin1String("name"), QLatin1String("Hand-made review"));
        payload.insert(QLatin1String("scope_kind"), QLatin1String("team"));
        payload.insert(QLatin1String("scope_id"), team);
        payload.insert(QLatin1String("reviewer_id"), reviewer);
        payload.insert(QLatin1String("due_at"), nowMs() + 14 * DayMs);
        payload.insert(QLatin1String("evidence_days"), 90);
        payload.insert(QLatin1String("default_decision"), QLatin1String("keep"));
        payload.insert(QLatin1String("created_at"), nowMs());
        payload.insert(QLatin1String("at"), nowMs());
        payload.insert(QLatin1String("items"), QCborArray { item });
        return client(0).change(QStringLiteral("review.campaign"), QString::number(id), QCborValue(nullptr), payload);
    };
    // The creator as its own reviewer: the organisation says no, whatever the console let through.
    const auto self = campaign(randomId(), randomId(), supervisorId(0));
    QCOMPARE(self.status, 422);
    QVERIFY2(self.describe().contains(QLatin1String("other than the campaign's creator")), qPrintable(self.describe()));

    const qint64 id = randomId();
    const qint64 itemId = randomId();
    const auto created = campaign(id, itemId, supervisorId(1));
    QVERIFY2(created.status == 200, qPrintable(created.describe()));

    // Closing early with the item undecided — the default deciding it, then the close — is refused.
    QCborMap byDefault;
    byDefault.insert(QLatin1String("decision"), QLatin1String("keep"));
    byDefault.insert(QLatin1String("new_valid_until"), QCborValue(nullptr));
    byDefault.insert(QLatin1String("justification"), QLatin1String("Not decided by the due date"));
    byDefault.insert(QLatin1String("by_default"), true);
    byDefault.insert(QLatin1String("campaign_id"), id);
    byDefault.insert(QLatin1String("at"), nowMs());
    const auto defaulted
        = client(0).change(QStringLiteral("review.decision"), QString::number(itemId), QCborValue(nullptr), byDefault);
    QCOMPARE(defaulted.status, 422);
    QVERIFY2(defaulted.describe().contains(QLatin1String("not decided yet")), qPrintable(defaulted.describe()));
    QCborMap close;
    close.insert(QLatin1String("action"), QLatin1String("close"));
    close.insert(QLatin1String("at"), nowMs());
    const auto closed = client(0).change(QStringLiteral("review.campaign"), QString::number(id), 1, close);
    QCOMPARE(closed.status, 422);
    QVERIFY2(closed.describe().contains(QLatin1String("not decided yet")), qPrintable(closed.describe()));
    QCOMPARE(m_fixture.centralCount(
                 QStringLiteral("SELECT count(*) FROM review_campaign WHERE id = %1 AND closed_at IS NULL").arg(id)),
             1);
}

QTEST_GUILESS_MAIN(AuthorityTest)
#include "AuthorityTest.moc"
