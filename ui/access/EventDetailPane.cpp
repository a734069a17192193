#include "ui/access/EventDetailPane.h"

#include "domain/IdentifierMasking.h"
#include "item/AccessTerms.h"
#include "item/ItemRoles.h"
#include "item/RoleAtTimeModel.h"
#include "item/SessionEventModel.h"
#include "item/TrainingAtTimeModel.h"
#include "rules/FindingCatalogue.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/CentralRecords.h"
#include "ui/widgets/ConcealedClipboard.h"
#include "ui/widgets/ItemViews.h"
#include "ui/widgets/MessageBanner.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace custodian {

namespace {

// The detail pane's lists are short (a few roles, a few modules, a session's events) and the pane is narrow (a third
// of 1 280 px): a column gets its content's width while everything fits. When it does not, the widest columns give
// way first — every column is capped at the one width that makes them fit — so that short columns (dates, states,
// outcomes) stay whole and long text (role names, data classes, records) elides, with the whole text in the tooltip.
// No sideways scrolling, and every column stays in view. The last column takes what is left. Refitted whenever the
// list's viewport changes width (the pane is resized, a vertical scroll bar comes or goes).
void fitColumns(QTreeView* view)
{
    QHeaderView* header = view->header();
    const int count = view->model()->columnCount();
    const int available = view->viewport()->width();
    if (count == 0 || available <= 0)
        return;
    const int minimum = std::min(header->minimumSectionSize(), available / count);
    std::vector<int> wanted(std::size_t(count), minimum);
    for (int c = 0; c < count; ++c)
        wanted[std::size_t(c)] = std::max(
            { minimum, static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c), header->sectionSizeHint(c) });
    // The cap: the largest width w with sum(min(wanted, w)) <= available.
    std::vector<int> sorted = wanted;
    std::sort(sorted.begin(), sorted.end());
    int cap = sorted.back();
    int below = 0; // sum of the columns narrower than the candidate cap
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const int rest = int(sorted.size() - i);
        if (below + sorted[i] * rest > available) {
            cap = std::max(minimum, (available - below) / rest);
            break;
        }
        below += sorted[i];
    }
    int used = 0;
    for (int c = 0; c + 1 < count; ++c) {
        const int width = std::min(wanted[std::size_t(c)], cap);
        header->resizeSection(c, width);
        used += width;
    }
    header->resizeSection(count - 1, std::max(minimum, available - used));
}

