#include "ui/setup/StoreSetupWizard.h"

#include "crypto/PassphraseStrength.h"
#include "crypto/RecoveryCode.h"
#include "ui/widgets/ConcealedClipboard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace custodian {

namespace {
constexpr int Groups = 5;
constexpr int GroupLength = RecoveryCode::Characters / Groups;

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Secondary text: the window text colour, faded, so that it reads in light and dark palettes alike (a disabled
// label is too faint to read).
void mute(QLabel* label)
{
    QPalette palette = label->palette();
    QColor colour = palette.color(QPalette::WindowText);
    colour.setAlphaF(0.68f);
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString chunkColour(PassphraseStrength::Rating rating)
{
    switch (rating) {
    case PassphraseStrength::Rating::Empty:
    case PassphraseStrength::Rating::VeryWeak:
        return QStringLiteral("#b3261e");
    case PassphraseStrength::Rating::Weak:
        return QStringLiteral("#e8710a");
    case PassphraseStrength::Rating::Fair:
        return QStringLiteral("#c69000");
    case PassphraseStrength::Rating::Strong:
        return QStringLiteral("#188038");
    case PassphraseStrength::Rating::VeryStrong:
        return QStringLiteral("#0b5d2a");
    }
    return {};
}

// The nearest directory of `path` that exists: where the store's folders would be created.
QFileInfo nearestExistingDirectory(const QString& path)
{
    QString directory = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(directory) && !QDir(directory).isRoot())
        directory = QFileInfo(directory).absolutePath(); // the parent, existing or not (QDir::cdUp needs it to)
    return QFileInfo(directory);
}

// A page whose Next or Finish button is enabled while `complete` says so (QWizard's own mandatory fields are
// only for QWizardPage subclasses).
class WizardPage : public QWizardPage
{
public:
    WizardPage(std::function<bool()> complete, QWidget* parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {
    }
    [[nodiscard]] bool isComplete() const override { return m_complete(); }
    void watch(QLineEdit* edit) { connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged); }

private:
    std::function<bool()> m_complete;
};

// Page titles a little larger than the header's bold default, which reads cramped next to the logo.
QString heading(const QString& title)
{
    return QStringLiteral("<span style=\"font-size: large; font-weight: 600;\">%1</span>").arg(title.toHtmlEscaped());
}

QString expandHome(const QString& path)
{
    const QString trimmed = path.trimmed();
    if (trimmed == QLatin1String("~") || trimmed.startsWith(QLatin1String("~/")))
        return QDir::homePath() + trimmed.mid(1);
    return trimmed;
}
} // namespace

StoreSetupWizard::StoreSetupWizard(Start start, const Scrypt::Parameters& kdf, QWidget* parent)
    : QWizard(parent)
    , m_kdf(kdf)
    , m_clipboard(new ConcealedClipboard(this))
    , m_confirmationGroup(int(QRandomGenerator::global()->bounded(1, Groups + 1)))
{
    setObjectName(QStringLiteral("storeSetupWizard"));
    setWindowTitle(tr("Set up Custodian"));
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText);
    setOptions(QWizard::NoBackButtonOnStartPage);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setPage(ChoosePage, createChoosePage());
    setPage(LocationPage, createLocationPage());
    setPage(PassphrasePage, createPassphrasePage());
    setPage(RecoveryCodePage, createRecoveryCodePage());
    setPage(ConfirmCodePage, createConfirmCodePage());
    setPage(OpenPage, createOpenPage());
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
    m_missingPath = QFileInfo(path).absoluteFilePath();
    m_missingNote->setText(tr("There is no store at %1.").arg(QDir::toNativeSeparators(m_missingPath)));
    m_missingNote->show();
    m_locationEdit->setText(QDir::toNativeSeparators(m_missingPath));
}

std::optional<Store> StoreSetupWizard::takeCreatedStore()
{
    std::optional<Store> store = std::move(m_createdStore);
    m_createdStore.reset();
    return store;
}

