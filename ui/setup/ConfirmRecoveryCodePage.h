#pragma once

#include "domain/Result.h"
#include "store/Store.h"
#include "ui/session/LatestResultRunner.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace custodian {

struct NewStoreDraft;

// The last step of a new store: the supervisor types one group of the recovery code (so it was really kept), and
// only then is the store created — on a worker (scrypt for the passphrase and the recovery slot, a few seconds),
// with the wizard's buttons disabled meanwhile. Accepts the wizard once the store exists; a failure is shown and
// leaves the draft for another attempt.
class ConfirmRecoveryCodePage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int Groups = 5;

    ConfirmRecoveryCodePage(NewStoreDraft* draft, QWidget* parent = nullptr);

    [[nodiscard]] bool isCreating() const { return m_creator.isRunning(); }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

Q_SIGNALS:
    void storeCreated();

private:
    void startCreation();
    void finishCreation(Result<Store>&& result);
    void setBusy(bool busy);

    NewStoreDraft* m_draft;
    QLabel* m_confirmPrompt;
    QLabel* m_confirmPattern;
    QLineEdit* m_confirmCodeEdit;
    QLabel* m_confirmError;
    QProgressBar* m_creationProgress;
    QLabel* m_creationStatus;
    LatestResultRunner m_creator;
};

} // namespace custodian
