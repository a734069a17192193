#pragma once

#include <QWizardPage>

class QLabel;

namespace custodian {

class ConcealedClipboard;
struct NewStoreDraft;

// Shows the new store's recovery code, once: one code per wizard (going back and forth shows the same one, so what
// was written down stays valid), with a Copy that marks the clipboard concealed and clears it.
class ShowRecoveryCodePage : public QWizardPage
{
    Q_OBJECT
public:
    ShowRecoveryCodePage(NewStoreDraft* draft, ConcealedClipboard* clipboard, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;
    // The store exists: the code is not shown any more.
    void forgetCode();

private:
    void copyRecoveryCode();

    NewStoreDraft* m_draft;
    ConcealedClipboard* m_clipboard;
    QLabel* m_codeLabel;
    QLabel* m_copyStatus;
};

} // namespace custodian
