#pragma once

#include "crypto/Scrypt.h"
#include "store/Store.h"
#include "ui/setup/NewStoreDraft.h"

#include <QWizard>

#include <optional>

namespace custodian {

class ChooseStorePage;
class ConcealedClipboard;
class ConfirmRecoveryCodePage;
class NewPassphrasePage;
class OpenStorePage;
class ShowRecoveryCodePage;
class StoreLocationPage;

// The first-run wizard: creates a new store (location, passphrase with a zxcvbn strength estimate, the
// recovery code shown once and confirmed by re-typing one group of it) or picks an existing one. The store is
// created only at the very end, after the recovery code was confirmed, on a worker thread (scrypt runs for the
// passphrase and the recovery slot, a few seconds): cancelling earlier leaves nothing on disk, and the window
// never freezes. One class per page (ui/setup/*Page); what they collect for a new store is a NewStoreDraft.
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
    [[nodiscard]] bool isCreating() const;
    // Which group (1–5) of the recovery code the confirmation page asks for.
    [[nodiscard]] int confirmationGroup() const { return m_draft.confirmationGroup; }

protected:
    void done(int result) override;

private:
    NewStoreDraft m_draft;
    ConcealedClipboard* m_clipboard;
    ChooseStorePage* m_choosePage;
    StoreLocationPage* m_locationPage;
    NewPassphrasePage* m_passphrasePage;
    ShowRecoveryCodePage* m_recoveryCodePage;
    ConfirmRecoveryCodePage* m_confirmPage;
    OpenStorePage* m_openPage;
    QString m_resultPath;
};

} // namespace custodian
