#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace custodian {

class StoreSession;

// The lock screen: asks for the passphrase, shows why an attempt failed (wrong passphrase, damaged store,
// missing keyring, ...), and waits out the growing delay after repeated failures.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(StoreSession* session, QWidget* parent = nullptr);

    void prepareForInput(); // clears the field and focuses it

private:
    void submit();
    void showFailure(const QString& message);
    void updateRetryCountdown();

    StoreSession* m_session;
    QLabel* m_storeLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QLabel* m_status;
    QTimer* m_retryTimer;
};

} // namespace custodian
