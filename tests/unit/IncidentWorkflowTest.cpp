// The incident core on a real store in a temporary directory (docs/incidents.md): references numbered per year, the
// category templates' tasks, closing refused while a mandatory task is open (the task named) and allowed once it is
// decided, not-applicable only with a reason, the phase moves allowed and refused, the timeline's hash chain intact
// and then broken by a flipped byte, a deleted entry and a deleted last entry (each named), pulled entries kept out of
// the chain, and one console-audit entry per change. Refusals write nothing.
#include "rules/IncidentWorkflow.h"
#include "domain/IncidentPhases.h"
#include "rules/IncidentTemplates.h"
#include "store/ConsoleAudit.h"
#include "store/Database.h"
#include "store/IncidentRepository.h"
#include "store/IncidentTimeline.h"
#include "store/SyncCatalogue.h"
#include "store/SyncItemWriter.h"
#include "support/ResultChecks.h"
#include "support/TestStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace custodian;

namespace {
constexpr qint64 HourMs = 3'600'000;
// 2026-12-01T12:00:00Z: a fixed "now" so that references and times are known.
constexpr qint64 Now = 1'796'126'400'000;
// 2027-01-02T00:00:00Z.
constexpr qint64 NextYear = 1'798'848'000'000;

qint64 count(Database& db, const QString& sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}

// What a refusal must leave untouched.
struct Footprint
{
    qint64 incidents, versions, tasksDecided, timeline, audit;
    static Footprint of(Database& db)
    {
        return { count(db, QStringLiteral("SELECT count(*) FROM incident")),
                 count(db, QStringLiteral("SELECT coalesce(sum(version), 0) FROM incident")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_task WHERE state <> 0")),
                 count(db, QStringLiteral("SELECT count(*) FROM incident_timeline")),
                 count(db, QStringLiteral("SELECT count(*) FROM console_audit")) };
    }
    bool operator==(const Footprint&) const = default;
};
} // namespace

class IncidentWorkflowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestStore> m_store;
    IncidentWorkflow::Actor m_marta { 1, QStringLiteral("console:msilva") };
    IncidentWorkflow::Actor m_joao { 2, QStringLiteral("console:jcosta") };

    Database& db() { return m_store->store().database(); }

    IncidentWorkflow::OpenDraft draft(const QString& category, const QString& title = QStringLiteral("Test incident"))
    {
        IncidentWorkflow::OpenDraft d;
        d.title = title;
        d.category = category;
        d.severity = Severity::High;
        d.ownerId = 1;
        d.description = QStringLiteral("What was seen.");
        d.detectedAt = Now - HourMs;
        return d;
    }

