#pragma once

#include "rules/ReviewWorkflow.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace custodian {

class Database;

// Starts an access-review campaign: its name, what it covers (a team, a site, a role or every sensitive role, with
// how many assignments that is now), the reviewer, the due date, the evidence window and the default decision for
// items nobody decides (with a warning when that is "revoke"). OK runs ReviewWorkflow::create; a refusal is shown in
// the dialog, which stays open with everything typed.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    NewCampaignDialog(Database& database, ReviewWorkflow::Actor actor, QWidget* parent = nullptr);

    [[nodiscard]] qint64 createdId() const { return m_createdId; }

    // For tests and keyboard users: the fields as a supervisor fills them.
    void setName(const QString& name);
    // Chooses the scope kind and the entry whose text starts with `entry` (ignored for sensitive roles).
    bool setScope(ReviewScope scope, const QString& entry = {});
    void setDueInDays(int days);
    void setDefaultDecision(ReviewDecision decision);
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString scopePreview() const;
    [[nodiscard]] QComboBox* reviewerPicker() const { return m_reviewer; }
    [[nodiscard]] bool revokeWarningShown() const;

    void accept() override;

private:
    void offerReviewers();
    void showProblem(const QString& text);
    void scopeKindChanged();
    void updatePreview();
    [[nodiscard]] ReviewScope scope() const;

    Database& m_database;
    ReviewWorkflow::Actor m_actor;
    QLineEdit* m_name;
    QComboBox* m_scopeKind;
    QComboBox* m_scopeEntry;
    QLabel* m_preview;
    QComboBox* m_reviewer;
    QDateEdit* m_due;
    QSpinBox* m_evidenceDays;
    QComboBox* m_default;
    QLabel* m_revokeWarning;
    QLabel* m_problem;
    qint64 m_createdId = 0;
};

} // namespace custodian