QTreeView* makeList(const QString& objectName, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The widths are fitColumns()' to give: a stretched last section would not shrink below its own hint.
    view->header()->setStretchLastSection(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

QLabel* makeValue(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Top, not the default centre: a form row can be a line taller than its wrapped text, and centred text then
    // floats away from the row above it.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

EventDetailPane::EventDetailPane(Store* store, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_clipboard(new ConcealedClipboard(this))
    , m_title(new QLabel(this))
    , m_status(new MessageBanner(this))
    , m_when(makeValue(QStringLiteral("detailWhen"), this))
    , m_agent(makeValue(QStringLiteral("detailAgent"), this))
    , m_agentState(makeValue(QStringLiteral("detailAgentState"), this))
    , m_openAgentButton(new QPushButton(tr("Open agent"), this))
    , m_team(makeValue(QStringLiteral("detailTeam"), this))
    , m_workstation(makeValue(QStringLiteral("detailWorkstation"), this))
    , m_session(makeValue(QStringLiteral("detailSession"), this))
    , m_record(makeValue(QStringLiteral("recordValue"), this))
    , m_revealButton(new QPushButton(tr("Reveal…"), this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_revealInfo(makeValue(QStringLiteral("revealInfo"), this))
    , m_roleModel(new RoleAtTimeModel(this))
    , m_trainingModel(new TrainingAtTimeModel(this))
    , m_sessionModel(new SessionEventModel(this))
    , m_roles(makeList(QStringLiteral("rolesTree"), m_roleModel, this))
    , m_training(makeList(QStringLiteral("trainingTree"), m_trainingModel, this))
    , m_sessionEvents(makeList(QStringLiteral("sessionTree"), m_sessionModel, this))
    , m_sessionMore(makeValue(QStringLiteral("sessionMore"), this))
    , m_whyBox(new QGroupBox(tr("Why it is notable"), this))
    , m_whyRows(new QVBoxLayout(m_whyBox))
{
    setObjectName(QStringLiteral("eventDetailPane"));

    const int seconds
        = std::clamp(QSettings().value(QStringLiteral("privacy/revealSeconds"), DefaultRevealSeconds).toInt(), 5, 600);
    m_remaskTimer.setSingleShot(true);
    m_remaskTimer.setInterval(seconds * 1000);
    connect(&m_remaskTimer, &QTimer::timeout, this, &EventDetailPane::remask);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &EventDetailPane::updateCountdown);

    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    Theme::setTone(m_agentState, Theme::Tone::Error);
    Theme::setEmphasised(m_agentState);

    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show the full identifier. You are asked for a reason, and the reveal is written to "
                                  "the console audit."));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the revealed identifier. Clipboard managers are asked not to keep it, and the "
                                "clipboard is cleared after 30 seconds."));
    connect(m_revealButton, &QPushButton::clicked, this, &EventDetailPane::requestReveal);
    connect(m_copyButton, &QPushButton::clicked, this, &EventDetailPane::copyRevealed);
    connect(m_clipboard, &ConcealedClipboard::cleared, this, &EventDetailPane::updateCountdown);

    m_openAgentButton->setObjectName(QStringLiteral("openAgentButton"));
    m_openAgentButton->setToolTip(tr("Show this agent's roles, permissions and history on the Roles page."));
    connect(m_openAgentButton, &QPushButton::clicked, this, [this] {
        if (m_detail && m_detail->agentKnown)
            Q_EMIT agentRequested(m_detail->event.agentId);
    });
    auto* agentRow = new QHBoxLayout;
    agentRow->setContentsMargins(0, 0, 0, 0);
    agentRow->addWidget(m_agent, 1);
    agentRow->addWidget(m_openAgentButton);

    m_whyBox->setObjectName(QStringLiteral("whyBox"));
    m_whyRows->setContentsMargins(4, 4, 4, 4);

    // The buttons get a row of their own under the record: a word-wrapped value beside them in one row was given
    // one line's height when the revealed identifier and its kind needed two, and its second line was cut off.
    auto* revealRow = new QHBoxLayout;
    revealRow->setContentsMargins(0, 0, 0, 0);
    revealRow->addWidget(m_revealButton);
    revealRow->addWidget(m_copyButton);
    revealRow->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Agent"), agentRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(agentRow)))
        label->setBuddy(m_agent);
    form->addRow(QString(), m_agentState);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Workstation"), m_workstation);
    form->addRow(tr("Session"), m_session);
    form->addRow(tr("Record"), m_record);
    form->addRow(QString(), revealRow);
    form->addRow(QString(), m_revealInfo);

    auto group = [this](const QString& title, QWidget* content, QWidget* extra = nullptr) {
        auto* box = new QGroupBox(title, this);
        if (auto* view = qobject_cast<QAbstractItemView*>(content))
            ItemViews::prepare(view, title);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(content);
        if (extra)
            layout->addWidget(extra);
        return box;
    };
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(group(tr("Roles held at that moment"), m_roles));
    splitter->addWidget(group(tr("Training at that moment"), m_training));
    splitter->addWidget(group(tr("Same session"), m_sessionEvents, m_sessionMore));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3);

    connect(m_sessionEvents, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT sessionEventActivated(index.data(IdRole).toLongLong());
    });

    for (QTreeView* view : { m_roles, m_training, m_sessionEvents })
        view->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_whyBox);
    layout->addWidget(splitter, 1);
    clearContent();
}

