#pragma once

#include "crypto/Scrypt.h"
#include "crypto/SecureBuffer.h"
#include "store/Store.h"
#include "ui/session/LatestResultRunner.h"

#include <QPointer>
#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace custodian {

class ConcealedClipboard;

// The first-run wizard: creates a new store (location, passphrase with a zxcvbn strength estimate, the
// recovery code shown once and confirmed by re-typing one group of it) or picks an existing one. The store is
// created only at the very end, after the recovery code was confirmed, on a worker thread (scrypt runs for the
// passphrase and the recovery slot, a few seconds): cancelling earlier leaves nothing on disk, and the window
// never freezes.
class StoreSetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoosePage, LocationPage, PassphrasePage, RecoveryCodePage, ConfirmCodePage, OpenPage };
    enum class Start { Choose, OpenExisting };

    // `kdf` exists for tests (cheap parameters); the console always uses the defaults.
    explicit StoreSetupWizard(Start start = Start::Choose, const Scrypt::Parameters& kdf = Scrypt::defaults(),
                              QWidget* parent = nullptr);
    ~StoreSetupWizard() override;

    // Where a new store goes unless the user says otherwise: AppDataLocation/store.custodian.
    static QString defaultStorePath();
    // Proposes `path` for the new store and says that there is no store there (a --store or remembered path
    // that does not exist).
    void setMissingStorePath(const QString& path);

    // After the wizard was accepted: the absolute path of the store created or chosen.
    [[nodiscard]] QString storePath() const { return m_resultPath; }
    // The store the wizard created, open (its keys in memory) — for StoreSession::adopt. Empty when an existing
    // store was chosen.
    [[nodiscard]] std::optional<Store> takeCreatedStore();
    [[nodiscard]] bool isCreating() const { return m_creator.isRunning(); }
    // Which group (1–5) of the recovery code the confirmation page asks for.
    [[nodiscard]] int confirmationGroup() const { return m_confirmationGroup; }

    [[nodiscard]] int nextId() const override;
    [[nodiscard]] bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    QWizardPage* createChoosePage();
    QWizardPage* createLocationPage();
    QWizardPage* createPassphrasePage();
    QWizardPage* createRecoveryCodePage();
    QWizardPage* createConfirmCodePage();
    QWizardPage* createOpenPage();

    [[nodiscard]] bool validateLocation();
    [[nodiscard]] bool validatePassphrase();
    [[nodiscard]] bool validateConfirmation();
    [[nodiscard]] bool validateOpenPath();
    void updateStrength();
    void copyRecoveryCode();
    void startCreation();
    void finishCreation(Result<Store>&& result);
    void setBusy(bool busy);
    QString browseForNewStore();
    [[nodiscard]] QStringList guessableWords() const;

    Scrypt::Parameters m_kdf;
    ConcealedClipboard* m_clipboard;
    QString m_missingPath;

    QLabel* m_missingNote = nullptr;
    QRadioButton* m_createRadio = nullptr;
    QRadioButton* m_openRadio = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QLabel* m_locationError = nullptr;
    QLineEdit* m_passphraseEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QCheckBox* m_showPassphrase = nullptr;
    QProgressBar* m_strengthBar = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLabel* m_passphraseError = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_copyStatus = nullptr;
    QLabel* m_confirmPrompt = nullptr;
    QLabel* m_confirmPattern = nullptr;
    QLineEdit* m_confirmCodeEdit = nullptr;
    QLabel* m_confirmError = nullptr;
    QProgressBar* m_creationProgress = nullptr;
    QLabel* m_creationStatus = nullptr;
    QLineEdit* m_openEdit = nullptr;
    QLabel* m_openError = nullptr;

    SecureBuffer m_passphrase; // UTF-8, taken from the fields once validated (the fields are cleared then)
    SecureBuffer m_recoveryCode; // formatted with dashes
    int m_confirmationGroup = 5;
    QString m_newStorePath;
    LatestResultRunner m_creator;
    std::optional<Store> m_createdStore;
    QString m_resultPath;
};

} // namespace custodian
