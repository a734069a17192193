#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace custodian {

// Picks an existing store file; refuses a missing file, a folder, and a store without its keyring beside it.
class OpenStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OpenStorePage(QWidget* parent = nullptr);

    // The absolute path of the store chosen, once the page was accepted.
    [[nodiscard]] QString chosenPath() const { return m_chosenPath; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    QLineEdit* m_openEdit;
    QLabel* m_openError;
    QString m_chosenPath;
};

} // namespace custodian
