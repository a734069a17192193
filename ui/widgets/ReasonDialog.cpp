#include "ui/widgets/ReasonDialog.h"

#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custodian {

ReasonDialog::ReasonDialog(const QString& title, const QString& subject, Decide decide, QWidget* parent)
    : QDialog(parent)
    , m_decide(std::move(decide))
    , m_form(new QFormLayout(this))
    , m_subject(new QLabel(subject, this))
    , m_intro(new QLabel(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_subject->setObjectName(QStringLiteral("reasonSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setEmphasised(m_subject);
    m_form->addRow(m_subject);
    m_intro->setObjectName(QStringLiteral("reasonIntro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_form->addRow(m_intro);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 90);
    m_reasonLabel->setBuddy(m_reason);
    m_form->addRow(m_reasonLabel, m_reason);
    m_problem->setObjectName(QStringLiteral("reasonProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    m_form->addRow(m_problem);
    m_form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::clearProblem);
    m_reason->setFocus();
}

void ReasonDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void ReasonDialog::setReasonLabel(const QString& label, const QString& placeholder)
{
    m_reasonLabel->setText(label);
    m_reason->setPlaceholderText(placeholder);
}

void ReasonDialog::setAcceptText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ReasonDialog::askNewEnd(qint64 initialMs)
{
    if (m_newEnd)
        return;
    m_newEnd = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(initialMs), this);
    m_newEnd->setObjectName(QStringLiteral("newValidUntil"));
    m_newEnd->setCalendarPopup(true);
    m_newEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto* label = new QLabel(tr("New &end:"), this);
    label->setBuddy(m_newEnd);
    // Above the reason: the date is what is decided, the reason says why.
    int row = 0;
    m_form->getWidgetPosition(m_reason, &row, nullptr);
    m_form->insertRow(row, label, m_newEnd);
    connect(m_newEnd, &QDateTimeEdit::dateTimeChanged, this, &ReasonDialog::clearProblem);
}

void ReasonDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

void ReasonDialog::setNewEnd(qint64 ms)
{
    if (m_newEnd)
        m_newEnd->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

QString ReasonDialog::subject() const
{
    return m_subject->text();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText();
}

QString ReasonDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReasonDialog::clearProblem()
{
    m_problem->hide();
    m_problem->clear();
}

void ReasonDialog::accept()
{
    clearProblem();
    const std::optional<qint64> newEnd
        = m_newEnd ? std::optional<qint64>(m_newEnd->dateTime().toMSecsSinceEpoch()) : std::nullopt;
    if (auto status = m_decide(m_reason->toPlainText(), newEnd); !status) {
        m_problem->setText(status.error().message());
        m_problem->show();
        adjustSize(); // room for the message: nothing typed moves or is cut off
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace custodian
