#include "ui/incidents/SubjectDecisionDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace custodian {

namespace {
// The combo's data: "notify", or the exemption's stored name.
const QString NotifyChoice = QStringLiteral("notify");

bool tellsSomeone(const QString& choice)
{
    // Under 34(3)(c) a public communication replaces telling each subject: it has a how and a when too.
    return choice == NotifyChoice || choice == toString(SubjectExemption::DisproportionateEffort);
}
} // namespace

SubjectDecisionDialog::SubjectDecisionDialog(const QString& subject, const std::optional<SubjectDecision>& current,
                                             qint64 now, Record record, QWidget* parent)
    : ActionDialog(parent)
    , m_record(std::move(record))
    , m_choice(new QComboBox(this))
    , m_communicatedAt(new QDateTimeEdit(this))
    , m_means(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("subjectDecisionDialog"));
    setWindowTitle(tr("Art. 34 decision"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("%1\nWhether the data subjects are told of the breach (GDPR Art. 34), or on which ground not. "
                      "A change is kept beside the decision it replaces.")
                       .arg(subject));
    form->addRow(intro);
    m_choice->setObjectName(QStringLiteral("subjectChoice"));
    m_choice->setAccessibleName(tr("Decision"));
    m_choice->addItem(tr("Tell the data subjects"), NotifyChoice);
    m_choice->addItem(tr("Not told: the data was unintelligible, e.g. encrypted (Art. 34(3)(a))"),
                      toString(SubjectExemption::Unintelligible));
    m_choice->addItem(tr("Not told: measures taken remove the high risk (Art. 34(3)(b))"),
                      toString(SubjectExemption::MeasuresTaken));
    m_choice->addItem(tr("Public communication instead: disproportionate effort (Art. 34(3)(c))"),
                      toString(SubjectExemption::DisproportionateEffort));
    m_choice->addItem(tr("Not told: no high risk (Art. 34(1) does not apply)"), toString(SubjectExemption::NoHighRisk));
    form->addRow(tr("&Decision:"), m_choice);
    m_communicatedAt->setObjectName(QStringLiteral("communicatedAt"));
    m_communicatedAt->setAccessibleName(tr("Told at, done or planned"));
    m_communicatedAt->setCalendarPopup(true);
    m_communicatedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_communicatedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(now));
    form->addRow(tr("&Told at:"), m_communicatedAt);
    m_means->setObjectName(QStringLiteral("means"));
    m_means->setAccessibleName(tr("How they are told"));
    m_means->setPlaceholderText(tr("Letter, e-mail, call, a notice on the website (required)"));
    form->addRow(tr("&How:"), m_means);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 80);
    form->addRow(tr("&Reason:"), m_reason);
    addRefusalAndButtons(form, tr("Record"), QStringLiteral("recordButton"));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &SubjectDecisionDialog::updateFields);
    if (current) {
        setExemption(current->notify ? std::nullopt : current->exemption);
        if (current->communicatedAt)
            m_communicatedAt->setDateTime(QDateTime::fromMSecsSinceEpoch(*current->communicatedAt));
        m_means->setText(current->means);
    }
    updateFields();
}

void SubjectDecisionDialog::updateFields()
{
    // Nobody is told under (a), (b) or no high risk: no how or when is kept, so none is asked.
    const bool tells = tellsSomeone(m_choice->currentData().toString());
    m_communicatedAt->setEnabled(tells);
    m_means->setEnabled(tells);
}

void SubjectDecisionDialog::setExemption(std::optional<SubjectExemption> exemption)
{
    const int index = m_choice->findData(exemption ? toString(*exemption) : NotifyChoice);
    m_choice->setCurrentIndex(qMax(0, index));
}

void SubjectDecisionDialog::setMeans(const QString& text)
{
    m_means->setText(text);
}

void SubjectDecisionDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

SubjectDecision SubjectDecisionDialog::decision() const
{
    SubjectDecision d;
    const QString choice = m_choice->currentData().toString();
    d.notify = choice == NotifyChoice;
    if (!d.notify)
        d.exemption = subjectExemptionFromString(choice);
    if (tellsSomeone(choice)) {
        d.communicatedAt = m_communicatedAt->dateTime().toMSecsSinceEpoch();
        d.means = m_means->text().trimmed();
    }
    d.reason = m_reason->toPlainText().trimmed();
    return d;
}

Status SubjectDecisionDialog::submit()
{
    return m_record(decision());
}

} // namespace custodian
