#include "ui/reviews/NewCampaignDialog.h"

#include "domain/Clock.h"
#include "rules/DetectionSettings.h"
#include "store/ChoiceLists.h"
#include "store/ReviewCampaignRepository.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>

namespace custodian {

namespace {
// A picker's (id, label) list; one that cannot be read leaves the picker empty rather than half-filled.
void fillCombo(QComboBox* combo, const Result<std::vector<ChoiceLists::Choice>>& choices)
{
    combo->clear();
    if (!choices)
        return;
    for (const auto& choice : *choices)
        combo->addItem(choice.label, choice.id);
}
} // namespace

NewCampaignDialog::NewCampaignDialog(Database& database, ReviewWorkflow::Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(std::move(actor))
    , m_name(new QLineEdit(this))
    , m_scopeKind(new QComboBox(this))
    , m_scopeEntry(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_reviewer(new QComboBox(this))
    , m_due(new QDateEdit(Clock::today().addDays(14), this))
    , m_evidenceDays(new QSpinBox(this))
    , m_default(new QComboBox(this))
    , m_revokeWarning(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("newCampaignDialog"));
    setWindowTitle(tr("New access review"));
    auto* form = new QFormLayout(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. Payments team — Q1 review"));
    m_name->setMaxLength(ReviewRules::MaxNameLength);
    form->addRow(tr("Name:"), m_name);
    m_scopeKind->addItem(tr("A team"), int(ReviewScope::Team));
    m_scopeKind->addItem(tr("A site"), int(ReviewScope::Site));
    m_scopeKind->addItem(tr("A role"), int(ReviewScope::Role));
    m_scopeKind->addItem(tr("Every sensitive role"), int(ReviewScope::SensitiveRoles));
    form->addRow(tr("Covers:"), m_scopeKind);
    m_scopeEntry->setObjectName(QStringLiteral("scopeEntry"));
    form->addRow(QString(), m_scopeEntry);
    m_preview->setObjectName(QStringLiteral("scopePreview"));
    m_preview->setWordWrap(true);
    form->addRow(QString(), m_preview);
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    fillCombo(m_reviewer, ChoiceLists(database).supervisors());
    offerReviewers();
    form->addRow(tr("Reviewer:"), m_reviewer);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setMinimumDate(Clock::today().addDays(1));
    form->addRow(tr("Due by:"), m_due);
    m_evidenceDays->setRange(1, ReviewRules::MaxEvidenceDays);
    m_evidenceDays->setValue(90);
    m_evidenceDays->setSuffix(tr(" days"));
    form->addRow(tr("Evidence from the last:"), m_evidenceDays);
    m_default->setObjectName(QStringLiteral("defaultDecision"));
    m_default->addItem(tr("Keep the assignment"), int(ReviewDecision::Keep));
    m_default->addItem(tr("Revoke the assignment"), int(ReviewDecision::Revoke));
    form->addRow(tr("Undecided at close:"), m_default);
    m_revokeWarning->setObjectName(QStringLiteral("revokeWarning"));
    m_revokeWarning->setWordWrap(true);
    Theme::setTone(m_revokeWarning, Theme::Tone::Warning);
    m_revokeWarning->hide();
    form->addRow(m_revokeWarning);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start review"));
    form->addRow(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::scopeKindChanged);
    connect(m_scopeEntry, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::updatePreview);
    connect(m_default, &QComboBox::currentIndexChanged, this, &NewCampaignDialog::updatePreview);
    // A refusal is about what was asked: once any input changes, it no longer describes the form.
    const auto clearProblem = [this] { m_problem->hide(); };
    connect(m_name, &QLineEdit::textChanged, this, clearProblem);
    for (QComboBox* combo : { m_scopeKind, m_scopeEntry, m_reviewer, m_default })
        connect(combo, &QComboBox::currentIndexChanged, this, clearProblem);
    connect(m_due, &QDateEdit::dateChanged, this, clearProblem);
    connect(m_evidenceDays, &QSpinBox::valueChanged, this, clearProblem);
    scopeKindChanged();
}

void NewCampaignDialog::offerReviewers()
{
    const int self = m_reviewer->findData(m_actor.supervisorId);
    // The organisation's rule (docs/reviews.md, "Who reviews"): when it asks for an independent reviewer, the
    // supervisor's own name stays in the list, marked and not choosable, and nobody is chosen for them.
    auto settings = DetectionSettings::load(m_database);
    const bool independent = settings && settings->reviewIndependentReviewer != 0;
    auto* items = qobject_cast<QStandardItemModel*>(m_reviewer->model());
    if (!independent || self < 0 || !items) {
        m_reviewer->setCurrentIndex(std::max(0, self));
        return;
    }
    QStandardItem* own = items->item(self);
    own->setText(tr("%1 (you: the organisation requires another reviewer)").arg(own->text()));
    own->setFlags(own->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    m_reviewer->setPlaceholderText(tr("Choose who reviews it"));
    m_reviewer->setCurrentIndex(-1);
}

ReviewScope NewCampaignDialog::scope() const
{
    return ReviewScope(m_scopeKind->currentData().toInt());
}

void NewCampaignDialog::scopeKindChanged()
{
    const ReviewScope kind = scope();
    m_scopeEntry->setVisible(kind != ReviewScope::SensitiveRoles);
    if (kind == ReviewScope::Team)
        fillCombo(m_scopeEntry, ChoiceLists(m_database).teams());
    else if (kind == ReviewScope::Site)
        fillCombo(m_scopeEntry, ChoiceLists(m_database).sites());
    else if (kind == ReviewScope::Role)
        fillCombo(m_scopeEntry, ChoiceLists(m_database).roles());
    else
        m_scopeEntry->clear();
    updatePreview();
}

void NewCampaignDialog::updatePreview()
{
    const ReviewScope kind = scope();
    std::optional<qint64> id;
    if (kind != ReviewScope::SensitiveRoles && m_scopeEntry->currentIndex() >= 0)
        id = m_scopeEntry->currentData().toLongLong();
    // A few hundred assignments at most, by the role_assignment indexes: cheap enough to count as the choice changes.
    auto assignments = ReviewCampaignRepository(m_database).assignmentsInScope(kind, id, Clock::nowMs());
    const std::size_t count = assignments ? assignments->size() : 0;
    m_preview->setText(assignments ? tr("%n assignment(s) in force to review.", nullptr, int(count))
                                   : assignments.error().message());
    const bool revoke = ReviewDecision(m_default->currentData().toInt()) == ReviewDecision::Revoke;
    m_revokeWarning->setText(ReviewRules::revokeByDefaultWarning(count));
    m_revokeWarning->setVisible(revoke);
    adjustSize();
}

void NewCampaignDialog::setName(const QString& name)
{
    m_name->setText(name);
}

bool NewCampaignDialog::setScope(ReviewScope kind, const QString& entry)
{
    m_scopeKind->setCurrentIndex(m_scopeKind->findData(int(kind)));
    if (kind == ReviewScope::SensitiveRoles)
        return true;
    for (int i = 0; i < m_scopeEntry->count(); ++i) {
        if (m_scopeEntry->itemText(i).startsWith(entry)) {
            m_scopeEntry->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void NewCampaignDialog::setDueInDays(int days)
{
    m_due->setDate(Clock::today().addDays(days));
}

void NewCampaignDialog::setDefaultDecision(ReviewDecision decision)
{
    m_default->setCurrentIndex(m_default->findData(int(decision)));
}

void NewCampaignDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
    adjustSize(); // room for the message: nothing typed moves or is cut off
}

QString NewCampaignDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString NewCampaignDialog::scopePreview() const
{
    return m_preview->text();
}

bool NewCampaignDialog::revokeWarningShown() const
{
    return !m_revokeWarning->isHidden();
}

void NewCampaignDialog::accept()
{
    m_problem->hide();
    ReviewRules::Draft draft;
    draft.name = m_name->text();
    draft.scope = scope();
    if (draft.scope != ReviewScope::SensitiveRoles && m_scopeEntry->currentIndex() >= 0)
        draft.scopeId = m_scopeEntry->currentData().toLongLong();
    if (m_reviewer->currentIndex() < 0) {
        showProblem(tr("Choose who reviews the campaign."));
        return;
    }
    draft.reviewerId = m_reviewer->currentData().toLongLong();
    // Due at the end of the chosen day, local time: "due by 14 March" includes the 14th.
    draft.dueAt = m_due->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    draft.evidenceDays = m_evidenceDays->value();
    draft.defaultDecision = ReviewDecision(m_default->currentData().toInt());
    draft.now = -1;
    auto created = ReviewWorkflow::create(m_database, draft, m_actor);
    if (!created) {
        showProblem(created.error().message());
        return;
    }
    m_createdId = created->campaignId;
    QDialog::accept();
}

} // namespace custodian
