#include "ui/incidents/BreachPanel.h"

#include "domain/Clock.h"
#include "export/BreachRegisterJob.h"
#include "rules/BreachNotificationClock.h"
#include "rules/BreachWorkflow.h"
#include "rules/RoleAssignmentWorkflow.h"
#include "store/Database.h"
#include "ui/incidents/BreachAwarenessDialog.h"
#include "ui/incidents/BreachNotificationDialog.h"
#include "ui/incidents/SubjectDecisionDialog.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ExportFolder.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr int MinuteMs = 60'000;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm t"));
}

// "2 d 5 h", "5 h 12 min", "12 min": to the minute, as a deadline is read.
QString durationText(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / MinuteMs;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return BreachPanel::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return BreachPanel::tr("%1 h %2 min").arg(hours).arg(rest);
    return BreachPanel::tr("%1 min").arg(rest);
}

QString decisionText(const std::optional<SubjectDecision>& decision)
{
    if (!decision)
        return BreachPanel::tr("Not decided yet");
    if (decision->notify)
        return BreachPanel::tr("Tell the data subjects (%1, %2)")
            .arg(decision->means, decision->communicatedAt ? timeText(*decision->communicatedAt) : QString());
    switch (decision->exemption.value_or(SubjectExemption::NoHighRisk)) {
    case SubjectExemption::Unintelligible:
        return BreachPanel::tr("Not told: data unintelligible (Art. 34(3)(a))");
    case SubjectExemption::MeasuresTaken:
        return BreachPanel::tr("Not told: measures remove the high risk (Art. 34(3)(b))");
    case SubjectExemption::DisproportionateEffort:
        return BreachPanel::tr("Public communication instead (Art. 34(3)(c)): %1").arg(decision->means);
    case SubjectExemption::NoHighRisk:
        return BreachPanel::tr("Not told: no high risk (Art. 34(1))");
    }
    return {};
}

