#pragma once

#include "domain/Enums.h"
#include "domain/IncidentSessionGroup.h"
#include "domain/Result.h"
#include "rules/IncidentWorkflow.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace custodian {

class Database;

// From evidence to incident (issue 17, point 3; docs/incidents-observables.md, "From evidence to incident"): open an
// incident from a selection of access events, add events to one, escalate findings into a new or an existing
// incident, merge one incident into another, link and unlink related incidents.
//
// Each is ONE transaction. IncidentWorkflow's own steps (open, decideTask, close) run inside it as savepoints, so that
// their rules and their timeline and audit entries are the same as when a supervisor takes them alone; the events are
// linked by IncidentEventLink; the incident's timeline gets one entry per session group of the added events, dated at
// the session's first event (the chain keeps the order they were written in), naming the agent and counting events,
// records, exports and refusals — never a customer's identifier. The console audit gets counts and references, never
// event or customer ids. A refusal writes nothing and is an Error whose message can be shown as is.
class IncidentFromEvidence
{
    Q_DECLARE_TR_FUNCTIONS(IncidentFromEvidence)

public:
    using Actor = IncidentWorkflow::Actor;
    using OpenDraft = IncidentWorkflow::OpenDraft;

    static constexpr int MaxReasonLength = IncidentWorkflow::MaxReasonLength;

    struct Added
    {
        qint64 incidentId = 0;
        QString reference;
        qint64 added = 0; // events newly linked
        qint64 alreadyLinked = 0;
        qint64 total = 0; // the incident's events afterwards
        qint64 sessions = 0; // timeline entries written for them
        qint64 findings = 0; // findings escalated into it
    };

    // `atMs` < 0: now; the opening instant and every audit entry's time.
    [[nodiscard]] static Result<Added> open(Database& database, const OpenDraft& draft, std::vector<qint64> eventIds,
                                            const Actor& actor, qint64 atMs = -1);
    // Refused on a closed incident: reopen it first.
    [[nodiscard]] static Result<Added> addEvents(Database& database, qint64 incidentId, std::vector<qint64> eventIds,
                                                 const Actor& actor, qint64 atMs = -1);

    // Findings escalated into a new incident: each finding's decision is FindingWorkflow's escalation to the
    // incident's owner (audited and queued for sync as today) with its incident set, and its evidence events linked.
    [[nodiscard]] static Result<Added> escalate(Database& database, const OpenDraft& draft,
                                                std::vector<qint64> findingIds, const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Result<Added> escalateInto(Database& database, qint64 incidentId,
                                                    std::vector<qint64> findingIds, const Actor& actor,
                                                    qint64 atMs = -1);
    // A new incident's draft pre-filled from the findings: the title from their kind(s), the highest severity, the
    // category their kind suggests, detected at the earliest finding's detection. The owner is left to the caller.
    [[nodiscard]] static Result<OpenDraft> draftFor(Database& database, const std::vector<qint64>& findingIds);
    [[nodiscard]] static QString suggestedCategory(FindingKind kind);

    // Merges `fromId` into `intoId`: its events are linked to `intoId` (refused past IncidentEventLink::MaxEvents),
    // its agents and findings follow, its open tasks are carried over (a task `intoId` lacks is added to it) and marked
    // not applicable on `fromId`, which is closed as a duplicate of `intoId`. Both timelines say so. Refused when
    // either is closed, or they are the same incident.
    // It is pushed as one "merge" change of `intoId` (its steps queue nothing of their own); `carriedTaskIds` are the
    // ids the carried-over tasks take, in order (the central service repeating a console's merge), else new ones.
    [[nodiscard]] static Status merge(Database& database, qint64 intoId, qint64 fromId, const QString& reason,
                                      const Actor& actor, qint64 atMs = -1,
                                      const std::vector<qint64>& carriedTaskIds = {});

    // Two related incidents (incident_link: symmetric), with a reason; both timelines say so.
    [[nodiscard]] static Status link(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                     const Actor& actor, qint64 atMs = -1);
    [[nodiscard]] static Status unlink(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                       const Actor& actor, qint64 atMs = -1);

private:
    // Links `eventIds` to the incident and writes the session entries and one "incident.events" audit entry (counts),
    // inside the caller's transaction.
    [[nodiscard]] static Result<Added> linkEvents(Database& database, const IncidentRepository::Incident& incident,
                                                  std::vector<qint64> eventIds, const QString& why, const Actor& actor,
                                                  qint64 at);
    [[nodiscard]] static Result<qint64> escalateFindings(Database& database,
                                                         const IncidentRepository::Incident& incident,
                                                         std::vector<qint64> findingIds, std::vector<qint64>& evidence,
                                                         const Actor& actor, qint64 at);
    [[nodiscard]] static Status appendEntry(Database& database, const IncidentRepository::Incident& incident,
                                            const QString& kind, const QString& text, const Actor& actor,
                                            qint64 entryAt);
    [[nodiscard]] static Result<IncidentRepository::Incident> existing(Database& database, qint64 incidentId);
    // A new incident opened by IncidentWorkflow inside the caller's transaction, as stored.
    [[nodiscard]] static Result<IncidentRepository::Incident> opened(Database& database, const OpenDraft& draft,
                                                                     const Actor& actor, qint64 at);
    // Two incidents a step works on together (merge, link, unlink), both of which must exist.
    struct Pair
    {
        IncidentRepository::Incident one;
        IncidentRepository::Incident other;
    };
    [[nodiscard]] static Result<Pair> existingPair(Database& database, qint64 oneId, qint64 otherId);
    // The frame of a step on two incidents (merge, link, unlink): its reason (`missing` says it is needed), refused on
    // one incident twice where `same` says why, then one transaction with both incidents, which must exist.
    using PairBody = std::function<Status(const Pair& pair, const QString& why, qint64 at)>;
    [[nodiscard]] static Status pairStep(Database& database, qint64 oneId, qint64 otherId, const QString& reason,
                                         const QString& missing, const QString& same, qint64 atMs,
                                         const PairBody& body);
    // The end both escalations share: the count, the "findings" timeline entry and the incident's new version.
    [[nodiscard]] static Result<Added> findingsEscalated(Database& database,
                                                         const IncidentRepository::Incident& incident, Added added,
                                                         qint64 findings, const Actor& actor, qint64 at);
    // A linking's entry in both timelines, `text` naming the other incident, and both incidents' new versions.
    [[nodiscard]] static Status bothSay(Database& database, const Pair& pair, const QString& kind,
                                        const std::function<QString(const QString& peer)>& text, const Actor& actor,
                                        qint64 at);
    // A linking's one console-audit entry, on the first incident, naming the other.
    [[nodiscard]] static Status auditPair(Database& database, const QString& action, const Pair& pair,
                                          const QString& why, const Actor& actor, qint64 at);
    [[nodiscard]] static Result<QString> reasonOf(const QString& reason, const QString& missing);
};

} // namespace custodian
