#include "ui/widgets/IncidentFromEvidenceController.h"

#include "domain/Clock.h"
#include "rules/IncidentFromEvidence.h"
#include "store/ChoiceLists.h"
#include "store/Database.h"
#include "store/IncidentEventLink.h"
#include "store/Store.h"
#include "store/SyncState.h"
#include "ui/session/LatestResultRunner.h"
#include "ui/widgets/IncidentTargetDialog.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <map>
#include <memory>

namespace custodian {

struct IncidentFromEvidenceController::Prepared
{
    bool findings = false;
    bool intoExisting = false;
    std::vector<qint64> ids; // the events, or the findings
    qint64 evidence = 0; // the events behind them
    qint64 self = 0; // this console's supervisor, once a sync has named it
    IncidentWorkflow::OpenDraft draft;
    std::vector<ChoiceLists::Choice> supervisors;
    std::vector<IncidentTargetDialog::OpenIncident> incidents;
};

namespace {
// Read on the worker: everything the dialog offers, so that it opens without touching the store.
Result<std::vector<IncidentTargetDialog::OpenIncident>> openIncidents(Database& database,
                                                                      const std::vector<qint64>& evidence)
{
    auto held = IncidentEventLink::holdersOf(database, evidence);
    if (!held)
        return held.error();
    std::map<qint64, qint64> holds;
    for (const IncidentEventLink::Holder& holder : *held)
        holds[holder.incidentId] = holder.events;
    // The newest open incidents, which is where a supervisor adds evidence; a holder is offered whatever its age.
    auto open = database.prepare(
        QStringLiteral("SELECT id, reference, title FROM incident WHERE phase <> 7 ORDER BY opened_at DESC LIMIT 500"));
    if (!open)
        return open.error();
    std::vector<IncidentTargetDialog::OpenIncident> out;
    if (auto status = open->forEachRow([&](const Statement& s) {
            const qint64 id = s.int64(0);
            out.push_back({ id, s.text(1), s.text(2), holds.contains(id) ? holds[id] : 0 });
            holds.erase(id);
        });
        !status)
        return status.error();
    auto one = database.prepare(QStringLiteral("SELECT reference, title FROM incident WHERE id = ? AND phase <> 7"));
    if (!one)
        return one.error();
    for (const auto& [id, events] : holds) {
        one->reset();
        one->bind(1, id);
        auto row = one->firstRow([&, id = id, events = events](const Statement& s) {
            return IncidentTargetDialog::OpenIncident { id, s.text(0), s.text(1), events };
        });
        if (!row)
            return row.error();
        if (*row)
            out.push_back(**row);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.heldEvents > b.heldEvents; });
    return out;
}
} // namespace