QWizardPage* StoreSetupWizard::createChoosePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(heading(tr("Welcome to Custodian")));
    page->setSubTitle(tr("Custodian keeps access logs, role assignments, training records and incidents in an "
                         "encrypted store on this computer."));
    m_missingNote = new QLabel(page);
    m_missingNote->setObjectName(QStringLiteral("missingStoreNote"));
    m_missingNote->setWordWrap(true);
    m_missingNote->hide();
    m_createRadio = new QRadioButton(tr("&Create a new store"), page);
    m_createRadio->setObjectName(QStringLiteral("createRadio"));
    m_createRadio->setChecked(true);
    m_openRadio = new QRadioButton(tr("&Open an existing store"), page);
    m_openRadio->setObjectName(QStringLiteral("openRadio"));
    auto indented = [page](const QString& text) {
        auto* label = explanation(text, page);
        label->setContentsMargins(24, 0, 0, 8);
        mute(label);
        return label;
    };

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_missingNote);
    layout->addSpacing(8);
    layout->addWidget(m_createRadio);
    layout->addWidget(indented(tr("Choose where it goes and a passphrase. You get a recovery code for your data "
                                  "protection officer.")));
    layout->addWidget(m_openRadio);
    layout->addWidget(indented(tr("A store file (.custodian) with its keyring (.custodian.keyring) beside it, "
                                  "created earlier or copied from elsewhere.")));
    layout->addStretch(1);
    return page;
}

QWizardPage* StoreSetupWizard::createLocationPage()
{
    auto* page = new WizardPage([this]() { return !m_locationEdit->text().trimmed().isEmpty(); }, this);
    page->setTitle(heading(tr("Where to keep the store")));
    page->setSubTitle(tr("The store file and its keyring are created side by side. Back up both: neither opens "
                         "without the other."));
    m_locationEdit = new QLineEdit(QDir::toNativeSeparators(defaultStorePath()), page);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_locationEdit->setAccessibleName(tr("Store file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("locationBrowseButton"));
    m_locationError = errorLabel(QStringLiteral("locationError"), page);
    auto* keyringNote = explanation(QString(), page);
    mute(keyringNote);
    auto updateNote = [this, keyringNote]() {
        const QString path = expandHome(m_locationEdit->text());
        keyringNote->setText(
            path.isEmpty() ? QString()
                           : tr("Keyring: %1")
                                 .arg(QDir::toNativeSeparators(QFileInfo(Keyring::pathFor(path)).absoluteFilePath())));
        showError(m_locationError, QString());
    };
    connect(m_locationEdit, &QLineEdit::textChanged, page, updateNote);
    updateNote();
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString chosen = browseForNewStore();
        if (!chosen.isEmpty())
            m_locationEdit->setText(QDir::toNativeSeparators(chosen));
    });
    page->watch(m_locationEdit);

    auto* row = new QHBoxLayout;
    row->addWidget(m_locationEdit, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Store file:"), page);
    label->setBuddy(m_locationEdit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(keyringNote);
    layout->addWidget(m_locationError);
    layout->addStretch(1);
    return page;
}

QWizardPage* StoreSetupWizard::createPassphrasePage()
{
    auto* page = new WizardPage(
        [this]() { return !m_passphraseEdit->text().isEmpty() && !m_confirmEdit->text().isEmpty(); }, this);
    page->setTitle(heading(tr("Choose a passphrase")));
    page->setSubTitle(tr("It protects the store's key. Several unrelated words are strong and easy to type; "
                         "nobody can reset a forgotten passphrase — only the recovery code opens the store then."));
    m_passphraseEdit = new QLineEdit(page);
    m_passphraseEdit->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_confirmEdit = new QLineEdit(page);
    m_confirmEdit->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setAccessibleName(tr("Passphrase again"));
    m_showPassphrase = new QCheckBox(tr("S&how the passphrase"), page);
    m_showPassphrase->setObjectName(QStringLiteral("showPassphraseCheck"));
    m_strengthBar = new QProgressBar(page);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setFixedHeight(10);
    m_strengthBar->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel = new QLabel(page);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setTextFormat(Qt::RichText);
    m_strengthLabel->setWordWrap(true);
    m_passphraseError = errorLabel(QStringLiteral("passphraseError"), page);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &StoreSetupWizard::updateStrength);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this]() { showError(m_passphraseError, QString()); });
    connect(m_showPassphrase, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphraseEdit->setEchoMode(mode);
        m_confirmEdit->setEchoMode(mode);
    });
    page->watch(m_passphraseEdit);
    page->watch(m_confirmEdit);

    auto* form = new QGridLayout;
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), page);
    passphraseLabel->setBuddy(m_passphraseEdit);
    auto* confirmLabel = new QLabel(tr("&Again:"), page);
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
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_passphraseError);
    layout->addStretch(1);
    updateStrength();
    return page;
}