    qint64 openIncident(const QString& category, qint64 at = Now)
    {
        auto opened = IncidentWorkflow::open(db(), draft(category), m_marta, at);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return 0;
        }
        return opened->id;
    }

    std::vector<IncidentRepository::Task> tasksOf(qint64 incidentId)
    {
        IncidentRepository incidents(db());
        auto tasks = incidents.tasks(incidentId);
        return tasks ? *tasks : std::vector<IncidentRepository::Task>();
    }

    IncidentPhase phaseOf(qint64 incidentId)
    {
        return IncidentPhase(count(db(), QStringLiteral("SELECT phase FROM incident WHERE id = %1").arg(incidentId)));
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TestStore>();
        QVERIFY2(m_store->isValid(), qPrintable(m_store->errorMessage()));
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral(
            "INSERT INTO site (id, code, name, timezone, country) VALUES (1, 'LIS', 'Lisbon', 'Europe/Lisbon', 'PT');"
            "INSERT INTO supervisor (id, username, display_name, site_id) VALUES (1, 'msilva', 'Marta Silva', 1), "
            "(2, 'jcosta', 'João Costa', 1);")));
    }

    void cleanup() { m_store.reset(); }

    void phasesAndCsfFunctions()
    {
        using F = IncidentPhases::CsfFunction;
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Declared)) == (F::Detect));
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Analysing)) == (F::Respond));
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Containing)) == (F::Respond));
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Eradicating)) == (F::Respond));
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Recovering)) == (F::Recover));
        QVERIFY((IncidentPhases::csfFunction(IncidentPhase::Closed)) == (F::Improve));
        QVERIFY(!IncidentPhases::fromCode(6));
        QVERIFY(!IncidentPhases::fromCode(0));
        QVERIFY((IncidentPhases::fromCode(7)) == (std::optional<IncidentPhase>(IncidentPhase::Closed)));
        QCOMPARE(int(std::distance(IncidentPhases::begin(), IncidentPhases::end())), 6);
    }

    // The sync contract's `phase` (docs/sync-api.md, `incidents`): Rev. 3's codes pass, the withdrawn 6 is refused, on
    // the incident, on its timeline entries and on its tasks.
    void syncRefusesTheWithdrawnPhase()
    {
        const auto* stream = SyncCatalogue::stream(u"incidents");
        QVERIFY(stream);
        const auto* incident = SyncCatalogue::itemType(*stream, u"incident");
        QVERIFY(incident);
        std::vector<const SyncCatalogue::Field*> phases;
        for (const auto& field : incident->fields)
            if (QLatin1String(field.name) == QLatin1String("phase"))
                phases.push_back(&field);
        for (const auto& child : incident->children)
            for (const auto& field : child.fields)
                if (QLatin1String(field.name) == QLatin1String("phase"))
                    phases.push_back(&field);
        QCOMPARE(int(phases.size()), 3);
        for (const auto* field : phases) {
            for (auto it = IncidentPhases::begin(); it != IncidentPhases::end(); ++it)
                QVERIFY2(SyncItemWriter::checkValue(*field, QCborValue(qint64(*it))).isEmpty(),
                         qPrintable(toString(*it)));
            QVERIFY(!SyncItemWriter::checkValue(*field, QCborValue(6)).isEmpty());
            QVERIFY(!SyncItemWriter::checkValue(*field, QCborValue(8)).isEmpty());
        }
    }

    void referencesAreNumberedPerYear()
    {
        auto first = IncidentWorkflow::open(db(), draft(QStringLiteral("phishing")), m_marta, Now);
        CUSTODIAN_VERIFY_OK(first);
        QCOMPARE(first->reference, QStringLiteral("INC-2026-0001"));
        auto second = IncidentWorkflow::open(db(), draft(QStringLiteral("phishing")), m_marta, Now + 1);
        CUSTODIAN_VERIFY_OK(second);
        QCOMPARE(second->reference, QStringLiteral("INC-2026-0002"));
        // One the central service numbered, pulled: the next one here follows the highest of the year.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral(
                "INSERT INTO incident (id, reference, title, severity, category, phase, opened_at, detected_at, "
                "server_version) VALUES (900, 'INC-2026-0041', 'Pulled', 2, 'phishing', 2, %1, %1, 3)")
                .arg(Now)));
        auto third = IncidentWorkflow::open(db(), draft(QStringLiteral("phishing")), m_marta, Now + 2);
        CUSTODIAN_VERIFY_OK(third);
        QCOMPARE(third->reference, QStringLiteral("INC-2026-0042"));
        auto nextYear = IncidentWorkflow::open(db(), draft(QStringLiteral("phishing")), m_marta, NextYear);
        CUSTODIAN_VERIFY_OK(nextYear);
        QCOMPARE(nextYear->reference, QStringLiteral("INC-2027-0001"));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(DISTINCT reference) FROM incident")), 5);
    }

    // A pull of the incidents stream (docs/incidents.md, "Sync"): a local incident holding a reference the service gave
    // another one takes the next free number; a pulled copy of an incident whose change waits in the outbox is held
    // back; once the change went through, the service's copy replaces the local one, timeline included, and the chain
    // starts again.
    void aPullRenumbersHoldsBackAndRestartsTheChain()
    {
        auto local = IncidentWorkflow::open(db(), draft(QStringLiteral("phishing")), m_marta, Now);
        CUSTODIAN_VERIFY_OK(local);
        QCOMPARE(local->reference, QStringLiteral("INC-2026-0001"));
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'incident.change' AND entity_id = "
                                      "%1 AND state = 'queued'")
                           .arg(local->id)),
                 1);
        const SyncCatalogue::Stream* stream = SyncCatalogue::stream(u"incidents");
        QVERIFY(stream);
        auto pulled = [](qint64 id, const QString& reference, const QString& title) {
            QCborMap entry;
            entry.insert(QLatin1String("id"), id + 1);
            entry.insert(QLatin1String("at"), Now + 5);
            entry.insert(QLatin1String("author_id"), QCborValue(nullptr));
            entry.insert(QLatin1String("kind"), QLatin1String("opened"));
            entry.insert(QLatin1String("phase"), 1);
            entry.insert(QLatin1String("text"), QLatin1String("Declared on the central service."));
            QCborMap item;
            item.insert(QLatin1String("type"), QLatin1String("incident"));
            item.insert(QLatin1String("id"), id);
            item.insert(QLatin1String("reference"), reference);
            item.insert(QLatin1String("title"), title);
            item.insert(QLatin1String("description"), QString());
            item.insert(QLatin1String("severity"), 2);
            item.insert(QLatin1String("category"), QLatin1String("phishing"));
            item.insert(QLatin1String("phase"), 1);
            item.insert(QLatin1String("opened_at"), Now + 5);
            item.insert(QLatin1String("detected_at"), Now - HourMs);
            item.insert(QLatin1String("personal_data_breach"), false);
            item.insert(QLatin1String("version"), 1);
            item.insert(QLatin1String("timeline"), QCborArray { entry });
            return item;
        };
        // Another console's incident, numbered INC-2026-0001 by the service: the local one moves to the next number.
        SyncItemWriter writer(db());
        CUSTODIAN_VERIFY_OK(
            writer.apply(*stream, { pulled(777, QStringLiteral("INC-2026-0001"), QStringLiteral("B's")) }));
        QCOMPARE(IncidentRepository(db()).find(local->id)->value().reference, QStringLiteral("INC-2026-0002"));
        QCOMPARE(IncidentRepository(db()).find(777)->value().reference, QStringLiteral("INC-2026-0001"));

        // The service's copy of the local incident, while its opening waits: held back.
        const QCborMap own
            = pulled(local->id, QStringLiteral("INC-2026-0005"), QStringLiteral("As the service has it"));
        CUSTODIAN_VERIFY_OK(writer.apply(*stream, { own }));
        QCOMPARE(IncidentRepository(db()).find(local->id)->value().reference, QStringLiteral("INC-2026-0002"));
        QCOMPARE(count(db(), QStringLiteral("SELECT timeline_head_seq FROM incident WHERE id = %1").arg(local->id)), 1);

        // Pushed: the next pull brings it, and the service's timeline is the record.
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("UPDATE sync_outbox SET state = 'sent'")));
        CUSTODIAN_VERIFY_OK(writer.apply(*stream, { own }));
        const auto taken = IncidentRepository(db()).find(local->id)->value();
        QCOMPARE(taken.reference, QStringLiteral("INC-2026-0005"));
        QCOMPARE(taken.title, QStringLiteral("As the service has it"));
        auto verified = IncidentTimeline::verify(db(), local->id);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QCOMPARE(verified->chained, 0);
        QCOMPARE(verified->fromService, 1);
        // A later local entry starts the chain again, and it verifies.
        CUSTODIAN_VERIFY_OK(
            IncidentWorkflow::addNote(db(), local->id, QStringLiteral("Caller rang back"), m_marta, -1, Now + 10));
        verified = IncidentTimeline::verify(db(), local->id);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QCOMPARE(verified->chained, 1);
        // Queued on the service's version of it.
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT base_version FROM sync_outbox WHERE kind = 'incident.change' AND "
                                      "entity_id = %1 AND state = 'queued'")
                           .arg(local->id)),
                 1);
    }

    void openingIsRefusedWithoutWhatItNeeds()
    {
        const Footprint before = Footprint::of(db());
        auto noTitle = draft(QStringLiteral("phishing"), QStringLiteral("  "));
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::open(db(), noTitle, m_marta, Now), Error::Code::InvalidArgument);
        auto unknownCategory = draft(QStringLiteral("weather"));
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::open(db(), unknownCategory, m_marta, Now),
                               Error::Code::InvalidArgument);
        auto unknownOwner = draft(QStringLiteral("phishing"));
        unknownOwner.ownerId = 77;
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::open(db(), unknownOwner, m_marta, Now), Error::Code::InvalidArgument);
        auto detectedLater = draft(QStringLiteral("phishing"));
        detectedLater.detectedAt = Now + HourMs;
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::open(db(), detectedLater, m_marta, Now), Error::Code::InvalidArgument);
        QVERIFY(Footprint::of(db()) == before);
    }

    void templatesCreateTheirTasks_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("expected");
        QTest::newRow("vishing") << QStringLiteral("social_engineering") << 6;
        QTest::newRow("card numbers (PCI DSS 12.10.7)") << QStringLiteral("card_data_exposure") << 6;
        QTest::newRow("account takeover") << QStringLiteral("account_takeover") << 5;
        QTest::newRow("record misuse") << QStringLiteral("insider_misuse") << 5;
        QTest::newRow("lost device") << QStringLiteral("lost_device") << 5;
        QTest::newRow("phishing: no template") << QStringLiteral("phishing") << 0;
    }

    void templatesCreateTheirTasks()
    {
        QFETCH(QString, category);
        QFETCH(int, expected);
        auto opened = IncidentWorkflow::open(db(), draft(category), m_marta, Now);
        CUSTODIAN_VERIFY_OK(opened);
        QCOMPARE(opened->tasks, expected);
        const auto wanted = IncidentTemplates::tasksFor(category);
        QCOMPARE(int(wanted.size()), expected);
        const auto stored = tasksOf(opened->id);
        QCOMPARE(int(stored.size()), expected);
        for (std::size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].position, int(i) + 1);
            QCOMPARE(stored[i].key, wanted[i].key);
            QCOMPARE(stored[i].title, wanted[i].title);
            QCOMPARE(stored[i].mandatory, wanted[i].mandatory);
            QVERIFY((stored[i].phase) == (wanted[i].phase));
            QVERIFY((stored[i].state) == (IncidentTaskState::Open));
        }
        QVERIFY((phaseOf(opened->id)) == (IncidentPhase::Declared));
    }

    // PCI DSS v4.0 12.10.7's four steps, in its order, all mandatory.
    void cardNumberTemplateFollowsPciDss()
    {
        const auto tasks = IncidentTemplates::tasksFor(QStringLiteral("card_data_exposure"));
        QStringList mandatory;
        for (const auto& task : tasks)
            if (task.mandatory)
                mandatory << task.key;
        QCOMPARE(
            mandatory,
            (QStringList { QStringLiteral("pan.locate"), QStringLiteral("pan.decide"), QStringLiteral("pan.remove"),
                           QStringLiteral("pan.origin"), QStringLiteral("pan.fix_gaps") }));
        for (const auto& category : IncidentTemplates::categories())
            QCOMPARE(category.hasTemplate, !IncidentTemplates::tasksFor(category.code).empty());
    }

    void closingWaitsForMandatoryTasks()
    {
        const qint64 id = openIncident(QStringLiteral("account_takeover"));
        QVERIFY(id > 0);
        const auto tasks = tasksOf(id);
        IncidentWorkflow::Closing closing { IncidentOutcome::TruePositiveWithImpact,
                                            QStringLiteral("Account locked and returned."), 0 };

        const Footprint before = Footprint::of(db());
        auto refused = IncidentWorkflow::close(db(), id, closing, m_marta, Now + HourMs);
        CUSTODIAN_VERIFY_ERROR(refused, Error::Code::InvalidArgument);
        for (const auto& task : tasks)
            QVERIFY2(refused.error().message().contains(task.title) == task.mandatory,
                     qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(QStringLiteral("INC-2026-0001")));
        QVERIFY(Footprint::of(db()) == before);

        // Every mandatory task but the last decided: the refusal names that one alone.
        const IncidentRepository::Task* last = nullptr;
        for (const auto& task : tasks) {
            if (!task.mandatory)
                continue;
            if (last)
                CUSTODIAN_VERIFY_OK(
                    IncidentWorkflow::decideTask(db(), last->id, IncidentTaskState::Done, {}, m_marta, Now + HourMs));
            last = &task;
        }
        QVERIFY(last);
        auto stillRefused = IncidentWorkflow::close(db(), id, closing, m_marta, Now + 2 * HourMs);
        CUSTODIAN_VERIFY_ERROR(stillRefused, Error::Code::InvalidArgument);
        for (const auto& task : tasks)
            QCOMPARE(stillRefused.error().message().contains(task.title), task.id == last->id);
        QVERIFY((phaseOf(id)) == (IncidentPhase::Declared));

        CUSTODIAN_VERIFY_OK(IncidentWorkflow::decideTask(db(), last->id, IncidentTaskState::NotApplicable,
                                                         QStringLiteral("The customer restored it themselves."), m_joao,
                                                         Now + 2 * HourMs));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::close(db(), id, closing, m_marta, Now + 3 * HourMs));
        IncidentRepository incidents(db());
        auto closed = incidents.find(id);
        CUSTODIAN_VERIFY_OK(closed);
        QVERIFY(*closed);
        QVERIFY(((*closed)->phase) == (IncidentPhase::Closed));
        QVERIFY(((*closed)->outcome) == (std::optional<IncidentOutcome>(IncidentOutcome::TruePositiveWithImpact)));
        QCOMPARE((*closed)->closureSummary, QStringLiteral("Account locked and returned."));
        QVERIFY(((*closed)->closedAt) == (std::optional<qint64>(Now + 3 * HourMs)));
        QCOMPARE((*closed)->closedBy, QStringLiteral("Marta Silva"));
        // Optional tasks still open do not block; closed tasks cannot change any more.
        for (const auto& task : tasks)
            if (!task.mandatory)
                CUSTODIAN_VERIFY_ERROR(
                    IncidentWorkflow::decideTask(db(), task.id, IncidentTaskState::Done, {}, m_marta, Now + 4 * HourMs),
                    Error::Code::InvalidArgument);
    }

    void closingNeedsOutcomeSummaryAndTheDuplicated()
    {
        const qint64 original = openIncident(QStringLiteral("phishing"));
        const qint64 id = openIncident(QStringLiteral("phishing"));
        QVERIFY(original > 0 && id > 0);
        const Footprint before = Footprint::of(db());
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::close(db(), id, { std::nullopt, QStringLiteral("x"), 0 }, m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::close(db(), id, { IncidentOutcome::FalsePositive, QStringLiteral(" "), 0 }, m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::close(db(), id, { IncidentOutcome::Duplicate, QStringLiteral("Same"), 0 }, m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::close(db(), id, { IncidentOutcome::Duplicate, QStringLiteral("Same"), id }, m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::close(db(), id,
                                                       { IncidentOutcome::Duplicate, QStringLiteral("Same"), 4242 },
                                                       m_marta, Now),
                               Error::Code::InvalidArgument);
        QVERIFY(Footprint::of(db()) == before);
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::close(
            db(), id, { IncidentOutcome::Duplicate, QStringLiteral("Reported twice."), original }, m_marta, Now));
        IncidentRepository incidents(db());
        auto closed = incidents.load(id);
        CUSTODIAN_VERIFY_OK(closed);
        QCOMPARE((*closed)->incident.duplicateOf, original);
        QCOMPARE((*closed)->incident.duplicateOfReference, QStringLiteral("INC-2026-0001"));
        QVERIFY((*closed)->timeline.back().text.contains(QStringLiteral("INC-2026-0001")));
    }

    void notApplicableNeedsAReason()
    {
        const qint64 id = openIncident(QStringLiteral("lost_device"));
        const auto tasks = tasksOf(id);
        QVERIFY(!tasks.empty());
        const Footprint before = Footprint::of(db());
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::decideTask(db(), tasks[0].id, IncidentTaskState::NotApplicable,
                                                            QStringLiteral("   "), m_marta, Now),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::decideTask(db(), tasks[0].id, IncidentTaskState::Open, {}, m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::decideTask(db(), 999, IncidentTaskState::Done, {}, m_marta, Now),
                               Error::Code::NotFound);
        QVERIFY(Footprint::of(db()) == before);
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::decideTask(db(), tasks[0].id, IncidentTaskState::NotApplicable,
                                                         QStringLiteral("A badge, not a workstation."), m_joao, Now));
        const auto after = tasksOf(id);
        QVERIFY((after[0].state) == (IncidentTaskState::NotApplicable));
        QCOMPARE(after[0].reason, QStringLiteral("A badge, not a workstation."));
        QCOMPARE(after[0].decidedBy, QStringLiteral("João Costa"));
        QVERIFY((after[0].decidedAt) == (std::optional<qint64>(Now)));
        // Decided once.
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::decideTask(db(), tasks[0].id, IncidentTaskState::Done, {}, m_marta, Now),
            Error::Code::InvalidArgument);
    }

    void phaseMoves()
    {
        const qint64 id = openIncident(QStringLiteral("phishing"));
        const Footprint before = Footprint::of(db());
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Declared, {}, m_marta, Now),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Closed, {}, m_marta, Now),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::changePhase(db(), id, IncidentPhase(6), {}, m_marta, Now),
                               Error::Code::InvalidArgument);
        QVERIFY(Footprint::of(db()) == before);
        // Forward by several steps at once.
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Eradicating, {}, m_marta, Now));
        QVERIFY((phaseOf(id)) == (IncidentPhase::Eradicating));
        // Back only with a reason.
        const Footprint atEradicating = Footprint::of(db());
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing, QStringLiteral(" "), m_marta, Now),
            Error::Code::InvalidArgument);
        QVERIFY(Footprint::of(db()) == atEradicating);
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing,
                                                          QStringLiteral("A second mailbox was hit."), m_marta, Now));
        QVERIFY((phaseOf(id)) == (IncidentPhase::Analysing));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Recovering, {}, m_marta, Now));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::close(
            db(), id, { IncidentOutcome::TruePositiveWithoutImpact, QStringLiteral("Blocked in time."), 0 }, m_marta,
            Now));
        // Closed: only back to analysing, with a reason.
        const Footprint atClosed = Footprint::of(db());
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::changePhase(db(), id, IncidentPhase::Containing, QStringLiteral("Why not"), m_marta, Now),
            Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing, {}, m_marta, Now),
                               Error::Code::InvalidArgument);
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::update(db(), id, { QStringLiteral("New"), {}, Severity::Low, 1, {} }, m_marta, Now),
            Error::Code::InvalidArgument);
        QVERIFY(Footprint::of(db()) == atClosed);
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing,
                                                          QStringLiteral("The same sender came back."), m_marta, Now));
        IncidentRepository incidents(db());
        auto reopened = incidents.find(id);
        CUSTODIAN_VERIFY_OK(reopened);
        QVERIFY(((*reopened)->phase) == (IncidentPhase::Analysing));
        QVERIFY(!(*reopened)->outcome);
        QVERIFY(!(*reopened)->closedAt);
        QVERIFY((*reopened)->closureSummary.isEmpty());
        auto reopenedAgain = IncidentWorkflow::reopen(db(), id, QStringLiteral("Again"), m_marta, Now);
        CUSTODIAN_VERIFY_ERROR(reopenedAgain, Error::Code::InvalidArgument);
    }

    void updatesRecordWhatChanged()
    {
        const qint64 id = openIncident(QStringLiteral("insider_misuse"));
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::update(
                db(), id, { QStringLiteral("Test incident"), QStringLiteral("What was seen."), Severity::High, 1, {} },
                m_marta, Now),
            Error::Code::InvalidArgument); // nothing changed
        CUSTODIAN_VERIFY_ERROR(
            IncidentWorkflow::update(
                db(), id, { QStringLiteral("Test incident"), QStringLiteral("What was seen."), Severity::High, 77, {} },
                m_marta, Now),
            Error::Code::InvalidArgument); // unknown owner
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::update(
            db(), id, { QStringLiteral("Test incident"), QStringLiteral("What was seen."), Severity::High, 2, {} },
            m_marta, Now));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::update(db(), id,
                                                     { QStringLiteral("Records browsed"), QStringLiteral("More."),
                                                       Severity::Critical, 2, IncidentImpact::Moderate },
                                                     m_marta, Now + 1));
        IncidentRepository incidents(db());
        auto detail = incidents.load(id);
        CUSTODIAN_VERIFY_OK(detail);
        const auto& incident = (*detail)->incident;
        QCOMPARE(incident.title, QStringLiteral("Records browsed"));
        QVERIFY((incident.severity) == (Severity::Critical));
        QCOMPARE(incident.assigneeName, QStringLiteral("João Costa"));
        QVERIFY((incident.impact) == (std::optional<IncidentImpact>(IncidentImpact::Moderate)));
        QCOMPARE(incident.version, 3);
        const auto& timeline = (*detail)->timeline;
        QCOMPARE(int(timeline.size()), 3);
        QCOMPARE(timeline[1].kind, QStringLiteral("assignment"));
        QVERIFY(timeline[1].text.contains(QStringLiteral("João Costa")));
        QCOMPARE(timeline[2].kind, QStringLiteral("update"));
        QVERIFY(timeline[2].text.contains(QStringLiteral("critical")));
        // The audit names the changed fields, not the description's text.
        auto detailJson = db().queryText(QStringLiteral(
            "SELECT detail FROM console_audit WHERE action = 'incident.update' ORDER BY seq DESC LIMIT 1"));
        CUSTODIAN_VERIFY_OK(detailJson);
        QVERIFY(detailJson->contains(QStringLiteral("\"description\"")));
        QVERIFY(!detailJson->contains(QStringLiteral("More.")));
    }

    void everyChangeIsAudited()
    {
        const qint64 before = count(db(), QStringLiteral("SELECT count(*) FROM console_audit"));
        auto opened = IncidentWorkflow::open(db(), draft(QStringLiteral("social_engineering")), m_marta, Now);
        CUSTODIAN_VERIFY_OK(opened);
        const qint64 id = opened->id;
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::update(
            db(), id,
            { QStringLiteral("Vishing"), QStringLiteral("What was seen."), Severity::High, 2, IncidentImpact::Minor },
            m_marta, Now + 1));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing, {}, m_marta, Now + 2));
        CUSTODIAN_VERIFY_OK(
            IncidentWorkflow::decideTask(db(), tasksOf(id)[0].id, IncidentTaskState::Done, {}, m_marta, Now + 3));
        CUSTODIAN_VERIFY_OK(
            IncidentWorkflow::addNote(db(), id, QStringLiteral("Caller used the CEO's name."), m_marta, -1, Now + 4));
        for (const auto& task : tasksOf(id))
            if (task.state == IncidentTaskState::Open)
                CUSTODIAN_VERIFY_OK(IncidentWorkflow::decideTask(db(), task.id, IncidentTaskState::NotApplicable,
                                                                 QStringLiteral("Not for this call."), m_marta,
                                                                 Now + 5));
        const int decided = int(tasksOf(id).size()) - 1;
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::close(
            db(), id, { IncidentOutcome::Benign, QStringLiteral("A real customer, flustered."), 0 }, m_marta, Now + 6));
        CUSTODIAN_VERIFY_OK(
            IncidentWorkflow::reopen(db(), id, QStringLiteral("The number called again."), m_marta, Now + 7));

        const qint64 changes = 7 + decided;
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit")) - before, changes);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM console_audit WHERE target = 'incident:%1'").arg(id)),
                 changes);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM incident_timeline WHERE incident_id = %1").arg(id)),
                 changes);
        auto actions = db().queryText(
            QStringLiteral("SELECT group_concat(action, ' ') FROM console_audit WHERE target = 'incident:%1'").arg(id));
        CUSTODIAN_VERIFY_OK(actions);
        for (const char* action : { "incident.open", "incident.update", "incident.phase", "incident.task",
                                    "incident.note", "incident.close", "incident.reopen" })
            QVERIFY2(actions->contains(QLatin1String(action)), action);
        // The console audit's own chain still verifies with them.
        auto audit = ConsoleAudit::verify(db());
        CUSTODIAN_VERIFY_OK(audit);
        QVERIFY(audit->intact);
        // Each audit entry points at its timeline entry.
        QCOMPARE(count(db(),
                       QStringLiteral("SELECT count(*) FROM console_audit c JOIN incident_timeline t ON "
                                      "t.incident_id = %1 AND c.detail LIKE '%\"timeline_entry\":' || "
                                      "t.chain_seq || '}' WHERE c.target = 'incident:%1'")
                           .arg(id)),
                 changes);
    }

    void timelineChainNamesTheBrokenEntry()
    {
        const qint64 id = openIncident(QStringLiteral("card_data_exposure"));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::changePhase(db(), id, IncidentPhase::Analysing, {}, m_marta, Now + 1));
        // A note dated before the incident was opened (an access event's time): written third, it is entry 3.
        auto past = IncidentWorkflow::addNote(db(), id, QStringLiteral("The card number was first typed here."),
                                              m_marta, Now - 5 * HourMs, Now + 2);
        CUSTODIAN_VERIFY_OK(past);
        QCOMPARE(*past, 3);
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("Second note."), m_joao, -1, Now + 3));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("Third note."), m_joao, -1, Now + 4));
        // An entry the central service sent: kept apart from the chain.
        CUSTODIAN_VERIFY_OK(db().exec(QStringLiteral("INSERT INTO incident_timeline (incident_id, at, kind, text) "
                                                     "VALUES (%1, %2, 'note', 'From the service')")
                                          .arg(id)
                                          .arg(Now)));

        auto intact = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(intact);
        QVERIFY2(intact->intact, qPrintable(intact->reason));
        QCOMPARE(intact->chained, 5);
        QCOMPARE(intact->fromService, 1);
        // Shown in time order: the past note comes first, though it was written third.
        IncidentRepository incidents(db());
        auto timeline = incidents.timeline(id);
        CUSTODIAN_VERIFY_OK(timeline);
        QCOMPARE(timeline->front().at, Now - 5 * HourMs);
        QVERIFY((timeline->front().position) == (std::optional<qint64>(3)));

        // One byte of entry 4's stored text flipped.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral(
                "UPDATE incident_timeline SET text = 's' || substr(text, 2) WHERE incident_id = %1 AND chain_seq = 4")
                .arg(id)));
        auto flipped = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(flipped);
        QVERIFY(!flipped->intact);
        QCOMPARE(flipped->firstBadPosition, 4);
        QVERIFY((flipped->badAt) == (std::optional<qint64>(Now + 3)));
        QCOMPARE(flipped->badKind, QStringLiteral("note"));
        QVERIFY2(flipped->reason.contains(QStringLiteral("Entry 4")), qPrintable(flipped->reason));
        QVERIFY(flipped->reason.contains(QStringLiteral("note")));
        CUSTODIAN_VERIFY_OK(
            db().exec(QStringLiteral(
                          "UPDATE incident_timeline SET text = 'Second note.' WHERE incident_id = %1 AND chain_seq = 4")
                          .arg(id)));
        auto restored = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(restored);
        QVERIFY(restored->intact);

        // Entry 2 deleted: named, with the entry found in its place.
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("DELETE FROM incident_timeline WHERE incident_id = %1 AND chain_seq = 2").arg(id)));
        auto deleted = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(deleted);
        QVERIFY(!deleted->intact);
        QCOMPARE(deleted->firstBadPosition, 2);
        QVERIFY2(deleted->reason.contains(QStringLiteral("Entry 2")) && deleted->reason.contains(QStringLiteral("3")),
                 qPrintable(deleted->reason));
    }

    void deletedLastEntriesAreNamed()
    {
        const qint64 id = openIncident(QStringLiteral("phishing"));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("One."), m_marta, -1, Now + 1));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("Two."), m_marta, -1, Now + 2));
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("DELETE FROM incident_timeline WHERE incident_id = %1 AND chain_seq >= 2").arg(id)));
        auto verified = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY(!verified->intact);
        QCOMPARE(verified->chained, 1);
        QCOMPARE(verified->firstBadPosition, 2);
        QVERIFY(!verified->badAt);
        QVERIFY2(verified->reason.contains(QStringLiteral("2 to 3")), qPrintable(verified->reason));
    }

    // Two entries' positions swapped: the first one out of place is named.
    void reorderedEntriesAreNamed()
    {
        const qint64 id = openIncident(QStringLiteral("phishing"));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("One."), m_marta, -1, Now + 1));
        CUSTODIAN_VERIFY_OK(IncidentWorkflow::addNote(db(), id, QStringLiteral("Two."), m_marta, -1, Now + 2));
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral(
                "UPDATE incident_timeline SET chain_seq = -chain_seq WHERE incident_id = %1 AND chain_seq IN (2, 3);"
                "UPDATE incident_timeline SET chain_seq = 5 + chain_seq WHERE incident_id = %1 AND chain_seq < 0;")
                .arg(id)));
        auto verified = IncidentTimeline::verify(db(), id);
        CUSTODIAN_VERIFY_OK(verified);
        QVERIFY(!verified->intact);
        QCOMPARE(verified->firstBadPosition, 2);
        QVERIFY((verified->badAt) == (std::optional<qint64>(Now + 2)));
        // The chain starts from its incident's identity: the same entries under another incident do not verify.
        QVERIFY(IncidentTimeline::genesis(1) != IncidentTimeline::genesis(2));
        const qint64 other = openIncident(QStringLiteral("phishing"));
        CUSTODIAN_VERIFY_OK(db().exec(
            QStringLiteral("DELETE FROM incident_timeline WHERE incident_id = %1; UPDATE incident_timeline SET "
                           "incident_id = %1 WHERE incident_id = %2 AND chain_seq = 1; UPDATE incident SET "
                           "timeline_head_seq = 1, timeline_head_hash = (SELECT chain_hash FROM incident_timeline "
                           "WHERE incident_id = %1) WHERE id = %1")
                .arg(other)
                .arg(id)));
        auto moved = IncidentTimeline::verify(db(), other);
        CUSTODIAN_VERIFY_OK(moved);
        QVERIFY(!moved->intact);
        QCOMPARE(moved->firstBadPosition, 1);
    }
};

QTEST_GUILESS_MAIN(IncidentWorkflowTest)
#include "IncidentWorkflowTest.moc"
