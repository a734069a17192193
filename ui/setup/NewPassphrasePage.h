#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace custodian {

struct NewStoreDraft;

// The new store's passphrase, typed twice, with a zxcvbn-style strength estimate as it is typed (the store's name
// and the login name count as guessable). Once it is accepted the passphrase moves into the draft's SecureBuffer
// and the fields (Qt strings, not wipeable) are emptied.
class NewPassphrasePage : public QWizardPage
{
    Q_OBJECT
public:
    NewPassphrasePage(NewStoreDraft* draft, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    void updateStrength();
    [[nodiscard]] QStringList guessableWords() const;

    NewStoreDraft* m_draft;
    QLineEdit* m_passphraseEdit;
    QLineEdit* m_confirmEdit;
    QCheckBox* m_showPassphrase;
    QProgressBar* m_strengthBar;
    QLabel* m_strengthLabel;
    QLabel* m_passphraseError;
};

} // namespace custodian