QWizardPage* StoreSetupWizard::createRecoveryCodePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(heading(tr("Your recovery code")));
    page->setSubTitle(tr("The only way into the store if the passphrase is lost. It is shown only now."));
    m_codeLabel = new QLabel(page);
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
    m_codeLabel->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; "
                       "padding: 12px; }"));
    m_codeLabel->setAccessibleName(tr("Recovery code"));
    auto* copy = new QPushButton(tr("&Copy"), page);
    copy->setObjectName(QStringLiteral("copyRecoveryCodeButton"));
    copy->setToolTip(tr("Copies the code for a password manager; the clipboard is cleared after %n seconds.", nullptr,
                        m_clipboard->clearInterval() / 1000));
    m_copyStatus = new QLabel(page);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));
    mute(m_copyStatus);
    connect(copy, &QPushButton::clicked, this, &StoreSetupWizard::copyRecoveryCode);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyStatus, 1);
    copyRow->addWidget(copy);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_codeLabel);
    layout->addLayout(copyRow);
    layout->addSpacing(8);
    layout->addWidget(explanation(
        tr("Write it down or keep it in a password manager, and hand it to your data protection officer. Keep it "
           "apart from this computer: anyone who has the code and the store file can open the store."),
        page));
    layout->addWidget(explanation(tr("Typing is forgiving: case, spaces and dashes do not matter."), page));
    layout->addStretch(1);
    return page;
}

QWizardPage* StoreSetupWizard::createConfirmCodePage()
{
    auto* page = new WizardPage([this]() { return !m_confirmCodeEdit->text().trimmed().isEmpty(); }, this);
    page->setTitle(heading(tr("Confirm the recovery code")));
    page->setSubTitle(tr("To make sure the code was stored, type one group of it. The store is created after "
                         "that."));
    page->setButtonText(QWizard::FinishButton, tr("&Create store"));
    m_confirmPrompt = new QLabel(page);
    m_confirmPrompt->setObjectName(QStringLiteral("recoveryConfirmPrompt"));
    m_confirmPrompt->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_confirmPattern = new QLabel(page);
    m_confirmPattern->setObjectName(QStringLiteral("recoveryConfirmPattern"));
    m_confirmPattern->setFont(mono);
    m_confirmPattern->setTextFormat(Qt::RichText);
    m_confirmCodeEdit = new QLineEdit(page);
    m_confirmCodeEdit->setObjectName(QStringLiteral("recoveryConfirmEdit"));
    m_confirmCodeEdit->setFont(mono);
    m_confirmCodeEdit->setMaxLength(GroupLength + 4); // room for stray spaces or dashes
    m_confirmCodeEdit->setMaximumWidth(QFontMetrics(mono).horizontalAdvance(QLatin1Char('W')) * (GroupLength + 4));
    m_confirmCodeEdit->setAccessibleName(tr("Group of the recovery code"));
    m_confirmError = errorLabel(QStringLiteral("recoveryConfirmError"), page);
    m_creationProgress = new QProgressBar(page);
    m_creationProgress->setObjectName(QStringLiteral("creationProgress"));
    m_creationProgress->setRange(0, 0); // key derivation reports no progress: a busy indicator
    m_creationProgress->setTextVisible(false);
    m_creationProgress->hide();
    m_creationStatus = new QLabel(page);
    m_creationStatus->setObjectName(QStringLiteral("creationStatus"));
    m_creationStatus->setWordWrap(true);
    connect(m_confirmCodeEdit, &QLineEdit::textChanged, this, [this]() { showError(m_confirmError, QString()); });
    page->watch(m_confirmCodeEdit);

    auto* row = new QHBoxLayout;
    row->addWidget(m_confirmPattern);
    row->addSpacing(16);
    row->addWidget(m_confirmCodeEdit);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmPrompt);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_confirmError);
    layout->addStretch(1);
    layout->addWidget(m_creationStatus);
    layout->addWidget(m_creationProgress);
    return page;
}

