#include "ui/setup/NewPassphrasePage.h"

#include "crypto/PassphraseStrength.h"
#include "crypto/SecureBuffer.h"
#include "ui/setup/NewStoreDraft.h"
#include "ui/setup/SetupPageStyle.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace custodian {

using namespace setup;

namespace {
// The bar's colour says roughly how good the passphrase is; the label beside it says exactly.
Theme::Tone strengthTone(PassphraseStrength::Rating rating)
{
    switch (rating) {
    case PassphraseStrength::Rating::Empty:
    case PassphraseStrength::Rating::VeryWeak:
        return Theme::Tone::Error;
    case PassphraseStrength::Rating::Weak:
    case PassphraseStrength::Rating::Fair:
        return Theme::Tone::Warning;
    case PassphraseStrength::Rating::Strong:
    case PassphraseStrength::Rating::VeryStrong:
        return Theme::Tone::Success;
    }
    return Theme::Tone::Normal;
}
} // namespace

NewPassphrasePage::NewPassphrasePage(NewStoreDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(heading(tr("Choose a passphrase")));
    setSubTitle(tr("It protects the store's key. Several unrelated words are strong and easy to type; "
                   "nobody can reset a forgotten passphrase — only the recovery code opens the store then."));
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setAccessibleName(tr("Passphrase again"));
    m_showPassphrase = new QCheckBox(tr("S&how the passphrase"), this);
    m_showPassphrase->setObjectName(QStringLiteral("showPassphraseCheck"));
    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setFixedHeight(10);
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setTextFormat(Qt::RichText);
    m_strengthLabel->setWordWrap(true);
    m_passphraseError = errorLabel(QStringLiteral("passphraseError"), this);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &NewPassphrasePage::updateStrength);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this]() { showError(m_passphraseError, QString()); });
    connect(m_showPassphrase, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphraseEdit->setEchoMode(mode);
        m_confirmEdit->setEchoMode(mode);
    });
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto* form = new QGridLayout;
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    auto* confirmLabel = new QLabel(tr("&Again:"), this);
    confirmLabel->setBuddy(m_confirmEdit);
    form->addWidget(passphraseLabel, 0, 0);
    form->addWidget(m_passphraseEdit, 0, 1);
    form->addWidget(m_strengthBar, 1, 1);
    form->addWidget(m_strengthLabel, 2, 1);
    form->addWidget(confirmLabel, 3, 0);
    form->addWidget(m_confirmEdit, 3, 1);
    form->addWidget(m_showPassphrase, 4, 1);
    form->setColumnStretch(1, 1);
    form->setVerticalSpacing(8);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passphraseError);
    layout->addStretch(1);
    updateStrength();
}

void NewPassphrasePage::initializePage()
{
    showError(m_passphraseError, QString());
    m_passphraseEdit->setFocus();
}

bool NewPassphrasePage::isComplete() const
{
    return !m_passphraseEdit->text().isEmpty() && !m_confirmEdit->text().isEmpty();
}

int NewPassphrasePage::nextId() const
{
    return StoreSetupWizard::RecoveryCodePage;
}

void NewPassphrasePage::updateStrength()
{
    showError(m_passphraseError, QString());
    QByteArray utf8 = m_passphraseEdit->text().toUtf8();
    const PassphraseStrength::Estimate estimate = PassphraseStrength::estimate(utf8, guessableWords());
    SecureBuffer::wipe(utf8);
    m_strengthBar->setValue(std::min(100, int(std::lround(estimate.bits))));
    Theme::setAccentTone(m_strengthBar, strengthTone(estimate.rating));
    if (estimate.rating == PassphraseStrength::Rating::Empty) {
        m_strengthLabel->setText(tr("Strength: at least %1 bits are needed.").arg(PassphraseStrength::MinimumBits));
        return;
    }
    QString text = tr("Strength: %1 (about %2 bits; at least %3 are needed)")
                       .arg(QStringLiteral("<b style=\"color: %1;\">%2</b>")
                                .arg(Theme::htmlColour(strengthTone(estimate.rating), m_strengthLabel->palette()),
                                     PassphraseStrength::ratingName(estimate.rating).toHtmlEscaped()))
                       .arg(int(std::floor(estimate.bits)))
                       .arg(PassphraseStrength::MinimumBits);
    if (!estimate.acceptable() && !estimate.weaknesses.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Easy to guess: %1.").arg(estimate.weaknesses.join(QStringLiteral(", "))).toHtmlEscaped();
    m_strengthLabel->setText(text);
}

QStringList NewPassphrasePage::guessableWords() const
{
    QStringList words { QStringLiteral("custodian"), qEnvironmentVariable("USER") };
    // What the location page holds as typed (before it is added to the wizard, the default location).
    const QString typed
        = wizard() ? field(QStringLiteral("storeLocation")).toString() : StoreSetupWizard::defaultStorePath();
    const QString path = expandHome(typed);
    if (!path.isEmpty())
        words << QFileInfo(path).completeBaseName();
    return words;
}

bool NewPassphrasePage::validatePage()
{
    QByteArray utf8 = m_passphraseEdit->text().toUtf8();
    QByteArray again = m_confirmEdit->text().toUtf8();
    const PassphraseStrength::Estimate estimate = PassphraseStrength::estimate(utf8, guessableWords());
    QString problem;
    if (utf8.isEmpty())
        problem = tr("Enter a passphrase.");
    else if (!estimate.acceptable())
        problem = tr("This passphrase is too easy to guess: about %1 bits, and a store needs at least %2. Add more "
                     "unrelated words.")
                      .arg(int(std::floor(estimate.bits)))
                      .arg(PassphraseStrength::MinimumBits);
    else if (utf8 != again)
        problem = tr("The two passphrases differ. Type the same passphrase twice.");
    if (problem.isEmpty())
        m_draft->passphrase = SecureBuffer::copyOf(utf8);
    SecureBuffer::wipe(utf8);
    SecureBuffer::wipe(again);
    if (!problem.isEmpty()) {
        showError(m_passphraseError, problem);
        (utf8.isEmpty() || !estimate.acceptable() ? m_passphraseEdit : m_confirmEdit)->setFocus();
        return false;
    }
    // From here on the secret lives only in a SecureBuffer; the fields (Qt strings, not wipeable) are emptied.
    const QSignalBlocker blocker(m_passphraseEdit);
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
    updateStrength();
    return true;
}

} // namespace custodian
