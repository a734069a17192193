#pragma once

#include "store/ConsoleAudit.h"

#include "ui/session/LatestResultRunner.h"
#include "ui/session/SessionPage.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <memory>

class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace custodian {

class MessageBanner;
class ConsoleAuditModel;
class StoreSession;

// The console-audit page: what supervisors did in this store (unlocks and locks, reveals, exports, saved searches,
// finding decisions, key changes), newest first, filtered by kind of action and actor, with the selected entry in
// full; and whether the tamper-evident chain is intact, or the first entry where it breaks. The chain's replay
// runs on a worker thread with a read-only connection of its own. Reads again when shown (so entries that other
// pages wrote appear), on Refresh and on F5. Exists only while the store is unlocked: its content is built on
// unlock and destroyed before the keys are wiped.
class ConsoleAuditPage : public SessionPage
{
    Q_OBJECT
public:
    explicit ConsoleAuditPage(StoreSession* session, QWidget* parent = nullptr);
    ~ConsoleAuditPage() override;

    // Reads the entries again and replays the chain.
    void refresh();
    [[nodiscard]] ConsoleAuditModel* model() const { return m_model; }
    [[nodiscard]] bool isVerifying() const { return m_verifier.isRunning(); }

Q_SIGNALS:
    // A replay of the chain finished (firstBadSeq 0 when intact; also after a replay that could not run).
    void chainChecked(bool intact, qint64 firstBadSeq);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    [[nodiscard]] static bool isRefreshKey(const QKeyEvent* event);
    void applyFilter();
    void reloadEntries();
    void startVerification();
    void stopVerification();
    void showVerification(const ConsoleAudit::Verification& verification);
    void showVerificationError(const QString& message);
    void updateCount();
    void updateEntryDetail();
    void showMessage(const QString& text, bool error);

    // Built on unlock, destroyed on lock.
    ConsoleAuditModel* m_model = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_actor = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_entryDetail = nullptr;
    QLabel* m_chainStatus = nullptr;
    MessageBanner* m_message = nullptr;
    QTimer* m_actorDebounce = nullptr;

    // The chain's replay: one at a time; a refresh while it runs replays again when it ends.
    LatestResultRunner m_verifier;
    bool m_verifyAgain = false;
};

} // namespace custodian
