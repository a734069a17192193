#include "ui/UnlockPage.h"

#include "ui/StoreSession.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

UnlockPage::UnlockPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_status(new QLabel(this))
    , m_retryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* title = new QLabel(tr("Custodian is locked"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setText(tr("Store: %1").arg(QFileInfo(session->storePath()).absoluteFilePath()));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto* box = new QWidget(this);
    box->setMaximumWidth(560);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(m_storeLabel);
    boxLayout->addSpacing(12);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_unlock, 0, Qt::AlignRight);
    boxLayout->addWidget(m_status);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_retryTimer->setInterval(250);
    connect(m_retryTimer, &QTimer::timeout, this, &UnlockPage::updateRetryCountdown);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(session, &StoreSession::unlockStarted, this, [this]() {
        m_unlock->setEnabled(false);
        m_passphrase->setEnabled(false);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Unlocking… (deriving the key takes about a second)"));
    });
    connect(session, &StoreSession::unlockFailed, this, [this](const QString& message) { showFailure(message); });
    connect(session, &StoreSession::unlocked, this, [this]() {
        m_status->clear();
        m_passphrase->setEnabled(true);
        m_unlock->setEnabled(true);
    });
}

void UnlockPage::prepareForInput()
{
    m_passphrase->clear();
    m_passphrase->setEnabled(true);
    m_unlock->setEnabled(true);
    m_passphrase->setFocus();
}

void UnlockPage::submit()
{
    if (m_session->isBusy() || m_session->retryDelayRemainingMs() > 0)
        return;
    if (m_passphrase->text().isEmpty()) {
        showFailure(tr("Enter the store's passphrase."));
        return;
    }
    // The QString copy inside QLineEdit is Qt's and cannot be wiped; the field is cleared at once and the
    // secret continues only as a SecureBuffer.
    QByteArray utf8 = m_passphrase->text().toUtf8();
    SecureBuffer passphrase = SecureBuffer::copyOf(utf8);
    SecureBuffer::wipe(utf8);
    m_passphrase->clear();
    m_session->unlock(std::move(passphrase));
}

void UnlockPage::showFailure(const QString& message)
{
    m_status->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px; border-radius: 4px;"));
    m_status->setText(message);
    m_passphrase->setEnabled(true);
    m_passphrase->setFocus();
    updateRetryCountdown();
}

void UnlockPage::updateRetryCountdown()
{
    const qint64 remaining = m_session->retryDelayRemainingMs();
    m_unlock->setEnabled(remaining == 0 && !m_session->isBusy());
    if (remaining > 0) {
        m_unlock->setText(tr("Wait %1 s").arg((remaining + 999) / 1000));
        m_retryTimer->start();
    } else {
        m_unlock->setText(tr("&Unlock"));
        m_retryTimer->stop();
    }
}

} // namespace custodian
