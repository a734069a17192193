#include "ui/setup/OpenStorePage.h"

#include "crypto/Keyring.h"
#include "ui/setup/SetupPageStyle.h"
#include "ui/setup/StoreSetupWizard.h"
#include "ui/widgets/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

using namespace setup;

OpenStorePage::OpenStorePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(heading(tr("Open an existing store")));
    setSubTitle(tr("Choose the store file. Its keyring must be beside it, with the same name and "
                   "\".keyring\" added."));
    setButtonText(QWizard::FinishButton, tr("&Open"));
    m_openEdit = new QLineEdit(this);
    m_openEdit->setObjectName(QStringLiteral("openPathEdit"));
    m_openEdit->setAccessibleName(tr("Store file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("openBrowseButton"));
    m_openError = errorLabel(QStringLiteral("openPathError"), this);
    connect(m_openEdit, &QLineEdit::textChanged, this, [this]() { showError(m_openError, QString()); });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString start = m_openEdit->text().isEmpty()
            ? QFileInfo(StoreSetupWizard::defaultStorePath()).absolutePath()
            : QFileInfo(expandHome(m_openEdit->text())).absolutePath();
        const QString chosen = Dialogs::openFileName(this, tr("Open a Custodian store"), start,
                                                     tr("Custodian stores (*.custodian);;All files (*)"));
        if (!chosen.isEmpty())
            m_openEdit->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_openEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto* row = new QHBoxLayout;
    row->addWidget(m_openEdit, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Store file:"), this);
    label->setBuddy(m_openEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_openError);
    layout->addStretch(1);
}

void OpenStorePage::initializePage()
{
    m_openEdit->setFocus();
}

bool OpenStorePage::isComplete() const
{
    return !m_openEdit->text().trimmed().isEmpty();
}

int OpenStorePage::nextId() const
{
    return -1;
}

bool OpenStorePage::validatePage()
{
    const QString typed = expandHome(m_openEdit->text());
    const QFileInfo info(typed);
    QString problem;
    if (typed.isEmpty())
        problem = tr("Choose the store file.");
    else if (!info.exists())
        problem = tr("There is no file at %1.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    else if (!info.isFile())
        problem = tr("%1 is not a file.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    else if (!QFileInfo::exists(Keyring::pathFor(info.absoluteFilePath())))
        problem = tr("The keyring %1 is missing. A store cannot be opened without the keyring created with it.")
                      .arg(QDir::toNativeSeparators(Keyring::pathFor(info.absoluteFilePath())));
    showError(m_openError, problem);
    if (!problem.isEmpty())
        return false;
    m_chosenPath = info.absoluteFilePath();
    return true;
}

} // namespace custodian
