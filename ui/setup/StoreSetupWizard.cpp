#include "ui/setup/StoreSetupWizard.h"

#include "ui/setup/ChooseStorePage.h"
#include "ui/setup/ConfirmRecoveryCodePage.h"
#include "ui/setup/NewPassphrasePage.h"
#include "ui/setup/OpenStorePage.h"
#include "ui/setup/ShowRecoveryCodePage.h"
#include "ui/setup/StoreLocationPage.h"
#include "ui/widgets/ConcealedClipboard.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace custodian {

StoreSetupWizard::StoreSetupWizard(Start start, const Scrypt::Parameters& kdf, QWidget* parent)
    : QWizard(parent)
    , m_clipboard(new ConcealedClipboard(this))
{
    m_draft.kdf = kdf;
    m_draft.confirmationGroup = int(QRandomGenerator::global()->bounded(1, ConfirmRecoveryCodePage::Groups + 1));
    setObjectName(QStringLiteral("storeSetupWizard"));
    setWindowTitle(tr("Set up Custodian"));
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText);
    setOptions(QWizard::NoBackButtonOnStartPage);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    m_choosePage = new ChooseStorePage(this);
    m_locationPage = new StoreLocationPage(&m_draft, this);
    m_passphrasePage = new NewPassphrasePage(&m_draft, this);
    m_recoveryCodePage = new ShowRecoveryCodePage(&m_draft, m_clipboard, this);
    m_confirmPage = new ConfirmRecoveryCodePage(&m_draft, this);
    m_openPage = new OpenStorePage(this);
    setPage(ChoosePage, m_choosePage);
    setPage(LocationPage, m_locationPage);
    setPage(PassphrasePage, m_passphrasePage);
    setPage(RecoveryCodePage, m_recoveryCodePage);
    setPage(ConfirmCodePage, m_confirmPage);
    setPage(OpenPage, m_openPage);
    connect(m_confirmPage, &ConfirmRecoveryCodePage::storeCreated, m_recoveryCodePage,
            &ShowRecoveryCodePage::forgetCode);
    setStartId(start == Start::OpenExisting ? OpenPage : ChoosePage);
    setMinimumSize(640, 460);
}

StoreSetupWizard::~StoreSetupWizard()
{
    // done() keeps the wizard open while a store is being created; a creation still running when the wizard goes
    // anyway (the application quits) ends on its own, wiping its copies of the secrets and closing the new store.
}

QString StoreSetupWizard::defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("store.custodian"));
}

void StoreSetupWizard::setMissingStorePath(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_choosePage->setMissingStorePath(absolute);
    m_locationPage->setPath(absolute);
}

std::optional<Store> StoreSetupWizard::takeCreatedStore()
{
    std::optional<Store> store = std::move(m_draft.createdStore);
    m_draft.createdStore.reset();
    return store;
}

bool StoreSetupWizard::isCreating() const
{
    return m_confirmPage->isCreating();
}

void StoreSetupWizard::done(int result)
{
    // Closing the window while the store is being written would leave the user without knowing whether it
    // exists: wait for it (a few seconds).
    if (isCreating())
        return;
    // QWizard::done() validates the current page before it accepts (the open page learns its path there); a page
    // that refuses leaves the result as it was.
    QWizard::done(result);
    if (this->result() == QDialog::Accepted)
        m_resultPath = m_draft.createdStore ? m_draft.path : m_openPage->chosenPath();
    else
        m_resultPath.clear();
}

} // namespace custodian