EventDetailPane::~EventDetailPane()
{
    stopWorkers();
    remask();
    // The clipboard (a child) clears itself when QWidget's destructor deletes it; this pane is gone by then.
    disconnect(m_clipboard, nullptr, this, nullptr);
    m_clipboard->clear();
}

void EventDetailPane::setStore(Store* store)
{
    clear();
    m_store = store;
}

void EventDetailPane::setRevealTimeout(int milliseconds)
{
    m_remaskTimer.setInterval(std::max(1, milliseconds));
}

void EventDetailPane::setReasonPrompt(ReasonPrompt prompt)
{
    m_reasonPrompt = std::move(prompt);
}

void EventDetailPane::showAccessEvent(qint64 eventId)
{
    if (eventId == m_eventId && (m_loader.isRunning() || (m_detail && m_detail->event.id == eventId)))
        return;
    remask();
    m_eventId = eventId;
    if (eventId <= 0) {
        m_detail.reset();
        clearContent();
        return;
    }
    showMessage(tr("Loading event…"), false);
    m_revealButton->setEnabled(false);
    startLoad();
}

void EventDetailPane::startLoad()
{
    const qint64 eventId = m_eventId;
    if (!m_store || !m_store->isOpen()) {
        m_loader.cancel();
        showMessage(tr("The store is locked."), true);
        Q_EMIT loadFailed(eventId, m_status->text());
        return;
    }
    // Selecting another event supersedes the load in progress: only the newest one's detail arrives.
    m_loader.runOnStore(
        *m_store, Database::Mode::ReadOnly,
        [eventId](Database& database, const LatestResultRunner::Job&) -> DetailResult {
            auto detail = AccessEventDetailRepository::load(database, eventId);
            if (!detail)
                return detail.error();
            Loaded loaded { std::move(detail).value(), {}, {} };
            // The detections' own rules say why (one definition): reference data for the agent's rules, then a few
            // indexed look-ups for the event — milliseconds, on this worker.
            DetectionEngine engine(database);
            auto why = engine.explain(loaded.detail.event, loaded.detail.agentName);
            if (why)
                loaded.explanations = std::move(why).value();
            else
                loaded.explanationError = why.error().message();
            return loaded;
        },
        [this, eventId](DetailResult&& result) { finishLoad(eventId, std::move(result)); });
}

void EventDetailPane::finishLoad(qint64 eventId, DetailResult&& result)
{
    if (!result.ok()) {
        m_detail.reset();
        clearContent();
        showMessage(result.error().code() == Error::Code::NotFound
                        ? result.error().message()
                        : tr("Cannot load the event: %1").arg(result.error().message()),
                    true);
        Q_EMIT loadFailed(eventId, m_status->text());
        return;
    }
    Loaded arrived = std::move(result).value();
    m_detail = std::move(arrived.detail);
    m_explanations = std::move(arrived.explanations);
    showDetail(*m_detail);
    showExplanations(*m_detail, arrived.explanationError);
    Q_EMIT loaded(eventId);
}

void EventDetailPane::showMessage(const QString& text, bool error)
{
    m_status->showMessage(text, error ? MessageBanner::Level::Error : MessageBanner::Level::Information);
}

void EventDetailPane::clearContent()
{
    m_title->setText(tr("No event selected"));
    showMessage(QString(), false);
    for (QLabel* label :
         { m_when, m_agent, m_agentState, m_team, m_workstation, m_session, m_record, m_revealInfo, m_sessionMore })
        label->clear();
    m_agentState->hide();
    m_sessionMore->hide();
    m_roleModel->clear();
    m_trainingModel->clear();
    m_sessionModel->clear();
    m_revealButton->setEnabled(false);
    m_revealButton->setVisible(false);
    m_copyButton->setEnabled(false);
    m_copyButton->setVisible(false);
    m_openAgentButton->setEnabled(false);
    m_explanations.clear();
    clearExplanations();
}