QWizardPage* StoreSetupWizard::createOpenPage()
{
    auto* page = new WizardPage([this]() { return !m_openEdit->text().trimmed().isEmpty(); }, this);
    page->setTitle(heading(tr("Open an existing store")));
    page->setSubTitle(tr("Choose the store file. Its keyring must be beside it, with the same name and "
                         "\".keyring\" added."));
    page->setButtonText(QWizard::FinishButton, tr("&Open"));
    m_openEdit = new QLineEdit(page);
    m_openEdit->setObjectName(QStringLiteral("openPathEdit"));
    m_openEdit->setAccessibleName(tr("Store file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("openBrowseButton"));
    m_openError = errorLabel(QStringLiteral("openPathError"), page);
    connect(m_openEdit, &QLineEdit::textChanged, this, [this]() { showError(m_openError, QString()); });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString start = m_openEdit->text().isEmpty() ? QFileInfo(defaultStorePath()).absolutePath()
                                                           : QFileInfo(expandHome(m_openEdit->text())).absolutePath();
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a Custodian store"), start,
                                                            tr("Custodian stores (*.custodian);;All files (*)"));
        if (!chosen.isEmpty())
            m_openEdit->setText(QDir::toNativeSeparators(chosen));
    });
    page->watch(m_openEdit);

    auto* row = new QHBoxLayout;
    row->addWidget(m_openEdit, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Store file:"), page);
    label->setBuddy(m_openEdit);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_openError);
    layout->addStretch(1);
    return page;
}

int StoreSetupWizard::nextId() const
{
    switch (currentId()) {
    case ChoosePage:
        return m_openRadio->isChecked() ? OpenPage : LocationPage;
    case LocationPage:
        return PassphrasePage;
    case PassphrasePage:
        return RecoveryCodePage;
    case RecoveryCodePage:
        return ConfirmCodePage;
    default:
        return -1;
    }
}

void StoreSetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case PassphrasePage:
        showError(m_passphraseError, QString());
        m_passphraseEdit->setFocus();
        break;
    case RecoveryCodePage:
        // One code per wizard: going back and forth shows the same code, so what was written down stays valid.
        if (m_recoveryCode.isEmpty())
            m_recoveryCode = RecoveryCode::generate();
        m_codeLabel->setText(QString::fromLatin1(m_recoveryCode.view()));
        break;
    case ConfirmCodePage: {
        // The asked group in the highlight colour, the others as dots in a faded one.
        const QString asked = palette().color(QPalette::Highlight).name();
        const QString other = palette().color(QPalette::Mid).name();
        QStringList groups;
        for (int i = 1; i <= Groups; ++i) {
            groups << QStringLiteral("<span style=\"color: %1;\">%2</span>")
                          .arg(i == m_confirmationGroup ? asked : other,
                               QString(GroupLength, i == m_confirmationGroup ? QLatin1Char('?') : QChar(0x2022)));
        }
        m_confirmPattern->setText(
            QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(other, groups.join(QLatin1Char('-'))));
        m_confirmPrompt->setText(tr("Type group %1 of %2 of the recovery code — the one marked with question marks:")
                                     .arg(m_confirmationGroup)
                                     .arg(Groups));
        m_confirmCodeEdit->clear();
        showError(m_confirmError, QString());
        m_creationStatus->clear();
        m_confirmCodeEdit->setFocus();
        break;
    }
    case OpenPage:
        m_openEdit->setFocus();
        break;
    default:
        break;
    }
}

bool StoreSetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case LocationPage:
        return validateLocation();
    case PassphrasePage:
        return validatePassphrase();
    case ConfirmCodePage:
        return validateConfirmation();
    case OpenPage:
        return validateOpenPath();
    default:
        return QWizard::validateCurrentPage();
    }
}

bool StoreSetupWizard::validateLocation()
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
    m_newStorePath = path;
    showError(m_locationError, QString());
    return true;
}

void StoreSetupWizard::updateStrength()
{
    showError(m_passphraseError, QString());
    QByteArray utf8 = m_passphraseEdit->text().toUtf8();
    const PassphraseStrength::Estimate estimate = PassphraseStrength::estimate(utf8, guessableWords());
    SecureBuffer::wipe(utf8);
    m_strengthBar->setValue(std::min(100, int(std::lround(estimate.bits))));
    m_strengthBar->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }"
                       "QProgressBar::chunk { background: %1; border-radius: 3px; }")
            .arg(chunkColour(estimate.rating)));
    if (estimate.rating == PassphraseStrength::Rating::Empty) {
        m_strengthLabel->setText(tr("Strength: at least %1 bits are needed.").arg(PassphraseStrength::MinimumBits));
        return;
    }
    QString text = tr("Strength: %1 (about %2 bits; at least %3 are needed)")
                       .arg(QStringLiteral("<b style=\"color: %1;\">%2</b>")
                                .arg(chunkColour(estimate.rating),
                                     PassphraseStrength::ratingName(estimate.rating).toHtmlEscaped()))
                       .arg(int(std::floor(estimate.bits)))
                       .arg(PassphraseStrength::MinimumBits);
    if (!estimate.acceptable() && !estimate.weaknesses.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Easy to guess: %1.").arg(estimate.weaknesses.join(QStringLiteral(", "))).toHtmlEscaped();
    m_strengthLabel->setText(text);
}

