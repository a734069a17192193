#include "ui/setup/ShowRecoveryCodePage.h"

#include "crypto/RecoveryCode.h"
#include "ui/setup/NewStoreDraft.h"
#include "ui/setup/SetupPageStyle.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/widgets/ConcealedClipboard.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

using namespace setup;

ShowRecoveryCodePage::ShowRecoveryCodePage(NewStoreDraft* draft, ConcealedClipboard* clipboard, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_clipboard(clipboard)
{
    setTitle(heading(tr("Your recovery code")));
    setSubTitle(tr("The only way into the store if the passphrase is lost. It is shown only now."));
    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(QStringLiteral("recoveryCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMinimumHeight(64);
    // Palette roles rather than colours: the code stands out on the base colour in light and dark palettes alike.
    m_codeLabel->setBackgroundRole(QPalette::Base);
    m_codeLabel->setAutoFillBackground(true);
    m_codeLabel->setMargin(12);
    m_codeLabel->setAccessibleName(tr("Recovery code"));
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyRecoveryCodeButton"));
    copy->setToolTip(tr("Copies the code for a password manager; the clipboard is cleared after %n seconds.", nullptr,
                        m_clipboard->clearInterval() / 1000));
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));
    mute(m_copyStatus);
    connect(copy, &QPushButton::clicked, this, &ShowRecoveryCodePage::copyRecoveryCode);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyStatus, 1);
    copyRow->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_codeLabel);
    layout->addLayout(copyRow);
    layout->addSpacing(8);
    layout->addWidget(explanation(
        tr("Write it down or keep it in a password manager, and hand it to your data protection officer. Keep it "
           "apart from this computer: anyone who has the code and the store file can open the store."),
        this));
    layout->addWidget(explanation(tr("Typing is forgiving: case, spaces and dashes do not matter."), this));
    layout->addStretch(1);
}

void ShowRecoveryCodePage::initializePage()
{
    // One code per wizard: going back and forth shows the same code, so what was written down stays valid.
    if (m_draft->recoveryCode.isEmpty())
        m_draft->recoveryCode = RecoveryCode::generate();
    m_codeLabel->setText(QString::fromLatin1(m_draft->recoveryCode.view()));
}

int ShowRecoveryCodePage::nextId() const
{
    return StoreSetupWizard::ConfirmCodePage;
}

void ShowRecoveryCodePage::forgetCode()
{
    m_codeLabel->clear();
}

void ShowRecoveryCodePage::copyRecoveryCode()
{
    // Concealed from clipboard histories, and gone after the countdown or when the wizard closes.
    m_clipboard->copy(QString::fromLatin1(m_draft->recoveryCode.view()));
    m_copyStatus->setText(tr("Copied. The clipboard is cleared in %n seconds or when this wizard closes.", nullptr,
                             m_clipboard->clearInterval() / 1000));
}

} // namespace custodian
