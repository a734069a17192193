#include "ui/incidents/IncidentBulkDialog.h"

#include "item/IncidentTerms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace custodian {

IncidentBulkDialog::IncidentBulkDialog(IncidentBulkAction::Kind kind, std::vector<qint64> incidentIds,
                                       const std::vector<ChoiceLists::Choice>& supervisors, QWidget* parent)
    : ActionDialog(parent)
    , m_kind(kind)
    , m_ids(std::move(incidentIds))
    , m_reason(new QPlainTextEdit(this))
{
    const bool assign = kind == IncidentBulkAction::Kind::Assign;
    const int count = int(m_ids.size());
    setObjectName(QStringLiteral("incidentBulkDialog"));
    // Singular apart: without an English translation, a numerus string would read "1 incidents".
    const QString action = assign ? (count == 1 ? tr("Assign 1 incident") : tr("Assign %n incidents", nullptr, count))
                                  : (count == 1 ? tr("Close 1 incident") : tr("Close %n incidents", nullptr, count));
    setWindowTitle(action);
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("incidentBulkIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    // Each on its own: a refusal of one (an open mandatory task) leaves the others to go through, and the page lists
    // it afterwards, so the supervisor is not surprised by a partial result.
    intro->setText((count == 1 ? tr("1 incident selected.") : tr("%n incidents selected.", nullptr, count))
                   + QLatin1Char(' ')
                   + (assign ? tr("Each gets the new owner on its own, with the reason in its timeline and audit; one "
                                  "that cannot be changed is listed afterwards and the others go on.")
                             : tr("Each is closed on its own with the same outcome and summary, and the reason in its "
                                  "timeline and audit; one that cannot be closed (an open mandatory task) is listed "
                                  "afterwards and the others go on.")));
    intro->setMinimumWidth(460);
    form->addRow(intro);
    if (assign) {
        m_owner = new QComboBox(this);
        m_owner->setObjectName(QStringLiteral("incidentBulkOwner"));
        m_owner->setAccessibleName(tr("New owner"));
        for (const ChoiceLists::Choice& supervisor : supervisors)
            m_owner->addItem(supervisor.label, supervisor.id);
        form->addRow(tr("New &owner:"), m_owner);
    } else {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("incidentBulkOutcome"));
        m_outcome->setAccessibleName(tr("Outcome"));
        // No "duplicate": each duplicate names its own original, which is a merge of one incident, not a bulk close.
        for (IncidentOutcome outcome :
             { IncidentOutcome::TruePositiveWithImpact, IncidentOutcome::TruePositiveWithoutImpact,
               IncidentOutcome::FalsePositive, IncidentOutcome::Benign })
            m_outcome->addItem(IncidentTerms::outcome(outcome), int(outcome));
        form->addRow(tr("&Outcome:"), m_outcome);
        m_summary = new QPlainTextEdit(this);
        m_summary->setObjectName(QStringLiteral("incidentBulkSummary"));
        m_summary->setAccessibleName(tr("Summary"));
        m_summary->setTabChangesFocus(true);
        m_summary->setPlaceholderText(tr("What happened, what was done, what was learned"));
        m_summary->setMinimumHeight(70);
        form->addRow(tr("&Summary:"), m_summary);
    }
    m_reason->setObjectName(QStringLiteral("incidentBulkReason"));
    m_reason->setAccessibleName(tr("Reason shared by every incident"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(assign ? tr("e.g. Marta is on leave until the 14th (required)")
                                        : tr("e.g. weekly triage of the awareness campaign's test mails (required)"));
    m_reason->setMinimumHeight(60);
    form->addRow(tr("&Reason:"), m_reason);
    addRefusalAndButtons(form, action, QStringLiteral("incidentBulkOk"));
}

IncidentBulkAction::Request IncidentBulkDialog::request() const
{
    IncidentBulkAction::Request request;
    request.kind = m_kind;
    request.incidentIds = m_ids;
    request.reason = m_reason->toPlainText().trimmed();
    if (m_owner)
        request.ownerId = m_owner->currentData().toLongLong();
    if (m_outcome) {
        request.closing.outcome = IncidentOutcome(m_outcome->currentData().toInt());
        request.closing.summary = m_summary->toPlainText().trimmed();
    }
    return request;
}

void IncidentBulkDialog::setOwner(qint64 supervisorId)
{
    if (m_owner)
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(supervisorId)));
}

void IncidentBulkDialog::setOutcome(IncidentOutcome outcome)
{
    if (m_outcome)
        m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(outcome))));
}

void IncidentBulkDialog::setSummary(const QString& text)
{
    if (m_summary)
        m_summary->setPlainText(text);
}

void IncidentBulkDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

Status IncidentBulkDialog::submit()
{
    // The same check the run makes first, so the dialog and the rule cannot disagree; nothing is written here.
    return IncidentBulkAction::check(request());
}

} // namespace custodian
