#include "ui/setup/ConfirmRecoveryCodePage.h"

#include "crypto/RecoveryCode.h"
#include "ui/setup/NewStoreDraft.h"
#include "ui/setup/SetupPageStyle.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>
#include <memory>

namespace custodian {

using namespace setup;

namespace {
constexpr int GroupLength = RecoveryCode::Characters / ConfirmRecoveryCodePage::Groups;
} // namespace

ConfirmRecoveryCodePage::ConfirmRecoveryCodePage(NewStoreDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(heading(tr("Confirm the recovery code")));
    setSubTitle(tr("To make sure the code was stored, type one group of it. The store is created after "
                   "that."));
    setButtonText(QWizard::FinishButton, tr("&Create store"));
    m_confirmPrompt = new QLabel(this);
    m_confirmPrompt->setObjectName(QStringLiteral("recoveryConfirmPrompt"));
    m_confirmPrompt->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_confirmPattern = new QLabel(this);
    m_confirmPattern->setObjectName(QStringLiteral("recoveryConfirmPattern"));
    m_confirmPattern->setFont(mono);
    m_confirmPattern->setTextFormat(Qt::RichText);
    m_confirmCodeEdit = new QLineEdit(this);
    m_confirmCodeEdit->setObjectName(QStringLiteral("recoveryConfirmEdit"));
    m_confirmCodeEdit->setFont(mono);
    m_confirmCodeEdit->setMaxLength(GroupLength + 4); // room for stray spaces or dashes
    m_confirmCodeEdit->setMaximumWidth(QFontMetrics(mono).horizontalAdvance(QLatin1Char('W')) * (GroupLength + 4));
    m_confirmCodeEdit->setAccessibleName(tr("Group of the recovery code"));
    m_confirmError = errorLabel(QStringLiteral("recoveryConfirmError"), this);
    m_creationProgress = new QProgressBar(this);
    m_creationProgress->setObjectName(QStringLiteral("creationProgress"));
    m_creationProgress->setRange(0, 0); // key derivation reports no progress: a busy indicator
    m_creationProgress->setTextVisible(false);
    m_creationProgress->hide();
    m_creationStatus = new QLabel(this);
    m_creationStatus->setObjectName(QStringLiteral("creationStatus"));
    m_creationStatus->setWordWrap(true);
    connect(m_confirmCodeEdit, &QLineEdit::textChanged, this, [this]() { showError(m_confirmError, QString()); });
    connect(m_confirmCodeEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto* row = new QHBoxLayout;
    row->addWidget(m_confirmPattern);
    row->addSpacing(16);
    row->addWidget(m_confirmCodeEdit);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_confirmPrompt);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_confirmError);
    layout->addStretch(1);
    layout->addWidget(m_creationStatus);
    layout->addWidget(m_creationProgress);
}

void ConfirmRecoveryCodePage::initializePage()
{
    // The asked group in the highlight colour, the others as dots in a faded one.
    const QString asked = palette().color(QPalette::Highlight).name();
    const QString other = palette().color(QPalette::Mid).name();
    const int group = m_draft->confirmationGroup;
    QStringList groups;
    for (int i = 1; i <= Groups; ++i) {
        groups << QStringLiteral("<span style=\"color: %1;\">%2</span>")
                      .arg(i == group ? asked : other,
                           QString(GroupLength, i == group ? QLatin1Char('?') : QChar(0x2022)));
    }
    m_confirmPattern->setText(
        QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(other, groups.join(QLatin1Char('-'))));
    m_confirmPrompt->setText(
        tr("Type group %1 of %2 of the recovery code — the one marked with question marks:").arg(group).arg(Groups));
    m_confirmCodeEdit->clear();
    showError(m_confirmError, QString());
    m_creationStatus->clear();
    m_confirmCodeEdit->setFocus();
}

bool ConfirmRecoveryCodePage::isComplete() const
{
    return !m_confirmCodeEdit->text().trimmed().isEmpty();
}

int ConfirmRecoveryCodePage::nextId() const
{
    return -1;
}

bool ConfirmRecoveryCodePage::validatePage()
{
    if (m_draft->createdStore)
        return true; // the creation finished: accept() asks once more
    if (isCreating())
        return false;
    // Put the typed group into the real code and let RecoveryCode normalise both: the same forgiving rules
    // (case, O/0, I/L/1, spaces, dashes) as when the code is used.
    QByteArray typed = m_confirmCodeEdit->text().toLatin1();
    const QByteArrayView code = m_draft->recoveryCode.view();
    QByteArray candidate;
    const qsizetype groupStart = qsizetype(m_draft->confirmationGroup - 1) * (GroupLength + 1);
    candidate.append(code.first(groupStart));
    candidate.append(typed);
    candidate.append(code.sliced(std::min(code.size(), groupStart + GroupLength)));
    auto typedCode = RecoveryCode::normalise(candidate);
    auto realCode = RecoveryCode::normalise(code);
    SecureBuffer::wipe(candidate);
    SecureBuffer::wipe(typed);
    if (!typedCode || !realCode || !typedCode->equals(*realCode)) {
        showError(m_confirmError,
                  tr("That is not group %1 of the recovery code. Go Back to see the code again.")
                      .arg(m_draft->confirmationGroup));
        m_confirmCodeEdit->selectAll();
        m_confirmCodeEdit->setFocus();
        return false;
    }
    startCreation();
    return false; // finishCreation() accepts the wizard once the store exists
}

void ConfirmRecoveryCodePage::setBusy(bool busy)
{
    if (QWizard* owner = wizard()) {
        for (auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton }) {
            if (QAbstractButton* b = owner->button(which))
                b->setEnabled(!busy);
        }
    }
    m_confirmCodeEdit->setEnabled(!busy);
    m_creationProgress->setVisible(busy);
}

void ConfirmRecoveryCodePage::startCreation()
{
    const QString path = m_draft->path;
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        showError(m_confirmError, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
        return;
    }
    // The worker gets its own copies: a failure keeps the draft's for another attempt.
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(m_draft->passphrase.view()));
    auto code = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(m_draft->recoveryCode.view()));
    const Scrypt::Parameters kdf = m_draft->kdf;
    m_creator.run(
        [path, passphrase, code, kdf](const LatestResultRunner::Job&) {
            Result<Store> result = Store::create(path, passphrase->view(), *code, kdf);
            passphrase->clear();
            code->clear();
            return result;
        },
        [this](Result<Store>&& result) { finishCreation(std::move(result)); });
    m_creationStatus->setText(tr("Creating the store and deriving its keys… this takes a few seconds."));
    setBusy(true);
}

void ConfirmRecoveryCodePage::finishCreation(Result<Store>&& result)
{
    setBusy(false);
    if (!result.ok()) {
        m_creationStatus->clear();
        showError(m_confirmError, tr("The store could not be created: %1").arg(result.error().message()));
        return;
    }
    m_draft->createdStore = std::move(result).value();
    m_draft->passphrase.clear();
    m_draft->recoveryCode.clear();
    m_creationStatus->setText(tr("The store is ready."));
    Q_EMIT storeCreated();
    if (QWizard* owner = wizard())
        owner->accept();
}

} // namespace custodian
