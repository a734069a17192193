#pragma once

#include "domain/BreachNotificationForm.h"
#include "domain/SubjectDecision.h"
#include "rules/BreachWorkflow.h"
#include "store/BreachRepository.h"
#include "ui/session/LatestResultRunner.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace custodian {

class MessageBanner;
class StoreSession;

// An incident's GDPR Art. 33/34 state (issue 17, point 5; docs/incidents-gdpr.md), for the Incidents page's detail:
// whether it is a personal-data breach and since when ("aware at"), the 72-hour clock (BreachNotificationClock: time
// left, urgent within 24 h, late), the notification phases sent, the Art. 34 decision in force; and the actions on
// them — "Record aware-at…", "Record notification…" (the Art. 33(3) form pre-filled from the linked events), "Art. 34
// decision…" and "Export breach register…". What it shows is read on a worker with its own read-only connection; each
// decision is BreachWorkflow's one transaction with its console-audit entry, after which the panel reads again. The
// clock's text is recomputed every minute from what was read (no query). Every state is said in words as well as
// in a tone.
class BreachPanel : public QWidget
{
    Q_OBJECT
public:
    // What the panel shows of one incident, read in one go.
    struct State
    {
        BreachRepository::IncidentFacts facts;
        int phasesSent = 0;
        std::optional<SubjectDecision> decision;
        BreachNotificationForm prefill; // for the next phase
    };

    BreachPanel(StoreSession* session, QString auditActor, QWidget* parent = nullptr);
    ~BreachPanel() override;

    // 0: no incident (the panel is empty). Reads it on a worker; stateShown() when it is on screen.
    void setIncident(qint64 incidentId);
    [[nodiscard]] qint64 incidentId() const { return m_incidentId; }
    void refresh();
    [[nodiscard]] const std::optional<State>& state() const { return m_state; }
    // The clock's words as shown (e.g. "Urgent: 5 h 12 min left to notify"), empty when no clock runs.
    [[nodiscard]] QString clockText() const;

    // Open the dialogs (window-modal, not blocking: a test fills and accepts them, found as the panel's children).
    void recordAwareness();
    void recordNotification();
    void decideSubjects();
    // Not a personal-data breach after all (a ReasonDialog): the clock stops, the register keeps it as withdrawn.
    void withdrawBreach();
    void exportRegister();

Q_SIGNALS:
    void stateShown();
    // A decision changed the incident: the list and the Today page read again.
    void incidentChanged(qint64 incidentId);
    // The breach register export finished (ok or not: the banner says which).
    void exportFinished(bool ok);

private:
    void showState(const State& state);
    void showClock();
    void showError(const QString& text);
    void changed();
    // Runs one decision with the console's actor on the page's connection; on success the panel reads again. The
    // dialogs call it from their accept(): they are the panel's children, so the panel outlives them.
    Status write(const std::function<Status(Database&, const BreachWorkflow::Actor&)>& decide);

    StoreSession* m_session;
    QString m_auditActor;
    qint64 m_incidentId = 0;
    std::optional<State> m_state;
    LatestResultRunner m_reader;
    LatestResultRunner m_exporter;

    QLabel* m_breachState;
    QLabel* m_awareAt;
    QLabel* m_clock;
    QLabel* m_notifications;
    QLabel* m_decision;
    QPushButton* m_recordAwareness;
    QPushButton* m_recordNotification;
    QPushButton* m_decideSubjects;
    QPushButton* m_withdraw;
    QPushButton* m_export;
    MessageBanner* m_message;
    QTimer* m_minute;
};

} // namespace custodian
