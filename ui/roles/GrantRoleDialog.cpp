#include "ui/roles/GrantRoleDialog.h"

#include "domain/Clock.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/RoleCatalogRepository.h"
#include "ui/roles/RolesPage.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

namespace {
// What each entry of the role list carries (a QVariantList under Qt::UserRole).
enum RoleData { RoleId, RoleCode, RoleDetails, RoleMaxDays, RoleName, RoleSensitive, RoleDataCount };

// With its zone ("… CET"): a time in a sentence or a detail line says which clock it is.
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QPlainTextEdit* textBox(const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
} // namespace

GrantRoleDialog::GrantRoleDialog(Database& database, qint64 agentId, const QString& agentName, QString actor,
                                 QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_agentId(agentId)
    , m_agentName(agentName)
    , m_actor(std::move(actor))
    , m_role(new QComboBox(this))
    , m_roleDetails(new QLabel(this))
    , m_eligibility(new QLabel(this))
    , m_from(new QDateTimeEdit(this))
    , m_openEnded(new QCheckBox(tr("Open-ended"), this))
    , m_until(new QDateTimeEdit(this))
    , m_justification(textBox(tr("Why does the agent need this role? (required)"), this))
    , m_exception(textBox(tr("Only when a separation-of-duties rule allows an exception"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Grant a role to %1").arg(agentName));
    setObjectName(QStringLiteral("grantRoleDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_role->setObjectName(QStringLiteral("grantRole"));
    auto roles = RoleCatalogRepository(m_database).roles(Clock::nowMs());
    if (roles) {
        for (const auto& role : *roles) {
            QStringList classes;
            for (DataClass c : role.dataClasses)
                classes << RolesPage::dataClassName(c);
            const QString details
                = tr("%1\nOpens: %2. Training (%3): %4. %5%6")
                      .arg(role.description,
                           classes.isEmpty() ? tr("no customer data") : classes.join(QStringLiteral(", ")),
                           role.trainingBlocks ? tr("required") : tr("recommended"),
                           role.training.isEmpty() ? tr("none") : role.training.join(QStringLiteral(", ")),
                           role.maxDurationDays ? tr("At most %1 day(s). ").arg(*role.maxDurationDays) : QString(),
                           role.sensitive ? tr("Sensitive: a second supervisor must approve.") : QString());
            m_role->addItem(role.sensitive ? tr("%1 (sensitive)").arg(role.name) : role.name,
                            QVariantList { role.id, role.code, details, role.maxDurationDays.value_or(0), role.name,
                                           role.sensitive });
        }
    }
    m_roleDetails->setWordWrap(true);
    // Room for the longest description, so that the dialog does not jump or cut it when another role is chosen.
    m_roleDetails->setMinimumHeight(m_roleDetails->fontMetrics().lineSpacing() * 5);
    m_roleDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_roleDetails->setObjectName(QStringLiteral("grantRoleDetails"));
    m_eligibility->setObjectName(QStringLiteral("grantRoleEligibility"));
    m_eligibility->setWordWrap(true);
    m_eligibility->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(m_eligibility, Theme::Tone::Warning);
    m_eligibility->hide();
    m_from->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = Clock::nowLocal();
    m_from->setDateTime(now);
    m_until->setDateTime(now.addDays(30));
    auto* untilRow = new QHBoxLayout;
    untilRow->addWidget(m_until, 1);
    untilRow->addWidget(m_openEnded);
    m_justification->setObjectName(QStringLiteral("grantJustification"));
    m_exception->setObjectName(QStringLiteral("grantSodException"));
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleDetails);
    form->addRow(QString(), m_eligibility);
    form->addRow(tr("Valid &from:"), m_from);
    auto* untilLabel = new QLabel(tr("Valid &until:"), this);
    untilLabel->setBuddy(m_until);
    form->addRow(untilLabel, untilRow);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(tr("SoD e&xception:"), m_exception);
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("grantProblem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Grant"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GrantRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GrantRoleDialog::reject);
    layout->addWidget(buttons);
    connect(m_openEnded, &QCheckBox::toggled, m_until, &QWidget::setDisabled);
    connect(m_role, &QComboBox::currentIndexChanged, this, &GrantRoleDialog::roleChanged);
    roleChanged();
    // Connected after the first roleChanged(), which sets the initial end: nothing to clear or mark twice then.
    connect(m_role, &QComboBox::currentIndexChanged, this, &GrantRoleDialog::choiceChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &GrantRoleDialog::choiceChanged);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &GrantRoleDialog::choiceChanged);
    connect(m_openEnded, &QCheckBox::toggled, this, &GrantRoleDialog::choiceChanged);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &GrantRoleDialog::clearProblem);
    connect(m_exception, &QPlainTextEdit::textChanged, this, &GrantRoleDialog::clearProblem);
    updateEligibility();
    resize(620, sizeHint().height());
}

void GrantRoleDialog::clearProblem()
{
    m_problem->hide();
    m_problem->clear();
}

void GrantRoleDialog::choiceChanged()
{
    clearProblem();
    // The marks depend on the window (what overlaps it, training valid at its start), not on the texts.
    updateEligibility();
}

void GrantRoleDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // The marks' colour is taken from the palette: take it again from a new one.
    if (event->type() == QEvent::PaletteChange)
        updateEligibility();
}

void GrantRoleDialog::updateEligibility()
{
    // A handful of roles, each a few indexed reads of one agent's rows: milliseconds on the GUI thread's connection.
    const AssignmentRules::Request window = request();
    for (int i = 0; i < m_role->count(); ++i) {
        const QVariantList role = m_role->itemData(i).toList();
        if (role.size() < RoleDataCount)
            continue;
        const QString name = role[RoleSensitive].toBool() ? tr("%1 (sensitive)").arg(role[RoleName].toString())
                                                          : role[RoleName].toString();
        auto eligibility = RoleAssignmentWorkflow::eligibility(m_database, m_agentId, role[RoleId].toLongLong(),
                                                               window.validFrom, window.validUntil);
        QString text = name;
        QString why;
        bool ineligible = false;
        if (!eligibility) {
            why = eligibility.error().message();
        } else if (!eligibility->eligible()) {
            ineligible = true;
            text = tr("%1 — not eligible: %2").arg(name, AssignmentRules::shortReason(eligibility->ineligibility));
            why = eligibility->refusal;
        } else if (!eligibility->sodExceptionNeeded.isEmpty()) {
            text = tr("%1 — needs a separation-of-duties exception").arg(name);
            why = eligibility->sodExceptionNeeded;
        }
        m_role->setItemText(i, text);
        m_role->setItemData(i, why.isEmpty() ? QVariant() : QVariant(why), Qt::ToolTipRole);
        m_role->setItemData(i, ineligible ? QVariant(Theme::foreground(Theme::Tone::Secondary, palette())) : QVariant(),
                            Qt::ForegroundRole);
        if (i == m_role->currentIndex()) {
            m_eligibility->setText(why);
            m_eligibility->setVisible(!why.isEmpty());
        }
    }
}

void GrantRoleDialog::roleChanged()
{
    const QVariantList role = m_role->currentData().toList();
    if (role.size() < RoleDataCount)
        return;
    m_roleDetails->setText(role[RoleDetails].toString());
    const qint64 maxDays = role[RoleMaxDays].toLongLong();
    // A role with a maximum duration has no open-ended grant; the end starts at the longest allowed.
    m_openEnded->setEnabled(maxDays == 0);
    if (maxDays > 0) {
        m_openEnded->setChecked(false);
        m_until->setDateTime(m_from->dateTime().addDays(std::min<qint64>(maxDays, 30)));
    }
}

void GrantRoleDialog::setRole(const QString& code)
{
    for (int i = 0; i < m_role->count(); ++i) {
        if (m_role->itemData(i).toList().value(RoleCode).toString() == code)
            m_role->setCurrentIndex(i);
    }
}

void GrantRoleDialog::setValidity(qint64 fromMs, std::optional<qint64> untilMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_openEnded->setChecked(!untilMs);
    if (untilMs)
        m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(*untilMs));
}

void GrantRoleDialog::setJustification(const QString& text)
{
    m_justification->setPlainText(text);
}

void GrantRoleDialog::setSodException(const QString& text)
{
    m_exception->setPlainText(text);
}

QString GrantRoleDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

AssignmentRules::Request GrantRoleDialog::request() const
{
    AssignmentRules::Request request;
    request.agentId = m_agentId;
    request.roleId = m_role->currentData().toList().value(RoleId).toLongLong();
    request.now = Clock::nowMs();
    // A start left at about the time the dialog opened means "now"; one clearly in the past is the rules' to refuse.
    request.validFrom = m_from->dateTime().toMSecsSinceEpoch();
    if (request.validFrom < request.now && request.validFrom >= request.now - 5 * 60'000)
        request.validFrom = request.now;
    if (!m_openEnded->isChecked())
        request.validUntil = m_until->dateTime().toMSecsSinceEpoch();
    request.justification = m_justification->toPlainText();
    request.sodExceptionReason = m_exception->toPlainText();
    return request;
}

void GrantRoleDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

bool GrantRoleDialog::confirmImmediateGrant(const AssignmentRules::Request& request,
                                            const AssignmentRules::Verdict& verdict)
{
    // A grant that is in force at once changes what the agent can open the moment OK is pressed, with no second
    // supervisor to catch a wrong role or date: say exactly what will be written and let the supervisor stop.
    const QString role = m_role->currentData().toList().value(RoleName).toString();
    QString text = request.validUntil
        ? tr("Grant %1 to %2 from %3 until %4?")
              .arg(role, m_agentName, timeText(request.validFrom), timeText(*request.validUntil))
        : tr("Grant %1 to %2 from %3, open-ended?").arg(role, m_agentName, timeText(request.validFrom));
    text += QLatin1Char('\n') + tr("It is in force at once and recorded in the console audit.");
    if (!verdict.warnings.isEmpty())
        text += QLatin1Char('\n') + verdict.warnings.join(QLatin1Char('\n'));
    return Dialogs::question(this, tr("Grant role now"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void GrantRoleDialog::accept()
{
    auto actor = RoleAssignmentWorkflow::consoleActor(m_database, m_actor);
    if (!actor) {
        showProblem(actor.error().message());
        return;
    }
    const AssignmentRules::Request request = this->request();
    auto verdict = RoleAssignmentWorkflow::check(m_database, request);
    if (!verdict) {
        showProblem(verdict.error().message());
        return;
    }
    if (verdict->refusal) {
        showProblem(verdict->refusal->message());
        return;
    }
    // A request waits for a second supervisor, who is the confirmation; a grant in force at once asks here.
    if (!verdict->needsApproval && !confirmImmediateGrant(request, *verdict))
        return; // nothing written; everything typed stays for a correction
    auto granted = RoleAssignmentWorkflow::grant(m_database, request, *actor);
    if (!granted) {
        showProblem(granted.error().message());
        return;
    }
    m_grantedId = granted->assignmentId;
    m_outcome = granted->status == AssignmentStatus::Pending
        ? tr("Requested; a second supervisor must approve it on their console.")
        : tr("Granted.");
    if (!granted->warnings.isEmpty())
        m_outcome += QLatin1Char(' ') + granted->warnings.join(QLatin1Char(' '));
    QDialog::accept();
}

} // namespace custodian
