#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace custodian {

// The setup wizard's first page: create a new store or open an existing one (and, when the console was pointed
// at a store that is not there, says so).
class ChooseStorePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChooseStorePage(QWidget* parent = nullptr);

    void setMissingStorePath(const QString& absolutePath);
    [[nodiscard]] int nextId() const override;

private:
    QLabel* m_missingNote;
    QRadioButton* m_createRadio;
    QRadioButton* m_openRadio;
};

} // namespace custodian
