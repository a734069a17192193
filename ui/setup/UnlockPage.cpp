#include "ui/setup/UnlockPage.h"

#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/PageTitle.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

UnlockPage::UnlockPage(StoreSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_storeName(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new MessageBanner(this))
    , m_openAnother(new QPushButton(tr("Open another store…"), this))
    , m_retryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockPage"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("unlockCard"));
    card->setFixedWidth(460);
    // Palette roles, not colours: the card follows a light or dark palette by itself.
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    auto* shadow = new QGraphicsDropShadowEffect(card);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 60));
    card->setGraphicsEffect(shadow);

    auto* logo = new QLabel(card);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        logo->setPixmap(icon.pixmap(56, 56));
    logo->setVisible(!icon.isNull());
    logo->setAlignment(Qt::AlignCenter);

    auto* title = new PageTitle(tr("Custodian is locked"), card);
    title->setObjectName(QStringLiteral("unlockTitle"));
    // Larger than a page's title: it is the only thing on the locked window.
    QFont titleFont = card->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    QFont nameFont = m_storeName->font();
    nameFont.setBold(true);
    m_storeName->setFont(nameFont);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setAlignment(Qt::AlignCenter);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setAlignment(Qt::AlignCenter);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setWordWrap(true);
    // The folder is detail; the name above is what one looks for.
    Theme::setTone(m_storeLabel, Theme::Tone::Secondary);

    auto* passphraseLabel = new QLabel(tr("&Passphrase"), card);
    passphraseLabel->setBuddy(m_passphrase);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumHeight(32);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumHeight(32);
    m_unlock->setMinimumWidth(96);
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_openAnother->setObjectName(QStringLiteral("openAnotherStoreButton"));
    m_openAnother->setFlat(true);
    m_openAnother->setCursor(Qt::PointingHandCursor);
    // Looks like a link: the palette's link colour, underlined.
    Theme::setTone(m_openAnother, Theme::Tone::Link);
    QFont linkFont = m_openAnother->font();
    linkFont.setUnderline(true);
    m_openAnother->setFont(linkFont);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_passphrase, 1);
    inputRow->addWidget(m_unlock);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 20);
    cardLayout->setSpacing(6);
    cardLayout->addWidget(logo);
    cardLayout->addWidget(title);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_storeName);
    cardLayout->addWidget(m_storeLabel);
    cardLayout->addSpacing(16);
    cardLayout->addWidget(passphraseLabel);
    cardLayout->addLayout(inputRow);
    cardLayout->addWidget(m_busy);
    cardLayout->addWidget(m_status);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_openAnother, 0, Qt::AlignCenter);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    m_retryTimer->setInterval(250);
    connect(m_retryTimer, &QTimer::timeout, this, &UnlockPage::updateRetryCountdown);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_openAnother, &QPushButton::clicked, this, &UnlockPage::openAnotherStoreRequested);
    connect(session, &StoreSession::unlockStarted, this, [this]() {
        m_unlock->setEnabled(false);
        m_passphrase->setEnabled(false);
        m_openAnother->setEnabled(false);
        m_busy->show();
        m_status->showMessage(tr("Unlocking… deriving the key takes about a second."),
                              MessageBanner::Level::Information);
    });
    connect(session, &StoreSession::unlockFailed, this, [this](const QString& message) { showFailure(message); });
    connect(session, &StoreSession::unlocked, this, [this]() {
        m_busy->hide();
        m_status->clearMessage();
        m_passphrase->setEnabled(true);
        m_unlock->setEnabled(true);
        m_openAnother->setEnabled(true);
    });
    prepareForInput();
}

void UnlockPage::prepareForInput()
{
    const QFileInfo store(m_session->storePath());
    m_storeName->setText(store.fileName());
    m_storeLabel->setText(QDir::toNativeSeparators(store.absolutePath()));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(store.absoluteFilePath()));
    m_passphrase->clear();
    m_passphrase->setEnabled(true);
    m_openAnother->setEnabled(true);
    m_passphrase->setFocus();
    updateRetryCountdown();
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
    m_busy->hide();
    m_status->showMessage(message, MessageBanner::Level::Error);
    m_passphrase->setEnabled(true);
    m_openAnother->setEnabled(true);
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
