#include "ui/roles/GrantRoleDialog.h"

#include "domain/Clock.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/RoleCatalogRepository.h"
#include "ui/roles/RolesPage.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custodian {

namespace {
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
    , m_actor(std::move(actor))
    , m_role(new QComboBox(this))
    , m_roleDetails(new QLabel(this))
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
                            QVariantList { role.id, role.code, details, role.maxDurationDays.value_or(0) });
        }
    }
    m_roleDetails->setWordWrap(true);
    // Room for the longest description, so that the dialog does not jump or cut it when another role is chosen.
    m_roleDetails->setMinimumHeight(m_roleDetails->fontMetrics().lineSpacing() * 5);
    m_roleDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_roleDetails->setObjectName(QStringLiteral("grantRoleDetails"));
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
    resize(620, sizeHint().height());
}

void GrantRoleDialog::roleChanged()
{
    const QVariantList role = m_role->currentData().toList();
    if (role.size() < 4)
        return;
    m_roleDetails->setText(role[2].toString());
    const qint64 maxDays = role[3].toLongLong();
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
        if (m_role->itemData(i).toList().value(1).toString() == code)
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

void GrantRoleDialog::accept()
{
    auto actor = RoleAssignmentWorkflow::consoleActor(m_database, m_actor);
    if (!actor) {
        m_problem->setText(actor.error().message());
        m_problem->show();
        return;
    }
    AssignmentRules::Request request;
    request.agentId = m_agentId;
    request.roleId = m_role->currentData().toList().value(0).toLongLong();
    request.now = Clock::nowMs();
    // A start left at about the time the dialog opened means "now"; one clearly in the past is the rules' to refuse.
    request.validFrom = m_from->dateTime().toMSecsSinceEpoch();
    if (request.validFrom < request.now && request.validFrom >= request.now - 5 * 60'000)
        request.validFrom = request.now;
    if (!m_openEnded->isChecked())
        request.validUntil = m_until->dateTime().toMSecsSinceEpoch();
    request.justification = m_justification->toPlainText();
    request.sodExceptionReason = m_exception->toPlainText();
    auto granted = RoleAssignmentWorkflow::grant(m_database, request, *actor);
    if (!granted) {
        m_problem->setText(granted.error().message());
        m_problem->show();
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
