#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace custodian {

class MessageBanner;
class StoreSession;

// The lock screen: a card in the middle of the window that names the store, asks for the passphrase, shows
// why an attempt failed (wrong passphrase, damaged store, missing keyring, ...), waits out the growing delay
// after repeated failures, and offers to open another store.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(StoreSession* session, QWidget* parent = nullptr);

    void prepareForInput(); // shows the session's store, clears the field and focuses it

Q_SIGNALS:
    void openAnotherStoreRequested();

private:
    void submit();
    void showFailure(const QString& message);
    void updateRetryCountdown();

    StoreSession* m_session;
    QLabel* m_storeName;
    QLabel* m_storeLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QProgressBar* m_busy;
    MessageBanner* m_status;
    QPushButton* m_openAnother;
    QTimer* m_retryTimer;
};

} // namespace custodian
