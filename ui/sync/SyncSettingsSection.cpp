#include "ui/sync/SyncSettingsSection.h"

#include "store/Store.h"
#include "store/SyncSettingsRepository.h"
#include "sync/TlsPolicy.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/MessageBanner.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr qint64 MaxImportBytes = 1024 * 1024;

QString describeCertificates(const QByteArray& pem)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    const QSslCertificate& first = certificates.front();
    QString name = first.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (name.isEmpty())
        name = first.subjectDisplayName();
    QString text = SyncSettingsSection::tr("%1 (valid until %2, SHA-256 %3…)")
                       .arg(name, first.expiryDate().date().toString(Qt::ISODate),
                            QString::fromLatin1(first.digest(QCryptographicHash::Sha256).toHex().left(16)));
    if (certificates.size() > 1)
        text += SyncSettingsSection::tr(" and %n more", nullptr, int(certificates.size() - 1));
    return text;
}
} // namespace

SyncSettingsSection::SyncSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("syncSettings"));
    m_chooseFile = [this](const QString& title, const QString& filter) {
        return Dialogs::openFileName(this, title, QString(), filter);
    };
    followSession();
}

SyncSettingsSection::~SyncSettingsSection()
{
    destroyUnlockedContent();
}

void SyncSettingsSection::releaseUnlockedContent()
{
    m_settings = SyncSettings();
    m_server = nullptr;
    m_ca = m_clientCertificate = nullptr;
    m_message = nullptr;
    m_pins = nullptr;
    m_removeClientCertificate = nullptr;
    m_token = nullptr;
    m_interval = m_timeout = nullptr;
}

