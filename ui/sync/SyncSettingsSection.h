#pragma once

#include "store/SyncSettings.h"
#include "ui/session/SessionPage.h"

#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace custodian {

class MessageBanner;
// The central service on the Settings page: its address, whom to trust (a CA imported from a PEM file, or the
// system's CAs), optional SPKI SHA-256 pins, an optional client certificate and key for mutual TLS, the bearer token
// (write-only: it is never shown again once saved), the interval and the transfer timeout. All of it lives in the
// encrypted store. Save checks every value (TlsPolicy) and writes what changed with its console-audit entry; an
// impossible value is refused with its reason and nothing is written.
class SyncSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    // Asks for a file to read (a file dialog by default; tests answer without one). Empty: cancelled.
    using FileChooser = std::function<QString(const QString& title, const QString& filter)>;

    SyncSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~SyncSettingsSection() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Writes the fields; false with the reason shown when refused.
    bool save();
    void importCa();
    void useSystemCas();
    void importClientCertificate();
    void removeClientCertificate();
    void importToken();

Q_SIGNALS:
    // The settings in the store changed (the sync service reloads them).
    void saved(const QStringList& changedFields);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    void showTrust();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QString readChosen(const QString& title, const QString& filter, QByteArray* contents);

    QString m_actor;
    FileChooser m_chooseFile;
    // What the fields edit; the token and the client key stay in secure memory.
    SyncSettings m_settings;
    bool m_tokenStored = false;

    QLineEdit* m_server = nullptr;
    QLabel* m_ca = nullptr;
    QPlainTextEdit* m_pins = nullptr;
    QLabel* m_clientCertificate = nullptr;
    QPushButton* m_removeClientCertificate = nullptr;
    QLineEdit* m_token = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