QStringList StoreSetupWizard::guessableWords() const
{
    QStringList words { QStringLiteral("custodian"), qEnvironmentVariable("USER") };
    const QString path = expandHome(m_locationEdit->text());
    if (!path.isEmpty())
        words << QFileInfo(path).completeBaseName();
    return words;
}

bool StoreSetupWizard::validatePassphrase()
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
        m_passphrase = SecureBuffer::copyOf(utf8);
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

void StoreSetupWizard::copyRecoveryCode()
{
    // Concealed from clipboard histories, and gone after the countdown or when the wizard closes.
    m_clipboard->copy(QString::fromLatin1(m_recoveryCode.view()));
    m_copyStatus->setText(tr("Copied. The clipboard is cleared in %n seconds or when this wizard closes.", nullptr,
                             m_clipboard->clearInterval() / 1000));
}

bool StoreSetupWizard::validateConfirmation()
{
    if (m_createdStore)
        return true; // the creation finished: accept() asks once more
    if (isCreating())
        return false;
    // Put the typed group into the real code and let RecoveryCode normalise both: the same forgiving rules
    // (case, O/0, I/L/1, spaces, dashes) as when the code is used.
    QByteArray typed = m_confirmCodeEdit->text().toLatin1();
    const QByteArrayView code = m_recoveryCode.view();
    QByteArray candidate;
    const qsizetype groupStart = qsizetype(m_confirmationGroup - 1) * (GroupLength + 1);
    candidate.append(code.first(groupStart));
    candidate.append(typed);
    candidate.append(code.sliced(std::min(code.size(), groupStart + GroupLength)));
    auto typedCode = RecoveryCode::normalise(candidate);
    auto realCode = RecoveryCode::normalise(code);
    SecureBuffer::wipe(candidate);
    SecureBuffer::wipe(typed);
    if (!typedCode || !realCode || !typedCode->equals(*realCode)) {
        showError(
            m_confirmError,
            tr("That is not group %1 of the recovery code. Go Back to see the code again.").arg(m_confirmationGroup));
        m_confirmCodeEdit->selectAll();
        m_confirmCodeEdit->setFocus();
        return false;
    }
    startCreation();
    return false; // finishCreation() accepts the wizard once the store exists
}

bool StoreSetupWizard::validateOpenPath()
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
    m_resultPath = info.absoluteFilePath();
    return true;
}

void StoreSetupWizard::setBusy(bool busy)
{
    for (auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton }) {
        if (QAbstractButton* b = button(which))
            b->setEnabled(!busy);
    }
    m_confirmCodeEdit->setEnabled(!busy);
    m_creationProgress->setVisible(busy);
}

void StoreSetupWizard::startCreation()
{
    const QString path = m_newStorePath;
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        showError(m_confirmError, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
        return;
    }
    // The worker gets its own copies: a failure keeps the wizard's for another attempt.
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(m_passphrase.view()));
    auto code = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(m_recoveryCode.view()));
    const Scrypt::Parameters kdf = m_kdf;
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

void StoreSetupWizard::finishCreation(Result<Store>&& result)
{
    setBusy(false);
    if (!result.ok()) {
        m_creationStatus->clear();
        showError(m_confirmError, tr("The store could not be created: %1").arg(result.error().message()));
        return;
    }
    m_createdStore = std::move(result).value();
    m_resultPath = m_newStorePath;
    m_passphrase.clear();
    m_recoveryCode.clear();
    m_codeLabel->clear();
    m_creationStatus->setText(tr("The store is ready."));
    accept();
}

void StoreSetupWizard::done(int result)
{
    // Closing the window while the store is being written would leave the user without knowing whether it
    // exists: wait for it (a few seconds).
    if (isCreating())
        return;
    if (result != QDialog::Accepted)
        m_resultPath.clear();
    QWizard::done(result);
}

QString StoreSetupWizard::browseForNewStore()
{
    const QString current = expandHome(m_locationEdit->text());
    QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Custodian store"), current.isEmpty() ? defaultStorePath() : current,
        tr("Custodian stores (*.custodian)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
        chosen += QStringLiteral(".custodian");
    return chosen;
}

} // namespace custodian