void SyncSettingsSection::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    auto loaded = SyncSettingsRepository(store->database()).load();
    if (loaded)
        m_settings = std::move(loaded).value();
    m_tokenStored = !m_settings.token.isEmpty();

    auto* box = new QGroupBox(tr("Central service"), content);
    auto* boxLayout = new QVBoxLayout(content);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(box);
    auto* outer = new QVBoxLayout(box);
    auto* note = new QLabel(tr("Where this console syncs with, over HTTPS (TLS 1.2 or later). Kept in the encrypted "
                               "store; every change is recorded in the console audit."),
                            box);
    note->setWordWrap(true);
    outer->addWidget(note);
    auto* form = new QFormLayout;
    outer->addLayout(form);

    m_server = new QLineEdit(m_settings.serverUrl, box);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://central.example.org"));
    form->addRow(tr("Server:"), m_server);

    m_ca = new QLabel(box);
    m_ca->setObjectName(QStringLiteral("syncCa"));
    m_ca->setWordWrap(true);
    auto* caButtons = new QHBoxLayout;
    auto* importCaButton = new QPushButton(tr("Import CA…"), box);
    importCaButton->setObjectName(QStringLiteral("importCa"));
    auto* systemButton = new QPushButton(tr("Use system CAs"), box);
    systemButton->setObjectName(QStringLiteral("useSystemCas"));
    // The CA's description wraps over two lines: it gets a row of its own, the buttons the row below, so that a
    // form row sized by the buttons does not clip it.
    caButtons->addWidget(importCaButton);
    caButtons->addWidget(systemButton);
    caButtons->addStretch(1);
    form->addRow(tr("Trust:"), m_ca);
    form->addRow(QString(), caButtons);
    connect(importCaButton, &QPushButton::clicked, this, &SyncSettingsSection::importCa);
    connect(systemButton, &QPushButton::clicked, this, &SyncSettingsSection::useSystemCas);

    m_pins = new QPlainTextEdit(m_settings.pins.join(QLatin1Char('\n')), box);
    m_pins->setObjectName(QStringLiteral("syncPins"));
    m_pins->setPlaceholderText(tr("Optional: one SPKI SHA-256 per line (base64), any of which the server must show"));
    m_pins->setTabChangesFocus(true);
    m_pins->setMaximumHeight(m_pins->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Pinned keys:"), m_pins);

    m_clientCertificate = new QLabel(box);
    m_clientCertificate->setObjectName(QStringLiteral("syncClientCertificate"));
    m_clientCertificate->setWordWrap(true);
    auto* clientButtons = new QHBoxLayout;
    auto* importClient = new QPushButton(tr("Import certificate and key…"), box);
    importClient->setObjectName(QStringLiteral("importClientCertificate"));
    m_removeClientCertificate = new QPushButton(tr("Remove"), box);
    m_removeClientCertificate->setObjectName(QStringLiteral("removeClientCertificate"));
    clientButtons->addWidget(m_clientCertificate, 1);
    clientButtons->addWidget(importClient);
    clientButtons->addWidget(m_removeClientCertificate);
    form->addRow(tr("Client certificate:"), clientButtons);
    connect(importClient, &QPushButton::clicked, this, &SyncSettingsSection::importClientCertificate);
    connect(m_removeClientCertificate, &QPushButton::clicked, this, &SyncSettingsSection::removeClientCertificate);

    m_token = new QLineEdit(box);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_tokenStored ? tr("A token is stored — type or import one to replace it")
                                              : tr("The bearer token your central service issued to you"));
    auto* tokenRow = new QHBoxLayout;
    auto* importTokenButton = new QPushButton(tr("From file…"), box);
    importTokenButton->setObjectName(QStringLiteral("importToken"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(importTokenButton);
    form->addRow(tr("Token:"), tokenRow);
    // A row holding a layout gets a label without a buddy, and the field would be named after the group box.
    if (auto* tokenLabel = qobject_cast<QLabel*>(form->labelForField(tokenRow)))
        tokenLabel->setBuddy(m_token);
    connect(importTokenButton, &QPushButton::clicked, this, &SyncSettingsSection::importToken);

    m_interval = new QSpinBox(box);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(SyncSettings::MinIntervalSeconds, SyncSettings::MaxIntervalSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(m_settings.intervalSeconds);
    form->addRow(tr("Sync every:"), m_interval);
    m_timeout = new QSpinBox(box);
    m_timeout->setObjectName(QStringLiteral("syncTimeout"));
    m_timeout->setRange(SyncSettings::MinTimeoutSeconds, SyncSettings::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_settings.timeoutSeconds);
    form->addRow(tr("Give up a stalled transfer after:"), m_timeout);

    auto* saveButton = new QPushButton(tr("Save sync settings"), box);
    saveButton->setObjectName(QStringLiteral("saveSyncSettings"));
    m_message = new MessageBanner(box);
    m_message->setObjectName(QStringLiteral("syncSettingsMessage"));
    if (!loaded)
        showMessage(loaded.error().message(), true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(saveButton);
    outer->addLayout(buttons);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    showTrust();
}

void SyncSettingsSection::showTrust()
{
    if (!m_ca)
        return;
    m_ca->setText(m_settings.caPem.isEmpty() ? tr("The system's certificate authorities")
                                             : tr("CA %1").arg(describeCertificates(m_settings.caPem)));
    m_clientCertificate->setText(
        m_settings.clientCertificatePem.isEmpty() ? tr("None") : describeCertificates(m_settings.clientCertificatePem));
    m_removeClientCertificate->setEnabled(!m_settings.clientCertificatePem.isEmpty());
}

QString SyncSettingsSection::readChosen(const QString& title, const QString& filter, QByteArray* contents)
{
    const QString path = m_chooseFile(title, filter);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return {};
    }
    if (file.size() > MaxImportBytes) {
        showMessage(tr("%1 is larger than 1 MiB: not a certificate, key or token.").arg(path), true);
        return {};
    }
    *contents = file.readAll();
    return path;
}

void SyncSettingsSection::importCa()
{
    QByteArray pem;
    const QString path
        = readChosen(tr("Import the CA certificate"), tr("PEM certificates (*.pem *.crt);;All files (*)"), &pem);
    if (path.isEmpty())
        return;
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
        showMessage(tr("%1 holds no PEM certificate; the trusted CA is unchanged.").arg(path), true);
        return;
    }
    m_settings.caPem = pem;
    showTrust();
    showMessage(tr("CA read from %1 — Save to use it.").arg(path), false);
}

void SyncSettingsSection::useSystemCas()
{
    m_settings.caPem.clear();
    showTrust();
    showMessage(tr("The system's CAs will be trusted — Save to use them."), false);
}

void SyncSettingsSection::importClientCertificate()
{
    QByteArray certificate;
    const QString certificatePath = readChosen(tr("Import the client certificate"),
                                               tr("PEM certificates (*.pem *.crt);;All files (*)"), &certificate);
    if (certificatePath.isEmpty())
        return;
    if (QSslCertificate::fromData(certificate, QSsl::Pem).isEmpty()) {
        showMessage(tr("%1 holds no PEM certificate; the client certificate is unchanged.").arg(certificatePath), true);
        return;
    }
    QByteArray key;
    const QString keyPath = readChosen(tr("Import the client certificate's private key"),
                                       tr("PEM keys (*.pem *.key);;All files (*)"), &key);
    if (keyPath.isEmpty())
        return;
    SyncSettings candidate = m_settings.clone();
    candidate.clientCertificatePem = certificate;
    candidate.clientKeyPem = SecureBuffer::copyOf(key);
    key.fill('\0');
    // Checks the pair now (TlsPolicy would refuse it at Save anyway), naming the problem while the files are in mind.
    candidate.serverUrl = QStringLiteral("https://check.invalid");
    candidate.token = SecureBuffer::copyOf("check");
    if (auto policy = TlsPolicy::fromSettings(candidate); !policy) {
        showMessage(policy.error().message(), true);
        return;
    }
    m_settings.clientCertificatePem = certificate;
    m_settings.clientKeyPem = std::move(candidate.clientKeyPem);
    showTrust();
    showMessage(tr("Client certificate and key read — Save to use them."), false);
}

void SyncSettingsSection::removeClientCertificate()
{
    m_settings.clientCertificatePem.clear();
    m_settings.clientKeyPem = SecureBuffer();
    showTrust();
    showMessage(tr("No client certificate will be shown — Save to apply."), false);
}

void SyncSettingsSection::importToken()
{
    QByteArray token;
    const QString path = readChosen(tr("Import the token"), tr("Tokens (*.token *.txt);;All files (*)"), &token);
    if (path.isEmpty())
        return;
    m_token->setText(QString::fromLatin1(token.trimmed()));
    token.fill('\0');
    showMessage(tr("Token read from %1 — Save to use it.").arg(path), false);
}

bool SyncSettingsSection::save()
{
    Store* store = m_session->store();
    if (!store || !m_server)
        return false;
    SyncSettings settings = m_settings.clone();
    settings.serverUrl = m_server->text().trimmed();
    settings.pins.clear();
    for (const QString& line : m_pins->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            settings.pins << line.trimmed();
    if (!m_token->text().isEmpty())
        settings.token = SecureBuffer::copyOf(m_token->text().trimmed().toLatin1());
    settings.intervalSeconds = m_interval->value();
    settings.timeoutSeconds = m_timeout->value();
    // Without a server and a token sync is off, which is a valid choice; anything given must be right.
    if (auto policy = TlsPolicy::fromSettings(settings);
        !policy && policy.error().code() != Error::Code::NotConfigured) {
        showMessage(policy.error().message(), true);
        return false;
    }
    auto changed = SyncSettingsRepository(store->database()).save(settings, m_actor);
    if (!changed) {
        showMessage(tr("The sync settings were not saved: %1").arg(changed.error().message()), true);
        return false;
    }
    m_settings = std::move(settings);
    m_token->clear();
    m_tokenStored = !m_settings.token.isEmpty();
    m_token->setPlaceholderText(m_tokenStored ? tr("A token is stored — type or import one to replace it")
                                              : tr("The bearer token your central service issued to you"));
    if (changed->isEmpty()) {
        showMessage(tr("Nothing changed."), false);
        return true;
    }
    showMessage(
        m_settings.isConfigured()
            ? tr("Saved (%1); recorded in the console audit. Sync uses them from now on.")
                  .arg(changed->join(QStringLiteral(", ")))
            : tr("Saved (%1); sync starts once a server and a token are set.").arg(changed->join(QStringLiteral(", "))),
        false);
    Q_EMIT saved(*changed);
    return true;
}

void SyncSettingsSection::showMessage(const QString& text, bool error)
{
    if (!m_message)
        return;
    m_message->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

} // namespace custodian
