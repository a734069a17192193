#include "ui/incidents/BreachNotificationDialog.h"

#include "rules/BreachNotificationClock.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace custodian {

namespace {
// -1 stands for "not known yet": Art. 33(4) lets a number follow in a later phase.
QSpinBox* countBox(QWidget* parent, const QString& name, const QString& accessible, std::optional<qint64> value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(-1, 2'000'000'000);
    box->setSpecialValueText(QCoreApplication::translate("custodian::BreachNotificationDialog", "not known yet"));
    box->setValue(value ? int(qMin<qint64>(*value, 2'000'000'000)) : -1);
    return box;
}

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& accessible, const QString& value)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setTabChangesFocus(true);
    box->setPlainText(value);
    box->setMinimumSize(460, 60);
    return box;
}

std::optional<qint64> countOf(const QSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<qint64>(box->value());
}
} // namespace

BreachNotificationDialog::BreachNotificationDialog(const QString& subject, int phase, std::optional<qint64> awareAt,
                                                   const BreachNotificationForm& prefilled, qint64 sentAt,
                                                   Record record, QWidget* parent)
    : ActionDialog(parent)
    , m_record(std::move(record))
    , m_phase(phase)
    , m_awareAt(awareAt)
    , m_nature(textBox(this, QStringLiteral("nature"), tr("Nature of the breach"), prefilled.nature))
    , m_subjectCategories(new QLineEdit(prefilled.subjectCategories, this))
    , m_subjects(countBox(this, QStringLiteral("subjectsApprox"), tr("Approximate number of data subjects"),
                          prefilled.subjectsApprox))
    , m_recordCategories(new QLineEdit(prefilled.recordCategories, this))
    , m_records(
          countBox(this, QStringLiteral("recordsApprox"), tr("Approximate number of records"), prefilled.recordsApprox))
    , m_contactPoint(new QLineEdit(prefilled.contactPoint, this))
    , m_consequences(
          textBox(this, QStringLiteral("consequences"), tr("Likely consequences"), prefilled.likelyConsequences))
    , m_measures(textBox(this, QStringLiteral("measures"), tr("Measures taken or proposed"), prefilled.measures))
    , m_sentAt(new QDateTimeEdit(this))
    , m_reference(new QLineEdit(this))
    , m_lateNote(new QLabel(this))
    , m_delayReasons(textBox(this, QStringLiteral("delayReasons"), tr("Reasons for the delay"), QString()))
{
    setObjectName(QStringLiteral("breachNotificationDialog"));
    setWindowTitle(tr("Record notification, phase %1").arg(phase));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("%1\nThe notification to the supervisory authority as sent (GDPR Art. 33(3)). The counts are "
                      "pre-filled from the incident's linked events; correct them before recording.")
                       .arg(subject));
    form->addRow(intro);
    form->addRow(tr("&Nature:"), m_nature);
    m_subjectCategories->setObjectName(QStringLiteral("subjectCategories"));
    m_subjectCategories->setAccessibleName(tr("Categories of data subjects"));
    form->addRow(tr("Data &subjects, categories:"), m_subjectCategories);
    form->addRow(tr("Data subjects, &approx.:"), m_subjects);
    m_recordCategories->setObjectName(QStringLiteral("recordCategories"));
    m_recordCategories->setAccessibleName(tr("Categories of records"));
    form->addRow(tr("&Records, categories:"), m_recordCategories);
    form->addRow(tr("Records, a&pprox.:"), m_records);
    m_contactPoint->setObjectName(QStringLiteral("contactPoint"));
    m_contactPoint->setAccessibleName(tr("Contact point"));
    m_contactPoint->setPlaceholderText(tr("The DPO or another contact point (required)"));
    form->addRow(tr("&Contact point:"), m_contactPoint);
    form->addRow(tr("Likely c&onsequences:"), m_consequences);
    form->addRow(tr("&Measures:"), m_measures);
    m_sentAt->setObjectName(QStringLiteral("sentAt"));
    m_sentAt->setAccessibleName(tr("Sent at"));
    m_sentAt->setCalendarPopup(true);
    m_sentAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_sentAt->setDateTime(QDateTime::fromMSecsSinceEpoch(sentAt));
    form->addRow(tr("S&ent at:"), m_sentAt);
    m_reference->setObjectName(QStringLiteral("authorityReference"));
    m_reference->setAccessibleName(tr("Authority's reference"));
    form->addRow(tr("Authority's re&ference:"), m_reference);
    m_lateNote->setObjectName(QStringLiteral("lateNote"));
    m_lateNote->setWordWrap(true);
    Theme::setTone(m_lateNote, Theme::Tone::Warning);
    form->addRow(m_lateNote);
    m_delayReasons->setPlaceholderText(tr("Only for a first notification after the 72-hour deadline"));
    form->addRow(tr("Reasons for the &delay:"), m_delayReasons);
    addRefusalAndButtons(form, tr("Record"), QStringLiteral("recordButton"));
    connect(m_sentAt, &QDateTimeEdit::dateTimeChanged, this, &BreachNotificationDialog::updateLateness);
    updateLateness();
}

void BreachNotificationDialog::updateLateness()
{
    const qint64 sent = m_sentAt->dateTime().toMSecsSinceEpoch();
    const bool late = m_phase == 1 && m_awareAt && BreachNotificationClock::needsDelayReasons(*m_awareAt, sent);
    if (late) {
        const qint64 deadline = *m_awareAt + BreachNotificationClock::WindowMs;
        // Text as well as tone: the warning must not rest on colour alone.
        m_lateNote->setText(tr("Late: the 72-hour deadline was %1. GDPR Art. 33(1) requires the reasons for the "
                               "delay with a notification made after it; they are required below.")
                                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(deadline),
                                                        QStringLiteral("yyyy-MM-dd HH:mm t"))));
        m_delayReasons->setPlaceholderText(tr("Why the notification comes after the deadline (required)"));
    } else {
        m_delayReasons->setPlaceholderText(tr("Only for a first notification after the 72-hour deadline"));
    }
    m_lateNote->setVisible(late);
}

BreachWorkflow::Notification BreachNotificationDialog::notification() const
{
    BreachWorkflow::Notification n;
    n.form.nature = m_nature->toPlainText().trimmed();
    n.form.subjectCategories = m_subjectCategories->text().trimmed();
    n.form.subjectsApprox = countOf(m_subjects);
    n.form.recordCategories = m_recordCategories->text().trimmed();
    n.form.recordsApprox = countOf(m_records);
    n.form.contactPoint = m_contactPoint->text().trimmed();
    n.form.likelyConsequences = m_consequences->toPlainText().trimmed();
    n.form.measures = m_measures->toPlainText().trimmed();
    n.sentAt = m_sentAt->dateTime().toMSecsSinceEpoch();
    n.authorityReference = m_reference->text().trimmed();
    n.delayReasons = m_delayReasons->toPlainText().trimmed();
    return n;
}

void BreachNotificationDialog::setSentAt(qint64 ms)
{
    m_sentAt->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

void BreachNotificationDialog::setContactPoint(const QString& text)
{
    m_contactPoint->setText(text);
}

void BreachNotificationDialog::setDelayReasons(const QString& text)
{
    m_delayReasons->setPlainText(text);
}

bool BreachNotificationDialog::lateExplained() const
{
    return !m_lateNote->isHidden();
}

Status BreachNotificationDialog::submit()
{
    return m_record(notification());
}

} // namespace custodian
