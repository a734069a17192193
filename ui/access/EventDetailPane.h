#pragma once

#include "crypto/SecureBuffer.h"
#include "rules/DetectionEngine.h"
#include "store/AccessEventDetailRepository.h"
#include "store/RecordReveal.h"
#include "ui/session/LatestResultRunner.h"

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QGroupBox;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace custodian {

class CentralRecords;
class ConcealedClipboard;
class Database;
class MessageBanner;
class RoleAtTimeModel;
class SessionEventModel;
class Store;
class TrainingAtTimeModel;

// The access page's detail pane for one access event: who (agent, team, site, status at that moment), where
// (workstation, address), what (the customer record, masked), the agent's roles and training AT THAT MOMENT, and
// the other events of the same session, and why the event is notable: for each detection that flags it, the rule in
// words with the values that made it match (DetectionEngine::explain, the detections' own code), with "Open finding"
// for the finding that holds it and "Open agent" for the agent. Loading runs on a worker thread with a read-only
// connection of its own; the GUI thread never waits on SQL. "Reveal…" asks for a reason and reveals the identifier on a
// worker with its own write connection: one this store holds sealed through RecordReveal, a card number — which only
// the central service holds — by asking the service online (CentralRecords: the service checks the supervisor's scope
// and records the reveal, then the console audit does; offline or refused, it says so and shows nothing). The number is
// shown from a SecureBuffer and masked again after a timeout (setting privacy/revealSeconds, default 30 s), when
// another event is shown and on clear(), which also stops a request in flight. "Copy" puts the revealed identifier on
// the clipboard marked concealed and clears it after 30 s (ConcealedClipboard).
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    // Asks why the supervisor reveals `maskedRecord`: the reason, or nullopt when they cancel.
    using ReasonPrompt = std::function<std::optional<QString>(QWidget* parent, const QString& maskedRecord)>;

    static constexpr int DefaultRevealSeconds = 30;

    // `store` opens the pane's connections (it must outlive the pane, or be replaced with setStore()); `actor` is
    // who the console audit names for a reveal.
    EventDetailPane(Store* store, QString actor, QWidget* parent = nullptr);
    ~EventDetailPane() override;

    // Another store, or none (nullptr): clears first.
    void setStore(Store* store);
    // Loads and shows one event; a newer call supersedes one still loading.
    void showAccessEvent(qint64 eventId);
    // Empties the pane, masks a revealed identifier, clears our clipboard content, stops the workers and closes
    // the pane's connections (waiting for at most the statement they are running). Called on lock.
    void clear();

    [[nodiscard]] qint64 currentEventId() const { return m_eventId; }
    [[nodiscard]] bool isLoading() const { return m_loader.isRunning(); }
    [[nodiscard]] bool isRevealing() const { return m_revealer.isRunning(); }
    [[nodiscard]] bool isRevealed() const { return !m_revealed.isEmpty(); }
    // Whether the record shown can be revealed, and whether that asks the central service (card data).
    [[nodiscard]] bool canReveal() const;
    [[nodiscard]] bool revealsOnline() const;
    [[nodiscard]] const std::optional<AccessEventDetailRepository::Detail>& detail() const { return m_detail; }
    // Why the event shown is notable (empty: no detection flags it).
    [[nodiscard]] const std::vector<DetectionEngine::Explanation>& explanations() const { return m_explanations; }

    // Milliseconds a revealed identifier stays visible. Default: privacy/revealSeconds (5–600 s, 30 s).
    void setRevealTimeout(int milliseconds);
    [[nodiscard]] int revealTimeout() const { return m_remaskTimer.interval(); }
    void setReasonPrompt(ReasonPrompt prompt);
    [[nodiscard]] ConcealedClipboard* clipboard() const { return m_clipboard; }

Q_SIGNALS:
    // The supervisor activated (double-click, Enter) another event of the session.
    void sessionEventActivated(qint64 eventId);
    void loaded(qint64 eventId);
    void loadFailed(qint64 eventId, const QString& message);
    void revealed(qint64 recordId);
    void revealFailed(const QString& message);
    void remasked();
    // The supervisor asked to see a finding that holds the event, or the event's agent.
    void findingRequested(qint64 findingId);
    void agentRequested(qint64 agentId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What one load brings: the detail, and why the event is notable (or why that could not be worked out).
    struct Loaded
    {
        AccessEventDetailRepository::Detail detail;
        std::vector<DetectionEngine::Explanation> explanations;
        QString explanationError;
    };
    using DetailResult = Result<Loaded>;
    using RevealResult = Result<RecordReveal::Revealed>;

    void startLoad();
    void finishLoad(qint64 eventId, DetailResult&& result);
    void showDetail(const AccessEventDetailRepository::Detail& detail);
    void showExplanations(const AccessEventDetailRepository::Detail& detail, const QString& error);
    void clearExplanations();
    void fitLists();
    void showMessage(const QString& text, bool error);
    void requestReveal();
    // Says why a reveal was refused, where errors go, and tells the page.
    void refuseReveal(const QString& why);
    void finishReveal(qint64 eventId, RevealResult&& result);
    void copyRevealed();
    void remask();
    void updateCountdown();
    void stopWorkers();
    void clearContent();
    [[nodiscard]] std::optional<QString> askReason(const QString& maskedRecord);

    Store* m_store = nullptr;
    QString m_actor;
    ReasonPrompt m_reasonPrompt;

    qint64 m_eventId = 0; // the event shown or being loaded; 0 = none
    quint64 m_generation = 0; // bumped by clear(): a reveal prompt answered after it is dropped
    std::optional<AccessEventDetailRepository::Detail> m_detail;
    std::vector<DetectionEngine::Explanation> m_explanations;
    LatestResultRunner m_loader;
    LatestResultRunner m_revealer;
    std::shared_ptr<CentralRecords> m_central; // the online reveal in progress, for clear() to stop it

    SecureBuffer m_revealed; // the identifier while it is shown
    bool m_revealedOnline = false; // it came from the central service
    QTimer m_remaskTimer;
    QTimer m_countdownTimer;

    ConcealedClipboard* m_clipboard;

    QLabel* m_title;
    MessageBanner* m_status;
    QLabel* m_when;
    QLabel* m_agent;
    QLabel* m_agentState;
    QPushButton* m_openAgentButton;
    QLabel* m_team;
    QLabel* m_workstation;
    QLabel* m_session;
    QLabel* m_record;
    QPushButton* m_revealButton;
    QPushButton* m_copyButton;
    QLabel* m_revealInfo;
    RoleAtTimeModel* m_roleModel;
    TrainingAtTimeModel* m_trainingModel;
    SessionEventModel* m_sessionModel;
    QTreeView* m_roles;
    QTreeView* m_training;
    QTreeView* m_sessionEvents;
    QLabel* m_sessionMore;
    QGroupBox* m_whyBox;
    QVBoxLayout* m_whyRows; // one row per reason, rebuilt for each event
};

} // namespace custodian
