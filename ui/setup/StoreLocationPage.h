#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace custodian {

struct NewStoreDraft;

// Where the new store goes: a file path (default AppDataLocation/store.custodian) with its keyring beside it.
// Refuses a folder, an existing store or keyring (a store is never overwritten) and a place that cannot be written.
// Registers the field "storeLocation" (what is typed), which the passphrase page counts as guessable.
class StoreLocationPage : public QWizardPage
{
    Q_OBJECT
public:
    StoreLocationPage(NewStoreDraft* draft, QWidget* parent = nullptr);

    void setPath(const QString& path);
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    QString browseForNewStore();

    NewStoreDraft* m_draft;
    QLineEdit* m_locationEdit;
    QLabel* m_locationError;
};

} // namespace custodian
