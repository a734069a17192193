#pragma once

#include "rules/AssignmentRules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace custodian {

class Database;

// Grants a role to one agent, or requests it when the role is sensitive: the role (with what it opens and requires),
// the validity window, the justification, and the reason for a separation-of-duties exception where a rule allows
// one. The role list marks each role the agent cannot have over the window, with why (AssignmentRules::eligibility,
// the grant's own rules), and follows the window as it changes. OK runs RoleAssignmentWorkflow::grant, after the
// supervisor confirmed agent, role and dates when the grant is in force at once; a refusal is shown in the dialog,
// which stays open with everything typed, nothing is written, and the refusal goes as soon as an input changes.
class GrantRoleDialog : public QDialog
{
    Q_OBJECT
public:
    GrantRoleDialog(Database& database, qint64 agentId, const QString& agentName, QString actor,
                    QWidget* parent = nullptr);

    [[nodiscard]] qint64 grantedId() const { return m_grantedId; }
    [[nodiscard]] QString outcome() const { return m_outcome; }

    // For tests and keyboard users alike: the fields as a supervisor fills them.
    void setRole(const QString& code);
    void setValidity(qint64 fromMs, std::optional<qint64> untilMs);
    void setJustification(const QString& text);
    void setSodException(const QString& text);
    [[nodiscard]] QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void roleChanged();
    // Something the supervisor typed or chose changed: an earlier refusal no longer speaks about it.
    void clearProblem();
    // The role or the window changed: the refusal goes, and the marks follow the window.
    void choiceChanged();
    // Marks each role the agent cannot have over the window now in the dialog, and says why for the chosen one.
    void updateEligibility();
    [[nodiscard]] AssignmentRules::Request request() const;
    [[nodiscard]] bool confirmImmediateGrant(const AssignmentRules::Request& request,
                                             const AssignmentRules::Verdict& verdict);
    void showProblem(const QString& text);

    Database& m_database;
    qint64 m_agentId;
    QString m_agentName;
    QString m_actor;
    QComboBox* m_role;
    QLabel* m_roleDetails;
    QLabel* m_eligibility;
    QDateTimeEdit* m_from;
    QCheckBox* m_openEnded;
    QDateTimeEdit* m_until;
    QPlainTextEdit* m_justification;
    QPlainTextEdit* m_exception;
    QLabel* m_problem;
    qint64 m_grantedId = 0;
    QString m_outcome;
};

} // namespace custodian