void EventDetailPane::clearExplanations()
{
    while (QLayoutItem* item = m_whyRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_whyBox->hide();
}

void EventDetailPane::showExplanations(const AccessEventDetailRepository::Detail& d, const QString& error)
{
    clearExplanations();
    m_whyBox->show();
    auto addRow = [this](const QString& text, const QString& name, const AccessEventDetailRepository::EventFinding* f) {
        auto* row = new QWidget(m_whyBox);
        row->setObjectName(name);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        QLabel* label = makeValue(QStringLiteral("whyText"), row);
        label->setText(text);
        layout->addWidget(label, 1);
        if (f) {
            auto* button = new QPushButton(tr("Open finding"), row);
            button->setObjectName(QStringLiteral("openFindingButton"));
            button->setToolTip(
                tr("Show finding No. %1 (%2, %3) on the Findings page.")
                    .arg(f->id)
                    .arg(FindingCatalogue::severityName(f->severity), FindingCatalogue::statusName(f->status)));
            button->setAccessibleName(tr("Open finding No. %1").arg(f->id));
            const qint64 id = f->id;
            connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT findingRequested(id); });
            layout->addWidget(button, 0, Qt::AlignTop);
        }
        m_whyRows->addWidget(row);
        row->show(); // the box is shown already: a child added later would wait for the event loop
        return label;
    };
    auto findingOf = [&d](FindingKind kind) -> const AccessEventDetailRepository::EventFinding* {
        for (const auto& f : d.findings) {
            if (f.kind == kind)
                return &f;
        }
        return nullptr;
    };
    for (const DetectionEngine::Explanation& why : m_explanations) {
        const auto* f = findingOf(why.kind);
        const QString code = QLatin1String(FindingCatalogue::entry(why.kind).code);
        addRow(f ? why.text : tr("%1 No finding holds this event.").arg(why.text), QStringLiteral("why_%1").arg(code),
               f);
    }
    // A finding the rules no longer flag the event for (a threshold changed since it was ingested).
    for (const auto& f : d.findings) {
        const bool explained = std::any_of(m_explanations.begin(), m_explanations.end(),
                                           [&f](const DetectionEngine::Explanation& e) { return e.kind == f.kind; });
        if (!explained)
            addRow(tr("%1: evidence of finding No. %2; with the thresholds in force now, the rule no longer flags it.")
                       .arg(FindingCatalogue::title(f.kind))
                       .arg(f.id),
                   QStringLiteral("why_%1").arg(QLatin1String(FindingCatalogue::entry(f.kind).code)), &f);
    }
    if (!error.isEmpty()) {
        QLabel* label
            = addRow(tr("Cannot say why this event is notable: %1").arg(error), QStringLiteral("whyError"), nullptr);
        Theme::setTone(label, Theme::Tone::Error);
    } else if (m_whyRows->count() == 0) {
        QLabel* label = addRow(tr("No detection flags this event, and it belongs to no finding."),
                               QStringLiteral("whyNone"), nullptr);
        Theme::setTone(label, Theme::Tone::Secondary);
    }
}

void EventDetailPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLists();
}