QLabel* valueLabel(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

BreachPanel::BreachPanel(StoreSession* session, QString auditActor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_auditActor(std::move(auditActor))
    , m_breachState(valueLabel(this, QStringLiteral("breachState"), tr("Personal-data breach")))
    , m_awareAt(valueLabel(this, QStringLiteral("breachAwareAt"), tr("Aware at")))
    , m_clock(valueLabel(this, QStringLiteral("breachClock"), tr("72-hour clock")))
    , m_notifications(valueLabel(this, QStringLiteral("breachNotifications"), tr("Notifications sent")))
    , m_decision(valueLabel(this, QStringLiteral("subjectDecision"), tr("Art. 34 decision")))
    , m_recordAwareness(new QPushButton(tr("Record &aware-at…"), this))
    , m_recordNotification(new QPushButton(tr("Record &notification…"), this))
    , m_decideSubjects(new QPushButton(tr("Art. &34 decision…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_export(new QPushButton(tr("E&xport breach register…"), this))
    , m_message(new MessageBanner(this))
    , m_minute(new QTimer(this))
{
    setObjectName(QStringLiteral("breachPanel"));
    setAccessibleName(tr("GDPR breach"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("breachMessage"));
    layout->addWidget(m_message);
    auto* form = new QFormLayout;
    form->addRow(tr("Personal-data breach:"), m_breachState);
    form->addRow(tr("Aware at:"), m_awareAt);
    form->addRow(tr("72-hour clock:"), m_clock);
    form->addRow(tr("Notifications:"), m_notifications);
    form->addRow(tr("Data subjects:"), m_decision);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_recordAwareness->setObjectName(QStringLiteral("recordAwarenessButton"));
    m_recordNotification->setObjectName(QStringLiteral("recordNotificationButton"));
    m_decideSubjects->setObjectName(QStringLiteral("decideSubjectsButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawBreachButton"));
    m_withdraw->setToolTip(tr("Not a personal-data breach after all: the clock stops; the breach register keeps it "
                              "as withdrawn."));
    m_export->setObjectName(QStringLiteral("exportBreachRegisterButton"));
    for (QPushButton* button : { m_recordAwareness, m_recordNotification, m_decideSubjects, m_withdraw, m_export })
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_recordAwareness, &QPushButton::clicked, this, &BreachPanel::recordAwareness);
    connect(m_recordNotification, &QPushButton::clicked, this, &BreachPanel::recordNotification);
    connect(m_decideSubjects, &QPushButton::clicked, this, &BreachPanel::decideSubjects);
    connect(m_withdraw, &QPushButton::clicked, this, &BreachPanel::withdrawBreach);
    connect(m_export, &QPushButton::clicked, this, &BreachPanel::exportRegister);
    // Only the words change with the minute: the state read stays true until a decision or a sync changes it.
    m_minute->setInterval(MinuteMs);
    connect(m_minute, &QTimer::timeout, this, &BreachPanel::showClock);
    setIncident(0);
}

BreachPanel::~BreachPanel() = default;

void BreachPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_state.reset();
    m_reader.cancel();
    m_message->clearMessage();
    for (QLabel* label : { m_breachState, m_awareAt, m_clock, m_notifications, m_decision })
        label->clear();
    for (QPushButton* button : { m_recordAwareness, m_recordNotification, m_decideSubjects, m_withdraw })
        button->setEnabled(false);
    m_minute->stop();
    refresh();
}

void BreachPanel::refresh()
{
    Store* store = m_session ? m_session->store() : nullptr;
    if (m_incidentId == 0 || !store || !store->isOpen())
        return;
    m_reader.runOnStore(
        *store, Database::Mode::ReadOnly,
        [id = m_incidentId](Database& database, const LatestResultRunner::Job&) -> Result<State> {
            BreachRepository repository(database);
            auto facts = repository.incident(id);
            if (!facts)
                return facts.error();
            if (!*facts)
                return Error(Error::Code::NotFound, BreachPanel::tr("The incident is no longer in this store."));
            State state;
            state.facts = **facts;
            auto next = repository.nextPhase(id);
            if (!next)
                return next.error();
            state.phasesSent = *next - 1;
            auto decision = repository.subjectDecision(id);
            if (!decision)
                return decision.error();
            state.decision = *decision;
            // The pre-fill counts the linked events in SQL: here on the worker, not when the dialog opens.
            auto prefill = BreachWorkflow::prefill(database, id);
            if (!prefill)
                return prefill.error();
            state.prefill = *prefill;
            return state;
        },
        [this](Result<State> result) {
            if (!result)
                return showError(result.error().message());
            showState(*result);
        });
}

void BreachPanel::showState(const State& state)
{
    m_state = state;
    const auto& facts = state.facts;
    if (facts.personalDataBreach && facts.awareAt) {
        m_breachState->setText(tr("Yes"));
        m_awareAt->setText(timeText(*facts.awareAt));
    } else {
        m_breachState->setText(tr("Not recorded as a personal-data breach"));
        m_awareAt->setText(tr("—"));
    }
    m_notifications->setText(
        state.phasesSent == 0
            ? tr("None sent")
            : tr("Phases sent: %1; the first at %2")
                  .arg(state.phasesSent)
                  .arg(facts.authorityNotifiedAt ? timeText(*facts.authorityNotifiedAt) : tr("(not recorded)")));
    m_decision->setText(decisionText(state.decision));
    // A recorded aware-at is moved through BreachWorkflow::changeAwareness, not recorded again.
    m_recordAwareness->setText(facts.awareAt ? tr("Change &aware-at…") : tr("Record &aware-at…"));
    m_recordAwareness->setEnabled(true);
    m_recordNotification->setEnabled(facts.personalDataBreach);
    m_decideSubjects->setEnabled(facts.personalDataBreach);
    m_withdraw->setEnabled(facts.personalDataBreach);
    showClock();
    m_minute->start();
    Q_EMIT stateShown();
}

void BreachPanel::showClock()
{
    if (!m_state)
        return;
    const auto& facts = m_state->facts;
    const auto reading = BreachNotificationClock::at(facts.personalDataBreach ? facts.awareAt : std::nullopt,
                                                     facts.authorityNotifiedAt, Clock::nowMs());
    QString text;
    Theme::Tone tone = Theme::Tone::Normal;
    switch (reading.state) {
    case BreachNotificationClock::State::NotStarted:
        text = tr("Not running (no aware-at)");
        tone = Theme::Tone::Secondary;
        break;
    case BreachNotificationClock::State::Running:
        text = tr("Running: %1 left to notify (deadline %2)")
                   .arg(durationText(reading.remainingMs), timeText(*reading.deadline));
        break;
    case BreachNotificationClock::State::Urgent:
        text = tr("Urgent: %1 left to notify (deadline %2)")
                   .arg(durationText(reading.remainingMs), timeText(*reading.deadline));
        tone = Theme::Tone::Warning;
        break;
    case BreachNotificationClock::State::Overdue:
        text = tr("Late: the deadline passed %1 ago (%2); a notification now needs the reasons for the delay")
                   .arg(durationText(reading.remainingMs), timeText(*reading.deadline));
        tone = Theme::Tone::Error;
        break;
    case BreachNotificationClock::State::NotifiedInTime:
        text = tr("Notified in time, %1 before the deadline").arg(durationText(reading.remainingMs));
        tone = Theme::Tone::Success;
        break;
    case BreachNotificationClock::State::NotifiedLate:
        text = tr("Notified late, %1 after the deadline").arg(durationText(reading.remainingMs));
        tone = Theme::Tone::Warning;
        break;
    }
    m_clock->setText(text);
    Theme::setTone(m_clock, tone);
}

QString BreachPanel::clockText() const
{
    return m_state ? m_clock->text() : QString();
}

void BreachPanel::showError(const QString& text)
{
    m_message->showMessage(text, MessageBanner::Level::Error);
}

void BreachPanel::changed()
{
    Q_EMIT incidentChanged(m_incidentId);
    refresh();
}

Status BreachPanel::write(const std::function<Status(Database&, const BreachWorkflow::Actor&)>& decide)
{
    Store* store = m_session ? m_session->store() : nullptr;
    if (!store || !store->isOpen())
        return Error(Error::Code::NotConfigured, tr("The store is locked; unlock it to record this."));
    // One short transaction (BreachWorkflow) on the page's connection, as every decision of a page is written.
    Database& database = store->database();
    auto actor = RoleAssignmentWorkflow::consoleActor(database, m_auditActor);
    if (!actor)
        return actor.error();
    if (auto status = decide(database, *actor); !status)
        return status;
    changed();
    return {};
}

void BreachPanel::recordAwareness()
{
    if (!m_state)
        return;
    const qint64 id = m_incidentId;
    const bool change = m_state->facts.awareAt.has_value();
    auto* dialog = new BreachAwarenessDialog(
        m_state->facts.reference, m_state->facts.awareAt.value_or(Clock::nowMs()),
        [this, id, change](qint64 awareAt, const QString& reason) -> Status {
            return write([&](Database& database, const BreachWorkflow::Actor& actor) -> Status {
                auto deadline = change ? BreachWorkflow::changeAwareness(database, id, awareAt, reason, actor)
                                       : BreachWorkflow::recordAwareness(database, id, awareAt, reason, actor);
                if (!deadline)
                    return deadline.error();
                return {};
            });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BreachPanel::recordNotification()
{
    if (!m_state || !m_state->facts.personalDataBreach)
        return;
    const qint64 id = m_incidentId;
    auto* dialog = new BreachNotificationDialog(
        m_state->facts.reference, m_state->phasesSent + 1, m_state->facts.awareAt, m_state->prefill, Clock::nowMs(),
        [this, id](const BreachWorkflow::Notification& notification) -> Status {
            return write([&](Database& database, const BreachWorkflow::Actor& actor) -> Status {
                auto notified = BreachWorkflow::notifyAuthority(database, id, notification, actor);
                if (!notified)
                    return notified.error();
                return {};
            });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BreachPanel::decideSubjects()
{
    if (!m_state || !m_state->facts.personalDataBreach)
        return;
    const qint64 id = m_incidentId;
    auto* dialog = new SubjectDecisionDialog(
        m_state->facts.reference, m_state->decision, Clock::nowMs(),
        [this, id](const SubjectDecision& decision) -> Status {
            return write([&](Database& database, const BreachWorkflow::Actor& actor) -> Status {
                return BreachWorkflow::decideSubjects(database, id, decision, actor);
            });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BreachPanel::withdrawBreach()
{
    if (!m_state || !m_state->facts.personalDataBreach)
        return;
    const qint64 id = m_incidentId;
    auto* dialog = new ReasonDialog(
        tr("Withdraw personal-data breach"), m_state->facts.reference,
        [this, id](const QString& reason, std::optional<qint64>) -> Status {
            return write([&](Database& database, const BreachWorkflow::Actor& actor) -> Status {
                return BreachWorkflow::withdraw(database, id, reason, actor);
            });
        },
        this);
    dialog->setObjectName(QStringLiteral("withdrawBreachDialog"));
    dialog->setIntro(tr("Not a personal-data breach after all: the 72-hour clock stops. What was sent stays sent, and "
                        "the breach register keeps this incident as withdrawn, with your reason."));
    dialog->setAcceptText(tr("Withdraw"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BreachPanel::exportRegister()
{
    Store* store = m_session ? m_session->store() : nullptr;
    if (!store || !store->isOpen() || m_exporter.isRunning())
        return;
    const QString path = Dialogs::saveFileName(this, tr("Export breach register"),
                                               ExportFolder::suggestedPath(QStringLiteral("breach-register.csv")),
                                               tr("CSV (*.csv);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    BreachRegisterJob::Request request;
    request.format = QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0
        ? ExportFormat::Pdf
        : ExportFormat::Csv;
    request.path = path;
    request.replace = true; // the save dialog asked before an existing file is replaced; a symbolic link is refused
    request.actor = m_auditActor;
    // Opening a connection is a key install and one schema read: fine here. From here on only the worker uses them.
    auto reader = store->openConnection(Database::Mode::ReadOnly);
    if (!reader)
        return showError(reader.error().message());
    auto writer = store->openConnection(Database::Mode::ReadWrite);
    if (!writer)
        return showError(writer.error().message());
    struct Connections
    {
        Database reader;
        Database auditWriter;
    };
    auto connections
        = std::make_shared<Connections>(Connections { std::move(reader).value(), std::move(writer).value() });
    m_export->setEnabled(false);
    m_message->showMessage(tr("Exporting the breach register to %1…").arg(QFileInfo(path).fileName()),
                           MessageBanner::Level::Information);
    m_exporter.run(
        [connections, request](const LatestResultRunner::Job& job) {
            BreachRegisterJob exportJob(connections->reader, connections->auditWriter, request);
            exportJob.setCancelFlag(job.cancelFlag());
            auto result = exportJob.run();
            connections->reader.close();
            connections->auditWriter.close();
            return result;
        },
        [this](Result<BreachRegisterJob::Summary> result) {
            m_export->setEnabled(true);
            if (!result) {
                showError(result.error().message());
                Q_EMIT exportFinished(false);
                return;
            }
            ExportFolder::remember(result->path);
            m_message->showMessage(tr("Breach register exported to %1 (entries: %2).")
                                       .arg(QDir::toNativeSeparators(result->path))
                                       .arg(result->rows),
                                   MessageBanner::Level::Success);
            Q_EMIT exportFinished(true);
        });
}

} // namespace custodian
