#include "ui/setup/StoreLocationPage.h"

#include "crypto/Keyring.h"
#include "ui/setup/NewStoreDraft.h"
#include "ui/setup/SetupPageStyle.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/widgets/Dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

using namespace setup;

namespace {
// The nearest directory of `path` that exists: where the store's folders would be created.
QFileInfo nearestExistingDirectory(const QString& path)
{
    QString directory = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(directory) && !QDir(directory).isRoot())
        directory = QFileInfo(directory).absolutePath(); // the parent, existing or not (QDir::cdUp needs it to)
    return QFileInfo(directory);
}
} // namespace

StoreLocationPage::StoreLocationPage(NewStoreDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setTitle(heading(tr("Where to keep the store")));
    setSubTitle(tr("The store file and its keyring are created side by side. Back up both: neither opens "
                   "without the other."));
    m_locationEdit = new QLineEdit(QDir::toNativeSeparators(StoreSetupWizard::defaultStorePath()), this);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_locationEdit->setAccessibleName(tr("Store file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("locationBrowseButton"));
    m_locationError = errorLabel(QStringLiteral("locationError"), this);
    auto* keyringNote = explanation(QString(), this);
    mute(keyringNote);
    auto updateNote = [this, keyringNote]() {
        const QString path = expandHome(m_locationEdit->text());
        keyringNote->setText(
            path.isEmpty() ? QString()
                           : tr("Keyring: %1")
                                 .arg(QDir::toNativeSeparators(QFileInfo(Keyring::pathFor(path)).absoluteFilePath())));
        showError(m_locationError, QString());
    };
    connect(m_locationEdit, &QLineEdit::textChanged, this, updateNote);
    updateNote();
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString chosen = browseForNewStore();
        if (!chosen.isEmpty())
            m_locationEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_locationEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    registerField(QStringLiteral("storeLocation"), m_locationEdit);

    auto* row = new QHBoxLayout;
    row->addWidget(m_locationEdit, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Store file:"), this);
    label->setBuddy(m_locationEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(keyringNote);
    layout->addWidget(m_locationError);
    layout->addStretch(1);
}

void StoreLocationPage::setPath(const QString& path)
{
    m_locationEdit->setText(QDir::toNativeSeparators(path));
}

bool StoreLocationPage::isComplete() const
{
    return !m_locationEdit->text().trimmed().isEmpty();
}

int StoreLocationPage::nextId() const
{
    return StoreSetupWizard::PassphrasePage;
}

bool StoreLocationPage::validatePage()
{
    QString path = expandHome(m_locationEdit->text());
    if (path.isEmpty()) {
        showError(m_locationError, tr("Enter where the store file goes."));
        return false;
    }
    const QFileInfo info(path);
    path = info.absoluteFilePath();
    if (info.isDir()) {
        showError(m_locationError,
                  tr("%1 is a folder. Add a file name, e.g. %2.")
                      .arg(QDir::toNativeSeparators(path),
                           QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("store.custodian")))));
        return false;
    }
    if (info.exists()) {
        showError(m_locationError,
                  tr("A file already exists at %1. Custodian never overwrites a store: choose "
                     "another name, or go Back and open the existing store.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (QFileInfo::exists(Keyring::pathFor(path))) {
        showError(m_locationError,
                  tr("A keyring already exists at %1 although its store is missing. Choose "
                     "another name; the old keyring may still be needed.")
                      .arg(QDir::toNativeSeparators(Keyring::pathFor(path))));
        return false;
    }
    const QFileInfo existing = nearestExistingDirectory(path);
    if (!existing.isDir() || !existing.isWritable()) {
        showError(m_locationError,
                  tr("Cannot create files in %1: choose a folder you can write to.")
                      .arg(QDir::toNativeSeparators(existing.absoluteFilePath())));
        return false;
    }
    m_draft->path = path;
    showError(m_locationError, QString());
    return true;
}

QString StoreLocationPage::browseForNewStore()
{
    const QString current = expandHome(m_locationEdit->text());
    QString chosen = Dialogs::saveFileName(this, tr("New Custodian store"),
                                           current.isEmpty() ? StoreSetupWizard::defaultStorePath() : current,
                                           tr("Custodian stores (*.custodian)"), QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".custodian");
    return chosen;
}

} // namespace custodian