bool EventDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (QTreeView* view : { m_roles, m_training, m_sessionEvents }) {
            if (watched == view->viewport())
                fitColumns(view);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EventDetailPane::fitLists()
{
    for (QTreeView* view : { m_roles, m_training, m_sessionEvents })
        fitColumns(view);
}

void EventDetailPane::showDetail(const AccessEventDetailRepository::Detail& d)
{
    const AccessEvent& e = d.event;
    showMessage(QString(), false);
    m_title->setText(
        tr("%1 · %2 · %3")
            .arg(AccessTerms::action(e.action), AccessTerms::outcome(e.outcome), AccessTerms::dataClass(e.dataClass)));

    QString when = AccessTerms::dateTime(e.occurredAt);
    const QTimeZone siteZone(d.siteTimezone.toLatin1());
    if (siteZone.isValid())
        when += tr(" (%1 site time %2)")
                    .arg(d.siteName,
                         QDateTime::fromMSecsSinceEpoch(e.occurredAt, siteZone).toString(QStringLiteral("HH:mm")));
    m_when->setText(when);

    if (d.agentKnown) {
        m_agent->setText(tr("%1 (%2)").arg(d.agentName, d.employeeNo));
        m_team->setText(d.shiftName.isEmpty() ? tr("%1 · %2").arg(d.teamName, d.siteName)
                                              : tr("%1 · %2 · %3 shift").arg(d.teamName, d.siteName, d.shiftName));
        if (!d.managerName.isEmpty())
            m_team->setText(m_team->text() + tr(" · supervisor %1").arg(d.managerName));
    } else {
        m_agent->setText(tr("Unknown agent #%1 (not in this store)").arg(e.agentId));
        m_team->clear();
    }
    QString state;
    if (d.agentStatusAtTime == AgentStatus::Departed)
        state
            = tr("Had left the company on %1 — this access came after departure.").arg(AccessTerms::date(d.departedAt));
    else if (d.agentStatusAtTime == AgentStatus::Suspended)
        state = tr("Was suspended since %1 at that moment.").arg(AccessTerms::date(d.statusChangedAt));
    else if (e.occurredAt < d.hiredAt)
        state = tr("Was not yet hired at that moment (hired %1).").arg(AccessTerms::date(d.hiredAt));
    m_agentState->setText(state);
    m_agentState->setVisible(!state.isEmpty());

    QString workstation = d.workstationHostname.isEmpty() ? tr("unknown") : d.workstationHostname;
    if (!d.workstationSiteName.isEmpty() && d.workstationSiteName != d.siteName)
        workstation += tr(" — at %1, not the agent's site").arg(d.workstationSiteName);
    if (!e.sourceAddress.isEmpty())
        workstation += tr(" · %1").arg(e.sourceAddress);
    m_workstation->setText(workstation);
    m_session->setText(tr("#%1 · %2 channel").arg(e.sessionId).arg(AccessTerms::channel(e.channel)));

    if (d.recordKnown) {
        m_record->setText(tr("%1 (%2)").arg(d.recordMasked, d.recordKind));
        m_revealButton->setVisible(true);
        m_revealButton->setEnabled(canReveal() && !m_revealer.isRunning());
        m_revealButton->setToolTip(
            revealsOnline()
                ? tr("Ask the central service for the full card number (card numbers are kept there only; this needs "
                     "a connection). You are asked for a reason; the service checks that the record is within your "
                     "scope and records the reveal, and so does the console audit.")
                : d.recordSealed ? tr("Show the full identifier. You are asked for a reason, and the reveal is written "
                                      "to the console audit.")
                                 : tr("The store holds only the masked form of this record."));
        m_copyButton->setVisible(true);
        m_copyButton->setEnabled(false);
    } else {
        m_record->setText(e.recordId ? tr("Record #%1 (not in this store)").arg(e.recordId) : tr("None"));
        m_revealButton->setVisible(false);
        m_copyButton->setVisible(false);
    }
    m_revealInfo->clear();

    m_openAgentButton->setEnabled(d.agentKnown);
    m_roleModel->setRoles(d.roles);
    m_trainingModel->setTraining(d.training);
    m_sessionModel->setEvents(d.sessionEvents, e.id);
    fitLists();
    if (const int current = m_sessionModel->rowOf(e.id); current >= 0) {
        const QModelIndex index = m_sessionModel->index(current, 0);
        m_sessionEvents->setCurrentIndex(index);
        m_sessionEvents->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    const qsizetype shown = qsizetype(d.sessionEvents.size());
    QString more;
    if (d.moreSessionEventsBefore && d.moreSessionEventsAfter)
        more = tr("Showing %1 events around this one; the session has more before and after.").arg(shown);
    else if (d.moreSessionEventsBefore)
        more = tr("Showing the last %1 events up to this one; the session has more before.").arg(shown);
    else if (d.moreSessionEventsAfter)
        more = tr("Showing %1 events from this one on; the session has more after.").arg(shown);
    m_sessionMore->setText(more);
    m_sessionMore->setVisible(!more.isEmpty());
}

std::optional<QString> EventDetailPane::askReason(const QString& maskedRecord)
{
    if (m_reasonPrompt)
        return m_reasonPrompt(this, maskedRecord);
    // The reason is checked in the dialog (RecordReveal::checkReason): an empty one is refused there, inline, and
    // the dialog stays open; whatever the reveal itself answers later goes to the pane's error line.
    const QString kind = m_detail ? m_detail->recordKind : QString();
    QPointer<ReasonDialog> dialog = new ReasonDialog(
        tr("Reveal customer identifier"),
        kind.isEmpty() ? tr("Customer record %1").arg(maskedRecord)
                       : tr("Customer record %1 (%2)").arg(maskedRecord, kind),
        [](const QString& reason, std::optional<qint64>) { return RecordReveal::checkReason(reason); }, this);
    dialog->setObjectName(QStringLiteral("revealReasonDialog"));
    dialog->setIntro(revealsOnline() ? tr("The central service reveals the full card number if the record is within "
                                          "your scope. Your reason is recorded there and in the console audit with "
                                          "your name.")
                                     : tr("Your reason is written to the console audit with your name."));
    dialog->setReasonLabel(tr("&Reason:"),
                           revealsOnline() ? tr("Why do you need the full card number? (required)")
                                           : tr("Why do you need the full identifier? (required)"));
    dialog->setAcceptText(tr("Reveal"));
    const int answer = dialog->exec();
    if (!dialog)
        return std::nullopt; // destroyed while open (the console locked)
    const QString reason = dialog->reason();
    delete dialog;
    if (answer != QDialog::Accepted)
        return std::nullopt;
    return reason;
}

bool EventDetailPane::revealsOnline() const
{
    return m_detail && m_detail->recordKnown
        && IdentifierMasking::isCardData(m_detail->recordKind, qint64(m_detail->recordDataClass));
}

bool EventDetailPane::canReveal() const
{
    return m_detail && m_detail->recordKnown && (m_detail->recordSealed || revealsOnline());
}

void EventDetailPane::requestReveal()
{
    if (!canReveal() || m_revealer.isRunning() || !m_store)
        return;
    const qint64 eventId = m_detail->event.id;
    const qint64 recordId = m_detail->event.recordId;
    const quint64 generation = m_generation;
    QPointer<EventDetailPane> self(this);
    const std::optional<QString> reason = askReason(m_detail->recordMasked);
    // The prompt ran an event loop: the pane may be gone, cleared or showing another event by now.
    if (!self || !reason || generation != m_generation || !m_detail || m_detail->event.id != eventId)
        return;
    if (auto status = RecordReveal::checkReason(*reason); !status) {
        refuseReveal(status.error().message());
        return;
    }
    if (!m_store->isOpen()) {
        refuseReveal(tr("The store is locked."));
        return;
    }
    const RecordReveal::Request request { recordId, *reason, m_actor, eventId };
    // Card numbers are asked of the central service on the worker: the GUI thread never waits on the network.
    std::shared_ptr<CentralRecords> central = revealsOnline() ? std::make_shared<CentralRecords>() : nullptr;
    m_central = central;
    m_revealer.runOnStore(
        *m_store, Database::Mode::ReadWrite,
        [request, central](Database& database, const LatestResultRunner::Job&) {
            return central ? central->reveal(database, request) : RecordReveal::reveal(database, request);
        },
        [this, eventId](RevealResult&& result) { finishReveal(eventId, std::move(result)); });
    m_revealButton->setEnabled(false);
    showMessage(QString(), false);
    m_revealInfo->setText(central ? tr("Asking the central service…") : tr("Revealing…"));
}

void EventDetailPane::refuseReveal(const QString& why)
{
    // A refusal is an error the supervisor must read (a missing reason, a record outside their scope), so it takes
    // the pane's error line rather than the quiet note under the record.
    m_revealInfo->clear();
    showMessage(why, true);
    Q_EMIT revealFailed(why);
}

void EventDetailPane::finishReveal(qint64 eventId, RevealResult&& result)
{
    m_central.reset();
    // The identifier is dropped (and wiped) with `result` unless it is still wanted here.
    if (!m_detail || m_detail->event.id != eventId || eventId != m_eventId)
        return;
    m_revealButton->setEnabled(canReveal());
    if (!result.ok()) {
        refuseReveal(result.error().message());
        return;
    }
    m_revealed = std::move(result.value().identifier);
    m_revealedOnline = revealsOnline();
    m_record->setText(tr("%1 (%2)").arg(QString::fromLatin1(m_revealed.view()), m_detail->recordKind));
    m_copyButton->setEnabled(true);
    m_revealButton->setEnabled(false);
    m_remaskTimer.start();
    updateCountdown();
    Q_EMIT revealed(m_detail->event.recordId);
}

void EventDetailPane::updateCountdown()
{
    // One line for both countdowns: the identifier on screen, and our copy on the clipboard.
    QStringList parts;
    if (!m_revealed.isEmpty()) {
        const int seconds = int(std::ceil(std::max(0, m_remaskTimer.remainingTime()) / 1000.0));
        parts << (m_revealedOnline
                      ? tr("Revealed by the central service, recorded there and in the console audit; masked again in "
                           "%n s.",
                           nullptr, seconds)
                      : tr("Revealed and recorded in the console audit; masked again in %n s.", nullptr, seconds));
    }
    if (m_clipboard->isCountingDown()) {
        const int seconds = int(std::ceil(std::max(0, m_clipboard->remainingMs()) / 1000.0));
        parts << tr("Copied; the clipboard is cleared in %n s.", nullptr, seconds);
    }
    if (parts.isEmpty()) {
        m_countdownTimer.stop();
        return;
    }
    if (!m_countdownTimer.isActive())
        m_countdownTimer.start();
    m_revealInfo->setText(parts.join(QLatin1Char(' ')));
}

void EventDetailPane::copyRevealed()
{
    if (m_revealed.isEmpty())
        return;
    m_clipboard->copy(QString::fromLatin1(m_revealed.view()));
    updateCountdown();
}

void EventDetailPane::remask()
{
    const bool wasRevealed = !m_revealed.isEmpty();
    m_remaskTimer.stop();
    if (!wasRevealed)
        return;
    m_revealed.clear(); // wiped
    if (m_detail && m_detail->recordKnown) {
        m_record->setText(tr("%1 (%2)").arg(m_detail->recordMasked, m_detail->recordKind));
        m_revealButton->setEnabled(canReveal() && !m_revealer.isRunning());
    } else {
        m_record->clear();
    }
    m_copyButton->setEnabled(false);
    m_revealInfo->clear();
    updateCountdown(); // the clipboard's countdown may still run
    Q_EMIT remasked();
}

void EventDetailPane::stopWorkers()
{
    // Interrupts whatever statement the workers run (within a few thousand VM steps) and drops their results; each
    // worker closes its own connection as it returns, without the GUI thread waiting for it.
    if (m_central)
        m_central->cancel(); // a request to the central service returns at once
    m_loader.cancel();
    m_revealer.cancel();
    m_central.reset();
}

void EventDetailPane::clear()
{
    ++m_generation;
    stopWorkers();
    remask();
    m_clipboard->clear();
    m_countdownTimer.stop();
    m_eventId = 0;
    m_detail.reset();
    clearContent();
}

} // namespace custodian
