#pragma once

#include "domain/AccessFilter.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace custodian {

class LatestResultRunner;
class Store;

// The pages' side of "from evidence to incident" (issue 17, point 3; docs/incidents-observables.md): what the access
// page's Open incident… / Add to incident… and the findings page's Escalate to incident… / Add to incident… do. It
// reads on a worker what the dialog needs (the whole filter's events, the supervisors, the open incidents with those
// already holding the evidence first), asks with IncidentTargetDialog, then writes on a worker with a connection of
// its own (rules/IncidentFromEvidence) — the GUI thread never waits on the ten thousand events of a selection. It
// says what was done with finished(), or why not with failed().
class IncidentFromEvidenceController : public QObject
{
    Q_OBJECT
public:
    IncidentFromEvidenceController(Store* store, QString actor, QWidget* dialogParent);
    ~IncidentFromEvidenceController() override;

    // `eventIds` selected; none: every event `wholeFilter` matches (refused past IncidentEventLink::MaxEvents).
    void fromEvents(std::vector<qint64> eventIds, const AccessFilter& wholeFilter, bool intoExisting);
    void fromFindings(std::vector<qint64> findingIds, bool intoExisting);
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    // "INC-2026-0042 opened with 412 events."
    void finished(const QString& message, qint64 incidentId);
    void failed(const QString& message);

private:
    struct Prepared;
    void prepare(std::vector<qint64> ids, std::optional<AccessFilter> wholeFilter, bool findings, bool intoExisting);
    void ask(Prepared prepared);

    Store* m_store;
    QString m_actor;
    QPointer<QWidget> m_dialogParent;
    LatestResultRunner* m_reader;
    LatestResultRunner* m_writer;
};

} // namespace custodian
