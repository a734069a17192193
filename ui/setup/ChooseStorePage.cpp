#include "ui/setup/ChooseStorePage.h"

#include "ui/setup/SetupPageStyle.h"
#include "ui/setup/StoreSetupWizard.h"

#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace custodian {

using namespace setup;

ChooseStorePage::ChooseStorePage(QWidget* parent)
    : QWizardPage(parent)
    , m_missingNote(new QLabel(this))
    , m_createRadio(new QRadioButton(tr("&Create a new store"), this))
    , m_openRadio(new QRadioButton(tr("&Open an existing store"), this))
{
    setTitle(heading(tr("Welcome to Custodian")));
    setSubTitle(tr("Custodian keeps access logs, role assignments, training records and incidents in an "
                   "encrypted store on this computer."));
    m_missingNote->setObjectName(QStringLiteral("missingStoreNote"));
    m_missingNote->setWordWrap(true);
    m_missingNote->hide();
    m_createRadio->setObjectName(QStringLiteral("createRadio"));
    m_createRadio->setChecked(true);
    m_openRadio->setObjectName(QStringLiteral("openRadio"));
    auto indented = [this](const QString& text) {
        auto* label = explanation(text, this);
        label->setContentsMargins(24, 0, 0, 8);
        mute(label);
        return label;
    };

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_missingNote);
    layout->addSpacing(8);
    layout->addWidget(m_createRadio);
    layout->addWidget(indented(tr("Choose where it goes and a passphrase. You get a recovery code for your data "
                                  "protection officer.")));
    layout->addWidget(m_openRadio);
    layout->addWidget(indented(tr("A store file (.custodian) with its keyring (.custodian.keyring) beside it, "
                                  "created earlier or copied from elsewhere.")));
    layout->addStretch(1);
}

void ChooseStorePage::setMissingStorePath(const QString& absolutePath)
{
    m_missingNote->setText(tr("There is no store at %1.").arg(QDir::toNativeSeparators(absolutePath)));
    m_missingNote->show();
}

int ChooseStorePage::nextId() const
{
    return m_openRadio->isChecked() ? StoreSetupWizard::OpenPage : StoreSetupWizard::LocationPage;
}

} // namespace custodian