IncidentFromEvidenceController::IncidentFromEvidenceController(Store* store, QString actor, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_dialogParent(dialogParent)
    , m_reader(new LatestResultRunner(this))
    , m_writer(new LatestResultRunner(this))
{
}

IncidentFromEvidenceController::~IncidentFromEvidenceController() = default;

bool IncidentFromEvidenceController::isBusy() const
{
    return m_reader->isRunning() || m_writer->isRunning();
}

void IncidentFromEvidenceController::fromEvents(std::vector<qint64> eventIds, const AccessFilter& wholeFilter,
                                                bool intoExisting)
{
    const bool whole = eventIds.empty();
    prepare(std::move(eventIds), whole ? std::optional(wholeFilter) : std::nullopt, false, intoExisting);
}

void IncidentFromEvidenceController::fromFindings(std::vector<qint64> findingIds, bool intoExisting)
{
    if (findingIds.empty()) {
        Q_EMIT failed(tr("Select the findings to escalate."));
        return;
    }
    prepare(std::move(findingIds), std::nullopt, true, intoExisting);
}

void IncidentFromEvidenceController::prepare(std::vector<qint64> ids, std::optional<AccessFilter> wholeFilter,
                                             bool findings, bool intoExisting)
{
    if (!m_store || isBusy())
        return;
    m_reader->runOnStore(
        *m_store, Database::Mode::ReadOnly,
        [ids = std::move(ids), wholeFilter, findings,
         intoExisting](Database& database, const LatestResultRunner::Job&) -> Result<Prepared> {
            Prepared prepared;
            prepared.findings = findings;
            prepared.intoExisting = intoExisting;
            prepared.ids = ids;
            if (wholeFilter) {
                auto matching = IncidentEventLink::eventsMatching(database, *wholeFilter, Clock::nowMs());
                if (!matching)
                    return matching.error();
                if (matching->empty())
                    return Error(Error::Code::InvalidArgument,
                                 IncidentFromEvidenceController::tr("The filter matches no access event."));
                prepared.ids = std::move(*matching);
            }
            auto self = SyncState(database).supervisorId();
            if (!self)
                return self.error();
            prepared.self = self->value_or(0);
            std::vector<qint64> evidence;
            if (findings) {
                auto draft = IncidentFromEvidence::draftFor(database, prepared.ids);
                if (!draft)
                    return draft.error();
                prepared.draft = *draft;
                auto behind
                    = database.prepare(QStringLiteral("SELECT event_id FROM finding_evidence WHERE finding_id = ?"));
                if (!behind)
                    return behind.error();
                for (const qint64 id : prepared.ids) {
                    behind->reset();
                    behind->bind(1, id);
                    if (auto status = behind->forEachRow([&](const Statement& s) { evidence.push_back(s.int64(0)); });
                        !status)
                        return status.error();
                }
            } else {
                evidence = prepared.ids;
                // Detected at the first event's time: when the evidence shows it began.
                auto at = database.prepare(QStringLiteral("SELECT occurred_at FROM access_event WHERE id = ?"));
                if (!at)
                    return at.error();
                for (const qint64 id : prepared.ids) {
                    at->reset();
                    at->bind(1, id);
                    auto time = at->firstRow([](const Statement& s) { return s.int64(0); });
                    if (!time)
                        return time.error();
                    if (*time && (prepared.draft.detectedAt == 0 || **time < prepared.draft.detectedAt))
                        prepared.draft.detectedAt = **time;
                }
                prepared.draft.category = QStringLiteral("insider_misuse");
            }
            prepared.evidence = qint64(evidence.size());
            prepared.draft.ownerId = prepared.self;
            if (intoExisting) {
                auto incidents = openIncidents(database, evidence);
                if (!incidents)
                    return incidents.error();
                prepared.incidents = std::move(*incidents);
            } else {
                auto supervisors = ChoiceLists(database).supervisors();
                if (!supervisors)
                    return supervisors.error();
                prepared.supervisors = std::move(*supervisors);
            }
            return prepared;
        },
        [this](Result<Prepared> prepared) {
            if (!prepared) {
                Q_EMIT failed(prepared.error().message());
                return;
            }
            // Asked from the event loop rather than from inside the runner's delivery: the dialog's exec() may
            // outlive the runner (a lock destroys the page's content and this controller with it).
            auto held = std::make_shared<Prepared>(std::move(*prepared));
            QTimer::singleShot(0, this, [this, held] { ask(std::move(*held)); });
        });
}

void IncidentFromEvidenceController::ask(Prepared prepared)
{
    const QString subject = prepared.findings
        ? tr("%n finding(s), with %1 access events behind them.", nullptr, int(prepared.ids.size()))
              .arg(prepared.evidence)
        : tr("%n access event(s).", nullptr, int(prepared.ids.size()));
    // On the heap and watched: locking the store while the dialog is open destroys the page's content, this
    // controller and the dialog with it, and exec() then returns into an object that is gone.
    QPointer<IncidentTargetDialog> dialog = prepared.intoExisting
        ? new IncidentTargetDialog(subject, prepared.incidents, m_dialogParent.data())
        : new IncidentTargetDialog(subject, prepared.draft, prepared.supervisors, m_dialogParent.data());
    const QPointer<IncidentFromEvidenceController> self(this);
    const int answer = dialog->exec();
    if (!self || !dialog)
        return;
    const std::unique_ptr<IncidentTargetDialog> done(dialog.data());
    if (answer != QDialog::Accepted || !m_store)
        return;
    const IncidentWorkflow::OpenDraft draft = done->draft();
    const qint64 incidentId = done->incidentId();
    const IncidentFromEvidence::Actor actor { prepared.self, m_actor };
    m_writer->runOnStore(
        *m_store, Database::Mode::ReadWrite,
        [prepared = std::move(prepared), draft, incidentId,
         actor](Database& database, const LatestResultRunner::Job&) -> Result<IncidentFromEvidence::Added> {
            if (prepared.findings)
                return prepared.intoExisting
                    ? IncidentFromEvidence::escalateInto(database, incidentId, prepared.ids, actor)
                    : IncidentFromEvidence::escalate(database, draft, prepared.ids, actor);
            return prepared.intoExisting ? IncidentFromEvidence::addEvents(database, incidentId, prepared.ids, actor)
                                         : IncidentFromEvidence::open(database, draft, prepared.ids, actor);
        },
        [this, findings = prepared.findings,
         intoExisting = prepared.intoExisting](Result<IncidentFromEvidence::Added> added) {
            if (!added) {
                Q_EMIT failed(added.error().message());
                return;
            }
            QString message;
            if (findings)
                message = intoExisting
                    ? tr("%n finding(s) escalated into %1, with %2 new events.", nullptr, int(added->findings))
                          .arg(added->reference)
                          .arg(added->added)
                    : tr("%1 opened from %n finding(s), with %2 events.", nullptr, int(added->findings))
                          .arg(added->reference)
                          .arg(added->added);
            else
                message = intoExisting
                    ? tr("%n event(s) added to %1.", nullptr, int(added->added)).arg(added->reference)
                    : tr("%1 opened with %n event(s).", nullptr, int(added->added)).arg(added->reference);
            Q_EMIT finished(message, added->incidentId);
        });
}

} // namespace custodian
