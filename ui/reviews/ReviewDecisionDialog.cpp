#include "ui/reviews/ReviewDecisionDialog.h"

#include "domain/Clock.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace custodian {

ReviewDecisionDialog::ReviewDecisionDialog(ReviewDecision decision, int items, Decide decide, QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_decide(std::move(decide))
    , m_justification(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewDecisionDialog"));
    const QString what = decision == ReviewDecision::Keep ? tr("Keep")
        : decision == ReviewDecision::Revoke              ? tr("Revoke")
                                                          : tr("Shorten");
    setWindowTitle(tr("%1 — %n item(s)", nullptr, items).arg(what));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(decision == ReviewDecision::Keep ? tr("The assignments stay as they are.")
                                 : decision == ReviewDecision::Revoke
                                 ? tr("The assignments are revoked now; the agents lose what the roles open.")
                                 : tr("The assignments end earlier, at the new end."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    if (decision == ReviewDecision::Shorten) {
        m_until = new QDateTimeEdit(Clock::nowLocal().addDays(7), this);
        m_until->setObjectName(QStringLiteral("newValidUntil"));
        m_until->setCalendarPopup(true);
        m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        form->addRow(tr("New end:"), m_until);
    }
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setPlaceholderText(tr("Why — recorded with every decision (required)"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumSize(420, 90);
    form->addRow(tr("Justification:"), m_justification);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(what);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReviewDecisionDialog::setJustification(const QString& text)
{
    m_justification->setPlainText(text);
}

void ReviewDecisionDialog::setNewValidUntil(qint64 ms)
{
    if (m_until)
        m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

QString ReviewDecisionDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReviewDecisionDialog::accept()
{
    m_problem->hide();
    const std::optional<qint64> until
        = m_until ? std::optional<qint64>(m_until->dateTime().toMSecsSinceEpoch()) : std::nullopt;
    if (auto status = m_decide(m_justification->toPlainText(), until); !status) {
        m_problem->setText(status.error().message());
        m_problem->show();
        adjustSize(); // room for the message: nothing typed moves or is cut off
        return;
    }
    QDialog::accept();
}

} // namespace custodian
